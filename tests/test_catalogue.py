"""A catalogue table of documents with their quoted words: one excerpt Document per row, merged into the
full document when that is ingested too, and never the cause of losing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import ParseError
from ingest.kb import KnowledgeBase
from ingest.parse import parse_documents
from ingest.pipeline import ingest, read_documents

TIANHE = "zh/gz-tianhe-official-docs-index.csv"
RENTAL_PAGE = "zh/gz-thnet-gkmlpt-2024-13-public-rental-housing.html"


def test_each_row_of_the_tianhe_index_is_an_excerpt_cited_to_its_link(shared_corpus):
    docs = read_documents(shared_corpus / TIANHE)
    assert len(docs) == 37
    first = docs[0]
    assert (first.title, first.doc_number, first.date, first.issuer, first.lang) == (
        "广州市公共租赁住房保障办法", "穗府办规〔2024〕13号", "2024-07-29", "广州市人民政府办公厅", "zh")
    assert first.source_url == "https://www.gz.gov.cn/zwgk/fggw/sfbgtwj/content/post_9795789.html"
    assert first.meta["excerpt_from"].endswith("row 1") and first.fmt == "catalogue"
    assert "/" not in first.meta["excerpt_from"]  # the table's name, not the server's path to it
    assert [b.text.split()[0] for b in first.blocks[:2]] == ["第二条", "第二十二条"]  # one block per quoted line
    # a note in the number column is not a document number: it stays in meta
    notice = docs[1]
    assert notice.doc_number == "" and notice.meta["文号"] == "（2025年第一批常态分配通告）"
    assert len({d.doc_id for d in docs}) == 37
    # nor is the number of the rules a row's document is based on
    assert docs[5].doc_number == "" and docs[5].meta["文号"] == "（依据穗天教规字〔2024〕1号）"


def test_a_rows_note_says_what_kind_of_document_it_is(shared_corpus):
    kinds = {d.title: d.kind for d in read_documents(shared_corpus / TIANHE)}
    assert kinds["广东多项医保新措1月1日起实施"] == "news"  # （政策宣传）: the government's publicity
    assert kinds["广州市劳动人事争议仲裁网上申请流程"] == "guide"  # （办事指引）
    assert kinds["创业担保贷款常见问题"] == "faq"
    assert kinds["广州市公共租赁住房保障办法"] == "regulation"  # its title says so, whatever the note


def test_a_rows_note_says_until_when_its_document_is_in_force(shared_corpus):
    # the Tianhe index's 备注 says which rules have lapsed: an excerpt of them was cited as current
    ends = {d.doc_number: d.meta.get("失效日期", "") for d in read_documents(shared_corpus / TIANHE)}
    assert ends["穗府办规〔2021〕7号"] == "2023-06-01"  # 页面标失效2023-06-01
    assert ends["穗府办规〔2020〕10号"] == "2025-06-28"  # 2020-06-29印发,有效期5年
    assert ends["穗府办规〔2025〕8号"] == "2026-12-31"  # 有效期至2026-12-31
    assert ends["穗民规字〔2024〕3号"] == "2029-03-31"  # 2024-04-01起实施,有效期5年
    # "…2025-01-01起执行,…2025-06-01起执行;有效期1年": a term apart from its start days counts from the latest
    assert ends["穗民规字〔2025〕2号"] == "2026-05-31"
    # nor is another document's 失效 this one's
    assert "失效日期" not in next(d for d in read_documents(shared_corpus / TIANHE)
                              if "原广州办法穗人社规字〔2019〕6号(失效" in d.meta.get("备注", "")).meta


@pytest.mark.parametrize(("note", "end"), [
    ("主依据文件;有效期5年(2024-03-04至2029-03-03);60岁以上家庭", "2029-03-03"),
    ("2024-02-29起施行，有效期2年", "2026-02-27"),  # a term from 29 February ends on the 27th or 28th
    ("主依据文件;2021-12-06印发施行,有效期5年", "2026-12-05"),
    ("现行口径;原办法穗人社规字〔2019〕6号(失效2024-10-15)", None),
    ("有效期5年", None),  # from when, it does not say
    # a term in one part, the days its parts take effect in another: the latest end it can have
    ("主依据文件;低保/特困/孤儿标准2025-01-01起执行,低保边缘家庭及分类救济标准2025-06-01起执行;有效期1年;"
     "2026年标准以当年穗民规字通知为准", "2026-05-31"),
    ("2024-03-01起实施;有效期三年", "2027-02-28"),
    # another document's start day is not this one's
    ("原办法穗人社规字〔2019〕6号2019-10-16施行;有效期5年", None),
])
def test_validity_end_reads_a_term_an_end_or_a_lapse(note, end):
    from ingest.validity import validity_end

    got = validity_end(note)
    assert (got[0] if got else None) == end


@pytest.mark.parametrize(("text", "source"), [
    ("title,text,url\nAI plan,Build 3 data centres.,https://example.org/a\n,no title,\nEmpty,,\n", "list.csv"),
    ("Title\tFull text\nAI plan\tBuild 3 data centres.\n", "list.tsv"),
])
def test_a_catalogue_in_english_or_tabs_skips_rows_without_title_or_text(text, source):
    docs = parse_documents(text, source)
    assert [d.title for d in docs] == ["AI plan"] and docs[0].blocks[0].text == "Build 3 data centres."
    assert docs[0].source_url == ("https://example.org/a" if source == "list.csv" else "list.tsv#1")


def test_a_table_of_data_is_still_refused():
    with pytest.raises(ParseError, match="data table"):
        parse_documents("id,summary\n1,A law about AI.\n", "data.csv")


def test_an_excerpt_merges_into_its_full_document_and_never_loses_it(shared_corpus, tmp_path):
    data = tmp_path / "data"
    catalogue, page = tmp_path / "index.csv", tmp_path / "page.html"
    lines = (shared_corpus / TIANHE).read_text(encoding="utf-8-sig").splitlines(keepends=True)
    header_and_row_1 = "".join(lines[:lines.index(next(x for x in lines if x.startswith("2,")))])
    catalogue.write_text(header_and_row_1, encoding="utf-8")
    page.write_bytes((shared_corpus / RENTAL_PAGE).read_bytes())
    ingest([str(catalogue), str(page)], data)
    (doc,) = KnowledgeBase(data).documents()  # one document: the page, cited by the address it gives
    assert doc.source_url == "http://www.thnet.gov.cn/gzthtyj/gkmlpt/content/9/9866/post_9866248.html"
    assert doc.fmt == "gkmlpt" and doc.sources[0] == str(page)
    assert "https://www.gz.gov.cn/zwgk/fggw/sfbgtwj/content/post_9795789.html" in doc.sources
    assert "excerpt_from" not in doc.meta  # the row's notes describe the row, not the page
    # reading the catalogue again replaces its excerpt, not the page it merged into
    ingest([str(catalogue)], data)
    (again,) = KnowledgeBase(data).documents()
    assert again.sources[0] == str(page) and len(again.blocks) == len(doc.blocks)
    assert again.source_url == doc.source_url and Path(again.sources[0]).exists()


def test_an_excerpt_another_document_quotes_in_full_is_that_document(shared_corpus):
    from ingest.dedup import dedup

    row3 = read_documents(shared_corpus / TIANHE)[2]  # the 2026 insurance notice, dated and titled otherwise
    page = read_documents(shared_corpus / "zh/gz-ybj-2026-resident-medical-insurance-notice.html")[0]
    assert row3.doc_id != page.doc_id and row3.date != page.date
    (kept,) = dedup([row3, page])
    assert kept.doc_id == page.doc_id and row3.source_url in kept.sources
    # an excerpt of another document stays its own
    assert len(dedup([read_documents(shared_corpus / TIANHE)[30], page])) == 2


def test_a_press_report_that_quotes_the_rules_a_row_describes_is_not_those_rules(shared_corpus):
    from ingest.dedup import dedup

    rules = read_documents(shared_corpus / TIANHE)[4]  # 2026年天河区义务教育阶段学校招生工作细则, 穗天教〔2026〕2号
    report = read_documents(shared_corpus / "zh/gz-thnet-2024-primary-enrollment-news.html")[0]
    assert rules.doc_number == "穗天教〔2026〕2号" and "招生工作细则公布" in report.title
    kept = dedup([rules, report])
    assert len(kept) == 2  # the report quotes every word of the row, and is still a report
    assert {d.doc_id: d.doc_number for d in kept}[report.doc_id] == ""
    assert rules.source_url not in next(d for d in kept if d.doc_id == report.doc_id).sources


def test_a_search_hit_on_an_excerpt_says_which_row_quotes_it(shared_corpus, tmp_path):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings
    from index.build import build_kb_index
    from index.embed import FakeEmbedder

    data = tmp_path / "data"
    page = tmp_path / "notice.html"
    page.write_bytes((shared_corpus / "zh/gz-ybj-2026-resident-medical-insurance-notice.html").read_bytes())
    ingest([str(shared_corpus / TIANHE), str(page)], data)
    build_kb_index(data, FakeEmbedder())
    with TestClient(create_app(Settings(data=data, model="fake"))) as client:
        hits = client.get("/search", params={"q": "长者饭堂 就餐补贴", "k": 5, "mode": "keyword"}).json()["results"]
        excerpt = next(h for h in hits if "就餐补贴" in h["text"])
        assert excerpt["excerpt_from"].endswith(f"{TIANHE.rsplit('/', 1)[-1]} row 31")
        assert excerpt["source_url"].startswith("http")  # the document's own link, to cite
        cited = client.get(f"/clauses/{excerpt['clause_id']}").json()
        assert cited["excerpt_from"] == excerpt["excerpt_from"]
        page_hits = client.get("/search", params={"q": "参保缴费", "k": 3, "doc": "5abebfe4e379"}).json()["results"]
        assert page_hits and all(h["excerpt_from"] == "" for h in page_hits)  # the page itself
