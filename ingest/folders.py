"""Which files of a folder are documents to read, which are documents in a format policykb does not read
(reported as skipped), and which are passed over (listed as ignored); hidden files and folders are none."""

from __future__ import annotations

from pathlib import Path

DOCUMENT_SUFFIXES = {".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text", ".rst", ".csv"}
# Files that describe a folder or configure policykb: never documents.
NOT_DOCUMENTS = {"readme.md", "readme.txt", "readme", "sources.toml", "taxonomy.yaml", "agencies.yaml",
                 "glossary.txt"}
# Documents in formats policykb does not read. A folder's files of these are reported as skipped, saying so
# (and fail --strict); its other files (images, archives, code, files with no extension such as LICENSE) are
# passed over and listed as `ignored` (not failing --strict): a plain-text file with no extension is read
# only when named.
UNREAD_SUFFIXES = {".pdf", ".doc", ".docx", ".wps", ".ofd", ".rtf", ".odt", ".xls", ".xlsx", ".ppt", ".pptx",
                   ".epub"}


# Data a file named on the command line may hold instead of a document: refused, saying so, rather than read as
# text into a document of its braces (a folder's are passed over as any other file).
DATA_SUFFIXES = {".json", ".jsonl", ".ndjson", ".geojson", ".yaml", ".yml", ".toml", ".parquet", ".sqlite", ".db"}


def document_files(path: Path) -> list[Path]:
    """The files under PATH that may be documents (a file names itself), in a stable order."""
    if path.is_file():
        return [path]
    return [p for p in _folder_files(path) if p.suffix.lower() in DOCUMENT_SUFFIXES]


def unread_files(path: Path) -> list[Path]:
    """The documents under PATH (or PATH itself) in a format policykb does not read (UNREAD_SUFFIXES)."""
    files = [path] if path.is_file() else _folder_files(path)
    return [p for p in files if p.suffix.lower() in UNREAD_SUFFIXES]


def ignored_files(path: Path) -> list[Path]:
    """The files of folder PATH that are passed over: neither a document read here nor one in a format not
    read (a named file is never passed over; hidden files and folders are not listed)."""
    if path.is_file():
        return []
    return [p for p in _folder_files(path)
            if p.suffix.lower() not in DOCUMENT_SUFFIXES and p.suffix.lower() not in UNREAD_SUFFIXES]


def _folder_files(path: Path) -> list[Path]:
    # nothing under a hidden folder (.git, .venv, a saved kb's .kb-*): a folder's own files only; no hidden
    # file, no file of policykb's own, no Office lock file (~$report.docx)
    return sorted(p for p in path.rglob("*") if p.is_file()
                  and not p.name.startswith((".", "~$")) and p.name.lower() not in NOT_DOCUMENTS
                  and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1]))
