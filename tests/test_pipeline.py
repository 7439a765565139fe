"""Ingest runs end to end: files, folders, URLs from a real local server, bad input, re-ingest, dedup."""

from __future__ import annotations

import http.server
import json
import os
import threading
from pathlib import Path

import pytest

from ingest.fetch import Fetcher, FetchSettings
from ingest.folders import document_files
from ingest.kb import KnowledgeBase
from ingest.pipeline import ingest

GOOD_MD = """---
title: Measures on Testing
date: 2024-05-01
---

# Measures on Testing

## 1. Support chip research

Support research on chiplets and instruction sets, and expand their use in cloud servers.

## 2. Talent

Attract leading professionals and train engineers in key technical skills.
"""


def fast_fetcher():
    return Fetcher(FetchSettings(delay=0.0, retries=0, total_timeout=5.0))


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "measures.md").write_text(GOOD_MD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blob.html").write_bytes(bytes(range(256)) * 20)
    (d / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (d / "README.md").write_text("# About this folder\n\nNot a policy.\n", encoding="utf-8")
    return d


def test_ingest_folder_reports_bad_files_and_keeps_the_rest(folder, tmp_path):
    data = tmp_path / "data"
    report = ingest([str(folder)], data)
    assert report.documents == 1
    reasons = {Path(p.source).name: p.reason for p in report.problems}
    assert set(reasons) == {"empty.txt", "blob.html", "table.csv"}  # README is not a document
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["blob.html"]
    clauses = KnowledgeBase(data).clauses()
    assert any("chiplets" in c.text for c in clauses)
    assert all(c.text.strip() for c in clauses)


def test_reingest_replaces_a_changed_file_without_duplicates(folder, tmp_path):
    data = tmp_path / "data"
    ingest([str(folder / "measures.md")], data)
    first = KnowledgeBase(data).clauses()
    changed = GOOD_MD.replace("chiplets", "chiplets and EDA tools")
    (folder / "measures.md").write_text(changed, encoding="utf-8")
    report = ingest([str(folder / "measures.md")], data)
    after = KnowledgeBase(data).clauses()
    assert report.documents == 1
    assert len(after) == len(first)
    # the summary says what changed ("unchanged" counted only URLs that answered 304)
    assert (report.unchanged, report.added, report.changed, report.removed) == (0, 0, 1, 0)
    again = ingest([str(folder / "measures.md")], data).to_dict()
    assert again["unchanged"] == 1 and again["clauses_changed"] == again["clauses_added"] == 0
    chip = [c for c in after if "Support research on chiplets" in c.text]
    assert len(chip) == 1 and "EDA tools" in chip[0].text


def test_reingest_by_another_spelling_of_the_path_replaces_the_document(folder, tmp_path, monkeypatch):
    # "docs", "./docs" and the absolute path are one source: the file read again replaces what it gave
    data = tmp_path / "data"
    monkeypatch.chdir(tmp_path)
    ingest(["docs"], data)
    (folder / "measures.md").write_text(GOOD_MD.replace("chiplets", "chiplets and EDA tools"), encoding="utf-8")
    ingest([str(folder.resolve())], data)
    (doc,) = KnowledgeBase(data).documents()
    assert doc.sources == [str((folder / "measures.md").resolve())]
    chip = [c for c in KnowledgeBase(data).clauses() if "Support research on chiplets" in c.text]
    assert len(chip) == 1 and "EDA tools" in chip[0].text


def test_a_revised_title_at_the_same_source_keeps_the_documents_id_and_its_links(folder, tmp_path):
    data = tmp_path / "data"
    ingest([str(folder / "measures.md")], data)
    (doc,) = KnowledgeBase(data).documents()
    ids = [c.clause_id for c in KnowledgeBase(data).clauses()]
    revised = GOOD_MD.replace("title: Measures on Testing", "title: Measures on Testing (March 2025 update)")
    (folder / "measures.md").write_text(revised.replace("date: 2024-05-01", "date: 2025-03-01"), encoding="utf-8")
    ingest([str(folder / "measures.md")], data)
    (again,) = KnowledgeBase(data).documents()
    assert again.title.endswith("(March 2025 update)") and again.date == "2025-03-01"
    assert again.doc_id == doc.doc_id
    assert [c.clause_id for c in KnowledgeBase(data).clauses()] == ids


def test_a_copy_just_read_is_kept_over_a_richer_one_read_before(folder, tmp_path):
    # a local copy of the plan with an extra section, then the plan read again from its own address,
    # reverted: what the source says now is what the knowledge base serves, both sources kept
    data = tmp_path / "data"
    copy = tmp_path / "copies" / "measures.md"
    copy.parent.mkdir()
    extra = "\n## 3. Compute\n\nBuild computing centres with 60 EFLOPS of capacity.\n"
    copy.write_text(GOOD_MD + extra, encoding="utf-8")
    ingest([str(copy)], data)
    ingest([str(folder / "measures.md")], data)
    (doc,) = KnowledgeBase(data).documents()
    assert "60 EFLOPS" not in doc.text and set(doc.sources) == {str(copy), str(folder / "measures.md")}
    # read in one run, the richer copy is kept, as before
    both = tmp_path / "both"
    ingest([str(copy), str(folder / "measures.md")], both)
    assert "60 EFLOPS" in KnowledgeBase(both).documents()[0].text


def test_another_document_from_another_source_gets_its_own_id(folder, tmp_path):
    data = tmp_path / "data"
    ingest([str(folder / "measures.md")], data)
    other = folder / "other.md"
    other.write_text(GOOD_MD.replace("Measures on Testing", "Other Measures"), encoding="utf-8")
    ingest([str(other)], data)
    assert len({d.doc_id for d in KnowledgeBase(data).documents()}) == 2


def test_later_ingest_keeps_earlier_documents(folder, tmp_path, shared_corpus):
    data = tmp_path / "data"
    ingest([str(folder / "measures.md")], data)
    ingest([str(shared_corpus / "press/ceo-insights-asia-2024-06-10-guangdong-ai-initiatives.txt")], data)
    titles = {d.title for d in KnowledgeBase(data).documents()}
    assert "Measures on Testing" in titles and len(titles) == 2


def test_same_document_twice_is_kept_once_with_both_sources(tmp_path, shared_corpus):
    eu = shared_corpus / "en" / "eu"
    report = ingest([str(eu / "eu-ai-act-2024-1689.md"), str(eu / "eurlex-oj-l-2024-1689-ai-act.html")],
                    tmp_path / "data")
    docs = KnowledgeBase(tmp_path / "data").documents()
    assert report.documents == 1 and len(docs) == 1
    assert {Path(s).name for s in docs[0].sources} == {"eu-ai-act-2024-1689.md",
                                                        "eurlex-oj-l-2024-1689-ai-act.html"}


def test_a_document_read_again_keeps_the_sources_of_the_copies_merged_into_it(tmp_path, shared_corpus):
    # re-reading one page dropped the address its catalogue row had given it
    page = (shared_corpus / "zh" / "gz-rsj-startup-guarantee-loan-faq.html").resolve()  # as ingest names it
    ingest([str(page), str(shared_corpus / "zh" / "gz-tianhe-official-docs-index.csv")], tmp_path / "data")

    def sources():
        return next(d.sources for d in KnowledgeBase(tmp_path / "data").documents() if d.sources[0] == str(page))

    before = sources()
    assert len(before) == 2 and before[1].startswith("https://rsj.gz.gov.cn/")
    ingest([str(page)], tmp_path / "data")
    assert sources() == before
    eu = shared_corpus / "en" / "eu"  # and a second copy merged into it stays one of its sources
    ingest([str(eu / "eu-ai-act-2024-1689.md"), str(eu / "eurlex-oj-l-2024-1689-ai-act.html")], tmp_path / "data")
    ingest([str(eu / "eurlex-oj-l-2024-1689-ai-act.html")], tmp_path / "data")
    eu_doc = next(d for d in KnowledgeBase(tmp_path / "data").documents() if "2024/1689" in d.title)
    assert {Path(s).name for s in eu_doc.sources} == {"eu-ai-act-2024-1689.md", "eurlex-oj-l-2024-1689-ai-act.html"}


NOTICE = ("天河区人民政府办公室关于印发天河区支持人工智能产业发展若干措施的通知\n\n{number}\n\n"
          "各街道办事处，区政府各部门：\n"
          "《天河区支持人工智能产业发展若干措施》已经区人民政府同意，现印发给你们，请认真贯彻执行。\n\n"
          "天河区人民政府办公室\n2025年4月1日\n\n天河区支持人工智能产业发展若干措施\n\n"
          "一、支持算力基础设施建设。对在本区新建智能算力中心且算力规模达到100PFlops以上的，给予最高1000万元补贴。"
          "（牵头单位：区工业和信息化局）\n"
          "二、支持大模型研发。对通过国家生成式人工智能服务备案的本区企业，一次性给予200万元奖励。（牵头单位：区科技局）\n"
          "三、支持人才引进。对人工智能领域顶尖人才团队，给予最高5000万元项目资助。（牵头单位：区人力资源社会保障局）\n"
          "四、本措施自印发之日起施行，有效期至2027年12月31日。\n")


def test_reprints_read_again_and_again_keep_two_issuances_apart_with_their_ids_numbers_and_sources(tmp_path):
    # an outside tester's sequences: a reprint without its 文号, read a second time, erased the 8号 issuance's
    # number, and the 3号 issuance then merged into it; read beside the 8号 file, it gave that document
    # its own id; a batch of copies dropped the original's file from the sources
    files = tmp_path / "f"
    files.mkdir()
    (files / "3.txt").write_text(NOTICE.format(number="穗天府办〔2025〕3号"), "utf-8")
    (files / "8.txt").write_text(NOTICE.format(number="穗天府办〔2025〕8号"), "utf-8")
    reprint = NOTICE.format(number="").replace("\n\n\n\n", "\n\n").replace("天河区人民政府办公室\n2025年4月1日\n\n", "")
    (files / "reprint.txt").write_text(reprint, "utf-8")  # a portal's copy: no 文号, no imprint
    (files / "copy").mkdir()
    (files / "copy" / "3.txt").write_text((files / "3.txt").read_text("utf-8"), "utf-8")
    data = tmp_path / "data"

    def state():
        return {d.doc_number: (d.doc_id, sorted(Path(s).relative_to(files).as_posix() for s in d.sources))
                for d in KnowledgeBase(data).documents()}

    ingest([str(files / "8.txt")], data)
    ingest([str(files / "3.txt")], data)
    first = state()
    for _ in range(2):
        ingest([str(files / "reprint.txt")], data)
    assert len(state()) == 2 and {n: v[0] for n, v in state().items()} == {n: v[0] for n, v in first.items()}
    ingest([str(files / "reprint.txt"), str(files / "8.txt")], data)  # read beside one of them
    ingest([str(files / "3.txt"), str(files / "copy" / "3.txt"), str(files / "reprint.txt")], data)
    now = state()
    assert {n: v[0] for n, v in now.items()} == {n: v[0] for n, v in first.items()}  # both ids, both numbers
    every = [s for _, sources in now.values() for s in sources]
    assert sorted(every) == ["3.txt", "8.txt", "copy/3.txt", "reprint.txt"]  # each file under one document


def test_missing_path_is_reported(tmp_path):
    report = ingest([str(tmp_path / "nowhere")], tmp_path / "data")
    assert report.documents == 0
    assert "no such file" in report.problems[0].reason


class _Pages(http.server.BaseHTTPRequestHandler):
    pages = {
        "/robots.txt": (404, "text/plain", b""),
        "/list.html": (200, "text/html; charset=utf-8",
                       "<html><body><h1>政策文件</h1><ul><li><a href='/policy.html'>关于测试的若干措施</a></li>"
                       "<li><a href='/about.html'>关于我们</a></li></ul></body></html>".encode()),
        "/policy.html": (200, "text/html; charset=utf-8",
                         "<html><head><title>关于测试的若干措施</title></head><body>"
                         "<nav>首页 | 长者助手</nav><div class='content'><h1>关于测试的若干措施</h1>"
                         "<p>一、支持芯粒、存算一体等研究与应用，"
                         "到2025年算力规模超过40EFLOPS。</p><p>二、加强人才引进和培养。</p></div>"
                         "<footer>版权所有</footer></body></html>".encode()),
    }

    def do_GET(self):  # noqa: N802 - http.server's name
        status, ctype, body = self.pages.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_ingest_urls_from_a_real_server(site, tmp_path):
    data = tmp_path / "data"
    report = ingest([f"{site}/policy.html", f"{site}/gone.html"], data, fetcher_factory=fast_fetcher)
    assert report.documents == 1
    assert [p.source for p in report.problems] == [f"{site}/gone.html"]
    doc = KnowledgeBase(data).documents()[0]
    assert doc.source_url == f"{site}/policy.html"
    texts = [c.text for c in KnowledgeBase(data).clauses()]
    assert any("芯粒" in t for t in texts)
    assert not any("长者助手" in t or "版权所有" in t for t in texts)


def test_sources_toml_offline_says_so_and_keeps_local_documents(tmp_path, folder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sources.toml").write_text(
        '[[source]]\nname = "unreachable"\nurl = "http://127.0.0.1:9/policy.html"\n\n'
        f'[[source]]\nname = "local"\npath = "{folder / "measures.md"}"\n', encoding="utf-8")
    report = ingest([str(corpus)], tmp_path / "data", fetcher_factory=fast_fetcher)
    assert report.offline == ["http://127.0.0.1:9/policy.html"]
    assert report.documents == 1
    assert json.dumps(report.to_dict())


def test_sources_follow_links_and_keep_listing_pages_out(site, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sources.toml").write_text(
        f'[[source]]\nname = "listing"\nurl = "{site}/list.html"\nfollow = true\nallow = ["/policy"]\n',
        encoding="utf-8")
    report = ingest([str(corpus)], tmp_path / "data", fetcher_factory=fast_fetcher)
    docs = KnowledgeBase(tmp_path / "data").documents()
    assert [d.source_url for d in docs] == [f"{site}/policy.html"]
    assert report.problems == []
    # A later run for one URL parses that page only, not every page stored before.
    again = ingest([f"{site}/policy.html"], tmp_path / "data", fetcher_factory=fast_fetcher)
    assert again.read == 1 and again.documents == 1
    assert [d.source_url for d in KnowledgeBase(tmp_path / "data").documents()] == [f"{site}/policy.html"]


def test_a_page_fetched_before_is_kept_when_its_site_is_down(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/policy.html"
    data = tmp_path / "data"
    assert ingest([url], data, fetcher_factory=fast_fetcher).documents == 1
    server.shutdown()
    server.server_close()
    report = ingest([url], data, fetcher_factory=fast_fetcher)
    assert report.offline == [url]
    assert report.documents == 1 and report.read == 1  # parsed again from the raw store
    assert any("芯粒" in c.text for c in KnowledgeBase(data).clauses())
    assert report.problems == [] and [p.source for p in report.kept_stored] == [url]  # kept, not skipped
    assert "source_gone" not in KnowledgeBase(data).documents()[0].meta  # unreachable is not taken down
    assert report.to_dict()["skipped"] == 0


def test_a_page_that_answers_404_now_is_kept_from_its_stored_copy_and_said_so(tmp_path):
    pages = dict(_Pages.pages)
    handler = type("Gone", (_Pages,), {"pages": pages})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{server.server_address[1]}"
    data = tmp_path / "data"
    try:
        assert ingest([f"{site}/policy.html"], data, fetcher_factory=fast_fetcher).documents == 1
        page = pages.pop("/policy.html")  # the government took the page down
        report = ingest([f"{site}/policy.html", f"{site}/never.html"], data, fetcher_factory=fast_fetcher)
        gone = KnowledgeBase(data).documents()[0].meta.get("source_gone")
        pages["/policy.html"] = page  # and put it back
        ingest([f"{site}/policy.html"], data, fetcher_factory=fast_fetcher)
        back = KnowledgeBase(data).documents()[0].meta
    finally:
        server.shutdown()
        server.server_close()
    assert report.documents == 1 and report.offline == []
    [kept] = report.kept_stored
    # where the document is cited, its page can say its public source was taken down; back, it is not
    assert gone["status"] == 404 and gone["fetched"] == gone["checked"] and len(gone["checked"]) == 10
    assert "source_gone" not in back
    assert kept.source == f"{site}/policy.html" and "404" in kept.reason and "kept the copy fetched 20" in kept.reason
    assert [p.source for p in report.problems] == [f"{site}/never.html"]  # nothing stored: skipped
    assert report.to_dict()["skipped"] == 1


def test_a_folder_s_hidden_folders_are_not_read(tmp_path):
    (tmp_path / "measures.md").write_text(GOOD_MD, encoding="utf-8")
    for hidden in (".git", ".venv/lib/site-packages/pkg-1.0.dist-info"):
        (tmp_path / hidden).mkdir(parents=True)
        (tmp_path / hidden / "LICENSE.md").write_text("# MIT License\n\nPermission is hereby granted.\n", "utf-8")
    assert document_files(tmp_path) == [tmp_path / "measures.md"]
    assert document_files(tmp_path / ".git" / "LICENSE.md")  # named itself, it is read


def test_a_folder_s_documents_in_formats_not_read_are_reported_and_other_files_are_not(tmp_path):
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "measures.md").write_text(GOOD_MD, encoding="utf-8")
    for name in ("notice.pdf", "plan.DOCX", "sub/targets.xlsx", "sub/old.wps"):
        (d / name).write_bytes(b"PK\x03\x04\x00\x00binary")
    for name in ("logo.png", "bundle.zip", "~$plan.docx", "script.py", "sub/NOTES"):
        (d / name).write_bytes(b"Not a document policykb is asked about.\n")
    report = ingest([str(d)], tmp_path / "data")
    assert report.documents == 1
    reasons = {Path(p.source).relative_to(d).as_posix(): p.reason for p in report.problems}
    assert set(reasons) == {"notice.pdf", "plan.DOCX", "sub/targets.xlsx", "sub/old.wps"}  # --strict fails
    assert reasons["notice.pdf"] == "a .pdf file: policykb reads HTML, Markdown and text; convert it first"
    assert reasons["plan.DOCX"].startswith("a .docx file:")
    # named, it is skipped for the same reason
    named = ingest([str(d / "plan.DOCX")], tmp_path / "data2")
    assert [p.reason for p in named.problems] == [reasons["plan.DOCX"]] and named.read == 0
    # a file with no extension in a folder is passed over (LICENSE, Makefile); named, it is read
    assert d / "sub" / "NOTES" not in document_files(d) and document_files(d / "sub" / "NOTES")
    # passed over, not in silence: listed as ignored (which does not fail --strict), hidden ones not
    assert report.ignored == [str(d / n) for n in ("bundle.zip", "logo.png", "script.py", "sub/NOTES")]
    assert report.to_dict()["ignored"] == report.ignored and named.ignored == []


def test_a_data_file_named_is_refused_and_in_a_folder_passed_over(tmp_path):
    # an export named by mistake became a document titled {"title": "x"}
    d = tmp_path / "docs"
    d.mkdir()
    (d / "measures.md").write_text(GOOD_MD, encoding="utf-8")
    (d / "export.json").write_text('{"title": "x", "text": "Build 9 parks by 2027."}\n', encoding="utf-8")
    named = ingest([str(d / "export.json")], tmp_path / "data")
    assert named.documents == 0 and named.read == 0
    assert [p.reason for p in named.problems] == [
        "a .json file is data, not a document: policykb reads HTML, Markdown and text (and CSV catalogues)"]
    folder = ingest([str(d)], tmp_path / "data2")
    assert folder.documents == 1 and folder.problems == [] and folder.ignored == [str(d / "export.json")]


def test_a_folder_s_restructured_text_is_read_and_its_other_files_are_listed_as_ignored(tmp_path):
    d = tmp_path / "docs"
    (d / ".hidden").mkdir(parents=True)
    (d / "plan.rst").write_text("Plan E\n======\n\n1. Build 9 parks by 2027.\n\n2. Train 100 rangers.\n", "utf-8")
    (d / "plan-d").write_text("Plan D\n\n1. Build 7 parks by 2027.\n", "utf-8")
    (d / ".notes.txt").write_text("Notes\n\nA hidden file.\n", "utf-8")
    (d / ".hidden" / "LICENSE").write_text("MIT License\n", "utf-8")
    report = ingest([str(d)], tmp_path / "data")
    assert (report.read, report.documents, report.problems) == (1, 1, [])
    assert report.ignored == [str(d / "plan-d")]
    doc = KnowledgeBase(tmp_path / "data").documents()[0]
    # its title's underline is no text
    assert doc.title == "Plan E" and [b.text[:2] for b in doc.blocks] == ["1.", "2."]


def test_document_files_skip_the_product_s_own_data_files():
    corpus = Path(__file__).parents[1] / "corpus"
    names = {p.name for p in document_files(corpus)}
    assert not names & {"sources.toml", "taxonomy.yaml", "agencies.yaml", "glossary.txt"}, names


def _kb_pair(data):
    kb = KnowledgeBase(data)
    return [d.doc_id for d in kb.documents()], [c.clause_id for c in kb.clauses()]


def test_knowledge_base_switches_documents_and_clauses_together(tmp_path, monkeypatch):
    from ingest.types import Block, Clause, Document

    def pair(tag):
        return [Document(f"d-{tag}", tag, "en", [Block("x")])], [Clause(f"c-{tag}", f"d-{tag}", "", "", "x", 0, 1)]

    data = tmp_path / "data"
    KnowledgeBase(data).save(*pair("one"))
    KnowledgeBase(data).save(*pair("two"))
    assert (data / "kb").is_symlink() and _kb_pair(data) == (["d-two"], ["c-two"])
    assert len(list(data.glob(".kb-*"))) == 1  # the earlier pair is gone

    import ingest.kb as kb

    real = kb._write_jsonl

    def dies_on_clauses(path, rows):
        if path.name == "clauses.jsonl":
            raise OSError("disk full")
        real(path, rows)

    monkeypatch.setattr(kb, "_write_jsonl", dies_on_clauses)
    with pytest.raises(OSError, match="disk full"):
        KnowledgeBase(data).save(*pair("three"))
    assert _kb_pair(data) == (["d-two"], ["c-two"])  # documents.jsonl of "three" never shows
    assert not list(data.glob(".kb-*.tmp"))


def test_knowledge_base_moves_an_older_kb_directory_aside(tmp_path):
    from ingest.types import Block, Document

    data = tmp_path / "data"
    (data / "kb").mkdir(parents=True)  # as an older policykb wrote it
    (data / "kb" / "documents.jsonl").write_text('{"doc_id": "old", "title": "t", "lang": "en", "blocks": []}\n')
    (data / "kb" / "clauses.jsonl").write_text("")
    assert _kb_pair(data) == (["old"], [])
    KnowledgeBase(data).save([Document("new", "t", "en", [Block("x")])], [])
    assert (data / "kb").is_symlink() and _kb_pair(data) == (["new"], [])
    # a save killed between moving the old directory aside and linking the new pair: the newest
    # complete pair is read
    target = data / os.readlink(data / "kb")
    (data / "kb").unlink()
    assert KnowledgeBase(data).dir == target and _kb_pair(data) == (["new"], [])


def test_a_document_held_as_it_is_keeps_its_clauses_and_is_not_cut_again(tmp_path, monkeypatch):
    import ingest.pipeline as pipeline

    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(f"# Measures {name.upper()}\n\n1. Train 300 engineers by 2027.\n\n"
                                             f"2. Support chiplets in {name}.\n", "utf-8")
    data = tmp_path / "data"
    ingest([str(tmp_path)], data)
    first = [c.to_dict() for c in KnowledgeBase(data).clauses()]
    cut = []
    real = pipeline.segment

    def counting(doc):
        cut.append(doc.title)
        return real(doc)

    monkeypatch.setattr(pipeline, "segment", counting)
    again = ingest([str(tmp_path)], data)
    assert cut == [] and again.unchanged == 2  # read again, nothing changed: nothing cut again
    assert [c.to_dict() for c in KnowledgeBase(data).clauses()] == first
    (tmp_path / "b.md").write_text("# Measures B\n\n1. Train 500 engineers by 2028.\n", "utf-8")
    ingest([str(tmp_path)], data)
    assert cut == ["Measures B"]  # only the edited document
    assert any("500" in c.text and c.targets for c in KnowledgeBase(data).clauses())
    # other rules (a new policykb, an edited taxonomy): every document is cut and tagged again
    monkeypatch.setattr(pipeline, "rules_version", lambda: "other")
    cut.clear()
    ingest([str(tmp_path)], data)
    assert sorted(cut) == ["Measures A", "Measures B"] and KnowledgeBase(data).rules() == "other"


def test_an_edited_taxonomy_is_other_rules(tmp_path, monkeypatch):
    from ingest.pipeline import rules_version

    mine = tmp_path / "taxonomy.yaml"
    shipped = Path(__file__).parents[1] / "corpus" / "taxonomy.yaml"
    mine.write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("POLICYKB_TAXONOMY", str(mine))
    before = rules_version()
    mine.write_text(mine.read_text(encoding="utf-8") + "\n# an analyst's edit\n", encoding="utf-8")
    assert rules_version() != before


def test_concurrent_ingests_take_turns_and_lose_nothing(tmp_path, monkeypatch):
    """Two ingests into one data directory at once: the second waits for the first and merges on top
    of it. Ingest A is held after reading the kb until B has either reported that it waits (the lock
    works) or read the kb too (it does not, and one of the two documents would be lost)."""
    import ingest.pipeline as pipeline

    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(f"# Measures {name.upper()}\n\n1. Support item {name}.\n", "utf-8")
    data = tmp_path / "data"
    b_waits_or_reads = threading.Event()
    real_merge, real_segment = pipeline._merge, pipeline.segment_and_tag

    def merge(known, fresh, report):
        if threading.current_thread().name == "B":
            b_waits_or_reads.set()
        return real_merge(known, fresh, report)

    def segment(documents, *args):
        if threading.current_thread().name == "A":
            assert b_waits_or_reads.wait(30)
        return real_segment(documents, *args)

    def progress_b(message):
        if "waiting for another ingest" in message:
            b_waits_or_reads.set()

    monkeypatch.setattr(pipeline, "_merge", merge)
    monkeypatch.setattr(pipeline, "segment_and_tag", segment)
    a = threading.Thread(target=ingest, args=([str(tmp_path / "a.md")], data), name="A")
    a.start()
    while not (data / ".kb.lock").exists() and a.is_alive():  # A is in before B starts
        threading.Event().wait(0.01)
    b = threading.Thread(target=ingest, args=([str(tmp_path / "b.md")], data),
                         kwargs={"progress": progress_b}, name="B")
    b.start()
    a.join(60)
    b.join(60)
    assert sorted(d.title for d in KnowledgeBase(data).documents()) == ["Measures A", "Measures B"]


def test_a_copy_cut_short_is_skipped_and_the_whole_one_held_stays(tmp_path, shared_corpus):
    page = tmp_path / "decree.html"
    whole = (shared_corpus / "zh/gz-scjgj-state-council-decree-746-market-entity-registration.html").read_text("utf-8")
    page.write_text(whole, encoding="utf-8")
    data = tmp_path / "data"
    held = ingest([str(page)], data).clauses
    page.write_text(whole[:len(whole) // 2], encoding="utf-8")  # a save interrupted half-way
    report = ingest([str(page)], data)
    assert [p.source for p in report.problems] == [str(page)] and "cut short" in report.problems[0].reason
    assert report.clauses == held  # nothing lost


def test_an_order_another_document_calls_revoked_is_marked_so_until_that_one_is_removed(tmp_path, shared_corpus):
    from ingest.pipeline import remove

    us = shared_corpus / "en" / "us"
    order = us / "us-eo-14110-ai-2023-10-30.md"
    revoker = us / "2025-01-23-removing-barriers-to-american-leadership-in-artificial-intelligence.md"
    data = tmp_path / "data"
    ingest([str(order), str(us / "2022-08-25-executive-order-on-the-implementation-of-the-chips-act-of-2022.md")], data)
    assert all("revoked_by" not in d.meta for d in KnowledgeBase(data).documents())
    ingest([str(revoker)], data)  # "…actions taken pursuant to the revoked Executive Order 14110 of October 30, 2023"
    marks = {d.title: d.meta.get("revoked_by") for d in KnowledgeBase(data).documents()}
    eo = next(m for t, m in marks.items() if t.startswith("Executive Order on the Safe, Secure"))
    assert eo["title"].startswith("Removing Barriers") and eo["date"] == "2025-01-23" and "14110" in eo["words"]
    assert sum(m is not None for m in marks.values()) == 1  # the CHIPS order is not revoked
    remove([str(revoker)], data)
    assert all("revoked_by" not in d.meta for d in KnowledgeBase(data).documents())


def test_a_part_of_an_order_revoked_is_not_the_order():
    from ingest.revocations import mark_revoked
    from ingest.types import Block, Document

    def doc(doc_id, title, text, date="2025-02-01"):
        return Document(doc_id, title, "en", [Block(text)], date=date, sources=[f"{doc_id}.md"])

    order = doc("eo13960", "Executive Order 13960 on Trustworthy AI", "Sec. 1. Purpose.", "2020-12-03")
    other = doc("eo14000", "Executive Order 14000", "Sec. 1. Policy.", "2021-01-20")
    docs = [order, other,
            doc("a", "Amending order", "Section 4 of Executive Order 13960 is hereby revoked."),
            doc("b", "Revoking order", "Executive Order 14000 of January 20, 2021 (Policy), is hereby revoked.")]
    mark_revoked(docs)
    assert "revoked_by" not in order.meta and other.meta["revoked_by"]["doc_id"] == "b"


def test_a_chinese_document_repealed_by_a_later_one_is_marked_so():
    from ingest.revocations import mark_revoked
    from ingest.types import Block, Document

    def doc(doc_id, number, text):
        return Document(doc_id, "广州市引进人才入户管理办法", "zh", [Block(text)], doc_number=number, date="2025-06-30")

    old = doc("old", "穗府办规〔2020〕10号", "第一条 为了规范人才引进工作，制定本办法。")
    other = doc("other", "穗府办规〔2021〕3号", "第一条 为了规范人才引进工作，制定本办法。")
    new = doc("new", "穗府办规〔2025〕9号", "第三十条 本办法自2025年7月1日起施行，《广州市引进人才入户管理办法》"
                                        "（穗府办规〔2020〕10号）同时废止。")
    mark_revoked([old, other, new])
    assert old.meta["revoked_by"]["doc_id"] == "new" and "同时废止" in old.meta["revoked_by"]["words"]
    assert "revoked_by" not in other.meta and "revoked_by" not in new.meta  # by its 文号: not the same title's


def test_a_folder_read_again_in_another_order_leaves_the_knowledge_base_as_it_was(tmp_path):
    # files ingested one by one, then their folder: nothing had changed, yet the documents came in another
    # order, so the knowledge base was saved again and the index rebuilt
    folder, data = tmp_path / "docs", tmp_path / "data"
    folder.mkdir()
    (folder / "b.txt").write_text("第二份文件\n\n一、加强算力建设。到2027年算力规模超过50EFLOPS。\n", encoding="utf-8")
    (folder / "a.txt").write_text("第一份文件\n\n一、加强人才培养。每年培养工程师2000名。\n", encoding="utf-8")
    ingest([str(folder / "a.txt")], data)
    ingest([str(folder / "b.txt")], data)  # held as [b, a]; the folder reads [a, b]
    version = KnowledgeBase(data).version()
    report = ingest([str(folder)], data)
    assert report.unchanged == 2
    assert KnowledgeBase(data).version() == version  # not saved again


def test_a_readers_bug_on_one_file_skips_that_file_only(folder, tmp_path, monkeypatch):
    # a RecursionError in the HTML reader stopped the whole ingest: none of the batch's documents was kept
    import ingest.pipeline as pipeline

    real = pipeline.parse_documents

    def parse(text, source, **kw):
        if source.endswith("crash.html"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, source, **kw)

    monkeypatch.setattr(pipeline, "parse_documents", parse)
    (folder / "crash.html").write_text("<html><body><h1>Title</h1><p>Some text here.</p></body></html>",
                                       encoding="utf-8")
    report = ingest([str(folder)], tmp_path / "data")
    assert report.documents == 1
    reasons = {Path(p.source).name: p.reason for p in report.problems}
    assert "RecursionError" in reasons["crash.html"]


def test_a_heading_holding_a_line_break_is_read(tmp_path):
    # <h1>…<br>…</h1> walked the heading inside itself until Python's recursion limit
    page = tmp_path / "brief.html"
    page.write_text("<html><body><h1>Committee on Information Technology<br>Policy measures on AI development</h1>"
                    "<p>1. This paper briefs members on the measures for artificial intelligence development.</p>"
                    "<p>2. The Government will train 10,000 AI professionals by 2030.</p></body></html>",
                    encoding="utf-8")
    report = ingest([str(page)], tmp_path / "data")
    assert report.problems == [] and report.documents == 1
    (doc,) = KnowledgeBase(tmp_path / "data").documents()
    assert doc.title == "Committee on Information Technology Policy measures on AI development"


def test_a_french_document_is_kept_as_french_searched_but_not_tagged_and_said_so(tmp_path):
    # a French release was read as English: lang "en", its clauses counted among English ones with no tags
    page = tmp_path / "communique.html"
    page.write_text(
        "<html lang='fr'><head><title>France 2030 : la stratégie nationale pour l'IA</title></head><body>"
        "<h1>France 2030 : la stratégie nationale pour l'IA</h1>"
        "<p>L'objectif est de former 100 000 personnes par an aux métiers de l'IA d'ici 2030, et l'État soutiendra "
        "la construction de centres de données dans les régions pour les entreprises et les chercheurs.</p>"
        "<p>Les appels à projets seront opérés par Bpifrance et l'Agence nationale de la recherche, avec une "
        "enveloppe de 2,5 milliards d'euros pour la puissance de calcul et les talents de la filière.</p>"
        "</body></html>", encoding="utf-8")
    report = ingest([str(page)], tmp_path / "data")
    assert report.documents == 1 and report.untagged == [f"{page} (fr)"]
    assert report.to_dict()["untagged"] == report.untagged
    clauses = KnowledgeBase(tmp_path / "data").clauses()
    assert clauses and all(c.lang == "fr" and not c.tags and not c.targets for c in clauses)


def test_a_url_whose_host_no_name_server_could_answer_is_refused_at_once(tmp_path):
    # "http://exa mple/" was fetched four times with back-off and listed as offline
    report = ingest(["http://exa mple/", "http://localhost:99999/x.html"], tmp_path / "data")
    assert [p.source for p in report.problems] == ["http://exa mple/", "http://localhost:99999/x.html"]
    assert all("not a valid URL" in p.reason for p in report.problems) and report.offline == []
