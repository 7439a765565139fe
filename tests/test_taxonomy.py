"""Taxonomy loading: the shipped file is valid, and every kind of malformed file fails clearly."""

import pytest

from ingest.errors import TaxonomyError
from ingest.taxonomy import compile_terms, load_taxonomy

REQUIRED = ["chips", "talent", "sectors", "sectors/manufacturing", "sectors/education",
            "sectors/elderly-care", "sectors/healthcare", "sectors/finance", "sectors/transport",
            "sectors/energy",
            "sectors/government", "sectors/defence", "targets", "compute", "data", "models", "funding",
            "governance"]


def test_load_taxonomy_shipped_file_has_every_tag_with_labels():
    tax = load_taxonomy()
    assert set(REQUIRED) <= set(tax.ids)
    for tag in tax.tags:
        assert tag.label_en and tag.label_zh and tag.description, tag.id
    assert tax.ancestors("sectors/elderly-care") == ["sectors"]
    assert tax["targets"].assigned_by == "targets"


def test_load_taxonomy_reads_env_variable(tmp_path, monkeypatch):
    path = tmp_path / "t.yaml"
    path.write_text("tags:\n  - {id: only, terms_en: [widget]}\n", encoding="utf-8")
    monkeypatch.setenv("POLICYKB_TAXONOMY", str(path))
    assert load_taxonomy().ids == ["only"]


def test_load_taxonomy_rereads_an_edited_file(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("tags:\n  - {id: a, terms_en: [x]}\n", encoding="utf-8")
    assert load_taxonomy(path).ids == ["a"]
    path.write_text("tags:\n  - {id: a, terms_en: [x]}\n  - {id: b, terms_zh: [芯片]}\n", encoding="utf-8")
    import os
    os.utime(path, ns=(1, 10**18))
    assert load_taxonomy(path).ids == ["a", "b"]


@pytest.mark.parametrize(("body", "message"), [
    ("tags:\n  - {label_en: X, terms_en: [x]}\n", "no id"),
    ("tags:\n  - {id: a, terms_en: [x]}\n  - {id: a, terms_en: [y]}\n", "duplicate id 'a'"),
    ("tags:\n  - {id: a/b, parent: a, terms_en: [x]}\n", "unknown parent 'a'"),
    ("tags:\n  - {id: a, terms_en: []}\n", "empty terms"),
    ("tags:\n  - {id: a, terms_en: x}\n", "terms_en must be a list"),
    ("tags:\n  - {id: a, terms_en: [x, 3]}\n", "non-empty string"),
    ("tags:\n  - {id: a, terms_en: [x], patterns: ['(unclosed']}\n", "bad regex"),
    ("tags:\n  - {id: a, terms_en: [x], colour: red}\n", "unknown field(s) colour"),
    ("tags:\n  - {id: Bad Id, terms_en: [x]}\n", "bad id"),
    ("tags:\n  - {id: a, parent: b, terms_en: [x]}\n  - {id: b, parent: a, terms_en: [y]}\n", "cycle"),
    ("tags:\n  - {id: a, label_en: [x], terms_en: [x]}\n", "label_en must be a string"),
    ("tags:\n  - {id: a, terms_en: [x], skip_names: maybe}\n", "skip_names must be true or false"),
    ("tags: []\n", "'tags' list is empty"),
    ("- just a list\n", "expected a mapping"),
    ("tags: [\n", "not valid YAML"),
])
def test_load_taxonomy_rejects_malformed_file(tmp_path, body, message):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TaxonomyError) as err:
        load_taxonomy(path)
    assert message in str(err.value) and str(path.name) in str(err.value)


def test_load_taxonomy_missing_file_is_a_taxonomy_error(tmp_path):
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "nope.yaml")


@pytest.mark.parametrize(("text", "found"), [
    ("EDA工具采购", ["EDA"]),  # a Chinese character ends a Latin word
    ("支持GPU、EDA研发", ["GPU", "EDA"]),
    ("the EDA tools", ["EDA"]),
    ("MEDA and GPUs-only", ["GPUs"]),  # inside a Latin word it is no term
    ("ÉDA", []),
])
def test_compile_terms_a_latin_term_is_a_whole_word_beside_chinese(text, found):
    matcher = compile_terms(["EDA", "GPU"])
    assert [m.group() for m in matcher.finditer(text)] == found
