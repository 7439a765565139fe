"""A notice signed by the body its title names has that body as issuer, over a page's 发布机构 (the publisher)."""

from ingest.parse import parse

PAGE = ("<html><head><title>{title}</title></head><body><table class='xxgk-info'>"
        "<tr><td>索 引 号：</td><td>BJDX-XZ-2026-0023</td><td>发布机构：</td><td>学校办公室</td></tr>"
        "<tr><td>文　　号：</td><td>滨大发〔2026〕23号</td><td>发布日期：</td><td>2026-04-22</td></tr></table>"
        "<div class='article'><h1 class='title'>{title}</h1><div class='content'>"
        "<p>各学院（部）、各部门、各直属单位：</p>"
        "<p>《滨江大学人工智能学科建设行动方案（2026—2030年）》已经校长办公会审议通过，现印发给你们，请认真贯彻落实。</p>"
        "<p style='text-align:right;'>{signer}</p><p style='text-align:right;'>2026年4月21日</p>"
        "<p style='text-align:center;'><strong>滨江大学人工智能学科建设行动方案（2026—2030年）</strong></p>"
        "<p>一、总体要求</p><p>到2027年，人工智能相关本科专业年招生规模达到800人。</p></div></div></body></html>")
TITLE = "滨江大学关于印发《滨江大学人工智能学科建设行动方案（2026—2030年）》的通知"


def test_a_university_s_signature_is_its_notice_s_issuer_and_the_publishing_office_stays_in_meta():
    doc = parse(PAGE.format(title=TITLE, signer="滨江大学"), "bjdx.html")
    assert doc.issuer == "滨江大学"
    assert doc.meta["发布机构"] == "学校办公室"
    assert doc.meta["signed"] == "滨江大学 2026年4月21日"
    assert doc.date_written == "2026-04-21"
    assert not any(b.text in ("滨江大学", "2026年4月21日") for b in doc.blocks)


def test_a_signer_the_title_does_not_name_leaves_the_publisher_as_issuer():
    doc = parse(PAGE.format(title=TITLE.replace("滨江大学关于", "关于", 1), signer="滨江大学"), "bjdx.html")
    assert doc.issuer == "学校办公室"
    assert "发布机构" not in doc.meta
