"""Tells a saved HTTP error page ("404 Not Found", "页面不存在") from a document: a page whose title and only text say
that the address had no page, as "Save page as" on a dead link or a server that answers an error with 200 leaves."""

from __future__ import annotations

import re

from ingest.simplified import to_simplified

_STATUS = r"(?:HTTP\s*)?(?:Error\s*)?(?:400|401|403|404|410|500|502|503|504)"
_WHAT = (r"(?:Bad Request|Unauthori[sz]ed|Forbidden|(?:Page |File |Resource )?Not Found|Gone|Internal Server Error|"
         r"Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Access Denied|"
         r"(?:The )?(?:Page|File|Document|Resource) (?:(?:was |could )?not (?:be )?found|does not exist|"
         r"(?:is )?no longer available|(?:has been )?(?:removed|moved)))")
_ZH_WHAT = (r"(?:您?所?(?:访问|请求|查找)?的?(?:页面|网页|文件|内容|信息)(?:不存在|未找到|找不到|已被?删除|已失效)"
            r"|找不到(?:该|此|您要的)?(?:页面|网页)|访问出错|无法访问|服务器错误)")
# the whole title or heading of an error page: "404 Not Found", "Error 404 - Page not found", "Not Found",
# "404", "页面不存在", "404 页面不存在"
_ERROR_TITLE = re.compile(rf"^(?:{_STATUS}\s*[-–—:|：]?\s*(?:{_WHAT}|{_ZH_WHAT})?|(?:{_STATUS}\s*[-–—:|：]?\s*)?"
                          rf"(?:{_WHAT}|{_ZH_WHAT}))[!！.。]?$", re.I)
# a line that says so, or only points elsewhere: "The requested URL was not found on this server.", "Apache/2.4.41
# Server at example.org Port 80", "Return to the home page", "返回首页", "5秒后自动跳转"
_ERROR_LINE = re.compile(
    rf"{_STATUS}|{_WHAT}|{_ZH_WHAT}|requested (?:URL|page|resource)|could not be found|was not found|"
    r"(?:may have been|has been) (?:removed|moved|deleted)|check the (?:URL|address|spelling)|\bServer at\b|"
    r"^(?:Apache|nginx|Microsoft-IIS|openresty)\b|(?:return|go|back) to (?:the )?(?:home ?page|previous page|"
    r"homepage)|^home(?: ?page)?$|返回|首页|跳转|秒后|请检查|网址|链接|不存在|删除|出错",
    re.I)
_MAX_TEXT = 600  # what an error page says beside its title, at most (a document says more)


def error_page(title: str, lines: list[str]) -> str:
    """The status line an HTTP error page gives ("404 Not Found"), where title and lines are one: its title says
    so, and every line of its text says so too or points back home, short of a document's length. "" for a
    document, whatever it says of pages not found."""
    said = [ln.strip() for ln in lines if ln.strip() and ln.strip() != title.strip()]
    if sum(map(len, said)) > _MAX_TEXT:
        return ""
    head = title.strip() or (said[0] if said else "")
    if not _ERROR_TITLE.match(to_simplified(head)):
        return ""
    if not all(_ERROR_LINE.search(to_simplified(ln)) for ln in said):
        return ""
    return head
