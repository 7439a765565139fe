"""A Party committee plenum's own text, told by its title: "中国共产党江西省第十五届委员会第十次全体会议公报",
"中共南昌市委十三届七次全会公报", "…全体会议关于…的决议". The committee that met issued it (中共江西省委员会, which
holds the short form 中共江西省委 the issuer filter may be given), not the newspaper a site reprints it from
("来源：江西日报" stays `meta.来源`); its 公报 reports the session (kind `report`), a 决定 or 决议 keeps the kind its
title gives."""

from __future__ import annotations

import re

from ingest.types import Document

_N = r"[一二三四五六七八九十百零〇\d]{1,4}"
# a place as the committee's name holds it: 江西省, 南昌市, 南昌市东湖区, 广西壮族自治区, 延边朝鲜族自治州
_PLACE = r"[\u4e00-\u9fff]{2,12}?(?:自治区|自治州|省|市|区|县|旗|盟)"
# the session, in full ("江西省第十五届委员会第十次全体会议", "第二十届中央委员会第四次全体会议") or short
# ("南昌市委十三届七次全会", "江西省委第十五届委员会第十次全体会议")
_SESSION = (rf"(?:(?P<place>{_PLACE})?第{_N}届(?P<central>中央)?委员会第{_N}次全体会议"
            rf"|(?P<place2>{_PLACE})委(?:员会)?第?{_N}届(?:委员会)?第?{_N}次全(?:体)?会(?:议)?)")
# what the session issued: its communiqué, or a resolution or decision it adopted ("…全体会议关于…的决议")
_TITLE = re.compile(rf"^(?:中国共产党|中共){_SESSION}(?:关于.{{2,80}}的)?(?P<what>公报|决议|决定)"
                    r"(?:[（(]全文[)）])?$")


def plenum_issuer(title: str) -> str:
    """The committee a plenum's title names as issuing it ("中共江西省委员会", "中共中央委员会"); "" if the title is
    no plenum's."""
    m = _TITLE.match(re.sub(r"\s+", "", title or ""))
    if not m:
        return ""
    place = m.group("place") or m.group("place2") or ""
    return f"中共{place}委员会" if place else "中共中央委员会" if m.group("central") else ""


def plenum(doc: Document) -> None:
    """Make a plenum's committee its issuer where none was read or only the paper it is reprinted from (meta
    ["来源"]); its 公报 kind `report`."""
    who = plenum_issuer(doc.title)
    if not who:
        return
    if not doc.issuer or doc.issuer == doc.meta.get("来源"):
        doc.issuer = who
    if _TITLE.match(re.sub(r"\s+", "", doc.title))["what"] == "公报":
        doc.kind = doc.kind or "report"
