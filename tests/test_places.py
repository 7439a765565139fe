"""Places a query names: the documents whose title or issuer names the place rank first (index/places.py)."""

from __future__ import annotations

import pytest

from index.build import build_index
from index.embed import FakeEmbedder
from index.glossary import parse_glossary
from index.places import PlaceDocuments
from index.search import Index
from ingest.types import Block, Clause, Document

GLOSSARY = parse_glossary("""\
# --- compute ---
算力券 = compute voucher
# --- places ---
东莞 = Dongguan
上海 = Shanghai
广州市 | 广州 = Guangzhou
韩国 = Korea
# --- government ---
创业担保贷款 = start-up guarantee loan
""")


def _doc(doc_id: str, title: str, lang: str, issuer: str = "") -> Document:
    return Document(doc_id, title, lang, [Block(title)], issuer=issuer)


def _clause(doc: str, i: int, text: str, lang: str) -> Clause:
    return Clause(f"{doc}#{i}", doc, "", "", text, 0, len(text), ordinal=i, lang=lang)


DOCS = [
    _doc("dg", "2026年东莞市政府工作报告", "zh", "东莞市人民政府"),
    _doc("sh-news", "Shanghai expands compute vouchers to lure AI start-ups", "en"),
    _doc("oecd", "Compute for AI: closing the divide", "en", "OECD"),
    _doc("farm", "Farm subsidy rules", "en", "Ministry of Agriculture"),
]
CLAUSES = [
    _clause("dg", 0, "继续发放算力券2亿元，服务中小企业不少于500家。", "zh"),
    _clause("dg", 1, "新建5G基站3000座。", "zh"),
    _clause("sh-news", 0, "Shanghai will hand out 1 billion yuan in compute vouchers to AI start-ups in 2026.", "en"),
    _clause("sh-news", 1, "Last year's pilot handed out 230 million yuan in compute vouchers.", "en"),
    _clause("oecd", 0, "Compute vouchers and subsidised access schemes for start-ups, 2026.", "en"),
    # others, so that a word of the question is not in half the clauses (see Store._informative)
    *(_clause("farm", i, f"Farmers may apply for subsidy number {i} for irrigation.", "en") for i in range(8)),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    data = tmp_path_factory.mktemp("kb")
    build_index(data, DOCS, CLAUSES, FakeEmbedder())
    with Index.open(data, FakeEmbedder(), glossary=GLOSSARY) as idx:
        yield idx


def ids(hits):
    return [h.clause.clause_id for h in hits]


def test_an_english_question_naming_a_chinese_city_finds_the_citys_document_first(index):
    # the English clauses on Shanghai's vouchers share every English word of the question; the Dongguan
    # work report is reached only through the glossary, and its title is the one that names Dongguan
    for query in ("Did Dongguan promise to issue 200 million yuan of compute vouchers in 2026?",
                  "Dongguan 2026 compute vouchers"):
        assert ids(index.search(query, k=1)) == ["dg#0"], query
        hits, more = index.search(query, k=6), index.search(query, k=60)
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True), query
        assert [(h.clause.clause_id, h.score) for h in hits] == [(h.clause.clause_id, h.score) for h in more[:6]]
    # a one-leg mode ranks on that leg alone
    assert "dg#0" not in ids(index.search("Dongguan 2026 compute vouchers", k=3, mode="semantic"))


def test_the_place_of_another_document_lifts_that_one(index):
    assert ids(index.search("Shanghai compute vouchers 2026", k=2)) == ["sh-news#0", "sh-news#1"]


def test_a_question_naming_no_place_or_a_place_no_title_names_is_ranked_on_its_merits(index):
    for query in ("compute vouchers 2026", "Korea compute vouchers 2026"):
        assert ids(index.search(query, k=1)) == ["oecd#0"], query
    assert PlaceDocuments(((d.doc_id, d.title, d.issuer) for d in DOCS), GLOSSARY).asked("Korea vouchers") == set()


def test_a_place_that_half_the_documents_name_selects_nothing():
    # a knowledge base of one city's documents: an FAQ issued by "市人力资源社会保障局" is that city's too,
    # though its title does not say so, and is not put below the documents that do
    docs = [_doc("faq", "创业担保贷款常见问题", "zh", "市人力资源社会保障局"),
            _doc("gz1", "广州市公共租赁住房管理办法", "zh", "广州市人民政府办公厅"),
            _doc("gz2", "广州市就业见习基地管理办法", "zh", "广州市人力资源和社会保障局"),
            _doc("dg", "2026年东莞市政府工作报告", "zh", "东莞市人民政府")]
    places = PlaceDocuments(((d.doc_id, d.title, d.issuer) for d in docs), GLOSSARY)
    assert places.asked("Guangzhou start-up guarantee loan maximum") == set()
    assert places.asked("Dongguan 2026 compute vouchers") == {"dg"}
    assert places.asked("东莞 算力券") == {"dg"}  # in either language
    assert places.asked("Dongguan and Guangzhou") == {"dg"}
