"""Tests for ingest.leads: the lead-ins of the lists a clause is an item of."""

from __future__ import annotations

from ingest.leads import list_leads
from ingest.segment import segment
from ingest.tag import tag_clauses
from ingest.types import Block, Clause, Document


def _clause(path: str, text: str) -> Clause:
    return Clause(path, "d", path, "", text, 0, 0)


def test_list_leads_dash_items_after_a_lead_in_are_its_items():
    lead = "到2025年，具体目标如下："
    clauses = [_clause("二 > ¶1", lead), _clause("二 > ¶2", "——产业规模持续扩大。产业规模突破5000亿元。"),
               _clause("二 > ¶3", "——算力支撑更加有力。智能算力规模达到10EFLOPS。"),
               _clause("二 > ¶4", "到2035年，建成产业创新高地。"),
               _clause("二 > ¶5", "——一个不再跟着目标的破折号段落。"),
               _clause("三 > ¶1", "——另一部分的破折号段落。")]
    assert list_leads(clauses) == [[], [lead], [lead], [], [], []]


def test_dash_items_under_a_lead_in_take_its_deadline():
    # "——算力支撑更加有力。全省智能算力规模达到10EFLOPS" is a goal for 2025, the year of the lead-in's list
    blocks = [Block("二、发展目标", "heading", 2), Block("到2025年，全省产业综合实力显著增强，具体目标如下："),
              Block("——算力支撑更加有力。全省智能算力规模达到10EFLOPS，建成3个以上国家级算力枢纽节点集群。"),
              Block("——创新能力显著提升。培育10家以上具有国际竞争力的芯片设计企业。"),
              Block("同期全省集成电路企业达到800家。")]
    doc = Document(doc_id="plan", title="规划", lang="zh", blocks=blocks, date="2021-08-16")
    clauses = {c.text[:6]: c for c in tag_clauses(segment(doc), doc.date)}
    assert [(t.value, t.unit, t.year) for t in clauses["——算力支撑"].targets] == [(10, "EFLOPS", 2025),
                                                                             (3, "个", 2025)]
    assert [(t.value, t.year) for t in clauses["——创新能力"].targets] == [(10, 2025)]
    # a paragraph after the dashes is no item of the list
    assert all(t.year != 2025 for t in clauses["同期全省集成"].targets)
