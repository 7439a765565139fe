"""A Chinese page's info bar under its title heading is its metadata, not a clause (ingest.info_bar)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>甲市人才工作领导小组办公室 甲市人力资源和社会保障局关于印发《甲市算力产业人才积分支持办法》的通知</title>
<meta name="ArticleTitle" content="关于印发《甲市算力产业人才积分支持办法》的通知">
</head><body>
<div class="article">
<h1>甲市人才工作领导小组办公室 甲市人力资源和社会保障局关于印发《甲市算力产业人才积分支持办法》的通知</h1>
<div class="article-info">{bar}</div>
<div class="TRS_Editor">
<p>各区县（市）人力资源和社会保障局，市直有关单位：</p>
<p>《甲市算力产业人才积分支持办法》已经市委人才工作领导小组会议审议通过，现印发给你们，请结合实际认真贯彻落实。</p>
<p>第一条 为加快集聚人工智能和智能算力领域紧缺人才，结合我市实际，制定本办法。</p>
<p>第二条 本办法适用于在本市注册的人工智能企业全职引进的人才。</p>
</div></div></body></html>"""


def test_an_info_bar_under_a_title_with_its_issuers_is_metadata():
    bar = "发布时间：2026-04-08 16:20　来源：甲市人力资源和社会保障局　【字体：大 中 小】 打印"
    doc = parse(_PAGE.replace("{bar}", bar), "notice.html")
    assert doc.meta.get("来源") == "甲市人力资源和社会保障局"
    assert doc.date_published == "2026-04-08"
    clauses = segment(doc)
    assert not any("字体" in c.text or "发布时间" in c.text for c in clauses)
    # (the 主送 line under it is meta too, not the first clause)
    assert doc.meta["addressee"].startswith("各区县（市）") and clauses[0].text.startswith("《甲市算力产业人才")
    # the other widgets a bar ends with: 关闭, 分享
    doc = parse(_PAGE.replace("{bar}", "发布时间：2026-04-08　来源：甲市人力资源和社会保障局　【字体：大 中 小】 关闭"),
                "notice.html")
    assert doc.meta.get("来源") == "甲市人力资源和社会保障局"
    assert not any("字体" in b.text for b in doc.blocks)


def test_a_line_with_more_than_facts_under_the_title_stays_text():
    line = "发布时间：2026-04-08　各单位要认真贯彻落实本办法，加快集聚紧缺人才。"
    doc = parse(_PAGE.replace("{bar}", line), "notice.html")
    assert "来源" not in doc.meta
    assert any(b.text.startswith("发布时间：2026-04-08 各单位要认真贯彻落实") for b in doc.blocks)
