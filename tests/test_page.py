"""The search page in a real headless browser against a real server."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request

import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no Chromium here (make test installs it where it can)")


@pytest.fixture(scope="module")
def server(small_kb):
    with pytest.MonkeyPatch.context() as mp:
        # no glossary: the fake embedder ranks by shared tokens, and a query's English
        # equivalents would add tokens of other clauses (the glossary is tested in test_search)
        mp.setenv("POLICYKB_GLOSSARY", "")
        yield from _serve(small_kb)


def _serve(small_kb):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(data=small_kb, model="fake")), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/health", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    srv.should_exit = True
    thread.join(timeout=5)


def rendered(url: str) -> str:
    """The DOM after the page's scripts ran, as headless Chromium sees it."""
    proc = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--virtual-time-budget=8000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@needs_browser
def test_page_searches_and_shows_clauses_with_citations(server):
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "每万常住人口家庭医生数"}))
    assert 'class="hit"' in dom
    assert "每万常住人口家庭医生数" in dom
    assert "/clauses/" in dom  # every hit links to its stable citation
    assert "clauses in" in dom  # the status line counts the results
    # its goals as a reader writes them, the same as on the clause page ("≥ 4 人", not ">=4.0 人")
    targets = re.findall(r'<span class="target">([^<]*)</span>', dom)
    assert "每万常住人口家庭医生数: ≥ 4 人 by 2023" in targets and not any("&gt;=" in t for t in targets)
    # the tag filter names each tag in both languages, from the taxonomy's labels
    assert 'value="sectors/healthcare"' in dom and "Healthcare · 医疗卫生" in dom


@needs_browser
def test_page_marks_hits_from_a_news_article_and_links_their_public_source(server):
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "computing power 40 exaflops"}))
    results = dom.split('<div id="results">', 1)[1].split("</main>", 1)[0]
    hits = results.split('<article class="hit"')[1:]
    press = [h for h in hits if "exaflops" in h]
    assert press and all('<span class="kind">news</span>' in h for h in press)
    assert any('<span class="kind">' not in h for h in hits)  # the official texts carry no mark
    # the family-doctor plan, read from a local copy, links the address it gives for itself
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "每万常住人口家庭医生数"}))
    assert 'href="http://wjw.gz.gov.cn/gkmlpt/content/9/9306/post_9306638.html"' in dom


@needs_browser
def test_page_filters_by_agency_from_the_address_and_links_each_agency(server):
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "家庭医生", "agency": "市人社局"}))
    assert 'class="hit"' in dom
    results = dom.split('<div id="results">', 1)[1].split("</main>", 1)[0]
    hits = results.split('<article class="hit"')[1:]
    assert hits and all("市人力资源社会保障局" in h for h in hits)  # each one this agency leads or supports
    # its chips link to the same search filtered by that agency, named with its city (广州市)
    assert "agency=%E5%B9%BF%E5%B7%9E%E5%B8%82" in results
    assert '<option value="广州市人力资源社会保障局"' in dom  # the field offers the agencies the index names


@needs_browser
def test_page_says_when_no_hit_holds_the_query_s_words(server):
    status = re.compile(r'<div id="status">(.*?)</div>', re.S)
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "chiplets", "lang": "zh"}))
    assert 'class="hit"' in dom and "only the closest in meaning" in status.search(dom).group(1)
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "chiplets"}))
    assert 'class="hit"' in dom and "closest in meaning" not in status.search(dom).group(1)


@needs_browser
def test_page_says_when_the_index_is_behind_its_knowledge_base(server, tmp_path, small_corpus):
    from index.build import build_kb_index
    from index.embed import get_embedder
    from ingest.pipeline import ingest

    notice = re.compile(r'<div id="notice"([^>]*)>(.*?)</div>', re.S)
    attrs, _ = notice.search(rendered(f"{server}/")).groups()
    assert "hidden" in attrs  # an index up to date says nothing
    data = tmp_path / "data"
    ingest([str(small_corpus[0])], data)
    build_kb_index(data, get_embedder("fake"))
    ingest([str(small_corpus[2])], data)  # and no build: as after `ingest --no-index` or a killed one
    serving = _serve(data)
    try:
        attrs, text = notice.search(rendered(next(serving) + "/")).groups()
    finally:
        next(serving, None)
    assert "hidden" not in attrs and "knowledge base changed after this index was built" in text


