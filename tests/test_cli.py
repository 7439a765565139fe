"""The policykb command as a user runs it: ingest, export, search, tag, index, errors."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from api.cli import cli, main


def run(*args, input=None, env=None):
    result = CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def data(tmp_path_factory, small_corpus):
    d = tmp_path_factory.mktemp("cli") / "data"
    paths = [str(p) for p in small_corpus[:2]]
    result = run("--data", str(d), "--model", "fake", "ingest", *paths)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["documents"] == 2 and summary["clauses"] > 10
    assert summary["index"]["model"].startswith("fake")
    return d


def test_export_writes_every_clause_with_the_stable_fields(data):
    result = run("--data", str(data), "export")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    for row in rows:
        assert {"clause_id", "doc_id", "text", "tags", "targets", "version"} <= set(row)
        for t in row["targets"]:
            assert {"value", "unit", "year", "metric", "text"} <= set(t)
    assert len({r["clause_id"] for r in rows}) == len(rows)
    exported = run("--data", str(data), "export", "--format", "csv").stdout
    table = list(csv.DictReader(io.StringIO(exported)))
    assert len(table) == len(rows) and [r["version"] for r in table] == [r["version"] for r in rows]
    # a spreadsheet's reader tells the documents apart and cites each clause without a join
    assert all(r["title"] and r["source_url"] for r in table)
    # and reads its lists as words, not JSON: "chips; funding", "…: ≥ 4 人 by 2023", a cell per role
    by_id = {r["clause_id"]: r for r in rows}
    for r in table:
        assert r["tags"] == "; ".join(by_id[r["clause_id"]]["tags"]) and not r["targets"].startswith("[")
        assert r["lead"] == "; ".join(by_id[r["clause_id"]]["agencies"]["lead"])
    assert any("≥" in r["targets"] and " by 20" in r["targets"] for r in table)
    assert any(r["title"] == "China's Guangdong Province Launches Bold Initiatives to Power Up AI Sector"
               and r["date"] == "2024-06-10" for r in table)


def test_export_names_each_clause_s_document_kind_after_the_columns_before(data):
    # a reader of the export could not tell a press article's clause from the rule's: search hits and the
    # /targets CSV name the kind, the export did not
    rows = [json.loads(line) for line in run("--data", str(data), "export").stdout.splitlines()]
    exported = run("--data", str(data), "export", "--format", "csv").stdout
    header = next(csv.reader(io.StringIO(exported)))
    assert header == ["clause_id", "doc_id", "title", "date", "source_url", "path", "heading", "lang", "text", "tags",
                      "targets", "agencies", "version", "expired", "lead", "supporting", "doc_kind"]
    table = list(csv.DictReader(io.StringIO(exported)))
    assert [r["doc_kind"] for r in table] == [r["doc_kind"] for r in rows]
    press = {r["doc_kind"] for r in table if r["title"].startswith("China's Guangdong Province Launches")}
    assert press == {"news"}


def test_export_csv_to_a_file_starts_with_a_bom_and_standard_output_does_not(data, tmp_path):
    # Excel read the exported file as the system's code page: its Chinese came out garbled
    path = tmp_path / "clauses.csv"
    assert run("--data", str(data), "export", "--format", "csv", "-o", str(path)).exit_code == 0
    written = path.read_bytes()
    assert written.startswith(b"\xef\xbb\xbfclause_id,doc_id,")
    # a pipe gets none: the next program would read it as part of the first column's name
    piped = run("--data", str(data), "export", "--format", "csv").stdout
    assert piped.startswith("clause_id,")
    assert list(csv.reader(io.StringIO(written.decode("utf-8-sig")))) == list(csv.reader(io.StringIO(piped)))
    assert run("--data", str(data), "targets", "--csv").stdout.startswith("doc_id,clause_id,")
    lines = tmp_path / "clauses.jsonl"
    run("--data", str(data), "export", "-o", str(lines))
    assert lines.read_text(encoding="utf-8").startswith('{"clause_id"')  # JSON lines get none
    for command in ("export", "targets"):
        assert "byte-order mark" in " ".join(run(command, "--help").stdout.split()), command


def test_search_doc_takes_several_ids_repeated_or_comma_separated(data):
    docs = sorted({json.loads(line)["doc_id"] for line in run("--data", str(data), "export").stdout.splitlines()})
    args = ("--data", str(data), "search", "家庭医生 chips", "-k", "100", "--json")
    repeated = [json.loads(line) for line in run(*args, "--doc", docs[0], "--doc", docs[1]).stdout.splitlines()]
    assert {h["doc_id"] for h in repeated} == set(docs)  # --doc A --doc B searched B alone
    comma = [json.loads(line) for line in run(*args, "--doc", ",".join(docs)).stdout.splitlines()]
    assert [h["clause_id"] for h in comma] == [h["clause_id"] for h in repeated]


def test_search_prints_hits_and_json(data):
    out = run("--data", str(data), "search", "家庭医生", "-k", "3", "--json").stdout.splitlines()
    assert 1 <= len(out) <= 3
    assert all("家庭医生" in json.loads(line)["text"] for line in out[:1])
    human = run("--data", str(data), "search", "chiplets", "-k", "2").stdout
    assert "chiplets" in human
    # a hit's goals and agencies, as the page shows them, so an analyst at a terminal sees them too
    human = run("--data", str(data), "search", "每万常住人口家庭医生数", "-k", "10").stdout
    assert "    targets: 每万常住人口家庭医生数: ≥ 4 人 by 2023" in human
    assert "    agencies: lead " in human
    # each role named: the supporting agencies read as leads ("lead 各区政府; 市卫生健康委; 市人力资源社会保障局")
    hits = [json.loads(line) for line in run("--data", str(data), "search", "每万常住人口家庭医生数", "-k", "10",
                                             "--json").stdout.splitlines()]
    both = [h["agencies"] for h in hits if h["agencies"]["lead"] and h["agencies"]["supporting"]]
    assert both
    for agencies in both:
        line = (f"    agencies: lead {', '.join(agencies['lead'])}; "
                f"supporting {', '.join(agencies['supporting'])}")
        assert line in human.splitlines(), line
    # a table's row under its header row, and every line of a clause indented under its hit
    assert "    附件1 广州市家庭医生签约服务质量监测指标体系（2023年版） › 一级指标 | 二级指标 |" in human
    assert all(line.startswith(("    ", " 1.", " 2.", " 3.", " 4.", " 5.", " 6.", " 7.", " 8.", " 9.", "10."))
               for line in human.splitlines())


def test_search_marks_a_press_article_as_the_page_does(data):
    # the page shows a news badge; the shell printed a press article's claim as if it were its source's
    human = run("--data", str(data), "search", "40", "-k", "10").stdout  # the press article and the plan
    firsts = [b.split("\n", 1)[0] for b in re.split(r"\n(?=[ \d]\d\. )", human)]
    press = "China's Guangdong Province Launches Bold Initiatives to Power Up AI Sector"
    assert any(press in line for line in firsts) and any(press not in line for line in firsts)
    for line in firsts:
        assert ("[news]" in line) == (press in line), line
        if press in line:
            assert f"{press} [news]  > " in line, line


def test_search_says_when_no_hit_holds_the_query_s_words(data):
    # chiplets among the Chinese clauses: ten hits near in meaning, none about chiplets, and nothing said
    near = run("--data", str(data), "search", "chiplets", "--lang", "zh", "-k", "3")
    assert near.stdout.startswith(" 1. ")
    assert "no clause found holds the query's words" in near.stderr
    assert "no clause found" not in run("--data", str(data), "search", "chiplets", "-k", "3").stderr
    # a quoted phrase no clause holds: its words searched without the quotes, and said so
    unheld = run("--data", str(data), "search", '"zebra crossing"', "-k", "3")
    assert unheld.stdout.startswith(" 1. ") and "no clause matched" not in unheld.stderr
    assert 'warning: no clause holds the quoted phrase "zebra crossing"' in unheld.stderr
    # a semantic search never looks for the words: nothing to say
    assert "no clause found" not in run("--data", str(data), "search", "chiplets", "--lang", "zh", "--mode",
                                        "semantic").stderr


def test_search_says_nothing_of_meaning_when_the_hits_are_the_part_cited(tmp_path, shared_corpus):
    # "Annex III point 4": the annex's points hold none of the query's words, yet are exactly what it names
    data = tmp_path / "d"
    run("--data", str(data), "--model", "fake", "-q", "ingest", str(shared_corpus / "en/eu/eu-ai-act-2024-1689.md"))
    cited = run("--data", str(data), "--model", "fake", "search", "Annex III point 4", "-k", "3", "--json")
    hits = [json.loads(line) for line in cited.stdout.splitlines()]
    assert hits and all("citation" in h["matched"] for h in hits)
    assert not any("keyword" in h["matched"] for h in hits) and "no clause found" not in cited.stderr


def test_tags_targets_and_agencies_answer_as_the_api_does(data):
    counts = json.loads(run("--data", str(data), "tags").stdout)
    assert counts["overall"]["talent"] >= 1 and len(counts["documents"]) == 2
    assert counts["labels"]["talent"]["zh"] == "人才"
    rows = [json.loads(line) for line in run("--data", str(data), "targets", "--year", "2025").stdout.splitlines()]
    assert rows and all(r["year"] == 2025 for r in rows)
    assert any(r["value"] == 40 and r["unit"] == "EFLOPS" for r in rows)  # the press article: 40 exaflops by next year
    table = list(csv.DictReader(io.StringIO(run("--data", str(data), "targets", "--csv").stdout)))
    assert {"doc_id", "clause_id", "metric", "value", "year"} <= set(table[0]) and len(table) >= len(rows)
    # who leads the talent measures: the family-doctor plan's table of tasks names them
    leads = [json.loads(line) for line in run("--data", str(data), "agencies", "--tag", "talent").stdout.splitlines()]
    assert leads[0]["name"] == "各区政府" and leads[0]["lead"] >= 1
    assert "广州市人力资源社会保障局" in {a["name"] for a in leads}


def test_search_with_another_model_is_refused_clearly(data):
    result = CliRunner().invoke(cli, ["--data", str(data), "--model", "use", "search", "chips"])
    assert result.exit_code != 0
    assert "fake" in str(result.exception) and "use" in str(result.exception)


def test_index_rebuild_reuses_every_embedding(data):
    summary = json.loads(run("--data", str(data), "index").stdout.strip().splitlines()[-1])
    assert summary["embedded"] == 0 and summary["reused"] == summary["clauses"]


def test_ingest_of_what_is_already_indexed_keeps_the_live_generation(tmp_path):
    # a nightly `policykb ingest corpus` over unchanged files wrote a copy of the index each time
    page = tmp_path / "notice.md"
    page.write_text("# Notice\n\n1. Train 500 engineers by 2026.\n\n2. Build a computing centre.\n", "utf-8")
    d = str(tmp_path / "d")

    def ingest():
        result = run("--data", d, "--model", "fake", "ingest", str(page))
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout.strip().splitlines()[-1])["index"]

    first, again = ingest(), ingest()
    assert again["generation"] == first["generation"] and again["extra"]["unchanged"] is True
    assert sorted(p.name for p in (tmp_path / "d" / "index").glob("gen-*")) == [first["generation"]]
    page.write_text(page.read_text("utf-8").replace("500", "800"), "utf-8")
    edited = ingest()
    assert edited["generation"] != first["generation"] and "unchanged" not in edited["extra"]
    assert "800 engineers" in run("--data", d, "search", "engineers").stdout
    # `policykb index` rebuilds whatever it finds, as it says
    rebuilt = json.loads(run("--data", d, "index").stdout)
    assert rebuilt["generation"] != edited["generation"]


def test_an_index_behind_its_knowledge_base_is_said_so(tmp_path):
    # after `ingest --no-index` (or a killed build) export held clauses that search silently did not
    page = tmp_path / "notice.md"
    page.write_text("# Notice\n\n1. Train 500 engineers by 2026.\n\n2. Build a computing centre.\n", "utf-8")
    d = str(tmp_path / "d")
    assert run("--data", d, "--model", "fake", "ingest", str(page)).exit_code == 0
    assert "warning" not in run("--data", d, "search", "engineers").stderr
    page.write_text(page.read_text("utf-8") + "\n3. Open a data exchange.\n", "utf-8")
    behind = run("--data", d, "ingest", "--no-index", str(page))
    assert "the index was not rebuilt" in behind.stderr and "policykb index" in behind.stderr
    assert "was not used" not in behind.stderr
    # a model given where nothing is embedded would be forgotten by the next `policykb index`: said so
    assert "--model use was not used" in run("--data", d, "--model", "use", "ingest", "--no-index", str(page)).stderr
    assert "data exchange" in run("--data", d, "export").stdout
    searched = run("--data", d, "search", "engineers")
    assert "knowledge base changed after this index was built" in searched.stderr
    assert all("knowledge base changed" in run("--data", d, cmd).stderr for cmd in ("tags", "targets", "agencies"))
    assert run("--data", d, "index").exit_code == 0
    assert "warning" not in run("--data", d, "search", "engineers").stderr


def test_remove_takes_documents_out_and_their_links_say_so(tmp_path):
    # there was no way to take a document out: a truncated page stayed forever
    notice = tmp_path / "notice.md"
    notice.write_text("# Notice\n\n1. Train 500 engineers by 2026.\n\n2. Build a computing centre.\n", "utf-8")
    other = tmp_path / "other.md"
    other.write_text("# Other plan\n\n1. Open a data exchange by 2027.\n", "utf-8")
    d = str(tmp_path / "d")
    assert run("--data", d, "--model", "fake", "ingest", str(notice), str(other)).exit_code == 0
    rows = [json.loads(line) for line in run("--data", d, "export").stdout.splitlines()]
    gone = next(r for r in rows if "engineers" in r["text"])
    refused = run("--data", d, "remove", "no-such-doc", str(notice))
    assert refused.exit_code == 2 and "nothing was removed" in refused.stderr
    assert len(run("--data", d, "export").stdout.splitlines()) == len(rows)
    summary = json.loads(run("--data", d, "remove", str(notice)).stdout)  # by the file it was read from
    assert [r["doc_id"] for r in summary["removed"]] == [gone["doc_id"]] and summary["documents"] == 1
    assert "engineers" not in run("--data", d, "export").stdout
    assert "engineers" not in run("--data", d, "search", "engineers").stdout
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    with TestClient(create_app(Settings(data=tmp_path / "d"))) as c:
        r = c.get(f"/clauses/{gone['clause_id']}")
        assert r.status_code == 404 and "removed from this knowledge base" in r.json()["error"]["message"]
        assert r.json()["error"]["history"][-1]["text"] == gone["text"]
        page = c.get(f"/clauses/{gone['clause_id']}", headers={"accept": "text/html"}).text
        assert "Its document was removed from this knowledge base on " in page and gone["text"] in page
        doc = c.get(f"/documents/{gone['doc_id']}")  # the document's own link says so too
        assert doc.status_code == 404 and "removed from this knowledge base on" in doc.json()["error"]["message"]
        assert c.get("/documents/never-was").json()["error"]["message"] == "no document 'never-was'"
    assert run("--data", d, "remove", summary["removed"][0]["doc_id"]).exit_code == 2  # gone already
    # ingested again and removed again: its words are listed once, with the last time they went
    assert run("--data", d, "ingest", str(notice)).exit_code == 0
    assert run("--data", d, "remove", str(notice)).exit_code == 0
    with TestClient(create_app(Settings(data=tmp_path / "d"))) as c:
        assert len(c.get(f"/clauses/{gone['clause_id']}").json()["error"]["history"]) == 1


def test_remove_names_no_other_document_and_takes_one_copy_only_by_id(tmp_path):
    # a removed strategy's words were "now at" a neighbour council's copy; removing one file of a document
    # read from several removed the original too
    body = "\n\n".join(f"{i}. Fund {i * 100} apprenticeships in digital trades by 2030." for i in range(1, 6))
    ours, theirs, copy = tmp_path / "riverton.md", tmp_path / "lakeside.md", tmp_path / "copy" / "riverton.md"
    ours.write_text(f"# Riverton Skills Strategy\n\n{body}\n", "utf-8")
    theirs.write_text(f"# Lakeside Skills Strategy\n\n{body}\n", "utf-8")
    copy.parent.mkdir()
    copy.write_text(ours.read_text("utf-8"), "utf-8")
    d = str(tmp_path / "d")
    assert run("--data", d, "--model", "fake", "ingest", str(ours), str(theirs), str(copy)).exit_code == 0
    docs = {json.loads(line)["doc_id"] for line in run("--data", d, "export").stdout.splitlines()}
    assert len(docs) == 2
    refused = run("--data", d, "remove", str(copy))
    assert refused.exit_code == 2 and "is one of 2 copies of document" in refused.stderr and str(ours) in refused.stderr
    lakeside = json.loads(run("--data", d, "remove", str(theirs)).stdout)["removed"][0]["doc_id"]
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    with TestClient(create_app(Settings(data=tmp_path / "d"))) as c:
        error = c.get(f"/clauses/{lakeside}-1").json()["error"]
        assert "removed from this knowledge base" in error["message"] and error["history"][-1]["now_at"] is None


def test_tag_reads_stdin():
    out = json.loads(run("tag", "--date", "2024-06-10",
                         input="computing power to surpass 40 exaflops by next year").stdout)
    assert "targets" in out["tags"] and out["targets"][0]["year"] == 2025


def policykb(monkeypatch, capsys, *args, input=""):
    """The console script as a user runs it, in this process: (exit status, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["policykb", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(input))
    try:
        main()
        status = 0
    except SystemExit as e:
        status = e.code
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize("date", ["2024-13-01", "2024-02-30", "foo"])
def test_tag_refuses_a_date_that_is_not_a_real_one(monkeypatch, capsys, date):
    # foo was ignored, 2024-13-01 used
    status, out, err = policykb(monkeypatch, capsys, "tag", "--date", date, input="talent cultivation")
    assert status == 1 and out == ""
    assert err == f"error: date must be a real date as YYYY-MM-DD, such as 2024-06-10, not {date!r}\n"


def test_tag_refuses_empty_input_as_the_api_does(monkeypatch, capsys):
    status, out, err = policykb(monkeypatch, capsys, "tag", input="  \n")
    assert status == 2 and out == "" and "no text on standard input" in err


def test_an_ingest_without_index_is_told_to_build_the_index(monkeypatch, capsys, tmp_path, shared_corpus):
    data = tmp_path / "data"
    page = shared_corpus / "zh" / "gz-rsj-startup-guarantee-loan-faq.html"
    assert policykb(monkeypatch, capsys, "--data", str(data), "ingest", "--no-index", str(page))[0] == 0
    status, _, err = policykb(monkeypatch, capsys, "--data", str(data), "search", "贷款")
    assert status == 1 and "policykb index" in err  # not "build one with policykb ingest"
    # tags, targets and agencies answer from what is ingested, and warn until the index is built (they had
    # failed "no index …", so a knowledge base ingested only to audit its targets could not be read)
    for command in ("targets", "tags", "agencies"):
        status, out, err = policykb(monkeypatch, capsys, "--data", str(data), command)
        assert status == 0 and "no index yet" in err and "policykb index" in err, command
    status, out, _ = policykb(monkeypatch, capsys, "--data", str(data), "tags")
    assert json.loads(out)["overall"]
    assert not (data / "index").exists()  # nothing written under DATA/index: `policykb index` builds it


def test_tag_takes_the_last_real_date(monkeypatch, capsys):
    # printed a traceback: counting 540 days on passed the last date Python holds (OverflowError)
    text = "Within 540 days of the date of this order, establish at least four new institutes."
    status, out, err = policykb(monkeypatch, capsys, "tag", "--date", "9999-12-31", input=text)
    assert status == 0 and "Traceback" not in err
    assert [(t["value"], t["year"]) for t in json.loads(out)["targets"]] == [(4, 10001)]


@pytest.mark.parametrize(
    "args, words",
    [
        (["search", "chips", "--lang", "xx"], "unknown language 'xx': lang is one of zh, en, fr, de, es"),
        (["search", "chips", "--tag", "nope"], "unknown tag 'nope'"),
        (["search", "chips", "--tag", "chips,Talent"], "did you mean 'talent'"),
        (["search", "chips", "--tag", "healthcare"], "did you mean 'sectors/healthcare'"),
        (["search", "chips", "--doc", "nope"], "no document 'nope'"),
        (["search", "chips", "--doc", "nope", "--doc", "8d5fe1349253"], "no document 'nope'"),
        (["search", "chips", "--agency", "市人社厅"], "did you mean '广州市人力资源社会保障局'"),
        (["targets", "--tag", "nope"], "unknown tag 'nope'"),
        (["targets", "--doc", "nope"], "no document 'nope'"),
        (["agencies", "--tag", "nope"], "unknown tag 'nope'"),
        (["agencies", "--doc", "nope"], "no document 'nope'"),
        (["tags", "--doc", "nope"], "no document 'nope'"),
    ],
)
def test_filters_that_name_nothing_are_errors_as_in_the_api(monkeypatch, capsys, data, args, words):
    # each printed nothing and exited 0, as if the index held nothing on the subject
    status, out, err = policykb(monkeypatch, capsys, "--data", str(data), *args)
    assert status == 1 and out == ""
    assert err.startswith("error: ") and words in err


def test_search_reads_lang_case_insensitively(data):
    hits = [json.loads(line) for line in run("--data", str(data), "search", "登记", "--lang", "ZH", "--json",
                                             "--tag", "talent").stdout.splitlines()]
    assert hits and all(h["lang"] == "zh" and "talent" in h["tags"] for h in hits)


def test_a_folder_s_files_in_no_format_read_are_listed_as_ignored_without_failing(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "measures.md").write_text("# Measures\n\n1. Train 300 engineers by 2027.\n", encoding="utf-8")
    (folder / "notes").write_text("A note with no extension.\n", encoding="utf-8")
    result = run("--data", str(tmp_path / "d"), "--model", "fake", "ingest", "--no-index", "--strict", str(folder))
    assert result.exit_code == 0 and f"ignored {folder / 'notes'}: " in result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["ignored"] == 1


def test_strict_makes_skipped_inputs_fail(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    lenient = run("--data", str(tmp_path / "d"), "--model", "fake", "ingest", "--no-index", str(bad))
    assert lenient.exit_code == 0 and "empty.txt" in lenient.stderr
    strict = run("--data", str(tmp_path / "d"), "--model", "fake", "ingest", "--no-index", "--strict",
                 str(bad))
    assert strict.exit_code == 1


def test_a_page_taken_down_is_kept_from_its_stored_copy_said_and_fails_strict(tmp_path):
    import http.server
    import threading

    pages = {"/p.html": b"<html><head><title>Test measures</title></head><body><h1>Test measures</h1>"
                        b"<p>1. Train 3,000 engineers by 2027.</p><p>2. Build two data centres.</p></body></html>"}

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/p.html"
    env = {"POLICYKB_FETCH_DELAY": "0"}
    args = ("--data", str(tmp_path / "d"), "--model", "fake", "ingest", "--no-index", "--strict", url)
    try:
        assert run(*args, env=env).exit_code == 0
        pages.clear()
        gone = run(*args, env=env)
    finally:
        server.shutdown()
        server.server_close()
    summary = json.loads(gone.stdout.strip().splitlines()[-1])
    assert summary["documents"] == 1 and summary["skipped"] == 0 and summary["kept_stored"] == 1
    assert f"kept {url}: " in gone.stderr and "404" in gone.stderr and "skipped" not in gone.stderr
    assert gone.exit_code == 1  # --strict: a source that fails is worth a failing exit


def test_console_script_turns_errors_into_one_line(tmp_path):
    env = {**os.environ, "POLICYKB_DATA": str(tmp_path / "none")}
    proc = subprocess.run([sys.executable, "-c", "from api.cli import main; main()", "search", "chips"],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error:") and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [["search", "chips"], ["ingest", "x.md"], ["serve"], ["export"]])
def test_a_data_directory_that_is_a_file_is_one_clear_line(monkeypatch, capsys, tmp_path, args):
    afile = tmp_path / "afile"
    afile.write_text("not a directory", "utf-8")
    status, _, err = policykb(monkeypatch, capsys, "--data", str(afile), *args)
    assert status == 2 and "is a file, not a directory" in err and "Traceback" not in err


def test_a_data_directory_that_cannot_be_written_is_one_clear_line(monkeypatch, capsys, tmp_path):
    import errno

    import ingest.pipeline

    page = tmp_path / "notice.md"
    page.write_text("# Notice\n\n1. Train 500 engineers by 2026.\n", "utf-8")

    def read_only(data_dir, progress=None):  # as a read-only mount answers the lock file's creation
        raise OSError(errno.EROFS, "Read-only file system", str(data_dir / ".kb.lock"))

    monkeypatch.setattr(ingest.pipeline, "kb_lock", read_only)
    status, _, err = policykb(monkeypatch, capsys, "--data", str(tmp_path / "ro"), "ingest", str(page))
    assert status == 1 and err.strip().endswith("error: Read-only file system: " + str(tmp_path / "ro" / ".kb.lock"))


@pytest.mark.parametrize(
    "env, args, words",
    [
        ({"POLICYKB_LOG_LEVEL": "loud"}, ["search", "chips"], "POLICYKB_LOG_LEVEL"),
        ({"POLICYKB_PORT": "eighty"}, ["serve"], "POLICYKB_PORT"),
        ({"POLICYKB_DEVICE": "gpu"}, ["search", "chips"], "POLICYKB_DEVICE"),
        ({}, ["export"], "clauses.jsonl: line 1 is not JSON"),
    ],
)
def test_bad_settings_and_corrupt_files_get_one_clear_line(tmp_path, env, args, words):
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "clauses.jsonl").write_text('{"broken\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", "from api.cli import main; main()", *args], capture_output=True,
                          text=True, env={**os.environ, "POLICYKB_DATA": str(tmp_path), **env})
    assert proc.returncode != 0
    assert proc.stderr.startswith("error:") and words in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args, words", [
    (["chips", "-k", "101"], "k is 101; at most 100 allowed"),
    (["chips", "-k", "0"], "k is 0; at least 1"),
    (["x" * 513], "q is 513 characters; at most 512 allowed"),
    (["x" * 300, "y" * 212], "q is 513 characters; at most 512 allowed"),  # the words, joined as searched
])
def test_search_refuses_what_the_api_refuses(monkeypatch, capsys, data, args, words):
    # -k 500 and a query of 600 characters were searched: the README says the CLI reports the API's errors
    status, out, err = policykb(monkeypatch, capsys, "--data", str(data), "search", *args)
    assert status == 1 and out == "" and err == f"error: {words}\n"


