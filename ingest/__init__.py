"""Turn policy pages into clauses: fetch/crawl -> parse -> segment -> tag."""