@needs_browser
def test_page_shows_api_errors_plainly(server):
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "x" * 600}))
    # in the status line, as the page writes it (the page's own script also holds 'class="error"')
    status = re.search(r'<div id="status">(.*?)</div>', dom, re.S)
    assert status and '<span class="error">' in status.group(1) and "512" in status.group(1)


@needs_browser
def test_cite_link_opens_a_page_a_reader_can_read(server):
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "每万常住人口家庭医生数"}))
    link = re.search(r'href="(/clauses/[^"]+)">cite: ', dom)
    assert link
    # the link a journalist copies is the versioned permalink (?v=), as the clause page's own is
    assert re.fullmatch(r"/clauses/[^?]+\?v=[0-9a-f]{10}", link.group(1)), link.group(1)
    page = rendered(server + link.group(1))  # Chromium asks for text/html, as any browser does
    assert "<blockquote>" in page and "每万常住人口家庭医生数" in page
    assert 'class="warn"' not in page  # the version it names is the clause's own
    assert "Cite as:" in page and server + link.group(1) in page
    assert 'href="http://wjw.gz.gov.cn/gkmlpt/content/9/9306/post_9306638.html"' in page


def _hits(dom: str) -> dict[str, str]:
    """Each hit the page rendered, by its clause id."""
    results = dom.split('<div id="results">', 1)[1].split("</main>", 1)[0]
    return {re.match(r' data-clause="([^"]+)"', h).group(1): h for h in results.split('<article class="hit"')[1:]}


@needs_browser
def test_page_labels_each_agency_s_role(server):
    # only the leads were labelled ("lead: 各区政府"); the supporting agencies, bare chips, read as leads too
    q = "有序扩大家庭医生来源"
    found = json.load(urllib.request.urlopen(f"{server}/search?" + urllib.parse.urlencode({"q": q, "k": 10})))
    both = {h["clause_id"]: h["agencies"] for h in found["results"] if h["agencies"]["lead"]
            and h["agencies"]["supporting"]}
    assert both
    hits = _hits(rendered(f"{server}/?" + urllib.parse.urlencode({"q": q})))
    for clause_id, agencies in both.items():
        chips = re.findall(r'<span class="(role|agency)">([^<]*)</span>', hits[clause_id])
        assert chips == [("role", "lead:"), *(("agency", a) for a in agencies["lead"]),
                         ("role", "supporting:"), *(("agency", a) for a in agencies["supporting"])], clause_id


@needs_browser
def test_page_says_a_hit_s_document_is_no_longer_in_force(tmp_path, shared_corpus, monkeypatch):
    # 穗人社规字〔2019〕6号 (失效日期 2024-10-15) was shown as if in force
    import datetime

    from test_api import expiring_kb

    from api import in_force

    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2025, 6, 1))  # the housing rules: until 2029
    serving = _serve(expiring_kb(tmp_path / "data", shared_corpus))
    try:
        base = next(serving)
        hits = _hits(rendered(base + "/?" + urllib.parse.urlencode({"q": "见习基地 户籍家庭"})))
        # the box "in force only", ticked from the address a search left, leaves the lapsed rules out
        dom = rendered(base + "/?" + urllib.parse.urlencode({"q": "见习基地 户籍家庭", "in_force": "true"}))
    finally:
        next(serving, None)
    internship = [h for cid, h in hits.items() if cid.startswith("e091cfa4469d-")]
    assert internship and len(internship) < len(hits)
    expired = '<span class="expired">No longer in force: it expired on 2024-10-15</span></div>'
    assert all(expired in h.split('<div class="path">', 1)[0] for h in internship)  # beside the title
    assert not any("No longer in force" in h for cid, h in hits.items() if not cid.startswith("e091cfa4469d-"))
    in_force = _hits(dom)  # the page sends in_force only from its ticked box
    assert in_force and not any(cid.startswith("e091cfa4469d-") for cid in in_force)