def test_search_limits_are_the_settings_the_api_reads(tmp_path):
    env = {**os.environ, "POLICYKB_DATA": str(tmp_path / "none"), "POLICYKB_MAX_K": "5",
           "POLICYKB_MAX_QUERY_CHARS": "10"}
    for args, words in ((["chips", "-k", "6"], "k is 6; at most 5 allowed"),
                        (["chips and chiplets"], "q is 18 characters; at most 10 allowed")):
        proc = subprocess.run([sys.executable, "-c", "from api.cli import main; main()", "search", *args],
                              capture_output=True, text=True, env=env)
        assert proc.returncode == 1 and proc.stderr == f"error: {words}\n", proc.stderr


@pytest.fixture(scope="module")
def expiring(tmp_path_factory, shared_corpus):
    from test_api import expiring_kb

    return expiring_kb(tmp_path_factory.mktemp("expiring") / "data", shared_corpus)


def test_search_and_export_say_a_regulation_is_no_longer_in_force(expiring, monkeypatch):
    # 穗人社规字〔2019〕6号, 失效 since 2024-10-15, was printed and exported as if in force
    import datetime

    from api import in_force

    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2025, 6, 1))  # the housing rules: until 2029
    search = ("--data", str(expiring), "search", "就业见习基地 住房保障", "-k", "30")
    human = run(*search).stdout
    hits = [json.loads(line) for line in run(*search, "--json").stdout.splitlines()]
    assert {h["expired"] for h in hits if h["doc_id"] == "e091cfa4469d"} == {"2024-10-15"}
    assert {h["expired"] for h in hits if h["doc_id"] != "e091cfa4469d"} == {""}  # in force until 2029-03-03
    blocks = re.split(r"\n(?=[ \d]\d\. )", human)  # one block a hit: its numbered line, then its lines indented
    internship = [b for b in blocks if "就业见习基地管理办法" in b.split("\n", 1)[0]]
    assert internship and all("\n    No longer in force: it expired on 2024-10-15\n" in b for b in internship)
    assert all("No longer in force" not in b for b in blocks if b not in internship)
    rows = [json.loads(line) for line in run("--data", str(expiring), "export").stdout.splitlines()]
    assert {r["expired"] for r in rows if r["doc_id"] == "e091cfa4469d"} == {"2024-10-15"}
    assert {r["expired"] for r in rows if r["doc_id"] != "e091cfa4469d"} == {""}
    table = list(csv.DictReader(io.StringIO(run("--data", str(expiring), "export", "--format", "csv").stdout)))
    assert [r["expired"] for r in table] == [r["expired"] for r in rows]
    assert list(table[0])[13:16] == ["expired", "lead", "supporting"]  # new columns after those read before


