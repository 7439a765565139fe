"""The formula that closes a Chinese report put to a people's congress or a superior ("以上报告，请予审议。",
"特此报告。", "现予报告。") or a draft's explanation (起草说明: "特此说明。"), or a congress's request closing its
审议意见 ("以上审议意见，请市人民政府认真研究处理，并于2027年2月28日前…作出书面报告"), read into `meta.closing` (the
day it asks an answer by, `meta.reply_due`) and kept out of the clauses: it asks for review or an answer and says
nothing of the last item, whose text it had ended."""

from __future__ import annotations

import re

from ingest.congress_opinions import CLOSING_REQUEST, committee_issuer, read_request
from ingest.types import Block, Document

# the whole paragraph, nothing else in it: "以上报告，请予审议。", "以上报告，请审议。", "以上报告，请审阅。",
# "特此报告。", "现予报告。", "特此说明。"; not an opening that goes on ("现将…报告如下", "…向大会报告政府工作，
# 请予审议，并请…提出意见")
_FORMULA = re.compile(r"^(?:以上报告[，,]\s*请(?:予)?(?:审议|审阅|审查)|特此(?:报告|说明)|现予报告)[。．.！!]?$")
_LAST = 3  # how far from the end it may stand: the signature and date below it are read elsewhere


def closing_formula(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the closing formula among their last paragraphs, read into `meta.closing`; other documents'
    blocks unchanged."""
    committee_issuer(doc)  # a 审议意见's: its standing committee, not the office signing for it
    at = next((i for i in range(len(blocks) - 1, max(len(blocks) - 1 - _LAST, -1), -1)
               if blocks[i].kind == "para" and _closes(blocks[i].text.strip())), None)
    if at is None:
        return blocks
    text = blocks[at].text.strip()
    doc.meta.setdefault("closing", text)
    if CLOSING_REQUEST.match(text):
        read_request(doc, text)
    return blocks[:at] + blocks[at + 1:]


def _closes(text: str) -> bool:
    return bool(_FORMULA.match(text) or CLOSING_REQUEST.match(text))
