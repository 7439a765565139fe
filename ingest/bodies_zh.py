"""Chinese bodies that lead or support a measure though no government names them by level or place: an association,
a society, an alliance or a research institute named in full, with its committee (中国通信企业协会算力服务专业委员会,
中国信息通信研究院), and the customs offices under the GACC, each by its own name (上海海关); in a university's own
document, its offices (人事处, 网络与信息化中心); in any document, the bodies its table of tasks names."""

from __future__ import annotations

import re

from ingest.text import HAN_CHAR
from ingest.types import CELL, Clause

# a character of a name: none of the words that join a name to a sentence ("中国还深度参与国际电信联盟")
_NAME_CHAR = r"(?:(?!有关|相关|[的由对在将把为向按要应并或等是了其还与和及])[\u4e00-\u9fff])"


def society(place_word: str) -> str:
    """A society named in full: 中国/中华/全国 or a place, then its name, ending as a society's or an institute's
    does, with its committee or branch after it when it names one ("…协会算力服务专业委员会"). A bare 行业协会 or
    产业联盟 (no such start) names no one body."""
    return (rf"(?:中国|中华|全国|(?:{place_word})+){_NAME_CHAR}{{0,16}}?"
            r"(?:协会|学会|联合会|商会|促进会|联盟|研究院|研究所|科学院|工程院)"
            rf"(?:{_NAME_CHAR}{{2,12}}?(?:专业委员会|工作委员会|分会))?")


# the 42 customs offices directly under the GACC (直属海关), a closed list: "所在地海关", "口岸海关" name none
CUSTOMS = (r"(?:中华人民共和国)?(?:北京|天津|石家庄|太原|满洲里|呼和浩特|沈阳|大连|长春|哈尔滨|上海|南京|杭州|宁波|"
           r"合肥|福州|厦门|南昌|青岛|济南|郑州|武汉|长沙|广州|黄埔|深圳|拱北|汕头|江门|湛江|南宁|海口|重庆|成都|"
           r"贵阳|昆明|拉萨|西安|兰州|西宁|银川|乌鲁木齐)海关")


# a university's own document: its name (issuer or title) opens with the university's, 滨江大学关于印发…, 某某学院,
# and not a research academy's (中国科学院, 中国社会科学院), whose offices the shape below does not fit, nor a
# government's agreement with one (滨江市人民政府与滨江大学…)
_UNIVERSITY = re.compile(r"^(?:中共)?(?:(?!关于|印发|[与和及])[\u4e00-\u9fff]){2,12}?(?:大学|(?<!科)学院)(?!院)")
# a name's character in a university's document, as a government body's is (与 in 国际合作与交流处); no group
# (各学院, 相关学院, 二级学院…, 本单位, 每个学院, 所在学院, 全校)
_OFFICE_CHAR = r"(?:(?!有关|相关|二级|其他|其余|[的由对在将把为向按要应并或等是了其各本该每全])[\u4e00-\u9fff])"
# one of its internal offices: …处, …中心, …学院, …研究院, 研究生院, …办公室, 党委…部 (a bare …部 is as often no body)
UNIVERSITY_OFFICE = (rf"(?:(?:党委{_OFFICE_CHAR}{{1,8}}?部|研究生院|{_OFFICE_CHAR}{{1,12}}?"
                     r"(?:研究生院|研究院|学院|处|中心|办公室))(?![\u4e00-\u9fff]{0,2}(?:人员|干部|同志|领导)))")
# how a body a task table names ends: an office's, a bureau's, a committee's (a firm, …公司, or a group such as
# 龙头企业 a table may list is none of the bodies its prose may name bare)
_BODY_END = re.compile(r"(?:委员会|政府|办公厅|办公室|室|厅|局|委|办|部门|部|院|署|中心|处|会|馆|所|站|队|大学|学校)$")


def university_document(issuer: str, title: str) -> bool:
    """Whether a university issued the document: its issuer's or its title's name opens with a university's."""
    return any(_UNIVERSITY.match(name or "") for name in (issuer, title))


def table_bodies(clauses: list[Clause]) -> list[str]:
    """The bodies a document's table of tasks names in its 牵头单位 and 配合单位 columns (国有资产管理处, 网络与信息化
    中心): its prose names the same bodies bare, as subjects ("由网络与信息化中心牵头，国有资产管理处、财务处配合").
    A group (各学院, 相关学院) and a name of fewer than three characters are none."""
    names = [n for c in clauses if CELL in c.text for n in [*c.agencies.lead, *c.agencies.supporting]]
    return [n for n in dict.fromkeys(names)
            if len(n) >= 3 and HAN_CHAR.match(n) and _BODY_END.search(n) and not re.match(r"各|相关|有关|其他", n)]
