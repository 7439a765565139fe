"""A parent tag stands only with one of its sub-tags: `sectors` names a sector or is not given."""

import pytest

from ingest.tag import tag_text


@pytest.mark.parametrize("text", [
    "安排专项资金10亿元，支持企业购买智能算力和开展大模型行业应用。",
    "Guangdong has introduced 45 initiatives aimed at promoting the adoption of AI across various industries.",
])
def test_sectors_stands_only_with_a_sector(text):
    assert "sectors" not in tag_text(text).tags


def test_sectors_with_a_sector_keeps_its_own_terms():
    result = tag_text("They aim to apply the technology in sectors ranging from manufacturing to senior care.")
    assert {"sectors", "sectors/manufacturing", "sectors/elderly-care"} <= set(result.tags)
    assert result.evidence["sectors"] == "sectors"
