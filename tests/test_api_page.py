"""The search page's address in a real headless browser: values its selectors do not offer."""

from __future__ import annotations

import urllib.parse

import pytest
from test_page import _serve, needs_browser, rendered


@pytest.fixture(scope="module")
def server(small_kb):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POLICYKB_GLOSSARY", "")  # as test_page: the fake embedder ranks by shared tokens
        yield from _serve(small_kb)


@needs_browser
def test_page_falls_back_to_the_default_mode_for_one_it_does_not_offer(server):
    # ?mode=foo left the mode selector blank, and the search it sent (mode=) was refused
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "每万常住人口家庭医生数", "mode": "foo"}))
    # the page's script holds these words too: read them where the page renders its answer
    status = dom.split('<div id="status">', 1)[1].split("</div>", 1)[0]
    results = dom.split('<div id="results">', 1)[1].split("</main>", 1)[0]
    assert "clauses in" in status and 'class="error"' not in status, status
    assert '<article class="hit"' in results and "每万常住人口家庭医生数" in results


@needs_browser
def test_page_shows_why_a_tag_in_its_address_is_refused(server):
    # ?tag=nope was dropped: the page showed every clause, as if no filter had been asked for
    dom = rendered(f"{server}/?" + urllib.parse.urlencode({"q": "每万常住人口家庭医生数", "tag": "nope"}))
    status = dom.split('<div id="status">', 1)[1].split("</div>", 1)[0]
    results = dom.split('<div id="results">', 1)[1].split("</main>", 1)[0]
    assert 'class="error"' in status and "unknown tag 'nope'" in status, status
    assert '<article class="hit"' not in results
    # several tags, as the API takes them, are searched together
    both = [("q", "每万常住人口家庭医生数"), ("tag", "sectors/healthcare"), ("tag", "targets")]
    dom = rendered(f"{server}/?" + urllib.parse.urlencode(both))
    status = dom.split('<div id="status">', 1)[1].split("</div>", 1)[0]
    assert "clauses in" in status and 'class="error"' not in status, status
    assert '<option value="sectors/healthcare,targets">' in dom
