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


def test_join_lines_spaces_words_but_not_cjk():
    assert join_lines(["power to", "surpass 40"]) == "power to surpass 40"
    assert join_lines(["第一条 为了规范", "市场主体登记。"]) == "第一条 为了规范市场主体登记。"
