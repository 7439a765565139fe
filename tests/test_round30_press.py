"""Round 30: a German federal ministry's English press release (its "Press release · No. 27/2025 · 3 June 2025"
line, its press-contact block, the ministry in its og:site_name) and a 人民日报 commentary as people.com.cn serves
it (its 来源 bar, its 打印/纠错/分享 line, the print edition's line and "(责编：…)" at its foot): those lines are the
document's metadata, not its clauses."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.segment import segment

BMDS = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Federal Government launches Germany Stack for digital administration</title>
<meta property="og:site_name" content="Federal Ministry for Digital and State Modernisation">
<meta property="og:title" content="Federal Government launches Germany Stack for digital administration">
<meta property="og:type" content="article">
</head>
<body>
<header class="header"><a href="/EN/home" class="logo" title="Federal Ministry for Digital and State
Modernisation">Federal Ministry for Digital and State Modernisation</a>
<nav><ul><li><a href="/EN/ministry">Ministry</a></li><li><a href="/EN/topics">Topics</a></li><li><a
href="/EN/press">Press</a></li></ul></nav></header>
<main>
<nav class="breadcrumb"><ol><li><a href="/EN/home">Home</a></li><li><a
href="/EN/press">Press</a></li><li>Press releases</li></ol></nav>
<article>
<p class="meta">Press release · No. 27/2025 · 3 June 2025</p>
<h1>Federal Government launches Germany Stack for digital administration</h1>
<p class="lead">The Federal Cabinet today adopted the key points for a common technical platform for the
digital administration of the Federation, the Länder and local authorities.</p>
<p>The Germany Stack is to provide interoperable, secure and sovereign components that all levels of
government can use. By the end of 2026, the first components, such as a central identity service and a payment
module, are to be available to all authorities.</p>
<p>Federal Minister Karsten Wildberger said: "We want administration to work as simply as online banking. The
Germany Stack is the foundation for that."</p>
<p>The Federal Ministry for Digital and State Modernisation will present a detailed implementation plan to the
Cabinet by autumn 2025. The Länder and local authority associations will be involved through the IT Planning
Council.</p>
<div class="contact">
<h2>Press contact</h2>
<p>Press office</p>
<p>Federal Ministry for Digital and State Modernisation</p>
<p>Phone: +49 30 18 300-3000</p>
<p>E-Mail: presse@bmds.bund.de</p>
</div>
</article>
</main>
<footer><p>© Federal Ministry for Digital and State Modernisation</p><ul><li><a
href="/EN/imprint">Imprint</a></li><li><a href="/EN/privacy">Privacy policy</a></li></ul></footer>
</body>
</html>
"""

