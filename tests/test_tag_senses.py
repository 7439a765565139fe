"""Words in a sense that is not their tag's (drinking water, a lender's screening, a person's health, a fine's
bank), and tags a statute's duties and a budget line earn: a decision on people, a training-compute threshold."""

import pytest

from ingest.tag import tag_text


def test_drinking_water_production_is_no_manufacturing():
    assert tag_text("(b) Production processes of drinking water under the Drinking Water Management Act;").tags == []
    assert "sectors/manufacturing" in tag_text("(b) Production processes of semiconductors in smart factories;").tags


@pytest.mark.parametrize("text", [
    "(g) Judgments or evaluations that have a significant impact on the rights and obligations of individuals, "
    "such as recruitment and loan screening;",
    "(a) AI systems intended to be used for the recruitment or selection of natural persons, in particular to "
    "analyse and filter job applications;",
])
def test_hiring_and_lending_decisions_on_people_are_governance_not_talent_or_funding(text):
    tags = tag_text(text).tags
    assert "governance" in tags
    assert "talent" not in tags and "funding" not in tags


def test_hiring_talent_and_lending_money_still_are():
    assert "talent" in tag_text("Streamline the recruitment of AI researchers from abroad.").tags
    assert "funding" in tag_text("The bank will provide loans to start-ups that build AI products.").tags
    assert "governance" not in tag_text("Streamline the recruitment of AI researchers from abroad.").tags


def test_a_consequential_decision_is_governance():
    text = ('(3) "Consequential decision" means a decision that has a material legal or similarly significant '
            "effect on the provision or denial to any consumer of employment or a lending service.")
    assert "governance" in tag_text(text).tags


def test_a_person_s_mental_health_beside_their_safety_is_no_health_care():
    text = ("1. Matters concerning safety and reliability, so that the development and utilization of artificial "
            "intelligence does not cause harm to human life, physical safety and mental health;")
    assert "sectors/healthcare" not in tag_text(text).tags
    assert "sectors/healthcare" in tag_text("Expand mental health services for veterans.").tags


def test_a_training_compute_threshold_is_governance_and_compute():
    text = ("(1) An artificial intelligence business operator who operates an artificial intelligence system in "
            "which the cumulative amount of computation used for training exceeds the standard prescribed by "
            "Presidential Decree shall perform the following obligations:")
    tags = tag_text(text).tags
    assert "governance" in tags and "compute" in tags
    # the compute itself, with no threshold, is no rule
    plain = tag_text("(c) the amount of computation used for training the model;").tags
    assert "compute" in plain and "governance" not in plain


def test_a_compute_threshold_for_learning_is_governance_and_compute():
    # KLRI's translation of Korea's AI Framework Act, Article 32(1): 학습 as "learning"
    text = ("(1) An artificial intelligence business operator who operates an artificial intelligence system in "
            "which the cumulative amount of computation used for learning exceeds the standard prescribed by "
            "Presidential Decree shall perform the following obligations:")
    tags = tag_text(text).tags
    assert "governance" in tags and "compute" in tags
    # a pupil's computation for learning is no compute, nor a budget "used for learning" a threshold
    assert "compute" not in tag_text("Pupils check the computation used for learning arithmetic by hand.").tags
    assert tag_text("The share of the budget used for learning programmes exceeds 5 percent.").tags == []


def test_trustworthiness_of_ai_is_governance():
    text = ("The Committee shall deliberate on major policies for the development of artificial intelligence and "
            "the establishment of a foundation for trustworthiness.")
    assert tag_text(text).tags == ["governance"]


def test_the_bank_a_fine_is_paid_into_is_no_finance():
    text = "当事人应当自收到本行政处罚决定书之日起十五日内，将罚款缴至指定银行或者通过电子支付系统缴纳。"
    assert "sectors/finance" not in tag_text(text).tags
    assert "sectors/finance" in tag_text("支持银行、保险机构运用人工智能开展智能风控。").tags


def test_a_budget_line_is_funding():
    assert tag_text("Indicative budget: EUR 25 million").tags == ["funding"]
    assert tag_text("Indicative budget: EUR 25 million").evidence["funding"] == "budget: EUR 25 million"
    assert "funding" not in tag_text("Office of Management and Budget: M-25-21").tags


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


@pytest.mark.parametrize("text", [
    "Article 1 In view of the fact that artificial intelligence-related technology is a fundamental technology "
    "for the development of the economy and society of Japan and is also important from the viewpoint of "
    "national security, the purpose of this Act is to promote research and development.",
    "2. The Secretary found that imports of semiconductors threaten to impair the national security of the "
    "United States.",
    "(c) public and national security interests;",
    "第二十条 登记申请可能危害国家安全、社会公共利益的，登记机关不予登记并说明理由。",
])
def test_national_security_named_as_an_interest_is_no_defence(text):
    assert "sectors/defence" not in tag_text(text).tags


@pytest.mark.parametrize("text", [
    "(d) To accelerate the use of AI in service of its national security mission, the agencies shall act.",
    "(i) DOD shall procure AI for national security systems.",
    "The Department of Defense shall deploy AI on the battlefield.",
    "推动人工智能技术在国防和军事领域的应用。",
])
def test_a_national_security_mission_or_system_and_the_military_still_are_defence(text):
    assert "sectors/defence" in tag_text(text).tags
