"""The bilingual glossary: its format, its checks, matching terms in queries, and expansion."""

from __future__ import annotations

import pytest

from index.glossary import DEFAULT_PATH, load_glossary, parse_glossary
from ingest.errors import GlossaryError

SAMPLE = """\
# a comment, and a blank line

芯粒 = chiplet
公共租赁住房 | 公租房 = public rental housing | public housing for rent
住房 = housing
家庭医生 = family doctor
培养 = train | cultivate
EDA | 电子设计自动化 = electronic design automation
"""


@pytest.fixture
def glossary():
    return parse_glossary(SAMPLE)


def test_parse_glossary_reads_entries_with_their_lines(glossary):
    assert len(glossary) == 6
    first = glossary.entries[0]
    assert (first.zh, first.en, first.line) == (("芯粒",), ("chiplet",), 3)


@pytest.mark.parametrize("line, message", [
    ("芯粒 chiplet", "expected"),
    ("芯粒 = ", "both sides"),
    (" | = chiplet", "both sides"),
    ("chiplet = chiplet", "left side holds the Chinese"),
    ("芯粒 = 芯粒", "Chinese on the English side"),
])
def test_parse_glossary_names_the_malformed_line(line, message):
    with pytest.raises(GlossaryError, match=rf"my.txt:2: .*{message}"):
        parse_glossary("芯粒 = chiplet\n" + line, "my.txt")


def test_expand_english_query_gets_chinese_terms_despite_plurals_and_case(glossary):
    assert glossary.expand("Measures on CHIPLETS") == ["芯粒"]
    assert glossary.expand("how many family doctors were trained") == ["家庭医生", "培养", "cultivate"]


def test_expand_chinese_query_gets_english_terms_and_synonyms(glossary):
    assert glossary.expand("公租房申请条件") == ["公共租赁住房", "public rental housing", "public housing for rent"]


def test_expand_prefers_the_longest_term_where_two_overlap(glossary):
    # 公共租赁住房 contains 住房: only the longer entry applies
    assert "housing" not in glossary.expand("公共租赁住房管理办法")
    assert glossary.expand("住房保障") == ["housing"]
    # "public rental housing" holds "housing": the three-word term wins
    assert "住房" not in glossary.expand("public rental housing rules")


def test_expand_matches_whole_words_only(glossary):
    assert glossary.expand("chiplets") == ["芯粒"]
    assert glossary.expand("chipletsmith traineeship") == []


def test_expand_lets_a_determiner_stand_inside_a_term(glossary):
    assert glossary.expand("their family doctor")[0] == "家庭医生"
    assert glossary.expand("housing for their public rental")[:1] == ["住房"]  # word order still counts
    assert parse_glossary("歇业 = suspend business\n").expand("suspend its business") == ["歇业", "suspend business"]


def test_expand_latin_term_on_the_chinese_side(glossary):
    assert glossary.expand("EDA tools") == ["电子设计自动化", "electronic design automation"]


def test_expand_leaves_out_what_the_query_already_says(glossary):
    assert glossary.expand("芯粒 chiplet") == []


def test_shipped_glossary_loads_and_covers_both_languages():
    shipped = load_glossary(DEFAULT_PATH)
    assert len(shipped) > 200
    assert "chiplet" in shipped.expand("芯粒")
    assert "市场主体" in shipped.expand("market entities")
    # a word as common as "support" says nothing: "which measures support chiplets?" is about chiplets
    assert shipped.expand("which measures support chiplets?") == ["芯粒"]
    assert "配合单位" in shipped.expand("the supporting agency")
    # terms an outside tester looked for across languages and missed
    assert "学徒制" in shipped.expand("apprenticeship schemes") and "超级工厂" in shipped.expand("AI gigafactories")
    assert "apprenticeship" in shipped.expand("新型学徒制")


def test_load_glossary_from_environment_and_off_when_empty(tmp_path, monkeypatch):
    path = tmp_path / "g.txt"
    path.write_text("芯粒 = chiplet\n", encoding="utf-8")
    monkeypatch.setenv("POLICYKB_GLOSSARY", str(path))
    assert load_glossary().expand("芯粒") == ["chiplet"]
    monkeypatch.setenv("POLICYKB_GLOSSARY", "")
    assert len(load_glossary()) == 0
    monkeypatch.setenv("POLICYKB_GLOSSARY", str(tmp_path / "missing.txt"))
    with pytest.raises(GlossaryError, match="cannot read glossary"):
        load_glossary()


def test_expand_reads_ai_inside_chinese_as_rengongzhineng():
    g = parse_glossary("人工智能素养 = AI literacy\n人工智能数据中心 = AI data center\n")
    assert g.expand("企业要对员工进行AI素养培训吗") == ["人工智能素养", "AI literacy"]
    assert g.expand("美国 AI 数据中心") == ["人工智能数据中心", "AI data center"]
    # only "AI" as a word of its own beside Chinese; not inside a Latin word, not in English
    assert g.expand("OpenAI素养") == []
    assert g.expand("AIGC素养") == []
    assert g.expand("the AI literacy rules") == ["人工智能素养"]


def test_expand_leaves_out_a_term_the_index_reads_as_another_entrys():
    # 人工智能+ ("AI+") is 人工智能 to the keyword index ("+" is no token): as an equivalent of "AI-enabled"
    # it would find every clause naming AI in passing; it still carries a query that says it
    g = parse_glossary("人工智能 = artificial intelligence\n人工智能+ | 人工智能赋能 = AI-enabled | AI empowering\n")
    assert g.expand("AI-enabled systems") == ["人工智能赋能", "AI empowering"]
    assert g.expand("人工智能+行动") == ["人工智能赋能", "AI-enabled", "AI empowering"]
    assert g.expand("artificial intelligence") == ["人工智能"]


def test_shipped_glossary_expands_ai_enabled_without_plain_ai():
    assert "人工智能+" not in load_glossary().expand("AI-enabled systems")


def test_the_places_section_marks_its_entries_as_places_up_to_the_next_section():
    glossary = parse_glossary("# --- compute ---\n算力券 = compute voucher\n"
                              "# --- places: cities and countries ---\n东莞 = Dongguan\n\n日本 = Japan\n"
                              "# --- government ---\n财政局 = finance bureau\n")
    assert [(e.zh[0], e.place) for e in glossary.entries] == [
        ("算力券", False), ("东莞", True), ("日本", True), ("财政局", False)]


def test_the_shipped_glossary_lists_cities_and_countries_as_places_and_departments_not():
    entries = {e.zh[0]: e.place for e in load_glossary(DEFAULT_PATH).entries}
    assert entries["东莞"] and entries["湖北"] and entries["广州市"] and entries["日本"]
    assert not entries["财政局"] and not entries["算力券"] and not entries["经济特区"] and not entries["欧盟"]


def test_the_shipped_glossary_carries_intelligent_computing_capacity_to_its_chinese():
    assert "智能算力" in load_glossary(DEFAULT_PATH).expand("Hefei intelligent computing capacity target 2027")


def test_a_names_apostrophe_keeps_it_one_word():
    # "Xi'an" was "xi" and "an", and "an" a determiner: any "(xi)" item number named the city
    xian = parse_glossary("西安 = Xi'an | Xian\n")
    assert xian.expand("Xi'an compute vouchers")[:1] == ["西安"]
    assert xian.expand("Article 3 (xi) an exception") == []
    # a clitic's apostrophe still splits: "China's" names China
    assert parse_glossary("中国 = China\n").expand("China's compute plan") == ["中国"]