def test_targets_name_the_source_to_cite(data):
    rows = [json.loads(line) for line in run("--data", str(data), "targets").stdout.splitlines()]
    assert rows and all(r["source_url"] for r in rows)
    table = list(csv.DictReader(io.StringIO(run("--data", str(data), "targets", "--csv").stdout)))
    assert [r["source_url"] for r in table] == [r["source_url"] for r in rows]


def test_targets_say_when_their_document_ceased_to_be_in_force(data, monkeypatch):
    # GET /targets and `policykb targets` gave no `expired`, though hits and the export did
    from api import in_force

    rows = [json.loads(line) for line in run("--data", str(data), "targets").stdout.splitlines()]
    assert rows and all(r["expired"] == "" for r in rows)
    doc = rows[0]["doc_id"]
    monkeypatch.setattr(in_force, "expired_in", lambda store, d: "2024-10-15" if d == doc else "")
    rows = [json.loads(line) for line in run("--data", str(data), "targets").stdout.splitlines()]
    assert {r["expired"] for r in rows if r["doc_id"] == doc} == {"2024-10-15"}
    table = list(csv.DictReader(io.StringIO(run("--data", str(data), "targets", "--csv").stdout)))
    assert list(table[0])[-3] == "expired" and [r["expired"] for r in table] == [r["expired"] for r in rows]


