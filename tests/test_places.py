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


def test_a_national_bodys_document_whose_text_names_its_nation_is_that_nations():
    # a ministry's press release, its title and issuer naming no country, says "Korea" in its text: it is Korea's
    # as much as the act whose issuer names the Republic of Korea, so the fused order decides between them
    docs = [_doc("act", "Framework Act on Artificial Intelligence", "en", "National Assembly of the Republic of Korea"),
            _doc("msit", "MSIT to invest KRW 1.46 trillion in GPUs", "en", "Ministry of Science and ICT"),
            _doc("oecd", "Compute for AI: closing the divide", "en", "OECD"),
            _doc("once", "Semiconductor notes", "en", "A think tank"), *DOCS[1:]]
    texts = {"act": ["Article 4 (Scope) This Act applies to Korea."],
             "msit": ["Korea will secure 10,000 GPUs by 2026.", "Last year, Korea's public sector held 2,000 GPUs.",
                      "The ministry will open a computing center."],
             "oecd": ["Korea plans 10,000 GPUs.", "Shanghai issues vouchers.", "Korea and Dongguan expand compute."],
             "once": ["Korea makes memory chips.", "Chips are made in many places."]}
    texts = {d.doc_id: texts.get(d.doc_id, []) for d in docs}
    places = PlaceDocuments(((d.doc_id, d.title, d.issuer) for d in docs), GLOSSARY, texts.get)
    assert places.asked("Korea plans to secure how many GPUs") == {"act", "msit"}
    assert places.asked("Shanghai compute vouchers") == {"sh-news"}  # the OECD text names several: none
    assert PlaceDocuments(((d.doc_id, d.title, d.issuer) for d in docs), GLOSSARY).asked("Korea GPUs") == {"act"}


def test_a_question_on_a_nation_finds_its_ministrys_answer_before_the_nations_act(tmp_path):
    docs = [_doc("act", "Framework Act on Artificial Intelligence", "en", "National Assembly of the Republic of Korea"),
            _doc("msit", "MSIT to invest KRW 1.46 trillion in GPUs", "en", "Ministry of Science and ICT"),
            *DOCS[3:]]
    clauses = [_clause("act", 0, "Article 36 (Designation of Domestic Agents) An operator without an address in "
                       "Korea shall designate a domestic agent.", "en"),
               _clause("act", 1, "Article 6 The Government of Korea shall formulate a basic plan every three years.",
                       "en"),
               _clause("msit", 0, "The government plans to secure 10,000 high-performance GPUs by the end of 2026.",
                       "en"),
               _clause("msit", 1, "Last year, Korea's public sector held about 2,000 GPUs.", "en"),
               _clause("msit", 2, "With this plan, Korea will join the top three AI powers.", "en"),
               *CLAUSES[5:]]
    build_index(tmp_path, docs, clauses, FakeEmbedder())
    with Index.open(tmp_path, FakeEmbedder(), glossary=GLOSSARY) as idx:
        assert ids(idx.search("Korea plans to secure how many GPUs", k=1))[0].startswith("msit#")


def test_the_shipped_glossary_names_every_mainland_province_and_its_capital():
    from index.glossary import load_glossary
    shipped = load_glossary()
    docs = [_doc("jx", "中国共产党江西省第十五届委员会第十次全体会议公报", "zh", "中国共产党江西省委员会"),
            _doc("nc", "南昌市人工智能算力中心建设方案", "zh", "南昌市人民政府"),
            _doc("gx", "广西壮族自治区算力基础设施发展规划", "zh", "广西壮族自治区人民政府"),
            _doc("eu", "AI Continent Action Plan", "en", "European Commission")]
    places = PlaceDocuments(((d.doc_id, d.title, d.issuer) for d in docs), shipped)
    assert places.asked("Jiangxi computing power in use in the first half of 2026") == {"jx"}
    assert places.asked("Nanchang AI computing centre coverage ratio") == {"nc"}
    assert places.asked("Guangxi compute plan") == {"gx"}
    provinces = ("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
                 "四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 北京 天津 上海 重庆").split()
    assert [p for p in provinces if not any(e.place and p in e.zh for e in shipped.entries)] == []
