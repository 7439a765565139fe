"""Chinese bodies that lead or support a measure though no government names them by level or place: an association,
a society, an alliance or a research institute named in full, with its committee (中国通信企业协会算力服务专业委员会,
中国信息通信研究院), and the customs offices under the GACC, each by its own name (上海海关)."""

from __future__ import annotations

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
