"""Markdown: front matter, unwrapping hard-wrapped lines, lists, headings, inline HTML and emphasis."""

from __future__ import annotations

from ingest.markdown import parse_markdown
from ingest.parse import parse

FRONT = """---
date: '2023-10-30'
published_time: 2023-10-30 16:39:11-04:00
source_url: https://example.gov/eo
tags: presidential-actions
title: "Executive Order on the Safe, Secure, and Trustworthy Development and Use of\\
  \\ Artificial\\_Intelligence"
---
"""


def texts(md: str) -> list[str]:
    return [b.text for b in parse_markdown(md, "x.md").blocks]


def test_markdown_front_matter_gives_metadata():
    doc = parse(FRONT + "     By the authority vested in me, it is\nhereby ordered as follows:\n", "eo.md")
    assert (
        doc.title == "Executive Order on the Safe, Secure, and Trustworthy Development and Use of Artificial "
        "Intelligence"
    )
    assert (doc.date, doc.date_published, doc.issuer, doc.kind) == (
        "2023-10-30",
        "2023-10-30",
        "The White House",
        "regulation",
    )
    assert doc.meta["source_url"] == "https://example.gov/eo" and doc.fmt == "markdown"
    assert [b.text for b in doc.blocks] == ["By the authority vested in me, it is hereby ordered as follows:"]


def test_markdown_unwraps_lines_and_splits_on_blank_lines_and_hard_breaks():
    md = (
        "Section 1.  Purpose.  Artificial intelligence (AI) holds\nextraordinary potential.  \n"
        "This order revokes\ncertain policies.\n  \n     (a)  protecting taxpayer\nresources;\n"
    )
    assert texts(md) == [
        "Section 1. Purpose. Artificial intelligence (AI) holds extraordinary potential.",
        "This order revokes certain policies.",
        "(a) protecting taxpayer resources;",
    ]


def test_markdown_list_items_are_blocks_and_keep_their_numbers():
    md = "Members:\n\n1. the Secretary of State;\n2. the Secretary of the\nTreasury;\n- a bullet\n* another\n"
    assert texts(md) == [
        "Members:",
        "1. the Secretary of State;",
        "2. the Secretary of the Treasury;",
        "a bullet",
        "another",
    ]
    # A wrapped line that merely starts with a number does not start a list.
    assert texts("funds for fiscal year\n2024. The Secretary shall report.\n") == [
        "funds for fiscal year 2024. The Secretary shall report."
    ]


def test_markdown_strips_inline_html_and_markup_keeping_text():
    md = (
        'power greater than 10<sup>26</sup> operations and <span style="x">Sec. 2.\nPolicy.</span> '
        "see [the annex](https://x.gov/a.pdf) and **bold** or *italic*, `code`, 3\\. escaped &amp; done\n\n"
        '<figure>\n<img\nsrc="x.gif" />\n</figure>\n\n1.** ** On December 22, 2025\n'
    )
    assert texts(md) == [
        "power greater than 10^26 operations and Sec. 2. Policy. see the annex and bold or italic, code, "
        "3. escaped & done",
        "1. On December 22, 2025",
    ]


def test_markdown_headings_and_eu_outline():
    md = (
        "# REGULATION (EU) 2024/1689 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\n\n# of 13 June 2024\n\n"
        "# laying down rules (Artificial Intelligence Act)\n\n# (Text with EEA relevance)\n\nWhereas:\n\n"
        "## CHAPTER II\n\n### PROHIBITED AI PRACTICES\n\n### Article 5\n\n**Prohibited AI practices**\n\n"
        "1. The following AI practices shall be prohibited:\n\n## SECTION 1\n\n### Classification\n\n"
        "Plain\n=====\n"
    )
    doc = parse(md, "act.md")
    assert doc.title == (
        "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 "
        "laying down rules (Artificial Intelligence Act)"
    )
    assert (doc.doc_number, doc.date) == ("Regulation (EU) 2024/1689", "2024-06-13")
    assert [(b.text, b.kind, b.level) for b in doc.blocks] == [
        ("Whereas:", "para", 0),
        ("CHAPTER II PROHIBITED AI PRACTICES", "heading", 2),
        ("Article 5 Prohibited AI practices", "heading", 4),
        ("1. The following AI practices shall be prohibited:", "para", 0),
        ("SECTION 1 Classification", "heading", 3),
        ("Plain", "heading", 1),
    ]


def test_markdown_tables_and_chinese_unwrapping():
    md = "| 序号 | 类别 |\n|---|---|\n| 1 | 在校学生 |\n\n第一条　为了规范\n市场主体登记。\n"
    assert texts(md) == ["序号 | 类别", "1 | 在校学生", "第一条 为了规范市场主体登记。"]


def test_markdown_without_front_matter_or_heading_title_falls_back_to_first_line():
    doc = parse("Just a note about policy.\n\nSecond paragraph.\n", "note.md")
    assert doc.title == "Just a note about policy." and len(doc.blocks) == 2


def test_markdown_an_outline_written_in_bold_numbered_lines_is_headings():
    text = ("# AI Gigafactories Investment Framework\n\n**Brussels, 8 April 2025**\n\n**1 Objectives**\n\n"
            "1) Mobilise EUR 20 billion for up to five AI gigafactories by 2028.\n\n**2 Governance**\n\n"
            "**2.1 Selection**\n\nGigafactories will be selected through an open call.\n\n"
            "**3 people will review every call.**\n")
    blocks = parse_markdown(text, "f.md").blocks
    kinds = {b.text: (b.kind, b.level) for b in blocks}
    assert kinds["1 Objectives"] == ("heading", 2) and kinds["2.1 Selection"] == ("heading", 3)
    assert kinds["Brussels, 8 April 2025"][0] == "para"  # bold, but no numbered title
    assert kinds["3 people will review every call."][0] == "para"  # a sentence, whatever its first word


def test_markdown_a_chinese_date_line_under_the_title_is_the_date_not_a_clause():
    from ingest.segment import segment

    md = ("# 南山区促进人工智能产业发展若干措施\n\n{top}\n\n## 一、强化算力支撑\n\n"
          "1. 到2025年，建成智能算力规模不低于500PFLOPS的公共算力平台。\n"
          "2. 对企业购买算力服务，按合同金额的20%给予补贴。\n")
    for top, issuer in (("2024年3月1日", ""), ("南山区人民政府\n\n2024年3月1日", "南山区人民政府")):
        doc = parse(md.format(top=top), "zh.md")
        assert (doc.date, doc.issuer) == ("2024-03-01", issuer)
        assert [c.path for c in segment(doc)] == ["一 > 1", "一 > 2"]  # no clause of the date
    # a date known already stays; the line still goes
    doc = parse("---\ndate: 2024-02-20\n---\n" + md.format(top="2024年3月1日"), "zh.md")
    assert doc.date == "2024-02-20" and not any(b.text == "2024年3月1日" for b in doc.blocks)


def test_chinese_articles_on_consecutive_lines_are_clauses_of_their_own():
    from ingest.segment import segment

    text = ("# 广州市测试办法\n\n第一条 为了规范测试工作，制定本办法。\n第二条 本办法适用于本市。\n"
            "第三条 市科技局负责\n组织实施。\n")
    clauses = segment(parse(text, "rules.md"))
    assert [c.path for c in clauses] == ["第一条", "第二条", "第三条"]
    assert clauses[2].text == "第三条 市科技局负责组织实施。"  # a wrapped line still joins its article
