"""Tests for ingest.charset: BOM, header, <meta>, detection, GB2312 read as GB18030."""

import codecs

import pytest

from ingest.charset import codec_name, decode

# 镕 and 祎 are in GBK but not in GB2312; pages labelled gb2312 use them all the same.
GBK_TEXT = "国务院总理朱镕基、董祎出席会议。推动人工智能赋能千行百业，加快建设制造强省。"


def test_decode_gb2312_header_reads_gbk_only_characters():
    raw = GBK_TEXT.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("gb2312")  # the label alone would fail on 镕
    text, encoding = decode(raw, "text/html; charset=GB2312")
    assert text == GBK_TEXT
    assert encoding == "gb18030"


def test_decode_meta_charset_used_without_header():
    html = f'<html><head><meta charset="gb2312"><title>t</title></head><body>{GBK_TEXT}</body></html>'
    text, encoding = decode(html.encode("gbk"))
    assert "朱镕基" in text and "董祎" in text
    assert encoding == "gb18030"


def test_decode_meta_http_equiv_content_type():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB_2312-80">'
        f"</head><body>{GBK_TEXT}</body></html>"
    )
    text, encoding = decode(html.encode("gbk"), "text/html")
    assert "朱镕基" in text
    assert encoding == "gb18030"


def test_decode_bom_wins_over_header_and_meta():
    body = '<meta charset="gbk"><p>中文 UTF-8 页面</p>'
    text, encoding = decode(codecs.BOM_UTF8 + body.encode("utf-8"), "text/html; charset=gbk")
    assert text == body
    assert encoding == "utf-8"


def test_decode_utf16_bom():
    text, encoding = decode(codecs.BOM_UTF16_LE + "政策文件".encode("utf-16-le"))
    assert text == "政策文件"
    assert encoding == "utf-16-le"


def test_decode_wrong_header_falls_through_to_meta():
    html = f'<html><head><meta charset="gbk"></head><body>{GBK_TEXT}</body></html>'
    text, encoding = decode(html.encode("gbk"), "text/html; charset=utf-8")
    assert GBK_TEXT in text
    assert encoding == "gb18030"


def test_decode_detects_undeclared_chinese():
    raw = (GBK_TEXT * 20).encode("gb18030")
    text, _ = decode(raw, "text/html")
    assert text == GBK_TEXT * 20


def test_decode_undeclared_latin1_french_reads_as_windows_1252():
    # Detection alone picks ISO-8859-14 for this file and reads its degree sign as a dotted F ("nḞ").
    text = "Décret n° 2024-123 relatif à l'intelligence artificielle\n\nArticle 1er. Le ministre chargé du numérique"
    decoded, encoding = decode(text.encode("latin-1"))
    assert decoded == text
    assert encoding == "cp1252"


@pytest.mark.parametrize("raw", [
    # detection alone picks a DOS code page for these: "Ministerĺs … Ç20 million ľ a ômajorö step."
    b"Minister\x92s statement: we will invest \x8020 million \x96 a \x93major\x94 step.",
    b"AI \x96 Here for Good: National Artificial Intelligence Strategy for Ireland\n\nIreland\x92s digital "
    b"economy accounts for an estimated \x8048 billion. Prof. S\xe9amus \xd3 Riain chairs the Council.",
])
def test_decode_undeclared_windows_1252_curly_quotes_dashes_and_euro(raw):
    assert decode(raw) == (raw.decode("cp1252"), "cp1252")


def test_decode_undeclared_polish_keeps_its_own_code_page():
    text = "Zażółć gęślą jaźń. Ustawa o sztucznej inteligencji, która wchodzi w życie po upływie 14 dni."
    assert decode(text.encode("cp1250")) == (text, "cp1250")


def test_decode_undeclared_russian_keeps_its_own_code_page():
    text = "Закон об искусственном интеллекте вступает в силу через десять дней после опубликования."
    assert decode(text.encode("cp1251")) == (text, "cp1251")


def test_decode_unknown_label_is_ignored():
    text, encoding = decode(b"plain ascii text", "text/plain; charset=x-no-such-charset")
    assert text == "plain ascii text"
    assert encoding in ("ascii", "utf-8")


def test_decode_empty_and_undecodable_never_raise():
    assert decode(b"") == ("", "utf-8")
    text, encoding = decode(bytes(range(256)) * 4, "text/html; charset=utf-8")
    assert isinstance(text, str) and text
    assert encoding


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("GB2312", "gb18030"),
        ("gbk", "gb18030"),
        ("x-gbk", "gb18030"),
        ("cp936", "gb18030"),
        ("EUC-CN", "gb18030"),
        ("UTF8", "utf-8"),
        ("iso-8859-1", "cp1252"),
        ("utf-16", "utf-8"),
        ("big5", "big5"),
        ("nonsense", None),
    ],
)
def test_codec_name_maps_labels(label, name):
    assert codec_name(label) == name