BMWK = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>BMWK - Federal Ministry for Economic Affairs and Climate Action - Habeck: Offshore wind expansion on
track</title>
<meta property="og:site_name" content="Federal Ministry for Economic Affairs and Climate Action">
</head>
<body>
<header><span class="site-name">Federal Ministry for Economic Affairs and Climate Action</span></header>
<main>
<div class="article-header">
<p class="dateline">Press release 27/2025 | 03.06.2025</p>
<h1>Offshore wind expansion on track</h1>
</div>
<p><strong>The Federal Network Agency has awarded 2.5 gigawatts of offshore wind capacity in the latest tender
round.</strong></p>
<p>With this award, Germany remains on course to reach its target of at least 30 gigawatts of offshore wind
capacity by 2030. The successful bidders are to commission the wind farms by 2031.</p>
<p>The Federal Government will continue to accelerate planning and approval procedures for offshore grid
connections.</p>
<div class="press-contact">
<p>Press office</p>
<p>Spokesperson: Anna Schmidt</p>
<p>Phone: +49 30 18615-6121</p>
<p>E-Mail: pressestelle@bmwk.bund.de</p>
</div>
</main>
<footer><p>Federal Ministry for Economic Affairs and Climate Action</p></footer>
</body>
</html>
"""

PEOPLE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>以新质生产力推动高质量发展--观点--人民网</title>
<meta name="keywords" content="新质生产力,高质量发展">
<meta name="description" content="发展新质生产力是推动高质量发展的内在要求和重要着力点。">
<meta name="publishdate" content="2025-03-06">
<meta name="source" content="来源：人民网－人民日报">
</head>
<body>
<div class="header"><a
href="http://www.people.com.cn/">人民网</a> <a
href="http://opinion.people.com.cn/">观点</a></div>
<div class="main">
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<div class="channel cf"><a
href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a
href="http://opinion.people.com.cn/">观点</a></div>
<h1>以新质生产力推动高质量发展</h1>
<div class="col-1-1 fl">2025年03月06日05:50 | 来源：<a
href="http://paper.people.com.cn/"
target="_blank">人民网－人民日报</a></div>
<div class="col-1-1 fr"><a href="#">打印</a> <a href="#">纠错</a> <a href="#">分享</a></div>
<div class="rm_txt_con cf">
<p>　　本报评论员</p>
<p>　　发展新质生产力是推动高质量发展的内在要求和重要着力点。政府工作报告提出，因地制宜发展新质生产力。</p>
<p>　　要推动传统产业改造提升，加快制造业高端化、智能化发展。到2027年，规模以上工业企业关键工序数控化率达到75%以上。</p>
<p>　　要培育壮大新兴产业和未来产业，实施新一轮战略性新兴产业集群发展工程，开展“人工智能+”行动。</p>
<p>　　（《人民日报》2025年03月06日 第 01 版）</p>
<div class="edit cf">(责编：张三、李四)</div>
</div>
</div>
</div>
</div>
<div class="footer">人民网版权所有，未经书面授权禁止使用</div>
</body>
</html>
"""

# the same bar with its source first, the day after it
BAR = '2025年03月06日05:50 | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a>'
PEOPLE_SOURCE_FIRST = PEOPLE.replace(
    BAR, '来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a>  2025年03月06日05:50')


@pytest.mark.parametrize("page, issuer", [
    (BMDS, "Federal Ministry for Digital and State Modernisation"),
    (BMWK, "Federal Ministry for Economic Affairs and Climate Action"),
])
def test_a_german_ministry_s_press_release_line_gives_its_number_day_and_kind(page, issuer):
    doc = parse(page, "release.html")
    assert (doc.doc_number, doc.date_published, doc.kind, doc.issuer) == ("27/2025", "2025-06-03", "news", issuer)
    texts = [c.text for c in segment(doc)]
    assert texts and not any("Press release" in t or "27/2025" in t for t in texts)


@pytest.mark.parametrize("page", [BMDS, BMWK])
def test_a_german_ministry_s_press_contact_block_is_its_contact_not_clauses(page):
    doc = parse(page, "release.html")
    assert "presse" in doc.meta["contact"] and "+49 30" in doc.meta["contact"]
    texts = [c.text for c in segment(doc)]
    assert not any(w in t for t in texts for w in ("Press office", "Phone", "E-Mail", "Spokesperson"))
    assert any("30 gigawatts" in t or "Germany Stack" in t for t in texts)


@pytest.mark.parametrize("page", [PEOPLE, PEOPLE_SOURCE_FIRST])
def test_a_people_s_daily_commentary_s_source_bar_and_credits_are_metadata(page):
    doc = parse(page, "commentary.html")
    assert (doc.date_published, doc.issuer, doc.kind) == ("2025-03-06", "人民日报", "news")
    assert doc.meta["editors"] == "张三、李四"
    texts = [c.text for c in segment(doc)]
    assert texts[0].startswith("发展新质生产力是推动高质量发展的内在要求")
    assert not any(w in t for t in texts for w in ("来源", "打印", "纠错", "责编", "人民网", "第 01 版"))
