"""A PDF's paragraph whose sentence ends at the page's edge, where paragraphs open indented: the next unindented
line goes on in it (a 一是…五是 item is one clause), an indented one opens the next."""

from __future__ import annotations

from ingest.plaintext import parse_plaintext

# every line at the page's width (28 columns of Chinese), a paragraph's first indented by "　　"
EXPLANATION = """关于《某某市智能算力三年行动方案》的起草说明

　　为加快构建布局合理的智能算力基础设施体系，市工业和信息化
局起草了《某某市智能算力三年行动方案》。现将有关情况说明如下。
　　一、主要内容
　　四是推进绿色低碳发展。推广液冷、余热回收等先进技术，开展绿
电直供试点，鼓励数据中心参与电力市场交易，推动算力协同建设。
　　五是深化算力赋能应用。围绕智能制造、港口航运、生物医药等领
域，每年打造不少于二十个算力赋能典型场景，形成示范应用案例。
实施“算力进园区”行动，支持重点工业园区建设边缘算力节点，降低
中小企业用算门槛。
　　六是夯实安全保障能力。健全算力基础设施安全防护体系，推动关
键设备国产化替代，建立算力设施安全风险监测预警机制和处置流程。
（一）总体要求
　　特此说明。
"""


def _texts(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text, "explanation-pdf.txt").blocks]


def test_a_sentence_ending_at_the_page_edge_goes_on_in_an_unindented_line():
    texts = _texts(EXPLANATION)
    assert ("五是深化算力赋能应用。围绕智能制造、港口航运、生物医药等领域，每年打造不少于二十个算力赋能典型场景，"
            "形成示范应用案例。实施“算力进园区”行动，支持重点工业园区建设边缘算力节点，降低中小企业用算门槛。") in texts


def test_an_indented_line_or_an_item_after_a_sentence_at_the_edge_opens_its_own_paragraph():
    texts = _texts(EXPLANATION)
    assert any(t.startswith("六是夯实安全保障能力。") for t in texts)  # indented: a paragraph of its own
    assert any(t.startswith("四是推进绿色低碳发展。") and t.endswith("推动算力协同建设。") for t in texts)
    assert "（一）总体要求" in texts  # an item's number opens a paragraph however the line before it ends


def test_a_text_whose_paragraphs_do_not_open_indented_keeps_its_sentence_ends():
    flat = EXPLANATION.replace("　　", "")
    texts = _texts(flat)
    assert not any("形成示范应用案例。实施" in t for t in texts)
