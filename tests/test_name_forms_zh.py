"""The full and short forms of a Chinese body's name, and the issuer filter that finds a document by either."""

import pytest

from index.store import Filters, Store, write_store
from ingest.name_forms_zh import name_forms
from ingest.types import Block, Clause, Document


@pytest.mark.parametrize(("name", "form"), [
    ("国务院国有资产监督管理委员会", "国务院国资委"),
    ("国务院国资委", "国务院国有资产监督管理委员会"),
    ("中国共产党江西省委员会", "中共江西省委员会"),
    ("中共江西省委员会", "中国共产党江西省委员会"),
    ("中国共产党江西省委员会", "中共江西省委"),
    ("江西省人民代表大会常务委员会", "江西省人大常委会"),
    ("广东省发展和改革委员会", "广东省发展改革委"),
    ("国家发改委", "国家发展和改革委员会"),
    ("深圳市人民政府办公厅", "深圳市政府办公厅"),
])
def test_a_name_is_read_in_its_other_forms(name, form):
    forms = name_forms(name)
    assert forms[0] == name and form in forms


@pytest.mark.parametrize("name", ["The White House", "国务院", "广州市", "家庭医生"])
def test_a_name_with_no_part_in_the_tables_is_its_only_form(name):
    assert name_forms(name) == [name]


def _doc(doc_id, issuer):
    return Document(doc_id, f"关于{doc_id}的通知", "zh", [Block("正文")], issuer=issuer, date="2026-06-05")


def test_the_issuer_filter_finds_a_body_by_its_full_or_its_short_name(tmp_path):
    docs = [_doc("sasac", "国务院国资委"), _doc("jx", "中共江西省委员会"), _doc("gz", "广州市人民政府办公厅"),
            _doc("us", "The White House")]
    clauses = [Clause(f"{d.doc_id}#1", d.doc_id, "¶1", "", "支持算力设施建设。", 0, 9, ordinal=0, lang="zh")
               for d in docs]
    write_store(tmp_path / "s.sqlite", docs, clauses)
    s = Store(tmp_path / "s.sqlite")
    try:
        def found(issuer):
            return {clauses[i].doc_id for i in s.filtered_ids(Filters(issuer=issuer))}
        # each full name found nothing: the documents' issuers hold the short names
        assert found("国务院国有资产监督管理委员会") == {"sasac"}
        assert found("中国共产党江西省委员会") == {"jx"}
        assert found("广州市政府") == {"gz"}
        # as before: any part, in any case; and no other body's documents
        assert found("国资委") == {"sasac"}
        assert found("the white house") == {"us"}
        assert found("江西省人民政府") == set()
        assert found("国务院办公厅") == set()
    finally:
        s.close()
