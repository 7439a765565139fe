"""Traditional Chinese read through a simplified copy with the original's offsets."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.simplified import AsWritten, reading_copy, to_simplified
from ingest.types import Block, Document


def test_to_simplified_reads_traditional_characters_as_simplified():
    assert to_simplified("於2027年前培訓不少於10,000名專業人員（負責部門：創新科技署、教育局）") == \
        "于2027年前培训不少于10,000名专业人员（负责部门：创新科技署、教育局）"
    assert to_simplified("第三代半導體中試線，第十條") == "第三代半导体中试线，第十条"


def test_to_simplified_leaves_simplified_and_english_text_as_it_is():
    text = "到2025年，全省智能算力规模超过40EFLOPS。Article 5(1)(e) of Regulation (EU) 2024/1689"
    assert to_simplified(text) == text


@given(st.text())
def test_to_simplified_keeps_the_length_so_offsets_are_the_originals(text):
    assert len(to_simplified(text)) == len(text)


def test_reading_copy_is_the_document_itself_when_nothing_is_traditional():
    doc = Document("d", "广州市家庭医生签约服务工作方案", "zh", [Block("一、工作目标", "heading", 2), Block("正文")])
    assert reading_copy(doc) is doc
    hk = Document("hk", "香港推動人工智能發展的重點措施", "zh", [Block("一、加強算力基礎設施", "heading", 2)],
                  issuer="創新科技及工業局")
    copy = reading_copy(hk)
    assert (copy.title, copy.issuer, copy.blocks[0].text) == ("香港推动人工智能发展的重点措施", "创新科技及工业局",
                                                              "一、加强算力基础设施")
    assert copy.blocks[0].kind == "heading" and hk.blocks[0].text == "一、加強算力基礎設施"  # the original stays


def test_as_written_gives_the_original_characters_of_a_piece_of_the_copy():
    original = "一、加強算力\n（一）建設中試線。\n二、培育人才"
    written = AsWritten(to_simplified(original), original)
    assert written("建设中试线") == "建設中試線"
    assert written("一、加强算力", before=len(original)) == "一、加強算力"
    assert written("专栏1") == "专栏1"  # a label the text does not hold stays as read


def test_a_targets_metric_put_together_from_words_apart_keeps_the_traditional_characters():
    # 培訓10,000名人工智能專才: the metric is the verb and its object, a string the text does not hold whole;
    # it was given in simplified characters while the span beside it kept the original's
    from ingest.tag import tag_text

    (t,) = tag_text("政府會在未來五年培訓10,000名人工智能專才。", date="2025-10-20").targets
    assert (t.metric, t.text) == ("培訓人工智能專才", "培訓10,000名")
