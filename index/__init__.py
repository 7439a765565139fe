"""Embed clauses into a FAISS index beside a SQLite store, and search them."""
