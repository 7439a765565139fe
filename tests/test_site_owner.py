"""ingest.site_owner (through ingest.parse): the public body a page's header names in its link home is the issuer of
a page that names no other."""

from __future__ import annotations

from ingest.parse import parse

_MEASURE = ("<!DOCTYPE html><html lang='en-AU'><head><meta charset='utf-8'><title>Budget Measures 2025–26</title>"
            "<link rel='canonical' href='https://budget.gov.au/content/bp2/measure.html'></head><body>"
            "<header><a href='https://budget.gov.au/'>{home}</a><nav><a href='/'>Home</a> | "
            "<a href='/content/bp2'>Budget Paper No. 2</a></nav></header><main>"
            "<h1>National Artificial Intelligence Capability</h1>"
            "<p>The Government will provide $209.2 million over four years from 2025–26 to build capability.</p>"
            "<p>The cost of this measure will be partially met from a reallocation of funding.</p>"
            "</main></body></html>")


def test_the_header_s_link_home_naming_a_public_body_is_the_issuer():
    # the budget measure and a ministry's communiqué had issuer ""
    assert parse(_MEASURE.format(home="Australian Government – Budget 2025–26"), "m.html").issuer == \
        "Australian Government"
    page = _MEASURE.format(home="Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique")
    assert parse(page, "m.html").issuer.startswith("Ministère de l'Économie, des Finances")


def test_a_site_s_own_name_or_a_link_elsewhere_gives_no_issuer():
    assert parse(_MEASURE.format(home="Budget 2025–26"), "m.html").issuer == ""
    page = _MEASURE.format(home="Australian Government").replace("href='https://budget.gov.au/'",
                                                                 "href='https://www.pm.gov.au/media'")
    assert parse(page, "m.html").issuer == ""


def test_the_page_s_own_byline_comes_before_its_header():
    page = _MEASURE.format(home="Australian Government").replace(
        "<h1>", "<p>From: Department of Industry, Science and Resources</p><h1>")
    assert parse(page, "m.html").issuer == "Department of Industry, Science and Resources"
