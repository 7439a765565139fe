"""The one error tree of policykb; the library raises these, the CLI and API translate them.

    PolicyKBError
     +-- FetchError            a URL could not be fetched (network, HTTP status, robots, caps)
     |    +-- RobotsDisallowed robots.txt forbids the URL (or robots.txt could not be read)
     |    +-- TooLarge         the raw or decoded body passed its size cap
     +-- ParseError            a page or file could not be turned into a Document
     +-- TaxonomyError         the taxonomy file is malformed
     +-- GlossaryError         the bilingual glossary file is malformed
     +-- IndexError_           the index is missing, corrupt or built with another model
     |    +-- NoIndex          no index has been built yet in the data directory
     |    +-- ModelMismatch    the index was built with another embedding model
     +-- NotFound              an unknown document or clause id
     +-- BadQuery              a query or filter the search cannot answer
"""


class PolicyKBError(Exception):
    """Base of every error policykb raises on purpose."""


class FetchError(PolicyKBError):
    """A URL could not be fetched."""

    def __init__(self, url: str, reason: str, status: int | None = None):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class RobotsDisallowed(FetchError):
    """robots.txt forbids fetching the URL."""


class TooLarge(FetchError):
    """The body passed its raw or decoded size cap."""


class ParseError(PolicyKBError):
    """A page or file could not be turned into a Document."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class TaxonomyError(PolicyKBError):
    """The taxonomy file is malformed."""


class GlossaryError(PolicyKBError):
    """The bilingual glossary file is malformed or unreadable."""


class IndexError_(PolicyKBError):  # noqa: N801 - the builtin IndexError is unrelated
    """The index is missing, corrupt or incompatible."""


class NoIndex(IndexError_):
    """No index has been built in the data directory yet."""


class ModelMismatch(IndexError_):
    """The index was built with another embedding model than the one asked for."""


class NotFound(PolicyKBError):
    """An unknown document or clause id."""


class BadQuery(PolicyKBError):
    """A query or filter that search cannot answer."""
