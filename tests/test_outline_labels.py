"""Lines that label what follows them rather than say anything: a list's first item after its lead-in, a one-word
sub-heading ("Objective"), a topic's run-in labels ("Type of action: …"), a figure's label and title over its
rows."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Block, Document


def _doc(blocks: list[Block | str], lang: str = "zh") -> Document:
    return Document(doc_id="d", title="t", lang=lang, blocks=[b if isinstance(b, Block) else Block(b) for b in blocks])


def _paths(clauses) -> dict[str, str]:
    return {c.path: c.text for c in clauses}


def test_a_short_first_item_after_a_lead_in_is_an_item_of_its_own():
    # "1.责令停止违法行为；" (9 characters) was glued to "四、处罚决定" and its lead-in: no "四 > 1", while "四 > 2" was
    clauses = segment(_doc(["四、处罚决定", "根据上述事实和依据，本局决定对当事人作出如下行政处罚：",
                            "1.责令停止违法行为；", "2.罚款人民币35万元（大写：叁拾伍万元整）。", "五、履行方式和期限",
                            "当事人应当自收到本行政处罚决定书之日起十五日内，将罚款缴至指定银行。"]))
    paths = _paths(clauses)
    assert paths["四 > 1"] == "1.责令停止违法行为；"
    assert "1.责令" not in paths["四"] and paths["四"].endswith("如下行政处罚：")
    assert "四 > 2" in paths


def test_a_short_item_after_prose_still_joins_as_a_fragment():
    # no colon before it: a short "1." is no lead-in's item, and joins the text before it as it did
    clauses = segment(_doc(["四、处罚决定", "本局决定对当事人从轻处罚。", "1.责令改正；",
                            "2.罚款人民币35万元（大写：叁拾伍万元整）。"]))
    assert "四 > 1" not in _paths(clauses)


_TOPIC = ("<html><head><title>Work Programme 2026-2027</title></head><body><main><h1>Work Programme 2026-2027</h1>"
          "<h2>2. Artificial Intelligence</h2>"
          "<h3>2.1 Topic DIGITAL-2026-AI-08-GIGA: Data services for AI Gigafactories</h3>"
          "<p><strong>Objective</strong></p>"
          "<p>The objective is to make the AI Gigafactories usable by start-ups and SMEs across the Union.</p>"
          "<p><strong>Scope</strong></p>"
          "<p>The selected consortium will deploy an open software stack for distributed training.</p>"
          "<p><strong>Expected outcomes</strong></p>"
          "<ul><li>At least 300 start-ups and SMEs onboarded to AI Gigafactory resources by the end of 2028.</li></ul>"
          "<p><strong>Type of action:</strong> Simple Grants</p>"
          "<p><strong>Indicative budget:</strong> EUR 25 million</p>"
          "<p><strong>Indicative duration of the action:</strong> 36 months</p>"
          "</main></body></html>")


def test_a_one_word_sub_heading_heads_its_paragraph_and_ends_none():
    # "Objective" was glued to its paragraph and "Scope" to the end of it: "Objective⏎The objective is …⏎Scope"
    clauses = {c.text[:20]: c for c in segment(parse(_TOPIC, "wp.html"))}
    objective, scope = clauses["The objective is to "], clauses["The selected consort"]
    assert (objective.heading, scope.heading) == ("Objective", "Scope")
    assert not objective.text.startswith("Objective") and not objective.text.endswith("Scope")


def test_run_in_labels_after_a_sub_heading_s_items_are_the_topic_s():
    # "Type of action", "Indicative budget" … sat under "Expected outcomes", as if they were outcomes
    clauses = {c.text[:15]: c for c in segment(parse(_TOPIC, "wp.html"))}
    assert clauses["At least 300 st"].heading == "Expected outcomes"
    for label in ("Type of action:", "Indicative budg", "Indicative dura"):
        assert clauses[label].heading.startswith("2.1 Topic DIGITAL")
        assert clauses[label].path.startswith("2 > 2.1 > ¶")


def test_labelled_lines_that_open_a_sub_heading_are_its_own():
    page = _TOPIC.replace("<ul><li>At least 300 start-ups and SMEs onboarded to AI Gigafactory resources by the end "
                          "of 2028.</li></ul>", "")
    clauses = {c.text[:15]: c for c in segment(parse(page, "wp.html"))}
    assert clauses["Type of action:"].heading == "Expected outcomes"


def test_a_one_word_acronym_line_is_no_sub_heading():
    clauses = segment(_doc(["OECD", "The OECD estimates that Members will need around 250 000 additional specialists."],
                           lang="en"))
    assert [c.heading for c in clauses] == [""]


def test_a_numbered_title_after_a_sub_heading_s_text_is_no_part_of_it():
    # "Foreword" over its paragraph, then "1. Context": 1.1 and 1.2 were read under "Foreword" too
    clauses = segment(_doc(["Foreword", "Artificial intelligence is no longer a technology of the future.",
                            "1. Context", "1.1 Ireland's digital economy accounts for an estimated €48 billion.",
                            "1.2 The national digital strategy sets the target that 75% of enterprises adopt AI."],
                           lang="en"))
    by_path = {c.path: c for c in clauses}
    assert by_path["¶1"].heading == "Foreword"
    assert "Foreword" not in by_path["1 > 1.1"].headings


def test_a_chinese_title_line_stays_over_its_parts():
    clauses = segment(_doc(["关于推进家庭医生签约服务高质量发展实施方案",
                            "为推进家庭医生签约服务高质量发展，制定本实施方案。",
                            "一、主要目标", "到2025年，签约服务覆盖率每年提升1-3个百分点。", "二、主要任务",
                            "（一）扩大签约服务供给",
                            "1.有序扩大家庭医生来源，到2025年每万常住人口家庭医生数不低于4.66人。",
                            "2.不断优化签约服务团队，组建团队提供签约服务，吸收药师、健康管理师加入团队。"]))
    assert all("关于推进家庭医生签约服务高质量发展实施方案" in c.headings for c in clauses if c.path.startswith("二"))


def test_a_figure_s_label_and_title_head_its_rows():
    # "Figure 1" ended the paragraph before it ("…by year.⏎Figure 1"); its rows were paragraphs of their own
    clauses = segment(_doc(["Part One", "1.1 The government announced the AIRR in the Spring Budget 2023.",
                            "1.3 Figure 1 sets out the funding allocated to the programme by year.", "Figure 1",
                            Block("AIRR funding allocated, 2023-24 to 2029-30", "heading", 1),
                            "Year | Capital (£m) | Total (£m)", "2023-24 | 210 | 225", "2024-25 | 145 | 180"],
                           lang="en"))
    by_path = _paths(clauses)
    assert by_path["Part One > 1.3"].endswith("by year.")
    rows = [c for c in clauses if c.path.startswith("Part One > Figure 1 > row")]
    assert [c.text for c in rows] == ["2023-24 | 210 | 225", "2024-25 | 145 | 180"]
    assert rows[0].heading == "Figure 1 AIRR funding allocated, 2023-24 to 2029-30"


def test_a_figure_s_title_and_subtitle_head_its_rows():
    clauses = segment(_doc(["Key findings", "Installed AI compute is highly concentrated (Figure 1.2).",
                            "Figure 1.2. AI compute capacity is concentrated in a few countries",
                            "Share of AI-specific compute capacity of OECD Members, 2025 (%)",
                            "United States | 74", "Japan | 6"], lang="en"))
    rows = [c for c in clauses if c.path.startswith("Figure 1.2 > row")]
    assert [c.text for c in rows] == ["United States | 74", "Japan | 6"]
    assert rows[0].heading == ("Figure 1.2. AI compute capacity is concentrated in a few countries "
                               "Share of AI-specific compute capacity of OECD Members, 2025 (%)")


def test_a_sentence_about_a_figure_is_no_caption():
    clauses = segment(_doc(["Figure 1 sets out the funding allocated to the programme by year.",
                            "2023-24 | 210 | 225", "2024-25 | 145 | 180"], lang="en"))
    assert not any("Figure 1 >" in c.path for c in clauses)
