"""Agency notes: lead and supporting agencies, names normalised, 和 split only between names."""

import pytest

from ingest.agencies import normalize_agency, parse_agency_note


@pytest.mark.parametrize(("name", "canonical"), [
    ("省工信厅", "省工业和信息化厅"),
    ("省工业和信息化厅", "省工业和信息化厅"),
    ("省发改委", "省发展改革委"),
    ("省发展改革委", "省发展改革委"),
    (" 市人社局等 ", "市人力资源社会保障局"),
    ("省人力资源和社会保障厅", "省人力资源社会保障厅"),
    ("市卫健委，", "市卫生健康委"),
])
def test_normalize_agency_expands_abbreviations_and_keeps_level(name, canonical):
    assert normalize_agency(name) == canonical


def test_parse_agency_note_lead_and_supporting():
    a = parse_agency_note("（省发展改革委、省工信厅牵头，省科技厅、省财政厅配合）")
    assert a.lead == ["省发展改革委", "省工业和信息化厅"]
    assert a.supporting == ["省科技厅", "省财政厅"]
    assert a.note.startswith("（省发展改革委")


def test_parse_agency_note_role_by_duty_is_supporting():
    a = parse_agency_note("（省工业和信息化厅牵头，省人力资源和社会保障厅、省教育厅等按职责分工负责）")
    assert a.lead == ["省工业和信息化厅"]
    assert a.supporting == ["省人力资源社会保障厅", "省教育厅"]


def test_parse_agency_note_labelled_units():
    a = parse_agency_note("责任单位：市卫生健康委；配合单位：市医保局、市财政局")
    assert a.lead == ["市卫生健康委"] and a.supporting == ["市医保局", "市财政局"]


def test_parse_agency_note_splits_he_only_between_names():
    assert parse_agency_note("（省科技厅和省财政厅负责）").lead == ["省科技厅", "省财政厅"]
    assert parse_agency_note("（省人力资源和社会保障厅负责）").lead == ["省人力资源社会保障厅"]


def test_parse_agency_note_participation_and_ascii_punctuation():
    a = parse_agency_note("(省发改委 牵头, 省人社厅参与)")
    assert a.lead == ["省发展改革委"] and a.supporting == ["省人力资源社会保障厅"]


def test_parse_agency_note_empty_note_is_falsy():
    assert not parse_agency_note("")
