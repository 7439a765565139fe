"""parse() over every page of the shared corpus: metadata, key sentences, no debris, stable ids, errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.errors import ParseError
from ingest.parse import detect_format, doc_id_for, parse, parse_documents
from ingest.types import Document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
EU_HTML = "en/eu/eurlex-oj-l-2024-1689-ai-act.html"
EU_MD = "en/eu/eu-ai-act-2024-1689.md"

# path -> what a reader of the page would say it is, and sentences its body must keep.
EXPECT: dict[str, dict] = {
    "zh/gz-thnet-gkmlpt-2024-13-public-rental-housing.html": dict(
        title="广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知",
        doc_number="穗府办规〔2024〕13号",
        issuer="广州市人民政府办公厅",
        date="2024-07-26",
        lang="zh",
        fmt="gkmlpt",
        kind="regulation",
        meta={"索引号": "11440106718120458W/2024-00008"},
        phrases=["第二十二条", "第一条为完善本市住房保障体系", "人均建筑面积低于15平方米"],
    ),
    "zh/gz-wjw-gkmlpt-2023-1930-family-doctors.html": dict(
        title="广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知",
        doc_number="穗卫函〔2023〕1930号",
        issuer="广州市卫生健康委员会、广州市财政局、广州市人力资源和社会保障局、广州市医疗保障局",  # 4部门 sign
        date="2023-10-19",
        date_published="2023-11-07",
        lang="zh",
        fmt="gkmlpt",
        phrases=["1.有序扩大家庭医生来源。", "每万常住人口家庭医生数不低于4人", "力争达到95%"],
    ),
    "zh/gz-rsj-2019-6-employment-internship-bases.html": dict(
        title="广州市人力资源和社会保障局广州市财政局关于印发广州市就业见习基地管理办法的通知",
        doc_number="穗人社规字〔2019〕6号",
        issuer="广州市人力资源和社会保障局、广州市财政局",  # the title and the signature name both
        date="2019-10-09",
        lang="zh",
        fmt="gzgov",
        kind="regulation",
        meta={"实施日期": "2019-10-16", "失效日期": "2024-10-15"},
        phrases=["第五条 申请认定就业见习基地，应当符合下列条件：", "穗府规〔2018〕19号"],
    ),
    "zh/gz-zjj-2024-5-household-housing-security.html": dict(
        title="广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作的通知",
        doc_number="穗建规字〔2024〕5号",
        issuer="广州市住房和城乡建设局",
        date="2024-03-04",
        lang="zh",
        fmt="gzgov",
        meta={"实施日期": "2024-03-04", "失效日期": "2029-03-03"},
        phrases=["家庭年人均收入49952", "（一）建立健全住房租赁补贴标准与市场租金水平挂钩"],
    ),
    "zh/gz-scjgj-state-council-decree-746-market-entity-registration.html": dict(
        title="中华人民共和国市场主体登记管理条例",
        doc_number="国务院令第746号",
        issuer="国务院",
        date="2021-07-27",
        date_published="2021-07-30",
        lang="zh",
        kind="regulation",
        phrases=[
            "第十二条 有下列情形之一的，不得担任公司、非公司企业法人的法定代表人：",
            "（一）无民事行为能力",
            "或者市场主体被吊销营业执照、责令关闭、撤销，或者被列入经营异常名录的，不适用简易注销程序。",
        ],
    ),
    "zh/gz-rsj-startup-guarantee-loan-faq.html": dict(
        title="创业担保贷款常见问题",
        date="2025-11-18",
        lang="zh",
        kind="faq",
        phrases=["个人创业担保贷款额度最高30万元", "一、创业担保贷款申请对象有哪几类？"],
    ),
    "zh/gz-ybj-2026-resident-medical-insurance-notice.html": dict(
        title="广州市医疗保险服务中心关于开展2026年度广州市城乡居民基本医疗保险集中参保缴费工作的通告",
        issuer="广州市医疗保险服务中心",
        date="2025-10-14",
        lang="zh",
        kind="notice",
        phrases=["个人缴费标准为每人413元", "（一）本市行政区域内的中小学校"],
    ),
    "zh/gz-thnet-2024-primary-enrollment-news.html": dict(
        title="小学招生5月7日起网上报名！天河区义务教育阶段学校招生工作细则公布",
        date="2026-04-29",
        lang="zh",
        kind="news",
        phrases=["天河区公办初中新增35个班"],
    ),
    EU_HTML: dict(
        title=re.compile(
            r"^Regulation \(EU\) 2024/1689 of the European Parliament and of the Council of 13 June 2024 "
            r"laying down .* \(Artificial Intelligence Act\)$"
        ),
        doc_number="Regulation (EU) 2024/1689",
        date="2024-06-13",
        date_published="2024-07-12",
        issuer="European Parliament and Council of the European Union",
        lang="en",
        fmt="eurlex",
        kind="regulation",
        phrases=[
            "(e) the placing on the market, the putting into service for this specific purpose, or the use "
            "of AI systems that create or expand facial recognition databases through the untargeted "
            "scraping of facial images",
            "(1) The purpose of this Regulation",
            "(180) The European Data Protection",
            "measured in floating point operations is greater than 10^25.",  # 10<span class="oj-super">25
        ],
    ),
    EU_MD: dict(
        title=re.compile(
            r"^Regulation \(EU\) 2024/1689 of the European Parliament and of the Council .*Act\)$"
        ),
        doc_number="Regulation (EU) 2024/1689",
        date="2024-06-13",
        lang="en",
        fmt="markdown",
        kind="regulation",
        phrases=["untargeted scraping of facial images"],
    ),
    "en/us/us-eo-14110-ai-2023-10-30.md": dict(
        title="Executive Order on the Safe, Secure, and Trustworthy Development and Use of "
        "Artificial Intelligence",
        date="2023-10-30",
        lang="en",
        fmt="markdown",
        issuer="The White House",
        meta={"source_url": re.compile(r"^https://bidenwhitehouse\.archives\.gov/")},
        phrases=["Sec. 2. Policy and Principles.", "greater than 10^26 integer or floating-point operations"],
    ),
    "en/us/2022-08-25-executive-order-on-the-implementation-of-the-chips-act-of-2022.md": dict(
        title="Executive Order on the Implementation of the CHIPS Act of 2022",
        date="2022-08-25",
        lang="en",
        phrases=[
            "(a) protecting taxpayer resources, including by ensuring strong compliance and accountability "
            "measures for funding recipients;"
        ],
    ),
    "en/us/2024-10-24-memorandum-on-advancing-the-united-states-leadership-in-artificial-in.md": dict(
        title=re.compile(
            r"^Memorandum on Advancing the United States’ Leadership in Artificial Intelligence;"
        ),
        date="2024-10-24",
        lang="en",
        doc_number="",  # it cites Executive Order 14110 but is not one
    ),
    "en/us/2025-01-14-executive-order-on-advancing-united-states-leadership-in-artificial-i.md": dict(
        title="Executive Order on Advancing United States Leadership in "
        "Artificial Intelligence Infrastructure",
        date="2025-01-14",
        lang="en",
    ),
    "en/us/2025-01-23-removing-barriers-to-american-leadership-in-artificial-intelligence.md": dict(
        title="Removing Barriers to American Leadership in Artificial Intelligence",
        date="2025-01-23",
        phrases=[
            "Sec. 2. Policy. It is the policy of the United States to sustain and enhance America’s "
            "global AI dominance"
        ],
    ),
    "en/us/2026-01-14-adjusting-imports-of-semiconductors-semiconductor-manufacturing-equip.md": dict(
        title="Adjusting Imports of Semiconductors, Semiconductor Manufacturing Equipment, and "
        "Their Derivative Products into the United States",
        date="2026-01-14",
        phrases=["1. On December 22, 2025, the Secretary of Commerce (Secretary) transmitted"],
    ),
    "press/ceo-insights-asia-2024-06-10-guangdong-ai-initiatives.txt": dict(
        title="China's Guangdong Province Launches Bold Initiatives to Power Up AI Sector",
        date="2024-06-10",
        lang="en",
        fmt="text",
        kind="news",
        issuer="CEO Insights Asia",  # its byline "CEO Insights Asia Team | Monday 10 June, 2024"
        phrases=[
            "surpass 40 exaflops by next year",
            "brain-inspired computing, chiplets, and instruction sets",
        ],
    ),
}
TABLES = ["zh/gz-tianhe-official-docs-index.csv", "tagged/agora-ai-laws-enacted-by-congress-2020-2025.csv"]
DEBRIS = [
    "长者助手",
    "Views:",
    "We use Cookie",
    "扫一扫",
    "分享到",
    "打印",
    "关闭窗口",
    "无障碍",
    "粤ICP",
    "版权所有",
    "返回顶部",
    "浏览次数",
    "字体大小",
    "当前位置",
]


@pytest.fixture(scope="module")
def docs(shared_corpus) -> dict[str, Document]:
    """Every document page of the shared corpus, parsed once (the EUR-Lex page alone is 1.3 MB)."""
    return {rel: parse((shared_corpus / rel).read_text(encoding="utf-8"), rel) for rel in EXPECT}


def test_parse_corpus_every_page_parses_or_is_refused_clearly(shared_corpus):
    # Pages added to the shared corpus later have no expectations here yet, but must still
    # parse into a document or be refused with a ParseError, never crash.
    from ingest.folders import document_files
    from ingest.pipeline import read_documents

    for path in document_files(shared_corpus):
        try:
            docs = read_documents(path)
        except ParseError as e:
            assert e.reason, path
        else:
            assert docs and all(doc.title and doc.blocks for doc in docs), path


@pytest.mark.parametrize("rel", list(EXPECT))
def test_parse_reads_metadata(docs, rel):
    doc, want = docs[rel], EXPECT[rel]
    for name in ("title", "doc_number", "issuer", "date", "date_published", "lang", "fmt", "kind"):
        if name in want:
            _match(getattr(doc, name), want[name], f"{rel}: {name}")
    for key, value in want.get("meta", {}).items():
        _match(doc.meta.get(key, ""), value, f"{rel}: meta[{key}]")
    assert doc.sources == [rel]  # where it was read from
    assert doc.source_url == rel or doc.source_url.startswith(("http://", "https://"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date), doc.date


@pytest.mark.parametrize("rel", [r for r in EXPECT if EXPECT[r].get("phrases")])
def test_parse_keeps_key_sentences(docs, rel):
    blocks = [b.text for b in docs[rel].blocks]
    for phrase in EXPECT[rel]["phrases"]:
        assert any(phrase in b for b in blocks), f"{rel}: no block holds {phrase!r}"


@pytest.mark.parametrize("rel", list(EXPECT))
def test_parse_blocks_are_clean(docs, rel):
    doc = docs[rel]
    assert len(doc.blocks) >= 8
    for block in doc.blocks:
        assert block.text and block.text == block.text.strip() and "\n" not in block.text, block
        assert not re.search(r"<[a-zA-Z/][^>]*>|\*\*|\]\(|&[a-z]+;", block.text), block
        hits = [d for d in DEBRIS if d in block.text]
        assert not hits, f"{rel}: debris {hits} in {block.text[:80]!r}"
        assert (block.kind in ("heading", "title")) == (block.level > 0), block
    first = doc.blocks[0].text
    assert first != doc.title and not doc.title.startswith(first), f"{rel}: body opens with the title"


def test_parse_eu_ai_act_outline(docs):
    for rel in (EU_HTML, EU_MD):
        heads = {b.text: b.level for b in docs[rel].blocks if b.kind == "heading"}
        assert heads["CHAPTER II PROHIBITED AI PRACTICES"] == 2, rel
        assert heads["SECTION 1 Classification of AI systems as high-risk"] == 3, rel
        assert heads["Article 5 Prohibited AI practices"] == 4, rel
        assert heads["ANNEX III High-risk AI systems referred to in Article 6(2)"] == 2, rel
        assert sum(t.startswith("Article ") for t in heads) == 113, rel
    texts = [b.text for b in docs[EU_HTML].blocks]
    i = texts.index("Article 5 Prohibited AI practices")
    assert texts[i + 1] == "1. The following AI practices shall be prohibited:"
    assert texts[i + 2].startswith("(a) the placing on the market")
    articles = texts.index("CHAPTER I GENERAL PROVISIONS")  # the enacting formula before it is metadata now
    recitals = [t for t in texts[:articles] if re.match(r"\(\d+\) ", t)]
    assert [int(re.match(r"\((\d+)\)", t).group(1)) for t in recitals] == list(range(1, 181))
    assert "Having regard to the opinion of the European Central Bank," in texts  # footnote marker dropped


def test_parse_zh_chapters_are_headings(docs):
    doc = docs["zh/gz-scjgj-state-council-decree-746-market-entity-registration.html"]
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads[0] == ("第一章 总则", 2) and len(heads) == 6
    assert any(b.text.startswith("第五十五条 本条例自2022年3月1日起施行") for b in doc.blocks)


def test_parse_joins_numbers_split_across_spans(docs):
    texts = [b.text for b in docs["zh/gz-rsj-2019-6-employment-internship-bases.html"].blocks]
    assert any("（穗人社规字〔2019〕1号）" in t for t in texts)
    assert not any(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", t) and "〔 " in t for t in texts)


def test_doc_id_same_for_both_eu_ai_act_files(docs):
    assert docs[EU_HTML].doc_id == docs[EU_MD].doc_id
    assert len({d.doc_id for d in docs.values()}) == len(docs) - 1


def test_doc_id_stable_across_parses_and_paths(shared_corpus, docs):
    rel = "zh/gz-wjw-gkmlpt-2023-1930-family-doctors.html"
    text = (shared_corpus / rel).read_text(encoding="utf-8")
    again = parse(text, "/somewhere/else/page.html", url="https://wjw.gz.gov.cn/x.html")
    assert again.doc_id == docs[rel].doc_id == doc_id_for("", "穗卫函〔2023〕1930号")
    assert again.source_url == "https://wjw.gz.gov.cn/x.html"


def test_chinese_signatures_go_to_meta_not_to_clauses(docs):
    doc = docs["zh/gz-wjw-gkmlpt-2023-1930-family-doctors.html"]
    assert doc.meta["signed"] == ("广州市卫生健康委员会 广州市财政局 广州市人力资源和社会保障局 广州市医疗保障局 "
                                  "2023年10月19日")
    # still read from the signature, which names all four departments of the joint notice
    four = "广州市卫生健康委员会、广州市财政局、广州市人力资源和社会保障局、广州市医疗保障局"
    assert (doc.issuer, doc.date) == (four, "2023-10-19")
    assert not any(b.text == "2023年10月19日" for b in doc.blocks)
    assert "实施方案" in doc.text  # the plan attached after the signature is kept


def test_the_imprint_that_ends_a_chinese_document_is_metadata_not_its_last_article(docs):
    doc = docs["zh/gz-thnet-gkmlpt-2024-13-public-rental-housing.html"]
    assert doc.meta["publicity"] == "公开方式：主动公开"
    assert doc.meta["printed"] == "广州市人民政府办公厅秘书处 2024年7月29日印发"
    assert doc.blocks[-1].text.endswith("根据实施情况依法评估修订。")  # 第五十四条 ends the text
    assert docs["zh/gz-zjj-2024-5-household-housing-security.html"].meta["publicity"] == "公开方式：主动公开"


def test_imprint_lines_are_taken_only_from_the_end():
    text = ("关于开展工作的通知\n\n各区：\n\n一、公开方式：主动公开，并接受社会监督。\n\n二、做好宣传。\n\n"
            "抄送：市委办公厅，市人大常委会办公厅。\n\n（此件主动公开）")
    doc = parse(text, "notice.txt")
    assert doc.meta["publicity"] == "（此件主动公开）" and doc.meta["copied_to"].startswith("抄送：市委办公厅")
    assert "一、公开方式：主动公开，并接受社会监督。" in doc.text and "二、做好宣传。" in doc.text
    assert "抄送" not in doc.text


def test_a_chinese_page_s_info_line_gives_its_publication_date_and_source():
    # a Hangzhou page: the date it was published and who published it were dropped with the view counter
    page = ("<html><head><title>杭州市人民政府关于印发某某实施方案的通知</title></head><body>"
            '<div class="tit">杭州市人民政府关于印发某某实施方案的通知</div>'
            '<div class="info">发布日期：2025-01-09\u3000\u3000来源：杭州市人民政府\u3000\u3000浏览次数：1234</div>'
            "<div class='content'><p>各区、县（市）人民政府：</p>"
            "<p>现将《某某实施方案》印发给你们，请认真贯彻实施。</p>"
            "<p>一、总体要求</p><p>坚持创新驱动，推动数字经济与实体经济深度融合。</p></div></body></html>")
    doc = parse(page, "hz.html")
    assert doc.date_published == "2025-01-09" and doc.date == "2025-01-09"  # no signed date: the page's
    assert doc.issuer == "杭州市人民政府" and "浏览次数" not in doc.text
    # a page that says it published itself (本网) names no source
    doc = parse(page.replace("来源：杭州市人民政府", "来源：本网"), "hz.html")
    assert doc.issuer == "" and doc.date_published == "2025-01-09"


def test_the_title_of_the_measures_a_notice_issues_is_their_title_not_the_notices_last_line(docs):
    doc = docs["zh/gz-thnet-gkmlpt-2024-13-public-rental-housing.html"]
    at = next(i for i, b in enumerate(doc.blocks) if b.text == "广州市公共租赁住房管理办法")
    assert doc.blocks[at].kind == "title" and doc.blocks[at + 1].text.startswith("第一章")
    text = "关于开展工作的通知\n\n各区：\n\n现将《广州市某某管理办法》印发给你们，请认真贯彻执行。\n\n" \
           "广州市某某管理办法\n\n第一条 为了规范管理，制定本办法。\n\n广州市某某管理办法\n\n的补充说明如下。"
    blocks = parse(text, "notice.txt").blocks
    assert [b.kind for b in blocks if b.text == "广州市某某管理办法"] == ["title", "title"]
    unissued = parse("现将有关事项通知如下。\n\n广州市某某管理办法\n\n第一条 制定本办法。", "n.txt")
    assert unissued.blocks[1].kind == "para"


def test_a_pdf_under_another_name_is_refused_saying_what_it_is():
    with pytest.raises(ParseError, match="a PDF file"):
        parse("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "notice.html")


def test_chinese_signature_needs_organisations_above_its_date():
    text = "关于开展工作的通知\n\n各区：\n\n现将有关事项通知如下。\n\n2024年7月26日\n\n附件说明。"
    doc = parse(text, "notice.txt")
    assert "signed" not in doc.meta and "2024年7月26日" in doc.text


def test_doc_id_for_uses_title_and_date_without_number():
    a = doc_id_for("Removing Barriers to American Leadership", "", "2025-01-23")
    assert a == doc_id_for("Removing  barriers to American leadership!", "", "2025-01-23")
    assert a != doc_id_for("Removing Barriers to American Leadership", "", "2025-01-24")
    assert re.fullmatch(r"[0-9a-f]{12}", a)


@pytest.mark.parametrize("rel", TABLES)
def test_parse_refuses_data_tables(shared_corpus, rel):
    with pytest.raises(ParseError, match="is a data table, not a document"):
        parse((shared_corpus / rel).read_text(encoding="utf-8"), rel)


def test_agora_is_data_about_laws_not_their_words(shared_corpus):
    rel = TABLES[1]  # summaries and tags: no column of the laws' own text
    with pytest.raises(ParseError, match="no column of document titles and one of their text"):
        parse_documents((shared_corpus / rel).read_text(encoding="utf-8"), rel)


@pytest.mark.parametrize(
    ("text", "source", "reason"),
    [
        ("", "a.txt", "empty text"),
        (" \n\t\n", "a.md", "empty text"),
        ("\x00\x01PK\x03\x04" * 50, "a.bin", "binary data"),
        ("".join(chr(c) for c in range(1, 32)) * 40, "a.txt", "binary data"),
        (
            "<html><body><nav><a href='/'>首页</a></nav><div class='footer'>版权所有</div></body></html>",
            "a.html",
            "no body text",
        ),
        ("<html><head><title>Nothing</title></head></html>", "a.html", "no body text"),
        ("Views: 61\n\nWe use Cookie to improve your online experience.", "a.txt", "no body text"),
        ("id,title\n1,x\n", "https://example.org/list.csv", "data table"),
        ("whatever", "report.pdf", "convert to text"),
    ],
)
def test_parse_bad_input_raises_parse_error(text, source, reason):
    with pytest.raises(ParseError, match=reason) as info:
        parse(text, source)
    assert info.value.source == source


@pytest.mark.parametrize(
    ("text", "source", "content_type", "fmt"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", "page", "", "html"),
        ("<p>x</p>", "https://example.org/post", "text/html; charset=utf-8", "html"),
        ("---\ntitle: x\n---\nbody", "note", "", "markdown"),
        ("# Title\n\nbody", "x.md", "", "markdown"),
        ("plain words", "x.txt", "text/plain", "text"),
        ("<html><body>x</body></html>", "x.txt", "text/plain", "html"),
        ("a,b\n1,2", "data.csv", "", "table"),
    ],
)
def test_detect_format(text, source, content_type, fmt):
    assert detect_format(text, source, content_type=content_type) == fmt


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["x.html", "x.md", "x.txt", "x"]))
def test_parse_any_text_gives_document_or_parse_error(text, source):
    try:
        doc = parse(text, source)
    except ParseError:
        return
    assert doc.blocks and all(b.text and "\n" not in b.text for b in doc.blocks)
    assert doc.doc_id == parse(text, source).doc_id


def _match(got: str, want, label: str) -> None:
    if isinstance(want, re.Pattern):
        assert want.search(got), f"{label}: {got!r} does not match {want.pattern!r}"
    else:
        assert got == want, f"{label}: {got!r} != {want!r}"


def test_parse_drops_widgets_but_not_clauses_that_name_them():
    page = (
        "<html><body><div id='zoomcon'><p>第五条 有下列情形之一的，予以处理：</p><p>（一）关闭、撤销；</p>"
        "<p>（二）更换打印机和二维码设备。</p><p>无障碍环境建设纳入规划。</p><p>【打印】【关闭窗口】</p>"
        "<p>A + 大 A + 中 A + 小</p><p>扫一扫在手机打开当前页</p><p>Views: 61</p></div></body></html>"
    )
    texts = [b.text for b in parse(page, "p.html").blocks]
    assert texts == [
        "第五条 有下列情形之一的，予以处理：",
        "（一）关闭、撤销；",
        "（二）更换打印机和二维码设备。",
        "无障碍环境建设纳入规划。",
    ]


@pytest.mark.parametrize(("rel", "url"), [
    # a local copy is cited by the address it gives for itself: a canonical link, a page's own URL,
    # a Markdown front matter's source_url; a file that gives none, by its path
    (EU_HTML, "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng"),
    ("zh/gz-wjw-gkmlpt-2023-1930-family-doctors.html", "http://wjw.gz.gov.cn/gkmlpt/content/9/9306/post_9306638.html"),
    ("en/us/us-eo-14110-ai-2023-10-30.md", "https://bidenwhitehouse.archives.gov/briefing-room/presidential-actions/"
     "2023/10/30/executive-order-on-the-safe-secure-and-trustworthy-development-and-use-of-artificial-intelligence/"),
    ("zh/gz-rsj-startup-guarantee-loan-faq.html", "https://rsj.gz.gov.cn/zmhd/cjwt/rsrc/content/post_10555927.html"),
])
def test_parse_cites_a_local_copy_by_the_address_it_gives(docs, rel, url):
    assert docs[rel].source_url == url and docs[rel].sources == [rel]


def test_parse_cites_a_file_without_an_address_by_its_path():
    doc = parse("Guangdong plans 40 exaflops of computing power by next year.", "press/article.txt")
    assert doc.source_url == "press/article.txt" == doc.sources[0]
    # a fetched page is cited by the address it was fetched from, whatever it says of itself
    page = parse('<html><head><title>Plan</title><link rel="canonical" href="https://example.gov/a"></head>'
                 "<body><p>The plan sets out twelve measures for the province.</p></body></html>",
                 "raw/abc.html", url="https://example.gov/plan?id=1")
    assert page.source_url == "https://example.gov/plan?id=1" and page.meta["url"] == "https://example.gov/a"


@pytest.mark.parametrize("fetched", ["http://127.0.0.1:8971/plan.html", "http://localhost/plan.html",
                                     "http://192.168.1.20/plan.html", "http://[::1]:8000/plan.html"])
def test_parse_cites_a_copy_served_from_this_machine_or_a_private_network_by_its_own_address(fetched):
    # no reader can follow a loopback or private address: such a copy is cited as a local file is
    html = ('<html><head><title>Plan</title><link rel="canonical" href="https://example.gov/a"></head>'
            "<body><p>The plan sets out twelve measures for the province.</p></body></html>")
    page = parse(html, "raw/abc.html", url=fetched)
    assert page.source_url == "https://example.gov/a" and page.sources == [fetched]
    # …and by the fetch address where it gives none
    bare = parse("<html><head><title>Plan</title></head><body><p>The plan sets out twelve measures.</p></body></html>",
                 "raw/abc.html", url=fetched)
    assert bare.source_url == fetched


def test_parse_a_memorandums_wrapped_subject_line_is_metadata_not_body(docs):
    doc = docs["en/us/2024-10-24-memorandum-on-advancing-the-united-states-leadership-in-artificial-in.md"]
    assert doc.meta["subject"].startswith("Advancing the United States’ Leadership in Artificial Intelligence;")
    assert doc.meta["subject"].endswith("Trustworthiness of Artificial Intelligence")
    # its wrapped lines were four "clauses" of a line each ("Artificial Intelligence; Harnessing Artificial")
    assert doc.blocks[0].text.startswith("Section 1.") or doc.blocks[0].kind == "heading"
    assert not any("Harnessing Artificial" == b.text[-len("Harnessing Artificial"):] for b in doc.blocks)


def test_a_presidential_order_signed_at_the_white_house_is_issued_by_it():
    page = ("<html><head><title>Strengthening the Workforce – The White House</title></head><body><main>"
            "<p>Presidential Actions</p><h1>Strengthening the Workforce</h1>"
            "<p>By the authority vested in me as President by the Constitution and the laws of the United States "
            "of America, it is hereby ordered:</p><p>Section 1. Purpose. America needs more technicians.</p>"
            "<p>DONALD J. TRUMP</p><p>THE WHITE HOUSE,</p><p>April 22, 2025.</p></main></body></html>")
    doc = parse(page, "eo.html")
    assert doc.issuer == "The White House"
    assert not any(b.text == "Presidential Actions" for b in doc.blocks)


def test_an_english_dateline_and_byline_are_metadata_not_clauses():
    from ingest.segment import segment

    text = ("# AI Gigafactories Investment Framework\n\n"
            "**European Commission — Directorate-General for Communications Networks, Content and Technology**\n\n"
            "**Brussels, 8 April 2025**\n\n**1 Objectives**\n\n"
            "Mobilise EUR 20 billion for up to five AI gigafactories by 2028.\n")
    doc = parse(text, "framework.md")
    assert (doc.issuer, doc.date) == ("European Commission", "2025-04-08")
    assert [c.path for c in segment(doc)] == ["1 Objectives > ¶1"]  # the first section is no title
    uk = parse("# National AI Skills Plan\n\nDepartment for Science, Innovation and Technology Published 10 February "
               "2025\n\n## 1. Introduction\n\nThis plan sets out how the government will grow the talent pipeline.\n",
               "plan.md")
    assert (uk.issuer, uk.date_published) == ("Department for Science, Innovation and Technology", "2025-02-10")
    assert not any("Published" in b.text for b in uk.blocks)
    # a sentence that names a department keeps its place
    kept = parse("# Notes\n\nThe Department of Energy will publish guidance.\n\nBrussels, 8 April 2025\n", "n.md")
    assert kept.issuer == "" and kept.blocks[0].text.startswith("The Department of Energy")


def test_an_english_byline_sentence_gives_the_issuer_and_the_publication_date():
    from ingest.segment import segment

    text = ("# Riverton Digital Skills Strategy 2025-2030\n\nPublished by the Riverton City Council, 12 May 2025.\n\n"
            "## 1. Vision\n\nRiverton will be a city where every resident can use digital tools with confidence.\n")
    doc = parse(text, "strategy.md")
    assert (doc.issuer, doc.date_published, doc.date) == ("Riverton City Council", "2025-05-12", "2025-05-12")
    assert [c.path for c in segment(doc)] == ["1 > ¶1"]
    other = parse(text.replace("Published by the Riverton City Council, 12 May 2025.",
                               "Issued on May 12, 2025 by the Department of Energy"), "strategy.md")
    assert (other.issuer, other.date_published) == ("Department of Energy", "2025-05-12")
    # a sentence that only mentions publishing stays text
    kept = parse(text.replace("12 May 2025.", "which meets on 12 May 2025 in public."), "strategy.md")
    assert kept.issuer == "" and kept.blocks[0].text.startswith("Published by")


def test_a_publisher_s_dated_byline_gives_the_issuer():
    article = ("Headline About Policy\n\nThe province will build 5 computing centres by 2026.\n\n"
               "Second paragraph of the article.\n\n{byline}\n")
    for byline, issuer in (("CEO Insights Asia Team | Monday 10 June, 2024", "CEO Insights Asia"),
                           ("By Xinhua | 10 June 2024", "Xinhua"),
                           ("Jane Doe | Monday 10 June, 2024", "")):  # a name alone may be a person's
        doc = parse(article.format(byline=byline), "a.txt")
        assert (doc.issuer, doc.date_published) == (issuer, "2024-06-10"), byline
    # in Markdown, at the foot or under the title, it is metadata, not a clause
    md = "# AI Compute Plan\n\n{top}The city will build 5 computing centres by 2026.\n\n{foot}"
    for top, foot in (("", "Harbor Daily Newsroom | 2024-06-10\n"), ("By Harbor Daily | 10 June 2024\n\n", "")):
        doc = parse(md.format(top=top, foot=foot), "plan.md")
        assert (doc.issuer, doc.date_published) == ("Harbor Daily", "2024-06-10")
        assert [b.text for b in doc.blocks] == ["The city will build 5 computing centres by 2026."]
    # an issuer already known stays; a table's last row and a sentence stay text
    known = parse("---\nissuer: City Council\n---\n" + md.format(top="", foot="By Harbor Daily | 10 June 2024\n"),
                  "plan.md")
    assert known.issuer == "City Council"
    table = parse(md.format(top="", foot="| Unit | Due |\n|---|---|\n| Research Team | 2024-06-10 |\n"), "t.md")
    assert table.issuer == "" and table.blocks[-1].text == "Research Team | 2024-06-10"


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_lone_metadata_line_under_the_title_is_metadata_not_a_clause(fmt):
    title, body = "关于支持数据要素市场发展的若干措施", ["一、培育数据交易主体。到2026年，培育数据商50家以上。",
                                              "二、建设数据交易场所。支持数据交易所扩大交易规模。"]

    def page(line: str) -> Document:
        if fmt == "txt":
            return parse("\n\n".join([title, line, *body]) + "\n", "policy.txt")
        paras = "".join(f"<p>{p}</p>" for p in [line, *body])
        return parse(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{paras}</body></html>",
                     "policy.html")

    doc = page("发布日期：2025-06-01")
    assert (doc.date_published, doc.date) == ("2025-06-01", "2025-06-01")
    assert doc.blocks[0].text.startswith("一、")
    doc = page("发文字号：穗府办〔2025〕3号　成文日期：2025年5月30日　来源：广州市人民政府办公厅")
    assert (doc.doc_number, doc.date_written, doc.issuer) == ("穗府办〔2025〕3号", "2025-05-30", "广州市人民政府办公厅")
    assert doc.blocks[0].text.startswith("一、")
    # a field with no fact in it, or a sentence after a field's name, stays text
    for line in ("发布日期：待定", "来源：各区要加强统筹，确保落实。"):
        doc = page(line)
        assert doc.blocks[0].text == line and doc.date_published == "" and doc.issuer == ""


@pytest.mark.parametrize("rel", ["zh/gz-scjgj-state-council-decree-746-market-entity-registration.html",
                                 "zh/gz-wjw-gkmlpt-2023-1930-family-doctors.html",
                                 "en/eu/eurlex-oj-l-2024-1689-ai-act.html"])
@pytest.mark.parametrize("share", [0.3, 0.6, 0.9])
def test_a_page_cut_short_is_refused_saying_so(shared_corpus, rel, share):
    # an interrupted download or save: its clauses would silently lack the rest of the document
    whole = (shared_corpus / rel).read_text(encoding="utf-8")
    with pytest.raises(ParseError, match="cut short"):
        parse(whole[:int(len(whole) * share)], rel)


@pytest.mark.parametrize("page", [
    "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on "
    "this server.</p><hr><address>Apache/2.4.41 (Ubuntu) Server at example.org Port 80</address></body></html>",
    "<html><head><title>Error 404 - Page not found</title></head><body><p>Sorry, the page you requested could not "
    "be found. It may have been moved or deleted.</p><p><a href='/'>Return to the home page</a></p></body></html>",
    "<html><head><title>页面不存在</title></head><body><div><h2>404</h2><p>抱歉，您访问的页面不存在或已被删除！</p>"
    "<p>5秒后自动跳转，<a href='/'>返回首页</a></p></div></body></html>",
])
def test_a_saved_http_error_page_is_refused_saying_so(page):
    # "Save page as" on a dead link, or a server that answers an error with 200: no document
    with pytest.raises(ParseError, match="an HTTP error page"):
        parse(page, "soft404.html")


def test_a_document_that_says_a_page_was_not_found_is_read():
    notice = ("<html><head><title>Notice on Broken Links</title></head><body><h1>Notice on Broken Links</h1><p>"
              "1. Where a user is told “The requested URL was not found on this server”, the department shall repair "
              "the link within 5 working days.</p></body></html>")
    assert parse(notice, "notice.html").title == "Notice on Broken Links"
    long_404 = ("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not "
                "found on this server.</p>" + "<p>1. The Measures support compute vouchers of up to 30% of costs for "
                "small firms in the city, capped at 1 million yuan a year.</p>" * 6 + "</body></html>")
    assert parse(long_404, "saved.html").blocks  # a document under a wrong title still says more


def test_a_page_that_omits_its_closing_tags_is_read():
    # HTML lets a page leave out </body></html>; it still ends after a tag
    page = ("<!DOCTYPE html><html><head><title>Measures on Testing</title></head><body><h1>Measures on "
            "Testing</h1><p>1. Support chiplets and train 3,000 engineers by 2027.</p><p>2. Build a test "
            "centre.</p>\n")
    assert parse(page, "measures.html").title == "Measures on Testing"


@pytest.mark.parametrize(("closing", "end"), [
    ("本通知自2025年1月1日起施行，有效期1年。", "2025-12-31"),
    ("本办法自印发之日起施行，有效期3年。", "2027-05-29"),  # from the document's date, 2024-05-30
    ("本办法自印发之日起施行，有效期三年。有效期届满，根据实施情况依法评估修订。", "2027-05-29"),
    ("有效期至2026年12月31日。", "2026-12-31"),
    ("本措施自2024年3月1日起施行，有效期至2027年2月28日。", "2027-02-28"),
    ("本办法有效期为3年（2024年3月4日至2027年3月3日）。", "2027-03-03"),
    # what has a term here is not the document: a permit, a qualification
    ("申请人须持有有效期至2026年12月31日的居住证。", ""),
    ("认定的基地资格有效期3年。", ""),
    ("本通知自2025年1月1日起施行。", ""),  # in force from a day, with no end
    ("本辦法自2025年1月1日起實施，有效期3年。", "2027-12-31"),  # traditional: 實施 read as 实施
])
def test_a_documents_closing_provision_says_until_when_it_is_in_force(closing, end):
    text = ("关于支持数据要素市场发展的通知\n\n一、到2026年，全区培育数据交易主体100家以上。\n\n"
            f"二、对数据交易额超过1亿元的企业，给予最高200万元奖励。\n\n三、{closing}\n\n"
            "东城区人民政府\n2024年5月30日\n")
    doc = parse(text, "notice.txt")
    assert doc.meta.get("失效日期", "") == end
    assert bool(doc.meta.get("失效日期依据")) == bool(end)
    assert doc.blocks[-1].text == f"三、{closing}"  # the provision stays a clause


def test_a_closing_provision_in_english_and_the_pages_own_end_day():
    text = ("# Interim Measures on AI Compute Vouchers\n\n## Article 1\n\nThe Agency shall issue vouchers.\n\n"
            "## Article 2\n\nThis Regulation shall expire on 31 December 2027.\n")
    doc = parse(text, "measures.md")
    assert (doc.meta["失效日期"], doc.meta["失效日期依据"]) == (
        "2027-12-31", "This Regulation shall expire on 31 December 2027")
    until = parse(text.replace("shall expire on", "shall remain in force until"), "measures.md")
    assert until.meta["失效日期"] == "2027-12-31"
    # what a page's metadata gives is kept
    given = parse("---\n失效日期: 2026-06-30\n---\n" + text, "measures.md")
    assert given.meta["失效日期"] == "2026-06-30" and "失效日期依据" not in given.meta


def test_the_corpus_documents_that_set_their_own_term(docs):
    # 第五十四条本办法自印发之日起施行，有效期5年: from the day its imprint says it was printed, 2024年7月29日印发
    rental = docs["zh/gz-thnet-gkmlpt-2024-13-public-rental-housing.html"]
    assert (rental.meta["失效日期"], rental.meta["失效日期依据"]) == ("2029-07-28", "自印发之日起施行，有效期5年")
    # 七、本通知自2024年3月4日起施行，有效期5年。: its own words give the day its page gives
    from ingest.validity import text_end

    housing = docs["zh/gz-zjj-2024-5-household-housing-security.html"]
    assert text_end([b.text for b in housing.blocks])[0] == housing.meta["失效日期"] == "2029-03-03"


def test_a_press_release_is_news():
    page = ("<!DOCTYPE html><html lang='en'><head><title>Commission launches AI Continent Action Plan</title></head>"
            "<body><h1>Commission launches AI Continent Action Plan</h1><p>European Commission — Press release</p>"
            "<p>Brussels, 9 April 2025</p><p>The Commission today presented the AI Continent Action Plan.</p>"
            "<p>The plan will set up at least 13 AI factories across Europe by 2026.</p></body></html>")
    doc = parse(page, "ec.html")
    assert (doc.kind, doc.issuer, doc.date) == ("news", "European Commission", "2025-04-09")
    assert doc.blocks[0].text.startswith("The Commission today")
    alone = parse(page.replace("European Commission — Press release", "Press release | 9 April 2025"), "ec.html")
    assert alone.kind == "news" and alone.blocks[0].text.startswith("The Commission today")
    # a page that is not one stays as it was
    assert parse(page.replace(" — Press release", " — DG CONNECT"), "ec.html").kind == ""
