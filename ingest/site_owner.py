"""Who a page says it belongs to, in its Dublin Core creator ("Department of Finance Canada"), its og:site_name
or its <title>'s last part where that names a body ("Federal Ministry for Digital and State Modernisation", "… -
European Commission") or its header's link home, in its text or its logo's alt text: "Australian Government –
Budget 2025–26" over a budget measure, "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et
numérique" over a ministry's communiqué, "Ministry of Economy, Trade and Industry" on a logo linked to
"/english/index.html". The issuer of a page that names no other (ingest.parse reads it last)."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from lxml import etree

from ingest.metadata import is_org_line
from ingest.text import collapse

SITE_OWNER = "_site_owner"  # its key in a draft's meta, which ingest.parse takes out

# a public body's name, in English or French: "Australian Government", "Department of Finance", "Ministère de …"
_BODY = re.compile(r"\b(?:Government|Ministry|Department|Treasury|Agency|Commission|Secretariat|Parliament)\b"
                   r"|^(?:Minist[eè]re|Gouvernement|Secr[ée]tariat|Agence|Direction)\b")
# a site's home page, or its home in a language: "/", "/english/index.html", "/en/"
_HOME = re.compile(r"/?|/(?:[a-z]{2}(?:-[a-z]{2})?|english|eng)/?(?:index\.html?)?|/index\.html?", re.I)
# where a site's name runs on into its section's: "Australian Government – Budget 2025–26"
_PARTS = re.compile(r"\s+[–—|-]\s+")


def site_owner(root: etree._Element, url: str) -> str:
    """The public body a page's Dublin Core creator names, else its header in its link to the site's home page
    ("" if none): the link's text, or the part of it that is a body's name, where it is one."""
    for meta in root.iter("meta"):  # Dublin Core's creator, "Department of Finance Canada" (Canada.ca's pages)
        if (meta.get("name") or "").strip().lower() in ("dcterms.creator", "dc.creator") and \
                _names_body(creator := collapse(meta.get("content") or "")):
            return creator
    for meta in root.iter("meta"):  # the site's name where it is a body's: "Federal Ministry for Digital and State
        # Modernisation" (a German ministry's og:site_name; not "GOV.UK")
        if (meta.get("property") or "").strip().lower() == "og:site_name" and \
                re.search(r"[A-Za-z]", site := collapse(meta.get("content") or "")) and _names_body(site):
            return site
    # the site's name after the page's in its <title>, where it is a body's: "Commission sets course … - European
    # Commission" (the Commission's press corner, whose header's link home is to another of its sites)
    *page, site = _PARTS.split(collapse(root.findtext(".//title") or ""))
    if page and re.search(r"[A-Za-z]", site) and _names_body(site):
        return site
    host = urlparse(url).netloc.lower()
    for header in root.iter("header"):
        for link in header.iter("a"):
            href = urlparse((link.get("href") or "").strip())
            if not _HOME.fullmatch(href.path) or href.query or href.fragment or href.netloc.lower() not in ("", host):
                continue
            if not href.netloc and not href.path:
                continue  # no address at all: no link home
            named = collapse(link.text_content()) or " ".join(  # a logo's words: its image's alt text
                collapse(img.get("alt") or "") for img in link.iter("img")).strip()
            for part in _PARTS.split(named):
                if _names_body(part):
                    return part
        return ""  # the page's own header only, not one of an article's
    return ""


def _names_body(text: str) -> bool:
    """Whether text is a public body's name, not a phrase or a site's own name: short, no sentence."""
    if not 4 <= len(text) <= 120 or re.search(r"[.!?:;]$", text):
        return False
    return bool(_BODY.search(text)) if re.search(r"[A-Za-zÀ-ÿ]", text) else is_org_line(text)
