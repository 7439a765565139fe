"""A 政策汇编: each bundled policy a part of its own under its 文号, its 目录 metadata, its 文号 citable."""

from __future__ import annotations

from index.citing import Citations
from index.names import DocumentNames
from index.references import PathIndex
from ingest.parse import parse
from ingest.segment import segment

PAGE = """<html><head><meta charset="utf-8"><title>某区人工智能政策汇编（2026年版）</title></head><body>
<h1>某区人工智能政策汇编（2026年版）</h1>
<div class="content">
<p>编者按：区政策研究室对2025年以来出台的人工智能政策进行了梳理汇编，共收录政策文件3件。</p>
<p>目录</p>
<p>一、某区关于加快人工智能产业发展的若干措施（某管规〔2026〕2号）</p>
<p>二、某区算力券管理办法（试行）（某管科创〔2026〕5号）</p>
<p>三、某区人工智能人才支持办法（某管人才〔2025〕11号）</p>
<h2>一、某区关于加快人工智能产业发展的若干措施</h2>
<p style="text-align:center">某管规〔2026〕2号</p>
<p>为加快人工智能产业发展，制定如下措施。</p>
<p>第一条　支持大模型研发。对通过备案的大模型，给予一次性奖励1000万元。</p>
<p>第二条　本措施自2026年3月1日起施行。</p>
<h2>二、某区算力券管理办法（试行）</h2>
<p style="text-align:center">某管科创〔2026〕5号</p>
<p>第一章　总则</p>
<p>第一条　为降低企业使用智能算力的成本，制定本办法。</p>
<p>第二章　支持标准</p>
<p>第二条　算力券按照实际支付费用的40%予以抵扣，单个企业每年最高不超过300万元。</p>
<p>第三条　本办法自2026年4月1日起施行。</p>
<h2>三、某区人工智能人才支持办法</h2>
<p style="text-align:center">某管人才〔2025〕11号</p>
<p>为集聚人工智能人才，制定本办法。</p>
<p>一、支持对象。在区内全职工作的人工智能人才。</p>
<p>二、青年人才支持。给予每人每月3000元生活补贴。</p>
</div></body></html>"""


def _clauses():
    doc = parse(PAGE, "compilation.html")
    return doc, segment(doc)


def test_each_bundled_policy_is_a_part_of_its_own_under_its_wenhao():
    # policy 2's title and 文号 were glued into policy 1's last article, policy 3's items nested in policy 2's
    # last article ("第四章 > 第十条 > 三 > 二"), and the 目录's lines were clauses 一, 二, 三
    doc, clauses = _clauses()
    paths = [c.path for c in clauses]
    assert paths == ["¶1", "某管规〔2026〕2号 > ¶1", "某管规〔2026〕2号 > 第一条", "某管规〔2026〕2号 > 第二条",
                     "某管科创〔2026〕5号 > 第一章 > 第一条", "某管科创〔2026〕5号 > 第二章 > 第二条",
                     "某管科创〔2026〕5号 > 第二章 > 第三条", "某管人才〔2025〕11号 > ¶1",
                     "某管人才〔2025〕11号 > 一", "某管人才〔2025〕11号 > 二"]
    by_path = {c.path: c for c in clauses}
    assert by_path["某管规〔2026〕2号 > 第二条"].text == "第二条 本措施自2026年3月1日起施行。"
    assert [c.clause_id for c in clauses[4:6]] == [f"{doc.doc_id}-b2-ch1-art1", f"{doc.doc_id}-b2-ch2-art2"]
    assert by_path["某管人才〔2025〕11号 > 二"].headings[0] == "三、某区人工智能人才支持办法"
    for c in clauses:  # offsets point into the document's text, and ordinals run in order
        assert doc.text[c.start:c.end] == c.text
    assert [c.ordinal for c in clauses] == list(range(len(clauses)))


def test_a_compilation_s_contents_and_policies_are_its_metadata():
    doc, _ = _clauses()
    assert doc.meta["contents"].splitlines()[1] == "二、某区算力券管理办法（试行）（某管科创〔2026〕5号）"
    assert doc.meta["bundled"].splitlines() == ["某管规〔2026〕2号 某区关于加快人工智能产业发展的若干措施",
                                                "某管科创〔2026〕5号 某区算力券管理办法（试行）",
                                                "某管人才〔2025〕11号 某区人工智能人才支持办法"]


def test_a_list_of_titles_with_numbers_but_no_policy_printed_under_them_is_no_compilation():
    # a notice that lists the documents it repeals is one document, its lines its own clauses
    page = PAGE.split("<h2>")[0] + "<p>二、以上文件同时废止。</p></div></body></html>"
    doc = parse(page, "list.html")
    assert "bundled" not in doc.meta
    assert "某管科创〔2026〕5号" not in " ".join(c.path for c in segment(doc))


def _citations(rows) -> Citations:
    docs = [("hb", "", "某区人工智能政策汇编（2026年版）", []),
            ("zj", "浙经信〔2026〕5号", "2026年浙江省人工智能产业发展工作要点", [])]
    return Citations(PathIndex(rows), DocumentNames(docs))


def test_a_bundled_policy_s_article_is_cited_by_its_wenhao():
    # "武新管科创〔2026〕5号 第五条" found nothing: the 文号 names no document, only a part of the 汇编
    cite = _citations([(0, "某管规〔2026〕2号 > 第五条", "hb"), (1, "某管科创〔2026〕5号 > 第二章 > 第五条", "hb"),
                       (2, "某管科创〔2026〕5号 > 第二章 > 第六条", "hb"), (3, "第五条", "zj")])
    assert cite.resolve("某管科创〔2026〕5号 第五条") == ({1: 1.0}, "")
    assert cite.resolve("某管规〔2026〕2号第五条") == ({0: 1.0}, "")
    assert cite.resolve("某管科创〔2026〕5号") == ({1: 1.0, 2: 1.0}, "")  # the policy, from its start
    assert cite.resolve("浙经信〔2026〕5号 第五条")[0] == {3: 1.0}  # a document's own number as before
    assert cite.resolve("京经信〔2026〕5号 第五条")[0] == {}  # a number neither document nor part has
