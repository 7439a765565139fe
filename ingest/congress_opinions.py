"""A people's congress standing committee's 审议意见 on a government report: the request that closes it, the day
it asks an answer by, and the committee, not the office that signs for it, as its issuer."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.types import Document

# the request closing it, the whole paragraph and one sentence: the government is to study the opinions and report
# back ("以上审议意见，请市人民政府认真研究处理，并于2027年2月28日前将研究处理情况向市人大常委会作出书面报告…"); not
# "以上意见，请认真贯彻执行", a government's notice ending its own measures
CLOSING_REQUEST = re.compile(r"^以上审议意见[，,]\s*请[^。]{4,160}[。．.]?$")
_DUE = re.compile(r"(\d{4}年\d{1,2}月\d{1,2}日)之?前")
# the committee its title names as the author: "宁波市人大常委会关于市人民政府《…的报告》的审议意见"
_AUTHOR = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,20}?(?:人大常委会|人民代表大会常务委员会))关于.{2,200}审议意见$")
# the office that signs and sends it for the committee
_OFFICE = re.compile(r"^(?:办公厅|办公室)$")


def read_request(doc: Document, text: str) -> None:
    """The day the closing request asks the answer by, as `meta.reply_due` (an ISO day), where it names one."""
    if (due := _DUE.search(text)) and (day := iso_date(due.group(1))):
        doc.meta.setdefault("reply_due", day)


def committee_issuer(doc: Document) -> None:
    """The standing committee the title names as the author is the issuer, where its office signed for it (the
    signature "宁波市人大常委会办公厅" stays in `meta.signed`) or no issuer is known."""
    m = _AUTHOR.match(doc.title.strip())
    if m is None:
        return
    who = m.group("who")
    if not doc.issuer or doc.issuer.startswith(who) and _OFFICE.match(doc.issuer[len(who):]):
        doc.issuer = who
