"""Embed clauses into a FAISS index beside a SQLite store, and search them.

    embed.py     Embedder protocol and get_embedder("e5" | "use" | "e5+use" | "st:NAME" | "fake")
    build.py     build_index(data_dir, documents, clauses, embedder) -> Manifest; build_kb_index(data_dir,
                 embedder) indexes DATA/kb; passage_text()
    cache.py     embeddings cached by (model, sha256 of passage text): unchanged clauses are not re-embedded
    manifest.py  the index directory: DATA/index/CURRENT -> gen-NNNNNN/{manifest.json, vectors.faiss,
                 store.sqlite}; Manifest
    vectors.py   FAISS: exact IndexFlatIP up to EXACT_LIMIT vectors, recall-checked HNSW above
    store.py     SQLite: documents, clauses, clause_tags, targets, FTS5 keyword index; Filters
    keyword.py   CJK-bigram + word tokens, FTS5 expressions, "quoted phrases", «highlights»
    phrases.py   the clauses quoted phrases leave; a phrase no clause holds searched as its words, with a warning
    coverage.py  keyword mode's order: more of the query's words held first, a glossary term as the words it translates
    references.py  citations in a query ("Article 5(1)(e)", "第十七条") and the clauses they name; the
                 titles of the parts of its document a clause cites, for the keyword index
    glossary.py  the bilingual glossary: a query's equivalents in the other language, for the keyword leg
    search.py    Index.open(data_dir).search(query, k, mode="hybrid" | "semantic" | "keyword", ...)
"""