@pytest.fixture(scope="module")
def revoking_kb(tmp_path_factory, shared_corpus) -> str:
    """A data directory with EO 14110 and the order of 2025-01-23 that calls it revoked (fake embedder)."""
    us = shared_corpus / "en" / "us"
    data = str(tmp_path_factory.mktemp("revoking") / "d")
    assert run("--data", data, "--model", "fake", "-q", "ingest", str(us / "us-eo-14110-ai-2023-10-30.md"),
               str(us / "2025-01-23-removing-barriers-to-american-leadership-in-artificial-intelligence.md")
               ).exit_code == 0
    return data


def test_search_names_the_document_that_calls_an_order_revoked(revoking_kb):
    data = revoking_kb
    out = run("--data", data, "--model", "fake", "search", "dual-use foundation models", "-k", "10").stdout
    assert ("No longer in force: another document of this knowledge base calls it revoked: Removing Barriers to "
            "American Leadership in Artificial Intelligence (2025-01-23)") in out


def test_search_in_force_leaves_out_a_revoked_order(revoking_kb):
    data = revoking_kb
    query = ("--data", data, "--model", "fake", "search", "dual-use foundation models", "-k", "10", "--json")
    every = [json.loads(line) for line in run(*query).stdout.splitlines()]
    assert "revoked" in {h["expired"] for h in every}
    kept = [json.loads(line) for line in run(*query, "--in-force").stdout.splitlines()]
    assert kept and {h["expired"] for h in kept} == {""}
    assert {h["title"] for h in kept} == {"Removing Barriers to American Leadership in Artificial Intelligence"}
    # the revoked order alone: nothing is left, and the CLI says the filters matched nothing
    order = every[[h["expired"] for h in every].index("revoked")]["doc_id"]
    alone = run(*query, "--in-force", "--doc", order)
    assert alone.exit_code == 0 and alone.stdout == "" and "no clause matched these filters" in alone.stderr
    # who leads, and the goals, of what applies now
    names = [json.loads(line)["name"] for line in run("--data", data, "agencies").stdout.splitlines()]
    now = [json.loads(line)["name"] for line in run("--data", data, "agencies", "--in-force").stdout.splitlines()]
    assert set(now) < set(names)
    goals = [json.loads(line) for line in run("--data", data, "targets").stdout.splitlines()]
    assert "revoked" in {g["expired"] for g in goals}  # the revoked order's goals, which --in-force leaves out
    now = [json.loads(line) for line in run("--data", data, "targets", "--in-force").stdout.splitlines()]
    assert now == [g for g in goals if not g["expired"]]


