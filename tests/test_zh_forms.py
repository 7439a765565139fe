"""Tests for a Chinese notice from PDF with forms and tables in its annexes: ids, titles, forms, tables, contacts."""

from __future__ import annotations

from ingest.segment import segment
from ingest.types import Block, Document


def _doc(texts: list[str], doc_id: str = "d1") -> Document:
    return Document(doc_id=doc_id, title="t", lang="zh", blocks=[Block(t) for t in texts])


def test_a_clause_with_no_path_never_takes_its_documents_id():
    # short lines, each over a longer one, read as headings over nothing: units with no path
    clauses = segment(_doc(["联系人 手机号码", "投资协议签订时间 协议约定投资额",
                            "实际到位资金（万元） 营业收入（万元）", "纳税总额（万元） 其中区级财力贡献（万元）",
                            "本表由企业如实填写，所有金额以万元为单位，保留两位小数，并加盖公章后报送。"]))
    ids = [c.clause_id for c in clauses]
    assert "d1" not in ids
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("d1-") for i in ids)
