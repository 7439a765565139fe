"""Plain text: headline, byline date, page debris and paragraph unwrapping."""

from __future__ import annotations

from ingest.parse import parse
from ingest.plaintext import join_lines, parse_plaintext

ARTICLE = """Jun.2024 11
Views: 61
Headline About Policy
First paragraph of the article, which runs on one line as copied from the page.

Second paragraph.


Jane Doe | Monday 10 June, 2024

We use Cookie to improve your online experience. By continuing browsing this website, we assume you agree.
"""


def test_plaintext_article_headline_byline_and_debris():
    doc = parse(ARTICLE, "a.txt")
    assert (doc.title, doc.date, doc.kind, doc.fmt) == ("Headline About Policy", "2024-06-10", "news", "text")
    assert doc.meta["author"] == "Jane Doe"
    assert [b.text for b in doc.blocks] == [
        "First paragraph of the article, which runs on one line as copied from the page.",
        "Second paragraph.",
    ]


def test_plaintext_unwraps_hard_wrapped_text_only():
    wrapped = (
        "The Secretary of Commerce shall, within 90 days of the date of this\n"
        "order, submit a report to the President describing the measures taken\n"
        "under this section and the results achieved so far by the agencies.\n\n"
        "The report shall be made public within thirty days after it is sent to\n"
        "the President, except for any classified annex attached to the report.\n"
    )
    assert [b.text for b in parse_plaintext(wrapped, "w.txt").blocks] == [
        "The Secretary of Commerce shall, within 90 days of the date of this order, submit a report to the "
        "President describing the measures taken under this section and the results achieved so far by the "
        "agencies.",
        "The report shall be made public within thirty days after it is sent to the President, except for "
        "any classified annex attached to the report.",
    ]
    lines = "一、总体要求\n二、主要任务\n三、保障措施\n四、附则\n"
    assert [b.text for b in parse_plaintext(lines, "z.txt").blocks] == [
        "一、总体要求",
        "二、主要任务",
        "三、保障措施",
        "四、附则",
    ]


def test_plaintext_keeps_numbered_measures_apart_where_the_text_looks_wrapped():
    # measures on lines of their own, each ending in its agency note: read as one wrapped paragraph, they
    # became one clause
    text = ("支持人工智能产业发展若干措施\n\n"
            "一、支持算力基础设施建设。对新建智能算力中心的，给予最高1000万元补贴。（牵头单位：区工业和信息化局）\n"
            "二、支持大模型研发。对通过备案的本区企业，一次性给予200万元奖励。（牵头单位：区科技局）\n"
            "三、支持人才引进。对顶尖人才团队，给予最高5000万元项目资助。（牵头单位：区人社局）\n"
            "四、本措施自印发之日起施行。\n")
    blocks = [b.text for b in parse_plaintext(text, "g.txt").blocks]
    assert [b[:2] for b in blocks] == ["一、", "二、", "三、", "四、"]
    wrapped = ("The programme will fund 1,000 new places for apprentices across the region over the\n"
               "1.5 million pounds committed this year, and train 300 mentors in the small firms that\n"
               "take them on, with a review of the first cohort's results published next spring.\n"
               "2. Open three training centres in the north of the county by the end of 2027.\n")
    assert len(parse_plaintext(wrapped, "w.txt").blocks) == 2  # "1.5 million" goes on its sentence


def test_join_lines_spaces_words_but_not_cjk():
    assert join_lines(["power to", "surpass 40"]) == "power to surpass 40"
    assert join_lines(["第一条 为了规范", "市场主体登记。"]) == "第一条 为了规范市场主体登记。"


def test_plaintext_an_organisation_before_the_date_under_the_title_is_the_issuer():
    notice = ("Riverland Data Centre Efficiency Notice\n\n{line}\n\n"
              "1. All new data centres shall keep their power usage effectiveness below 1.3 from 2026.\n"
              "2. Operators of GPU clusters above 5 MW shall report their energy use every quarter.\n")
    doc = parse(notice.format(line="Riverland Energy Agency, 12 March 2025"), "note.txt")
    assert (doc.issuer, doc.date) == ("Riverland Energy Agency", "2025-03-12")
    assert [b.text[:2] for b in doc.blocks] == ["1.", "2."]
    doc = parse(notice.format(line="Department for Science, Innovation and Technology, March 12, 2025"), "n.txt")
    assert (doc.issuer, doc.date) == ("Department for Science, Innovation and Technology", "2025-03-12")
    # a place before the date is a dateline: the date, no issuer
    doc = parse(notice.format(line="Brussels, 12 March 2025"), "note.txt")
    assert (doc.issuer, doc.date) == ("", "2025-03-12") and doc.blocks[0].text.startswith("1.")