def test_search_marks_a_draft_for_comment(tmp_path):
    # the page marks a draft; the shell showed its measures as if they were in force
    draft = tmp_path / "draft.txt"
    draft.write_text("杭州市促进大模型产业发展的若干措施（征求意见稿）\n\n第一条 对新建智能算力中心给予算力券补助。\n"
                     "第二条 到2027年，全市智能算力规模达到20EFLOPS。\n", encoding="utf-8")
    data = tmp_path / "data"
    assert run("--data", str(data), "--model", "fake", "-q", "ingest", str(draft)).exit_code == 0
    human = run("--data", str(data), "--model", "fake", "search", "智能算力", "-k", "2").stdout
    assert "（征求意见稿） [draft]  > " in human


def test_export_and_targets_give_each_target_its_standard_reading(data):
    # the export's targets kept only the unit as written ("billion yuan"): a reader could not compare sums
    rows = [json.loads(line) for line in run("--data", str(data), "export").stdout.splitlines()]
    found = [t for row in rows for t in row["targets"]]
    assert found and all({"value", "unit", "year", "metric", "text", "comparator", "value_std", "unit_std"} <= set(t)
                         for t in found)
    assert {(t["value"], t["unit"], t["value_std"], t["unit_std"]) for t in found} >= {
        (300.0, "billion yuan", 3e11, "CNY"), (40.0, "EFLOPS", 40.0, "EFLOPS")}
    listed = [json.loads(line) for line in run("--data", str(data), "targets", "--unit", "CNY").stdout.splitlines()]
    assert listed and {(r["unit"], r["unit_std"]) for r in listed} == {("billion yuan", "CNY")}


def test_a_knowledge_base_never_indexed_lists_its_targets_with_a_warning(monkeypatch, capsys, tmp_path):
    page = tmp_path / "plan.txt"
    page.write_text("某市算力发展行动方案\n\n一、到2027年，全市智能算力规模达到10EFLOPS以上。\n", encoding="utf-8")
    data = tmp_path / "data"
    assert policykb(monkeypatch, capsys, "--data", str(data), "ingest", "--no-index", str(page))[0] == 0
    status, out, err = policykb(monkeypatch, capsys, "--data", str(data), "targets")
    assert status == 0 and "no index yet" in err
    assert [(t["value"], t["unit"], t["year"]) for t in map(json.loads, out.splitlines())] == [(10, "EFLOPS", 2027)]
    status, out, err = policykb(monkeypatch, capsys, "--data", str(tmp_path / "empty"), "targets")
    assert status == 1 and "build one with `policykb ingest PATH`" in err  # nothing ingested: still an error
