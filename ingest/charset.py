"""Turn the bytes of a page or file into text: decode(raw, content_type) -> (text, encoding name).

The encoding is chosen in this order, and a declared encoding that does not decode the bytes
strictly falls through to the next step:

1. a byte-order mark (UTF-8, UTF-16, UTF-32), which always wins;
2. the ``charset=`` parameter of the HTTP Content-Type header;
3. ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``
   in the first 4 KB;
4. detection with charset-normalizer, windows-1252 winning a near-tie among 8-bit code pages;
5. UTF-8 with replacement characters.

GB2312, GBK and their aliases are always decoded as GB18030, a superset: pages labelled GB2312
routinely contain GBK-only characters such as 镕 or 祎. Latin-1 labels are decoded as
windows-1252, as browsers do. The returned name is Python's canonical codec name ("utf-8",
"gb18030", "cp1252", ...). Self-contained: used for fetched pages and for local files alike.
"""

from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

log = logging.getLogger(__name__)

META_WINDOW = 4096  # bytes of the document searched for a <meta> declaration

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels decoded with a superset codec instead of the one they name.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "iso8859-1": "cp1252"}
# Labels Python's codec registry does not know, or knows under another name.
_ALIASES = {
    "gb_2312-80": "gb18030",
    "gb_2312": "gb18030",
    "csgb2312": "gb18030",
    "x-gbk": "gb18030",
    "cn-gb": "gb18030",
    "chinese": "gb18030",
    "iso-ir-58": "gb18030",
    "x-euc-cn": "gb18030",
    "x-sjis": "shift_jis",
    "x-cp1252": "cp1252",
}

# how much more "chaos" (charset-normalizer's mess ratio) windows-1252 may read than detection's own pick
LATIN_TIE = 0.05

_HEADER_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:+\-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:+\-]+)""", re.IGNORECASE | re.DOTALL
)


def codec_name(label: str | None) -> str | None:
    """The Python codec used for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    # A UTF-16/32 label without a BOM is almost always a lie; browsers read such pages as UTF-8.
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def header_charset(content_type: str | None) -> str | None:
    """The charset label in a Content-Type header value, if any."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type.encode("latin-1", "replace"))
    return m.group(1).decode("ascii") if m else None


def meta_charset(raw: bytes) -> str | None:
    """The charset label declared by a <meta> tag in the first few KB of an HTML document."""
    m = _META_CHARSET.search(raw[:META_WINDOW])
    return m.group(1).decode("ascii") if m else None


def _strict(raw: bytes, label: str | None, step: str) -> tuple[str, str] | None:
    name = codec_name(label)
    if name is None:
        if label:
            log.debug("unknown charset %r from %s", label, step)
        return None
    try:
        return raw.decode(name), name
    except (UnicodeDecodeError, LookupError):
        log.debug("charset %r from %s does not decode the bytes; falling through", label, step)
        return None


def _detect(raw: bytes) -> tuple[str, str] | None:
    best = from_bytes(raw).best()
    if best is None:
        return None
    return _strict(raw, _western_default(raw, best), "detection")


def _western_default(raw: bytes, best) -> str:
    """windows-1252 where detection picks another 8-bit code page and 1252 reads the bytes about as cleanly.

    Text in 1252's curly quotes, dashes and euro sign fits several code pages almost equally, and detection
    may pick a DOS or Celtic one (cp775 read "Ireland’s €48 billion" as "IrelandÆs Ć48 billion"). Browsers
    read unlabelled Western pages as windows-1252, so it wins a near-tie; a Polish or Russian text, which 1252
    reads as a mess, keeps its own code page. Multi-byte encodings (GB18030, Big5) are never second-guessed.
    """
    name = codec_name(best.encoding)
    if name in (None, "cp1252") or raw.isascii() or len(str(best)) != len(raw):  # multi-byte: fewer characters
        return best.encoding
    western = from_bytes(raw, cp_isolation=["cp1252"]).best()
    return "cp1252" if western is not None and western.chaos <= best.chaos + LATIN_TIE else best.encoding


def decode(raw: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode bytes to text: BOM, header charset, <meta>, detection, then UTF-8 with replacement."""
    if not raw:
        return "", "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(name), codecs.lookup(name).name
            except UnicodeDecodeError:
                log.debug("bytes after a %s byte-order mark do not decode; falling through", name)
                break
    return (
        _strict(raw, header_charset(content_type), "the HTTP header")
        or _strict(raw, meta_charset(raw), "a <meta> tag")
        or _detect(raw)
        or (raw.decode("utf-8", "replace"), "utf-8")
    )
