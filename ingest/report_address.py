"""What a work report or a speech says to the hall around its text, read into `meta` and kept out of the clauses:
the formula that puts the report before the congress ("现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协
委员和其他列席人员提出意见。", `meta.opening`) and the call that closes it ("各位代表！新征程上，让我们更加紧密地团结在…
周围，…作出新的更大贡献！", `meta.closing`). Neither says anything of the report's measures, and both are alike from
one year's report to the next."""

from __future__ import annotations

import re

from ingest.byline_zh import AUDIENCE
from ingest.simplified import to_simplified
from ingest.types import Block, Document

# the whole paragraph: "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。", a court's
# "现在，我代表最高人民法院向大会报告工作，请予审议"; not a budget report's lead-in over its text ("受省人民政府委托，
# 现将…情况报告如下，请予审议。")
_OPENING = re.compile(r"^(?:现在[，,]\s*)?我代表[\u4e00-\u9fff]{2,30}[，,]?\s*向(?:大会|本次会议|会议)报告"
                      r"[\u4e00-\u9fff]{0,6}工作[，,]\s*请予?审议(?:[，,][^。！!]{2,60})?[。.]$")
# the call to the audience that ends it: "各位代表！…让我们…而努力奋斗！", "同志们，让我们…"
_CLOSING = re.compile(rf"^{AUDIENCE}[！!，,][^。！!]{{0,80}}?让我们.{{4,300}}[！!。]$")
_REACH = 3  # how far from the text's start or end either may stand: the byline and address over it are read elsewhere


def report_address(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less a report's opening formula among their first paragraphs and its closing call among their last
    (either script), read into `meta.opening` and `meta.closing` as written; other documents' blocks unchanged."""
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"]
    first = next((i for i in paras[:_REACH] if _OPENING.match(to_simplified(blocks[i].text.strip()))), None)
    last = next((i for i in reversed(paras[-_REACH:]) if _CLOSING.match(to_simplified(blocks[i].text.strip()))), None)
    if last is not None and "closing" in doc.meta:  # one closing: a report's "以上报告，请予审议。", read already
        last = None
    for key, at in (("opening", first), ("closing", last)):
        if at is not None:
            doc.meta.setdefault(key, blocks[at].text.strip())
    return [b for i, b in enumerate(blocks) if i not in (first, last)]
