"""The HTTP API over a small real index (fake embedder): every route, every error path."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from index.manifest import current_generation
from index.search import Index

HIT_FIELDS = {"clause_id", "doc_id", "title", "text", "path", "tags", "targets", "score", "source_url",
              "lang"}


@pytest.fixture(scope="module")
def client(small_kb):
    with TestClient(create_app(Settings(data=small_kb, model="fake")), raise_server_exceptions=False) as c:
        yield c


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert "Traceback" not in response.text
    return body["error"]["message"]


def test_search_schema_is_stable(client):
    r = client.get("/search", params={"q": "chiplets", "k": 5})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"query", "results", "took_ms"}
    assert body["query"] == "chiplets"
    assert 1 <= len(body["results"]) <= 5
    for hit in body["results"]:
        assert HIT_FIELDS <= set(hit)
        assert len(hit["text"]) < 3000  # a clause, never the whole document
    scores = [h["score"] for h in body["results"]]
    assert scores == sorted(scores, reverse=True)
    assert "chiplets" in body["results"][0]["text"]


def test_search_post_equals_get(client):
    got = client.get("/search", params={"q": "家庭医生", "k": 3}).json()["results"]
    posted = client.post("/search", json={"q": "家庭医生", "k": 3}).json()["results"]
    assert [h["clause_id"] for h in got] == [h["clause_id"] for h in posted]


def test_search_filters_by_lang_doc_and_tag(client):
    zh = client.get("/search", params={"q": "registration", "lang": "zh", "k": 10}).json()["results"]
    assert zh and all(h["lang"] == "zh" for h in zh)
    doc = zh[0]["doc_id"]
    only = client.get("/search", params={"q": "登记", "doc": doc, "k": 20}).json()["results"]
    assert only and all(h["doc_id"] == doc for h in only)
    tagged = client.get("/search", params={"q": "chips", "tag": "chips", "k": 10}).json()["results"]
    assert tagged and all("chips" in h["tags"] for h in tagged)


def test_search_filters_by_agency_from_a_table_of_tasks(client):
    # the family-doctor plan's 任务分工表 names who leads each task in its 牵头单位 column; the filter
    # takes the abbreviation people write (市人社局) as well as the full name
    # (and in traditional characters, 市人力資源社會保障局: a 422 "unknown agency" before)
    for agency in ("市人社局", "市人力资源社会保障局", "市人力資源社會保障局"):
        hits = client.get("/search", params={"q": "家庭医生职称评审", "agency": agency, "k": 5}).json()["results"]
        assert hits, agency
        # the plan is Guangzhou's (its issuer, 广州市卫生健康委员会): its short forms are named with the city
        assert all("广州市人力资源社会保障局" in h["agencies"]["lead"] + h["agencies"]["supporting"] for h in hits)
        assert any("拓宽家庭医生职业上升通道" in h["text"] and h["agencies"]["lead"] == ["广州市人力资源社会保障局"]
                   for h in hits)


def test_search_modes_and_quoted_phrase(client):
    for mode in ("hybrid", "semantic", "keyword"):
        r = client.get("/search", params={"q": "芯粒 chiplets", "mode": mode})
        assert r.status_code == 200, mode
    phrase = client.get("/search", params={"q": '"CHIPS Implementation Steering Council"'}).json()["results"]
    assert phrase and all("chips implementation steering council" in h["text"].lower() for h in phrase)


@pytest.mark.parametrize(
    "params, words",
    [
        ({"q": "x" * 513}, "512"),
        ({"q": "chips", "k": 101}, "100"),
        ({"q": "chips", "k": 0}, "k"),
        ({"q": ""}, "q"),
        ({"q": "chips", "mode": "fuzzy"}, "mode"),
        ({"q": "chips", "date_from": "last year"}, "date_from"),
        ({"q": "chips", "date_to": "2024-13"}, "date_to"),
        ({}, "q"),
    ],
)
def test_search_bad_parameters_get_422_saying_what(client, params, words):
    assert words in error_of(client.get("/search", params=params), 422)


def test_clause_is_a_stable_citable_link(client):
    hit = client.get("/search", params={"q": "每万常住人口家庭医生数"}).json()["results"][0]
    r = client.get(f"/clauses/{hit['clause_id']}")
    assert r.status_code == 200
    clause = r.json()
    assert clause["text"] == hit["text"]
    assert clause["document"]["doc_id"] == hit["doc_id"]
    error_of(client.get("/clauses/no-such-clause"), 404)


def test_search_hits_carry_the_version_a_citation_names(client):
    # `version` was only in /clauses/{id}: a tool citing a hit had to fetch the clause to get its permalink
    from ingest.history import text_version

    hits = client.get("/search", params={"q": "每万常住人口家庭医生数"}).json()["results"]
    assert hits and all(h["version"] == text_version(h["text"]) for h in hits)
    clause = client.get(f"/clauses/{hits[0]['clause_id']}", params={"v": hits[0]["version"]}).json()
    assert clause["version"] == hits[0]["version"] and clause["cited"]["current"] is True


def test_documents_list_and_outline_order(client):
    docs = client.get("/documents").json()["documents"]
    assert len(docs) == 4
    family = next(d for d in docs if "1930" in (d.get("doc_number") or ""))
    assert family["clauses"] > 10
    body = client.get(f"/documents/{family['doc_id']}").json()
    assert body["title"] == family["title"]
    texts = [c["text"] for c in body["clauses"]]
    first = next(i for i, t in enumerate(texts) if "有序扩大家庭医生来源" in t)
    assert any("每万常住人口家庭医生数不低于4人" in t for t in texts)
    assert first > 0  # the outline starts with the plan's general part, not this measure
    error_of(client.get("/documents/nope"), 404)


def test_documents_say_their_kind_as_hits_do_and_whether_in_force(client):
    # a document said `kind` where its hits say `doc_kind`, and nothing of `expired`
    docs = client.get("/documents").json()["documents"]
    assert all(d["doc_kind"] == d["kind"] and d["expired"] == "" and d["source_gone"] is None for d in docs)
    press = next(d for d in docs if d["doc_kind"] == "news")
    one = client.get(f"/documents/{press['doc_id']}").json()
    assert one["doc_kind"] == one["kind"] == "news" and one["expired"] == "" and one["source_gone"] is None
    hits = client.get("/search", params={"q": "computing power 40 exaflops", "doc": press["doc_id"]}).json()
    assert {h["doc_kind"] for h in hits["results"]} == {press["doc_kind"]}
    # /documents/{doc_id} refuses a parameter too
    message = error_of(client.get(f"/documents/{press['doc_id']}", params={"lang": "zh"}), 422)
    assert message.startswith("unknown parameter 'lang'"), message


def test_documents_take_format_json_as_clauses_do(client):
    # a tool that appends format=json to every link got 422 "takes no parameters" on documents alone
    docs = client.get("/documents", params={"format": "json"}).json()["documents"]
    one = client.get(f"/documents/{docs[0]['doc_id']}", params={"format": "json"})
    assert one.status_code == 200 and one.json()["doc_id"] == docs[0]["doc_id"] and one.json()["clauses"]
    clause = one.json()["clauses"][0]["clause_id"]
    assert client.get(f"/clauses/{clause}", params={"format": "json"}).status_code == 200
    # there is no document page: html is refused, not answered with JSON as if it were a page
    assert "format" in error_of(client.get(f"/documents/{docs[0]['doc_id']}", params={"format": "html"}), 422)
    assert "given more than once" in error_of(
        client.get("/documents", params=[("format", "json"), ("format", "json")]), 422)


def test_tags_counts_overall_and_per_document(client):
    body = client.get("/tags").json()
    assert body["overall"]["chips"] >= 1
    # every tag counted says what it means, in both languages, for tools and the page
    assert set(body["overall"]) <= set(body["labels"])
    assert body["labels"]["sectors/elderly-care"]["zh"] and body["labels"]["chips"]["description"]
    per_doc = client.get("/tags", params={"doc": client.get("/documents").json()["documents"][0]["doc_id"]})
    assert per_doc.status_code == 200


def test_agencies_count_who_leads_and_who_supports(client):
    everyone = {a["name"]: a for a in client.get("/agencies").json()["agencies"]}
    # the family-doctor plan's table of tasks: 市人社局 leads task 20 (职称评审) and task 19 with others
    assert everyone["广州市人力资源社会保障局"]["lead"] >= 1
    assert everyone["各区政府"]["lead"] > everyone["广州市财政局"]["lead"]
    talent = {a["name"]: a for a in client.get("/agencies", params={"tag": "talent"}).json()["agencies"]}
    assert talent and set(talent) <= set(everyone)
    assert all(talent[n]["lead"] <= everyone[n]["lead"] for n in talent)
    error_of(client.get("/agencies", params={"doc": "nope"}), 404)


def test_targets_json_and_csv(client):
    rows = client.get("/targets").json()["targets"]
    assert any(t["value"] == 40 and t["year"] == 2025 for t in rows)
    r = client.get("/targets", params={"format": "csv", "year": 2025})
    assert r.headers["content-type"].startswith("text/csv")
    parsed = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert parsed and all(row["year"] == "2025" for row in parsed)
    # each goal says which document states it, and whether that is a press article
    press = [t for t in rows if t["value"] == 40 and t["year"] == 2025]
    assert press[0]["doc_kind"] == "news" and press[0]["title"]
    assert any(row["doc_kind"] == "news" for row in parsed) and all(row["title"] for row in parsed)
    # a year SQLite cannot hold was a 500 (OverflowError); found by schemathesis
    assert "year" in error_of(client.get("/targets", params={"year": -(10**23)}), 422)


def test_targets_csv_is_a_file_a_spreadsheet_reads_as_utf8(client):
    # Excel read the CSV without a byte-order mark as the system's code page: 目标 came out garbled; and the
    # browser showed it instead of saving it
    r = client.get("/targets", params={"format": "csv"})
    assert r.content.startswith(b"\xef\xbb\xbfdoc_id,clause_id,")
    assert r.headers["content-disposition"] == 'attachment; filename="targets.csv"'
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [row["clause_id"] for row in rows] == [t["clause_id"] for t in client.get("/targets").json()["targets"]]
    assert any("家庭医生" in row["metric"] for row in rows)


def test_search_doc_filter_takes_several_ids_as_tag_does(client):
    docs = [d["doc_id"] for d in client.get("/documents").json()["documents"]]
    two, q = docs[:2], {"q": "chips 家庭医生", "k": 100}
    # doc=A&doc=B searched B alone
    repeated = client.get("/search", params=[*q.items(), ("doc", two[0]), ("doc", two[1])]).json()["results"]
    assert {h["doc_id"] for h in repeated} == set(two)
    comma = client.get("/search", params={**q, "doc": ",".join(two)}).json()["results"]
    # POST took doc only as a string, and tag only as a list: both take either
    for body in ({**q, "doc": two}, {**q, "doc": ",".join(two)}, {**q, "doc": [",".join(two)]}):
        posted = client.post("/search", json=body)
        assert posted.status_code == 200, (body, posted.text)
        assert [h["clause_id"] for h in posted.json()["results"]] == [h["clause_id"] for h in repeated]
    assert [h["clause_id"] for h in comma] == [h["clause_id"] for h in repeated]
    as_list = client.post("/search", json={"q": "chips", "tag": ["chips", "targets"]}).json()["results"]
    as_text = client.post("/search", json={"q": "chips", "tag": "chips,targets"})
    assert as_text.status_code == 200 and as_text.json()["results"] == as_list
    # an unknown id among several is a 404, wherever it stands
    for params in ([("q", "chips"), ("doc", "nope"), ("doc", two[0])], {"q": "chips", "doc": f"nope,{two[0]}"}):
        assert error_of(client.get("/search", params=params), 404) == "no document 'nope'"
    assert error_of(client.post("/search", json={"q": "chips", "doc": [two[0], "nope"]}), 404) == "no document 'nope'"
    assert "doc: " in error_of(client.post("/search", json={"q": "chips", "doc": 5}), 422)


def test_search_reference_says_tag_and_doc_take_a_list_or_a_comma_separated_string(client):
    spec = client.get("/openapi.json").json()
    body = spec["components"]["schemas"]["SearchBody"]["properties"]
    query = {p["name"]: p["schema"] for p in spec["paths"]["/search"]["get"]["parameters"]}
    for schema in (body, query):
        for name in ("tag", "doc"):
            assert {s["type"] for s in schema[name]["anyOf"]} == {"array", "string"}, name
    page = client.get("/docs").text
    for name in ("tag", "doc"):
        for where in ("query", "body"):
            row = re.search(rf"<tr><td><code>{name}</code></td><td>{where}</td><td>(.*?)</td>.*?</tr>", page)
            assert row and row[1] == "list of string | string", (name, where)
            assert "a list, or comma-separated" in row[0], (name, where)


@pytest.mark.parametrize(
    "method, path, params, message",
    [
        ("get", "/search", {"q": "chips", "lnag": "zh"}, "unknown parameter 'lnag' (did you mean 'lang'?)"),
        ("post", "/search", {"q": "chips", "lnag": "zh"}, "unknown parameter 'lnag' (did you mean 'lang'?)"),
        ("post", "/search", {"q": "chips", "tags": ["chips"]}, "unknown parameter 'tags' (did you mean 'tag'?)"),
        ("get", "/search", {"q": "chips", "Doc": "x"}, "unknown parameter 'Doc' (did you mean 'doc'?)"),
        ("get", "/targets", {"yaer": "2025"}, "unknown parameter 'yaer' (did you mean 'year'?)"),
        ("get", "/agencies", {"tga": "talent"}, "unknown parameter 'tga' (did you mean 'tag'?)"),
        ("get", "/tags", {"dco": "x"}, "unknown parameter 'dco' (did you mean 'doc'?)"),
        # /documents?lang=zh listed all the documents, as if every one were in Chinese
        ("get", "/documents", {"lang": "zh"}, "unknown parameter 'lang': /documents takes format"),
        ("get", "/search", {"q": "chips", "limit": "3"},
         "unknown parameter 'limit': /search takes q, k, tag, lang, doc, issuer, agency, date_from, date_to, mode, "
         "group, in_force"),
    ],
)
def test_unknown_parameters_get_422_naming_the_closest_one(client, method, path, params, message):
    # each was ignored: a typo looked like a filter that matched everything
    r = client.get(path, params=params) if method == "get" else client.post(path, json=params)
    assert error_of(r, 422) == message


@pytest.mark.parametrize(
    "agency, words",
    [
        ("市人社厅", ["unknown agency '市人社厅'", "did you mean '广州市人力资源社会保障局'"]),
        ("市卫健", ["unknown agency '市卫健'", "did you mean '广州市卫生健康委'"]),
        # 11: the Steering Council too, which the OMB director acts "in collaboration with"
        ("Department of Commerce", ["unknown agency 'Department of Commerce'", "11 agencies"]),
        # a level alone is in every agency's name at that level: it names none ("市" matched them all)
        ("市", ["names a level of government, not an agency"]),
        ("省级", ["names a level of government, not an agency"]),
    ],
)
def test_search_agency_that_names_no_agency_gets_422_naming_the_closest(client, agency, words):
    # each was a 200 with no results, as if no measure fell to that agency
    for r in (client.get("/search", params={"q": "家庭医生", "agency": agency}),
              client.post("/search", json={"q": "家庭医生", "agency": agency})):
        message = error_of(r, 422)
        assert all(w in message for w in words), message


def test_agencies_of_english_directives_are_listed_and_filter_search(client):
    # the CHIPS order's "The Director of the Office of Management and Budget shall …" leads a clause
    names = [a["name"] for a in client.get("/agencies").json()["agencies"]]
    assert "Director of the Office of Management and Budget" in names
    r = client.get("/search", params={"q": "oversight of taxpayer resources", "agency": "the Director of the Office"})
    assert r.status_code == 200 and r.json()["results"], r.text
    # an English name in another case finds the same measures, as a Chinese name has no case to get wrong
    asked = {"q": "oversight of taxpayer resources", "agency": "Director of the Office of Management and Budget"}
    lower = client.get("/search", params={**asked, "agency": asked["agency"].lower()})
    assert lower.status_code == 200, lower.text
    same = client.get("/search", params=asked).json()["results"]
    assert same and [h["clause_id"] for h in lower.json()["results"]] == [h["clause_id"] for h in same]


@pytest.mark.parametrize(
    "issuer, words",
    [
        ("深圳市卫生健康委员会", ["unknown issuer '深圳市卫生健康委员会'", "did you mean '广州市卫生健康委员会'"]),
        ("White Hose", ["unknown issuer 'White Hose'", "did you mean 'The White House'"]),
        ("European Commission", ["unknown issuer 'European Commission'", "the issuers are: ", "国务院"]),
    ],
)
def test_search_issuer_that_no_document_names_gets_422_naming_the_closest(client, issuer, words):
    # each was a 200 with no results, while an unknown agency was a 422 saying which exist
    for r in (client.get("/search", params={"q": "家庭医生", "issuer": issuer}),
              client.post("/search", json={"q": "家庭医生", "issuer": issuer})):
        message = error_of(r, 422)
        assert all(w in message for w in words), message


def test_search_issuer_filter_still_takes_any_part_of_an_issuer_in_any_case(client):
    # (and a Chinese body's short name finds its full one: 广州市卫健委 was a 422)
    for issuer, title in (("广州市卫生健康委员会", "家庭医生"), ("卫生健康", "家庭医生"), ("the white house", "CHIPS"),
                          (" 国务院 ", "登记"), ("广州市卫健委", "家庭医生")):
        hits = client.get("/search", params={"q": "家庭医生 chips 登记", "issuer": issuer, "k": 5}).json()["results"]
        assert hits and all(title in h["title"] for h in hits), issuer


@pytest.mark.parametrize(
    "date_from, date_to",
    [("2024-06-10", "2024-06-09"), ("2025", "2024-12-31"), ("2024-07", "2024-06"), ("2024-06-01", "2023")],
)
def test_search_date_range_that_ends_before_it_starts_is_a_422_naming_both(client, date_from, date_to):
    # it was a 200 with no results, while every other filter that can match nothing is a 422
    dates = {"date_from": date_from, "date_to": date_to}
    for r in (client.get("/search", params={"q": "chips", **dates}),
              client.post("/search", json={"q": "chips", **dates})):
        message = error_of(r, 422)
        assert f"date_from {date_from!r}" in message and f"date_to {date_to!r}" in message, message


def test_search_date_range_of_one_day_month_or_year_still_finds(client):
    # date_to takes the whole of the month or year it names: 2022-08-25 to 2022-08 is the rest of August
    for date_from, date_to in (("2022-08-25", "2022-08-25"), ("2022-08-25", "2022-08"), ("2022-08", "2022"),
                               ("2022", "2022")):
        hits = client.get("/search", params={"q": "chips", "date_from": date_from, "date_to": date_to}).json()
        assert hits["results"] and all("CHIPS" in h["title"] for h in hits["results"]), (date_from, date_to)


def test_search_agency_filter_still_takes_every_form_it_matches(client):
    names = [a["name"] for a in client.get("/agencies").json()["agencies"]]
    # every name the index lists, its short forms (市卫健委 is 市卫生健康委) and its parts
    # and the full official name a document's issuer line gives (广州市卫生健康委员会 was a 422)
    for agency in (*names, "市人社局", "市卫健委", "人力资源", "财政局", " 各区政府 ", "广州市卫生健康委员会",
                   "广州市人力资源和社会保障局"):
        r = client.get("/search", params={"q": "家庭医生", "agency": agency, "k": 3})
        assert r.status_code == 200 and r.json()["results"], agency


def test_405_says_which_methods_are_allowed(client):
    r = client.request("TRACE", "/health")
    assert r.status_code == 405 and "GET" in r.headers["allow"]
    assert r.json()["error"]["status"] == 405
    # /search is two routes, GET and POST: both are named (Starlette named only the first)
    r = client.request("OPTIONS", "/search")
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD, POST"


def test_openapi_documents_the_error_body():
    spec = create_app().openapi()
    search = spec["paths"]["/search"]["get"]["responses"]
    assert {"200", "422", "503"} <= set(search)
    assert search["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "text/csv" in spec["paths"]["/targets"]["get"]["responses"]["200"]["content"]


def test_openapi_states_the_search_limits_the_settings_set(tmp_path):
    spec = create_app(Settings(data=tmp_path, max_k=50, max_query_chars=200)).openapi()
    get = {p["name"]: p["schema"] for p in spec["paths"]["/search"]["get"]["parameters"]}
    post = spec["components"]["schemas"]["SearchBody"]["properties"]
    for schema in (get, post):
        assert schema["k"]["maximum"] == 50 and schema["q"]["maxLength"] == 200
        # the date pattern admits no year 0000 and no month 13, which the server would refuse
        date = re.compile(schema["date_from"].get("pattern") or schema["date_from"]["anyOf"][0]["pattern"])
        assert date.match("2024-06-10") and not date.match("0000") and not date.match("2024-13")
    assert spec["info"]["title"] == "policykb" and "422" in spec["paths"]["/search"]["post"]["responses"]


def test_tag_any_text_resolves_relative_years(client):
    r = client.post("/tag", json={"text": "computing power to surpass 40 exaflops by next year",
                                  "date": "2024-06-10"})
    assert r.status_code == 200
    body = r.json()
    assert "targets" in body["tags"]
    target = body["targets"][0]
    assert (target["value"], target["year"]) == (40, 2025)
    assert body["evidence"]["targets"]
    error_of(client.post("/tag", json={"text": ""}), 422)
    error_of(client.post("/tag", json={"text": "x", "date": "June"}), 422)
    # a misspelt field would leave 'next year' unresolved without a word: it is refused, naming the right one
    assert "did you mean 'date'" in error_of(client.post("/tag", json={"text": "x", "dat": "2024-06-10"}), 422)


@pytest.mark.parametrize("date", ["2024-13-01", "2024-02-30", "foo", "June", "2024-06", "0000-01-01", "20240610"])
def test_tag_refuses_a_date_that_is_not_a_real_one(client, date):
    # 2024-13-01 and 2024-02-30 were taken, and used
    text = "Within 540 days of the date of this order, establish at least four new institutes."
    message = error_of(client.post("/tag", json={"text": text, "date": date}), 422)
    assert message == f"date must be a real date as YYYY-MM-DD, such as 2024-06-10, not {date!r}"


def test_tag_takes_any_real_date(client):
    # 9999-12-31 was a 500: counting 540 days on passed the last date Python holds (OverflowError)
    text = "Within 540 days of the date of this order, establish at least four new institutes."
    for date, year in (("2024-02-29", 2025), ("9999-12-31", 10001), ("0001-01-01", 2)):
        r = client.post("/tag", json={"text": text, "date": date})
        assert r.status_code == 200, r.text
        assert [(t["value"], t["year"]) for t in r.json()["targets"]] == [(4, year)]


@pytest.mark.parametrize(
    "params, words",
    [
        ({"lang": "xx"}, ["unknown language 'xx'", "zh, en, fr, de, es"]),
        ({"tag": "nope"}, ["unknown tag 'nope'", "chips", "sectors/healthcare"]),
        ({"tag": "Chips"}, ["unknown tag 'Chips'", "did you mean 'chips'"]),
        ({"tag": "healthcare"}, ["unknown tag 'healthcare'", "did you mean 'sectors/healthcare'"]),
        ({"tag": "chips,nope"}, ["unknown tag 'nope'"]),
        ({"tag": ["chips", "talnet"]}, ["unknown tag 'talnet'", "did you mean 'talent'"]),
    ],
)
def test_search_filters_that_name_nothing_get_422_naming_what_exists(client, params, words):
    # each was a 200 with no results, as if the index held nothing on the subject
    for r in (client.get("/search", params={"q": "chips", **params}),
              client.post("/search", json={"q": "chips", **{k: [v] if k == "tag" and isinstance(v, str) else v
                                                            for k, v in params.items()}})):
        message = error_of(r, 422)
        assert all(w in message for w in words), message


def test_unknown_document_is_a_404_on_every_route_that_filters_by_one(client):
    for path, params in (("/search", {"q": "chips", "doc": "nope"}), ("/targets", {"doc": "nope"}),
                         ("/agencies", {"doc": "nope"}), ("/tags", {"doc": "nope"})):
        assert error_of(client.get(path, params=params), 404) == "no document 'nope'", path
    real = client.get("/documents").json()["documents"][0]["doc_id"]
    assert "no document 'nope'" in error_of(client.get("/search", params={"q": "chips", "doc": f"{real},nope"}), 404)
    assert client.get("/targets", params={"doc": real}).status_code == 200


def test_unknown_tag_is_a_422_on_targets_and_agencies(client):
    for path in ("/targets", "/agencies"):
        assert "unknown tag 'nope'" in error_of(client.get(path, params={"tag": "nope"}), 422), path
        assert "did you mean 'sectors/healthcare'" in error_of(client.get(path, params={"tag": "healthcare"}), 422)
        assert client.get(path, params={"tag": "sectors/healthcare"}).status_code == 200


def test_search_lang_is_read_case_insensitively_and_tags_comma_separated(client):
    upper = client.get("/search", params={"q": "registration", "lang": "ZH"}).json()["results"]
    assert upper and all(h["lang"] == "zh" for h in upper)
    assert upper == client.get("/search", params={"q": "registration", "lang": "zh"}).json()["results"]
    both = client.get("/search", params={"q": "chips", "tag": "chips,targets"}).json()["results"]
    repeated = client.get("/search", params=[("q", "chips"), ("tag", "chips"), ("tag", "targets")]).json()["results"]
    assert [h["clause_id"] for h in both] == [h["clause_id"] for h in repeated]
    assert all({"chips", "targets"} <= set(h["tags"]) for h in both)


def test_malformed_bodies_say_what_is_wrong_and_what_is_expected(client):
    # was "0: JSON decode error", now the 400 the schema documents for a body that is not JSON
    message = error_of(client.post("/tag", content=b"not json", headers={"content-type": "application/json"}), 400)
    assert "not valid JSON" in message and '{"text": "' in message
    # was "request: Input should be a valid dictionary or object to extract fields from"
    for r in (client.post("/tag", json=["x"]), client.post("/search", content=b"")):
        message = error_of(r, 422)
        assert message.startswith("the body must be a JSON object like {"), message
    assert error_of(client.post("/tag", json={}), 422) == "text is required"
    # was the raw regular expression of the pattern
    message = error_of(client.get("/search", params={"q": "chips", "date_from": "last year"}), 422)
    assert message == "date_from must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, not 'last year'"


def test_docs_is_a_reference_page_that_needs_no_other_host(client):
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    # FastAPI's Swagger UI loaded its script and styles from cdn.jsdelivr.net: a blank page offline
    assert not re.search(r"(?:https?:)?//[\w.-]+\.\w", page) and "<script" not in page
    for path in ("/search", "/clauses/{clause_id}", "/documents/{doc_id}", "/tags", "/targets", "/agencies",
                 "/tag", "/health"):
        assert f"</span> {path}</h3>" in page, path
    for words in ("date_from", "at most 512 characters", "≤ 100", "ErrorBody", "sectors/healthcare",
                  "Tags (with evidence) and quantified targets for any text."):
        assert words in page, words
    assert client.get("/redoc").status_code == 404  # it too loaded its script from a CDN
    assert client.get("/openapi.json").json()["paths"]["/tag"]


@pytest.mark.parametrize("url", ["/health", "/", "/search?q=chips", "/docs", "/targets?format=csv"])
def test_head_answers_as_get_does_without_a_body(client, url):
    # monitors probe with HEAD (curl -I): it was a 405
    got, head = client.get(url), client.head(url)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    if "took_ms" not in got.text:  # a search's body holds its own timing, so its length varies
        assert head.headers["content-length"] == got.headers["content-length"]


def test_health_docs_and_page(client, small_kb):
    health = client.get("/health")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    # it showed the server's filesystem ("path": "/srv/.../index/gen-000001"): the generation's name is enough
    assert re.fullmatch(r"gen-\d+", health.json()["generation"]) and health.json()["clauses"] > 0
    assert "path" not in health.json() and str(small_kb) not in health.text
    assert client.get("/openapi.json").json()["paths"]["/search"]
    assert client.get("/docs").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "<form" in page.text
    error_of(client.get("/no/such/route"), 404)


def test_no_index_answers_503_not_a_traceback(tmp_path):
    with TestClient(create_app(Settings(data=tmp_path / "empty", model="fake"))) as c:
        message = error_of(c.get("/health"), 503)
        assert re.search(r"ingest", message)
        error_of(c.get("/search", params={"q": "chips"}), 503)
        assert c.post("/tag", json={"text": "talent cultivation"}).status_code == 200


def test_settings_are_all_documented_in_readme():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"POLICYKB_{name.upper()}" in readme, name


def test_server_switches_to_a_new_build_and_keeps_the_old_one_when_a_build_fails(tmp_path, small_corpus,
                                                                                 monkeypatch):
    from index.build import build_index
    from index.embed import get_embedder
    from ingest.errors import PolicyKBError
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    data = tmp_path / "data"
    ingest([str(small_corpus[0])], data)
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), get_embedder("fake"))
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        assert c.get("/health").json()["documents"] == 1
        ingest([str(small_corpus[2])], data)  # Decree 746
        build_index(data, kb.documents(), kb.clauses(), get_embedder("fake"))
        assert c.get("/health").json()["documents"] == 2
        hits = c.get("/search", params={"q": "市场主体", "mode": "keyword"}).json()["results"]
        assert hits and "市场主体" in hits[0]["text"]

        class Broken:
            name, dim = "fake:ngram-256", 256

            def encode_passages(self, texts):
                raise RuntimeError("model crashed mid-build")

            encode_queries = encode_passages

        ingest([str(small_corpus[1])], data)
        with pytest.raises((RuntimeError, PolicyKBError)):
            build_index(data, kb.documents(), kb.clauses(), Broken())
        assert c.get("/health").json()["documents"] == 2
        assert c.get("/search", params={"q": "市场主体"}).status_code == 200

        # A generation that cannot be opened (its vectors are corrupt) is named by CURRENT: the
        # server keeps answering from the one it has, and does not retry the bad one per request.
        root = data / "index"
        good = current_generation(data)
        shutil.copytree(root / good, root / "gen-999999")
        (root / "gen-999999" / "vectors.faiss").write_bytes(b"not a faiss index")
        (root / "CURRENT").write_text("gen-999999\n")
        opened = []
        real_open = Index.open.__func__

        def counting_open(cls, *args, **kwargs):
            opened.append(1)
            return real_open(cls, *args, **kwargs)

        monkeypatch.setattr(Index, "open", classmethod(counting_open))
        for _ in range(3):
            health = c.get("/health")
            assert health.status_code == 200 and health.json()["generation"] == good
        assert len(opened) == 1
        (root / "CURRENT").write_text("garbage\n")
        assert c.get("/health").json()["generation"] == good


def _one_document_built(data, small_corpus):
    """Ingest the press article into DATA and index it (fake model); returns (ingest, a rebuild of DATA's
    index) for the test to change the knowledge base and build again as the CLI would."""
    from index.build import build_kb_index
    from index.embed import get_embedder
    from ingest.pipeline import ingest

    def build():
        build_kb_index(data, get_embedder("fake"))

    ingest([str(small_corpus[0])], data)
    build()
    return ingest, build


def test_server_follows_a_data_directory_removed_and_built_again(tmp_path, small_corpus):
    # a rebuild from scratch starts again at gen-000001: the server kept serving the deleted index
    data = tmp_path / "data"
    ingest, build = _one_document_built(data, small_corpus)
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        before = c.get("/health").json()
        shutil.rmtree(data)
        ingest([str(small_corpus[2])], data)  # Decree 746 alone
        build()
        after = c.get("/health").json()
        assert after["generation"] == before["generation"] == "gen-000001"
        assert after["documents"] == 1 and after["clauses"] != before["clauses"]
        hits = c.get("/search", params={"q": "市场主体", "mode": "keyword"}).json()["results"]
        assert hits and all("市场主体" in h["title"] for h in hits)


def test_health_says_when_the_knowledge_base_changed_after_the_index_was_built(tmp_path, small_corpus):
    data = tmp_path / "data"
    ingest, build = _one_document_built(data, small_corpus)
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        health = c.get("/health").json()
        assert health["kb_newer"] is False and "warning" not in health
        ingest([str(small_corpus[0])], data)  # read again, nothing changed: the kb stays as it was
        assert c.get("/health").json()["kb_newer"] is False
        ingest([str(small_corpus[2])], data)  # and no build: as after `ingest --no-index` or a killed one
        health = c.get("/health").json()
        assert health["kb_newer"] is True and "policykb index" in health["warning"]
        # a tool that only searches is told too, and the usual answer keeps its three keys
        assert "policykb index" in c.get("/search", params={"q": "市场主体"}).json()["warning"]
        # a link to a clause ingested but not yet indexed says so, not that the id does not exist
        from ingest.kb import KnowledgeBase

        new = next(x.clause_id for x in KnowledgeBase(data).clauses() if x.clause_id.startswith(
            next(d.doc_id for d in KnowledgeBase(data).documents() if "746" in d.doc_number)))
        assert "policykb index" in c.get(f"/clauses/{new}").json()["error"]["message"]
        assert "may be among those not indexed yet" in c.get(f"/clauses/{new}", headers={"accept": "text/html"}).text
        build()
        assert c.get("/health").json()["kb_newer"] is False
        assert set(c.get("/search", params={"q": "市场主体"}).json()) == {"query", "results", "took_ms"}


def test_malformed_glossary_is_one_clear_json_error(small_kb, tmp_path, monkeypatch):
    bad = tmp_path / "glossary.txt"
    bad.write_text("芯粒 chiplet\n", encoding="utf-8")
    monkeypatch.setenv("POLICYKB_GLOSSARY", str(bad))
    with TestClient(create_app(Settings(data=small_kb, model="fake")), raise_server_exceptions=False) as c:
        r = c.get("/search", params={"q": "芯粒"})
    body = r.json()
    assert r.status_code == 500 and body["error"]["type"] == "GlossaryError"
    assert "glossary.txt:1" in body["error"]["message"] and "Traceback" not in r.text


def test_search_hits_say_which_come_from_a_news_article(client):
    # a journalist checking a press claim against the source needs to tell the two apart
    hits = client.get("/search", params={"q": "computing power 40 exaflops", "k": 20}).json()["results"]
    kinds = {h["doc_id"]: h["doc_kind"] for h in hits}
    press = [h for h in hits if "exaflops" in h["text"]]
    assert press and all(h["doc_kind"] == "news" for h in press)
    assert any(kind != "news" for kind in kinds.values())
    assert client.get(f"/clauses/{press[0]['clause_id']}").json()["doc_kind"] == "news"


def test_search_and_tag_answers_fit_the_schemas_the_api_documents(client):
    # tools read the fields from /openapi.json: the 200 answers had no schema ({} for an object)
    from api.schemas import SearchOut, TagOut

    spec = client.get("/openapi.json").json()
    for method in ("get", "post"):
        ok = spec["paths"]["/search"][method]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": "#/components/schemas/SearchOut"}
    hit = spec["components"]["schemas"]["HitOut"]
    assert {"clause_id", "doc_id", "title", "text", "path", "tags", "targets", "score", "source_url",
            "lang"} <= set(hit["required"])
    found = client.get("/search", params={"q": "computing power 40 exaflops", "k": 5}).json()
    assert SearchOut.model_validate(found).results  # what the service answers fits what it documents
    tagged = client.post("/tag", json={"text": "到2025年，培育10家以上龙头企业。", "date": "2024-01-01"}).json()
    assert TagOut.model_validate(tagged).targets[0].year == 2025
    assert spec["paths"]["/tag"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/TagOut"}


def test_a_json_body_is_read_whatever_its_content_type_says(client):
    # curl -d sends application/x-www-form-urlencoded, some clients text/plain: a valid body was a 422
    wanted = client.post("/search", json={"q": "家庭医生", "k": 3}).json()["results"]
    for kind in ("application/x-www-form-urlencoded", "text/plain", None):
        headers = {"content-type": kind} if kind else {}
        r = client.post("/search", content='{"q": "家庭医生", "k": 3}'.encode(), headers=headers)
        assert r.status_code == 200, (kind, r.text)
        assert [h["clause_id"] for h in r.json()["results"]] == [h["clause_id"] for h in wanted]
        tagged = client.post("/tag", content=b'{"text": "computing power to surpass 40 exaflops by 2025"}',
                             headers=headers)
        assert tagged.status_code == 200 and tagged.json()["targets"][0]["year"] == 2025, (kind, tagged.text)
        # and a body that is not JSON is the 400 the README promises, whatever it says it is (it was a 422)
        for path in ("/search", "/tag"):
            assert "not valid JSON" in error_of(client.post(path, content=b"q=chips", headers=headers), 400)


@pytest.mark.parametrize("k", [True, False])
def test_search_k_takes_no_boolean(client, k):
    # {"k": true} was searched as k=1
    message = error_of(client.post("/search", json={"q": "training", "k": k}), 422)
    assert message.startswith("k: "), message
    assert client.post("/search", json={"q": "training", "k": 2}).status_code == 200


def test_targets_csv_has_the_source_and_restatements_the_json_has(client):
    rows = client.get("/targets").json()["targets"]
    r = client.get("/targets", params={"format": "csv"})
    header = r.content.decode("utf-8-sig").splitlines()[0].split(",")
    # the columns a spreadsheet already reads keep their places; the new ones come last
    assert header == ["doc_id", "clause_id", "metric", "value", "unit", "year", "comparator", "text", "title",
                      "doc_kind", "source_url", "restated_in", "expired", "value_std", "unit_std"]
    table = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    sources = {d["doc_id"]: d["source_url"] for d in client.get("/documents").json()["documents"]}
    assert all(row["source_url"] == sources[row["doc_id"]] != "" for row in rows)
    assert [t["source_url"] for t in table] == [row["source_url"] for row in rows]
    # the family-doctor plan states goals again in its table of indicators: those clauses are named
    restated = [(t["restated_in"], row.get("restated_in")) for t, row in zip(table, rows, strict=True)]
    assert any(row for _, row in restated)
    assert all(cell == "; ".join(row or []) for cell, row in restated)
    # a comparator "=" would open a formula in a spreadsheet: its cell says it as text, "'="
    assert {t["comparator"] for t, row in zip(table, rows, strict=True) if row["comparator"] == "="} <= {"'="}
    assert any(t["comparator"] == "'=" for t in table) and any(t["comparator"] == ">=" for t in table)


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_text():
    from api.render import csv_safe

    row = csv_safe({"text": "=HYPERLINK(\"http://x\")", "a": "+1 call", "b": "@SUM(A1)", "c": "-5", "d": "-1.5",
                    "e": "- item", "f": "≥ 80", "g": 3})
    assert row == {"text": "'=HYPERLINK(\"http://x\")", "a": "'+1 call", "b": "'@SUM(A1)", "c": "-5", "d": "-1.5",
                   "e": "'- item", "f": "≥ 80", "g": 3}


def test_hits_and_clauses_name_the_table_row_and_note_their_agencies_come_from(client):
    # README promised agencies.row: only the export had it
    hits = client.get("/search", params={"q": "有序扩大家庭医生来源", "k": 10}).json()["results"]
    measure = next(h for h in hits if h["text"].startswith("1.有序扩大家庭医生来源"))
    agencies = measure["agencies"]
    assert agencies["row"].endswith("-annex2-1") and agencies["note"].startswith("附件2 > 1: 牵头单位：各区政府")
    assert client.get(f"/clauses/{measure['clause_id']}").json()["agencies"] == agencies
    # a clause whose agencies came from no note has neither key
    plain = client.get("/search", params={"q": "chiplets", "k": 3}).json()["results"][0]["agencies"]
    assert plain == {"lead": [], "supporting": []}
    schema = client.get("/openapi.json").json()["components"]["schemas"]["AgenciesOut"]
    assert {"row", "note"} <= set(schema["properties"]) and not {"row", "note"} & set(schema.get("required", []))
    from api.schemas import HitOut

    assert HitOut.model_validate(measure).agencies.row == agencies["row"]


@pytest.mark.parametrize(
    "meta, today, expired",
    [
        ({"失效日期": "2024-10-15", "文件状态": "失效"}, "2025-06-01", "2024-10-15"),
        ({"失效日期": "2029-03-03", "文件状态": "有效"}, "2025-06-01", ""),  # in force until then
        ({"失效日期": "2029-03-03", "文件状态": "有效"}, "2029-03-03", ""),  # its last day in force
        ({"失效日期": "2029-03-03", "文件状态": "有效"}, "2029-03-04", "2029-03-03"),  # the page read before it lapsed
        ({"文件状态": "失效"}, "2025-06-01", "失效"),  # ended, the day not given
        ({"文件状态": "已废止", "失效日期": ""}, "2025-06-01", "已废止"),
        ({"文件状态": "失效", "失效日期": "2030-01-01"}, "2025-06-01", "失效"),  # the status is the newer word
        ({"文件状态": "部分失效"}, "2025-06-01", ""),  # in part: the document still stands
        ({}, "2025-06-01", ""),
        (None, "2025-06-01", ""),
    ],
)
def test_expired_says_when_a_document_ceased_to_be_in_force(monkeypatch, meta, today, expired):
    import datetime

    from api import in_force

    monkeypatch.setattr(in_force, "today", lambda: datetime.date.fromisoformat(today))
    assert in_force.expired(meta) == expired


EXPIRING = ["zh/gz-rsj-2019-6-employment-internship-bases.html", "zh/gz-zjj-2024-5-household-housing-security.html"]


def expiring_kb(data: Path, shared_corpus: Path) -> Path:
    """DATA with the internship-base rules (穗人社规字〔2019〕6号, 失效 since 2024-10-15) and the housing rules
    (穗建规字〔2024〕5号, in force until 2029-03-03), indexed with the fake embedder."""
    from index.build import build_kb_index
    from index.embed import get_embedder
    from ingest.pipeline import ingest

    ingest([str(shared_corpus / p) for p in EXPIRING], data)
    build_kb_index(data, get_embedder("fake"))
    return data


@pytest.fixture(scope="module")
def expiring(tmp_path_factory, shared_corpus):
    data = expiring_kb(tmp_path_factory.mktemp("expiring") / "data", shared_corpus)
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        yield c


def test_an_expired_regulation_is_not_shown_as_if_in_force(expiring, monkeypatch):
    import datetime

    from api import in_force

    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2025, 6, 1))
    hits = expiring.get("/search", params={"q": "就业见习基地 住房保障", "k": 20}).json()["results"]
    by_doc = {}
    for h in hits:
        by_doc.setdefault(h["title"], set()).add(h["expired"])
    internship = next(t for t in by_doc if "就业见习基地管理办法" in t)
    housing = next(t for t in by_doc if "住房保障" in t)
    assert by_doc[internship] == {"2024-10-15"}
    assert by_doc[housing] == {""}  # 失效日期 2029-03-03: in force until then
    internship = next(h for h in hits if h["title"] == internship)
    assert expiring.get(f"/clauses/{internship['clause_id']}").json()["expired"] == "2024-10-15"
    posted = expiring.post("/search", json={"q": "就业见习基地 住房保障", "k": 20}).json()
    assert set(posted) == {"query", "results", "took_ms"}  # the answer keeps its keys; the hits gain one
    # the day a 失效日期 is judged on is today's: once it has passed, the housing rules are no longer in force
    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2029, 3, 4))
    later = expiring.get("/search", params={"q": "住房保障", "k": 5}).json()["results"]
    assert later and all(h["expired"] == "2029-03-03" for h in later if h["title"] == housing)


def test_in_force_leaves_out_the_documents_no_longer_in_force(expiring, monkeypatch):
    # an analyst asking what applies now got the lapsed internship-base rules' clauses first, marked but there
    import datetime

    from api import in_force

    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2025, 6, 1))
    q = {"q": "就业见习基地 住房保障", "k": 20}
    every = expiring.get("/search", params=q).json()["results"]
    assert {h["expired"] for h in every} == {"2024-10-15", ""}
    for answer in (expiring.get("/search", params={**q, "in_force": "true"}),
                   expiring.post("/search", json={**q, "in_force": True})):
        hits = answer.json()["results"]
        assert hits and {h["expired"] for h in hits} == {""}
        assert set(answer.json()) == {"query", "results", "took_ms"}
    # of the documents asked for: the lapsed one alone leaves nothing, not every document
    lapsed = {**q, "doc": "e091cfa4469d"}
    assert expiring.get("/search", params=lapsed).json()["results"]
    assert expiring.get("/search", params={**lapsed, "in_force": "true"}).json()["results"] == []
    # judged on today's date, as `expired` is: once the housing rules lapse too, nothing is left
    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2029, 3, 4))
    assert expiring.get("/search", params={**q, "in_force": "true"}).json()["results"] == []
    assert expiring.get("/search", params={**q, "in_force": "false"}).json()["results"]


def test_documents_say_when_a_document_ceased_to_be_in_force(expiring, monkeypatch):
    # hits and /clauses said `expired`; /documents and /documents/{doc_id} did not
    import datetime

    from api import in_force

    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2025, 6, 1))
    docs = {d["doc_id"]: d for d in expiring.get("/documents").json()["documents"]}
    assert docs["e091cfa4469d"]["expired"] == "2024-10-15"
    assert {d["expired"] for i, d in docs.items() if i != "e091cfa4469d"} == {""}  # in force until 2029-03-03
    assert expiring.get("/documents/e091cfa4469d").json()["expired"] == "2024-10-15"


# what ingest puts in a document's meta when its public URL, fetched before, now answers 404 or 410
GONE = {"status": 404, "checked": "2025-06-01", "fetched": "2024-11-20"}
FAMILY = "zh/gz-wjw-gkmlpt-2023-1930-family-doctors.html"


def gone_kb(data: Path, shared_corpus: Path) -> Path:
    """DATA with the family-doctor plan, whose public source answered 404 (meta.source_gone = GONE), and the
    press article, whose meta says nothing of it, indexed with the fake embedder."""
    from index.build import build_index
    from index.embed import get_embedder
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    ingest([str(shared_corpus / FAMILY), str(shared_corpus / "press/ceo-insights-asia-2024-06-10-guangdong-ai-"
                                                                "initiatives.txt")], data)
    kb = KnowledgeBase(data)
    docs = kb.documents()
    for doc in docs:
        if "1930" in doc.doc_number:
            doc.meta["source_gone"] = dict(GONE)
    build_index(data, docs, kb.clauses(), get_embedder("fake"))
    return data


@pytest.fixture(scope="module")
def gone(tmp_path_factory, shared_corpus):
    data = gone_kb(tmp_path_factory.mktemp("gone") / "data", shared_corpus)
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        yield c


def test_clauses_and_documents_say_when_the_public_source_is_gone(gone):
    docs = {d["doc_kind"]: d for d in gone.get("/documents").json()["documents"]}
    plan, press = docs["notice"], docs["news"]
    assert plan["source_gone"] == GONE and press["source_gone"] is None
    assert gone.get(f"/documents/{plan['doc_id']}").json()["source_gone"] == GONE
    assert gone.get(f"/documents/{press['doc_id']}").json()["source_gone"] is None
    for doc, said in ((plan, GONE), (press, None)):
        clause = gone.get(f"/documents/{doc['doc_id']}").json()["clauses"][0]["clause_id"]
        assert gone.get(f"/clauses/{clause}").json()["source_gone"] == said


@pytest.mark.parametrize(
    "meta, said",
    [
        ({"source_gone": {"status": 410, "checked": "2025-06-01", "fetched": "2024-11-20"}},
         {"status": 410, "checked": "2025-06-01", "fetched": "2024-11-20"}),
        # a meta of strings only may carry it as JSON
        ({"source_gone": '{"status": "404", "checked": "2025-06-01", "fetched": "2024-11-20"}'}, GONE),
        ({"source_gone": {"checked": "2025-06-01"}}, None),  # no status: nothing to say
        ({"source_gone": "yes"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_source_gone_reads_the_mark_ingest_leaves(meta, said):
    from api.source_gone import source_gone

    assert source_gone(meta) == said


def fits(model, data) -> bool:
    """data validates against model and the model holds every field of it, at every depth: it describes the
    answer, not a part of it."""
    return model.model_validate(data).model_dump(mode="json", exclude_unset=True) == data


def test_every_answer_fits_the_model_the_openapi_names(client, gone):
    # /targets, /tags, /agencies, /documents, /documents/{doc_id} and /health were documented as a free-form object
    from api import schemas

    spec = client.get("/openapi.json").json()
    plan = next(d for d in gone.get("/documents").json()["documents"] if d["source_gone"])["doc_id"]
    family = next(d for d in client.get("/documents").json()["documents"] if "1930" in d["doc_number"])["doc_id"]
    for path, url, model, answers in (
            ("/targets", "/targets", schemas.TargetsOut, [client]),
            ("/tags", "/tags", schemas.TagsOut, [client]),
            ("/agencies", "/agencies", schemas.AgencyListOut, [client]),
            ("/documents", "/documents", schemas.DocumentsOut, [client, gone]),
            ("/documents/{doc_id}", f"/documents/{family}", schemas.DocumentWithClausesOut, [client]),
            ("/documents/{doc_id}", f"/documents/{plan}", schemas.DocumentWithClausesOut, [gone]),
            ("/health", "/health", schemas.HealthOut, [client])):
        ok = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": f"#/components/schemas/{model.__name__}"}, path
        for c in answers:
            body = c.get(url).json()
            assert fits(model, body), url
    rows = client.get("/targets").json()["targets"]
    assert any(row.get("restated_in") for row in rows) and any("restated_in" not in row for row in rows)
    assert "text/csv" in spec["paths"]["/targets"]["get"]["responses"]["200"]["content"]


def test_targets_say_when_their_document_ceased_to_be_in_force(client, monkeypatch):
    # hits, /clauses and /documents said `expired`; /targets and its CSV did not
    from api import in_force

    family = next(d for d in client.get("/documents").json()["documents"] if "1930" in d["doc_number"])["doc_id"]
    rows = client.get("/targets").json()["targets"]
    assert rows and all(row["expired"] == "" for row in rows)
    monkeypatch.setattr(in_force, "expired_in", lambda store, doc: "2024-10-15" if doc == family else "")
    rows = client.get("/targets").json()["targets"]
    assert {r["expired"] for r in rows if r["doc_id"] == family} == {"2024-10-15"}
    assert {r["expired"] for r in rows if r["doc_id"] != family} == {""}
    answer = client.get("/targets", params={"format": "csv"}).content.decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(answer)))
    assert list(table[0])[-3] == "expired" and [t["expired"] for t in table] == [r["expired"] for r in rows]


def test_a_clause_answer_fits_the_model_the_openapi_names(client, gone):
    # GET /clauses/{clause_id}'s JSON was documented as an empty schema
    from api import schemas

    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/clauses/{clause_id}"]["get"]["responses"]["200"]["content"]
    assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ClauseOut"}
    assert "text/html" in content
    props = spec["components"]["schemas"]["ClauseOut"]["properties"]
    assert {"document", "history", "cited", "source_gone", "expired", "version"} <= set(props)
    for c in (client, gone):
        hit = c.get("/search", params={"q": "家庭医生", "k": 1}).json()["results"][0]
        url = f"/clauses/{hit['clause_id']}"
        for params in ({}, {"v": hit["version"]}, {"v": "deadbeef00"}):
            body = c.get(url, params=params).json()
            assert fits(schemas.ClauseOut, body), (url, params)
    assert schemas.ClauseOut.model_validate(gone.get(url).json()).source_gone is not None


def test_every_route_documents_the_statuses_it_answers(client):
    # /search answers 404 for an unknown document in its doc filter, which its schema did not say
    spec = client.get("/openapi.json").json()["paths"]
    assert client.get("/search", params={"q": "chips", "doc": "nope"}).status_code == 404
    assert client.post("/search", json={"q": "chips", "doc": "nope"}).status_code == 404
    for method in ("get", "post"):
        assert {"200", "404", "422", "503"} <= set(spec["/search"][method]["responses"]), method
    for path in ("/clauses/{clause_id}", "/documents/{doc_id}", "/tags", "/agencies", "/targets"):
        assert {"200", "404", "422", "503"} <= set(spec[path]["get"]["responses"]), path


@pytest.mark.parametrize("name, values", [
    ("q", ["chips", "talent"]), ("k", ["1", "2"]), ("lang", ["zh", "en"]), ("mode", ["keyword", "semantic"]),
    ("issuer", ["State", "广州"]), ("agency", ["市卫生健康委", "市医保局"]), ("date_from", ["2020", "2021"]),
    ("date_to", ["2024", "2025"]), ("group", ["true", "false"]), ("in_force", ["true", "false"])])
def test_search_refuses_a_single_valued_parameter_given_twice(client, name, values):
    # /search?q=x&q=y searched the last silently
    params = [("q", "chips")] * (name != "q") + [(name, v) for v in values]
    message = error_of(client.get("/search", params=params), 422)
    assert repr(name) in message and "more than once" in message, message


def test_a_repeated_list_parameter_is_still_several_values(client):
    r = client.get("/search", params=[("q", "doctors"), ("tag", "sectors/healthcare"), ("tag", "talent")])
    assert r.status_code == 200, r.text
    assert "'year' given more than once" in error_of(client.get("/targets", params=[("year", 1), ("year", 2)]), 422)
    assert "'format'" in error_of(client.get("/clauses/x", params=[("format", "json"), ("format", "html")]), 422)


def test_an_order_another_document_calls_revoked_is_not_shown_as_if_in_force(tmp_path, shared_corpus):
    # EO 14110 was presented as in force though the corpus's order of 2025-01-23 speaks of "the revoked
    # Executive Order 14110 of October 30, 2023"
    from index.build import build_kb_index
    from index.embed import get_embedder
    from ingest.pipeline import ingest

    us = shared_corpus / "en" / "us"
    data = tmp_path / "data"
    ingest([str(us / "us-eo-14110-ai-2023-10-30.md"),
            str(us / "2025-01-23-removing-barriers-to-american-leadership-in-artificial-intelligence.md")], data)
    build_kb_index(data, get_embedder("fake"))
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        hits = c.get("/search", params={"q": "dual-use foundation models reporting", "k": 20}).json()["results"]
        revoked = {h["expired"] for h in hits if h["title"].startswith("Executive Order on the Safe")}
        assert revoked == {"revoked"}
        assert {h["expired"] for h in hits if h["title"].startswith("Removing Barriers")} <= {""}
        cid = next(h["clause_id"] for h in hits if h["expired"] == "revoked")
        page = c.get(f"/clauses/{cid}", headers={"accept": "text/html"}).text
        assert "calls it revoked" in page and "Removing Barriers to American Leadership" in page
        assert "the revoked Executive Order 14110 of October 30, 2023" in page
        doc = next(d for d in c.get("/documents").json()["documents"] if d["expired"] == "revoked")
        assert doc["title"].startswith("Executive Order on the Safe")
        # who leads what applies now: the revoked order's offices only without in_force
        every = {a["name"] for a in c.get("/agencies").json()["agencies"]}
        now = {a["name"] for a in c.get("/agencies", params={"in_force": "true"}).json()["agencies"]}
        assert now < every and "Director of the Office of Personnel Management (OPM)" in every - now
        assert c.get("/agencies", params={"in_force": "true", "doc": doc["doc_id"]}).json()["agencies"] == []
        targets = c.get("/targets").json()["targets"]
        assert any(t["expired"] == "revoked" for t in targets)
        now = c.get("/targets", params={"in_force": "true"}).json()["targets"]
        assert now == [t for t in targets if not t["expired"]]  # the revoked order's goals left out


def test_known_issuers_part_english_joint_issuers_at_semicolons():
    # an English joint issuer is joined with "; " (names hold commas): each ministry is suggested on its own
    from api.params import known_issuers

    class Rows:
        def fetch(self, sql):
            return [("Ministry of Industry and Information Technology; Ministry of Finance",),
                    ("广州市民政局、广州市财政局",), ("Department of Enterprise, Trade and Employment",)]

    assert known_issuers(Rows()) == ("Department of Enterprise, Trade and Employment", "Ministry of Finance",
                                     "Ministry of Industry and Information Technology", "广州市民政局", "广州市财政局")


def test_targets_give_a_standard_reading_beside_the_unit_as_written(client):
    # testers, three rounds: /targets kept "billion yuan", "亿元", "PFLOPS" as written, so goals of different
    # documents could not be compared or sorted; value and unit stay as written (tools read them)
    rows = client.get("/targets").json()["targets"]
    assert all(set(row) - {"restated_in"} == {
        "value", "unit", "year", "metric", "text", "comparator", "start", "end", "clause_id", "doc_id", "clause_text",
        "title", "doc_kind", "source_url", "expired", "value_std", "unit_std"} for row in rows)
    yuan = next(row for row in rows if row["unit"] == "billion yuan" and row["value"] == 300)
    assert (yuan["value_std"], yuan["unit_std"]) == (3e11, "CNY")
    assert all(row["unit_std"] == "%" and row["value_std"] == row["value"] for row in rows if row["unit"] == "%")
    assert any(row["unit"] == "名" and row["unit_std"] == "名" for row in rows)
    assert all(row["value_std"] is row["unit_std"] is None for row in rows if row["unit"] in ("sites", ""))
    # the unit filter takes the standard unit or the unit as written
    cny = client.get("/targets", params={"unit": "CNY"}).json()["targets"]
    assert [r["clause_id"] for r in cny] == [r["clause_id"] for r in rows if r["unit_std"] == "CNY"] != []
    assert client.get("/targets", params={"unit": "billion yuan"}).json()["targets"] == cny
    assert client.get("/targets", params={"unit": "furlongs"}).json()["targets"] == []
    # the CSV: two columns after those read before, empty where there is no reading
    r = client.get("/targets", params={"format": "csv"})
    table = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert list(table[0])[-2:] == ["value_std", "unit_std"]
    assert [(t["unit_std"], t["value_std"]) for t in table] == [
        (row["unit_std"] or "", "" if row["value_std"] is None else str(row["value_std"])) for row in rows]
    # search hits, a clause and POST /tag read the same way
    clause = client.get(f"/clauses/{yuan['clause_id']}", params={"format": "json"}).json()
    yuans = {(t["value_std"], t["unit_std"]) for t in clause["targets"] if t["unit"] == "billion yuan"}
    assert (3e11, "CNY") in yuans
    hits = client.get("/search", params={"q": "300 billion yuan", "k": 10}).json()["results"]
    assert any(t.get("unit_std") == "CNY" for h in hits for t in h["targets"])
    tagged = client.post("/tag", json={"text": "到2027年，智能算力规模达到5000PFLOPS以上。"}).json()["targets"]
    assert [(t["value"], t["unit"], t["value_std"], t["unit_std"]) for t in tagged] == [
        (5000, "PFLOPS", 5, "EFLOPS")]
    # a Taiwan bill's 億元 is the New Taiwan dollar's, not the yuan's
    tagged = client.post("/tag", json={"text": "到2030年，政府將投入新臺幣1,000億元以上。"}).json()["targets"]
    assert [(t["unit"], t["unit_std"]) for t in tagged] == [("亿元", None)]
