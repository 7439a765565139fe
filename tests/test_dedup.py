"""Tests for ingest.dedup: the same document reached twice is kept once, with all its sources."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ingest.dedup import dedup
from ingest.types import Block, Document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
BODY = ("第一条 为了规范市场主体登记管理行为，推进法治化市场建设，"
        "维护良好市场秩序和市场主体合法权益，优化营商环境，制定本条例。"
        "第二条 本条例所称市场主体，是指在中华人民共和国境内"
        "以营利为目的从事经营活动的自然人、法人及非法人组织。") * 4
TITLE = "市场主体登记管理条例"


def _doc(doc_id: str, source: str, blocks: list[Block], title: str = TITLE, date: str = "2021-07-27",
         **kw) -> Document:
    return Document(doc_id=doc_id, title=title, lang="zh", blocks=blocks, source_url=source, sources=[source],
                    date=date, **kw)


def test_dedup_same_id_keeps_richer_copy_with_all_sources(caplog):
    flat = _doc("d1", "https://a.example/1.html", [Block(BODY)], issuer="国务院")
    rich = _doc("d1", "file:///copy.md", [Block("第一章 总则", "heading", 2), Block(BODY)])
    with caplog.at_level(logging.INFO, logger="ingest.dedup"):
        out = dedup([flat, rich])
    assert len(out) == 1
    kept = out[0]
    assert kept.blocks[0].kind == "heading"  # the copy with more structure
    assert kept.sources == ["file:///copy.md", "https://a.example/1.html"]  # the kept copy's own first
    assert kept.issuer == "国务院"  # metadata the kept copy lacked comes from the other
    assert "d1" in caplog.text


def test_dedup_log_says_what_a_merge_of_one_id_does(caplog):
    # "dedup: d1 and d1 are one document (id)" read like a document merged into itself
    page = _doc("d1", "https://a.example/1.html", [Block(BODY)])
    again = _doc("d1", "/copies/1.html", [Block(BODY)])
    row = _doc("d1", "/lists/catalogue.csv", [Block(BODY[:80])], fmt="catalogue",
               meta={"excerpt_from": "catalogue.csv row 3"})
    with caplog.at_level(logging.INFO, logger="ingest.dedup"):
        dedup([page, again, row])
    assert "d1 and d1" not in caplog.text
    assert "d1 read twice, kept once: https://a.example/1.html and /copies/1.html (same id)" in caplog.text
    assert ("catalogue catalogue.csv row 3 merged into the page it describes, d1 at https://a.example/1.html"
            in caplog.text)


def test_dedup_a_local_copy_read_later_is_cited_by_the_public_address_of_the_other():
    public = _doc("d1", "https://a.example/1.html", [Block(BODY)])
    local = _doc("d1", "/home/me/copies/1.html", [Block("第一章 总则", "heading", 2), Block(BODY)])
    (kept,) = dedup([local, public])
    assert kept.blocks[0].kind == "heading"  # the richer copy's text
    assert kept.source_url == "https://a.example/1.html"  # its citation: the address a reader can open
    assert kept.sources == ["/home/me/copies/1.html", "https://a.example/1.html"]
    (alone,) = dedup([local, _doc("d1", "/elsewhere/1.html", [Block(BODY)])])
    assert alone.source_url == "/home/me/copies/1.html"  # no public address known: its path


def test_dedup_a_local_copy_is_not_cited_under_the_address_another_copy_was_fetched_from():
    # an edited local copy of a page, read after the page itself, took its place under the page's address
    fetched = _doc("d1", "https://a.example/1.html", [Block(BODY)])
    words = BODY.replace("优化营商环境", "优化创新环境")
    edited = _doc("d1", "/home/me/1.html", [Block("第一章 总则", "heading", 2), Block(words)],
                  meta={"url": "https://a.example/1.html"})
    for order, fresh in (([edited, fetched], 1), ([fetched, edited], 1), ([edited, fetched], None)):
        (kept,) = dedup(order, fresh=fresh)
        assert kept.text == fetched.text and kept.source_url == "https://a.example/1.html"
        assert set(kept.sources) == {"https://a.example/1.html", "/home/me/1.html"}
    # a page fetched again is what its address says now, over the copy fetched before
    again = _doc("d1", "https://a.example/1.html", [Block(BODY + "（修订）")])
    assert dedup([again, fetched], fresh=1)[0].text == again.text


def test_dedup_same_title_and_date_with_different_ids():
    a = _doc("a", "u1", [Block("正文一。")], title="关于印发《广州市公共租赁住房管理办法》的通知")
    b = _doc("b", "u2", [Block("正文二，略有不同。")], title="关于印发“广州市公共租赁住房管理办法”的通知 ")
    c = _doc("c", "u3", [Block("正文三。")], title=a.title, date="2019-01-01")
    out = dedup([a, b, c])
    assert [d.doc_id for d in out] == ["b", "c"]  # the fuller copy, in the place of the first
    assert sorted(out[0].sources) == ["u1", "u2"]


def test_dedup_near_duplicate_bodies_with_different_titles():
    a = _doc("a", "u1", [Block(BODY)], title="条例", date="")
    b = _doc("b", "u2", [Block(BODY + "（完）")], title="市场主体登记管理条例（全文）", date="")
    text = "完全不同的另一份文件，讲的是家庭医生签约服务的高质量发展。" * 10
    other = _doc("c", "u3", [Block(text)], title="x", date="")
    out = dedup([a, b, other])
    assert len(out) == 2
    assert set(out[0].sources) == {"u1", "u2"} and out[1].doc_id == "c"


@pytest.mark.parametrize(("first", "second"), [
    # two districts issue the same measures under their own names and numbers
    ({"title": "天河区关于促进人工智能产业发展的若干措施", "issuer": "广州市天河区人民政府",
      "doc_number": "穗天府〔2025〕3号"},
     {"title": "越秀区关于促进人工智能产业发展的若干措施", "issuer": "广州市越秀区人民政府",
      "doc_number": "越府〔2025〕7号"}),
    # the same notice issued again next year, one measure changed
    ({"doc_number": "青府办〔2025〕7号", "date": "2025-03-18"},
     {"doc_number": "青府办〔2026〕2号", "date": "2026-01-09"}),
    # a council adopts its neighbour's strategy
    ({"title": "Riverton Digital Skills Strategy"}, {"title": "Lakeside Digital Skills Strategy"}),
    ({"issuer": "广州市天河区人民政府"}, {"issuer": "广州市越秀区人民政府"}),  # one title, two issuers
    # issued again two years on, its 文号 not read: signed on another day
    ({"date_written": "2022-03-18"}, {"date_written": "2024-03-18"}),
])
def test_dedup_keeps_two_documents_that_read_alike_but_say_they_are_two(first, second):
    measures = "".join(f"（{i}）支持企业建设第{i}类人工智能应用场景，按投入的{i * 5}%给予最高{i * 100}万元补助。"
                       for i in range(1, 13))
    a = _doc("a", "u1", [Block(measures)], **{"date": "", **first})
    b = _doc("b", "u2", [Block(measures.replace("按投入的15%", "按投入的35%"))], **{"date": "", **second})
    assert len(dedup([a, _doc("c", "u3", b.blocks, title=a.title, date="")])) == 1  # alike enough for one
    assert [d.doc_id for d in dedup([a, b])] == ["a", "b"]
    assert [d.doc_id for d in dedup([b, a], fresh=1)] == ["b", "a"]  # the one just read replaces nothing


def test_dedup_a_copy_alike_to_two_documents_joins_one_and_never_makes_them_one():
    # a reprint without its 文号 read like both the 3号 and the 8号 issuance, and fused all three into one
    measures = "".join(f"（{i}）支持企业建设第{i}类人工智能应用场景，给予最高{i * 100}万元补助。" for i in range(1, 13))
    first = _doc("a", "u1", [Block(measures)], doc_number="穗天府办〔2025〕3号", date="")
    second = _doc("b", "u2", [Block(measures)], doc_number="穗天府办〔2025〕8号", date="")
    reprint = _doc("c", "u3", [Block(measures)], date="")
    for docs in ([first, second, reprint], [reprint, first, second], [first, reprint, second]):
        out = dedup(docs)
        assert len(out) == 2 and {d.doc_number for d in out} == {"穗天府办〔2025〕3号", "穗天府办〔2025〕8号"}
        assert sorted(len(d.sources) for d in out) == [1, 2]
    # read after them, it joins one of them and keeps that one's id: the links to its clauses still work
    out = dedup([reprint, first, second], fresh=1)
    assert sorted(d.doc_id for d in out) == ["a", "b"]


def test_dedup_a_copy_that_lacks_a_number_or_issuer_is_still_the_same_document():
    full = _doc("a", "u1", [Block(BODY)], issuer="国务院", doc_number="国务院令第746号")
    bare = _doc("b", "u2", [Block(BODY)], title="中华人民共和国市场主体登记管理条例", date="")
    assert len(dedup([full, bare])) == 1


def test_dedup_distinct_documents_untouched_and_order_kept():
    docs = [_doc(str(i), f"u{i}", [Block(f"第{i}份文件的正文。" * 3)], title=f"文件{i}") for i in range(4)]
    out = dedup(docs)
    assert [d.doc_id for d in out] == ["0", "1", "2", "3"]
    assert all(d.sources == [f"u{i}"] for i, d in enumerate(out))


def test_dedup_real_eu_ai_act_markdown_and_eurlex_html_are_one():
    parse_mod = pytest.importorskip("ingest.parse")
    paths = [CORPUS / "en/eu/eu-ai-act-2024-1689.md", CORPUS / "en/eu/eurlex-oj-l-2024-1689-ai-act.html",
             CORPUS / "press/ceo-insights-asia-2024-06-10-guangdong-ai-initiatives.txt"]
    if not all(p.exists() for p in paths):
        pytest.skip("shared corpus not available")
    docs = [parse_mod.parse(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    out = dedup(docs)
    assert len(out) == 2
    eu = out[0]
    assert len(eu.sources) == 2 and all(any(p.name in s for s in eu.sources) for p in paths[:2])


def test_dedup_one_public_page_read_again_with_its_title_read_otherwise_is_one_document():
    # a saved press release read after an upgrade that reads its headline (it read the page's <title>) and its
    # date: "read alike but are not one document", so the release was held twice under one address
    page = "https://pib.gov.in/PressReleasePage.aspx?PRID=2098745"
    held = Document(doc_id="old", title="Press Release: Press Information Bureau", lang="en",
                    blocks=[Block("The IndiaAI Mission will train 10 lakh youth. " * 20)], source_url=page,
                    sources=["/saved/a/pib.html"])
    fresh = Document(doc_id="new", title="IndiaAI Mission: Over 18,000 GPUs Empanelled", lang="en",
                     blocks=[Block("The IndiaAI Mission will train 10 lakh youth. " * 20)], source_url=page,
                     sources=["/saved/b/pib.html"], date="2025-01-30", date_written="2025-01-30")
    out = dedup([fresh, held], fresh=1, held={"old"})
    assert [d.doc_id for d in out] == ["old"]  # one document, under the id links cite
    # two pages at two addresses that read alike stay two
    other = Document(doc_id="other", title="Another ministry's release", lang="en",
                     blocks=[Block("The IndiaAI Mission will train 10 lakh youth. " * 20)],
                     source_url="https://example.gov.in/release", sources=["/saved/c.html"], date="2025-02-01",
                     date_written="2025-02-01")
    assert len(dedup([fresh, other])) == 2


def test_dedup_gathers_a_document_just_read_and_one_held_that_read_alike_but_say_they_are_two():
    # a copy held from before a change in how its title is read ("附件2"), and the same text read now under its
    # real title: kept apart (they say they are two), and named for the user to look at
    now = _doc("new1", "file:///b/plan.txt", [Block(BODY)], title="关于《某某行动方案（征求意见稿）》的起草说明")
    held = _doc("old1", "file:///a/plan.txt", [Block(BODY)], title="附件2")
    alike: list[tuple[str, str]] = []
    out = dedup([now, held], fresh=1, held={"old1"}, alike=alike)
    assert len(out) == 2 and alike == [("new1", "old1")]
    # two documents held, or two just read, are no stale copy of each other
    alike.clear()
    dedup([now, held], fresh=2, held=set(), alike=alike)
    assert alike == []
