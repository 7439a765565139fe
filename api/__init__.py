"""Thin skins over ingest/ and index/: the HTTP service, the CLI and the web page."""
