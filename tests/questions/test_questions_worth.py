"""Questions a cold reader finds worth asking (issue 8): generic and unnamed speakers asked for what
they are, no stock phrase, no quotation torn from its subject, an outlet
asked for as one, no false option that holds the answer, a unit named whole, a body reporting on
itself asked by its name, and a long quotation asked by its first whole sentence."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import Question

TEXTS = {
    "wire": (
        "SAN JOSE, Calif. (Reuters) - Harwick Networks Inc said its fiscal second-quarter profit rose 14 percent "
        "as demand for cloud switching gear offset weak orders in Europe.\n\n"
        "The networking company reported that Harwick posted net income of $412 million, compared with "
        "$361 million a year earlier.\n\n"
        "Meteorologists said a heat wave across California could delay the opening of a new plant in Fresno.\n\n"
        "A senior Democratic strategist said the party was falling behind its rivals on every front in the state."
    ),
    "council": (
        "Councillor Priya Desai, the council's cabinet member for transport, said on Monday the bus lane "
        "scheme had been paused. She stressed the importance of listening to residents.\n\n"
        "Opposition councillors called for more cooperation between the council and local businesses.\n\n"
        "A council spokesman said it would not appeal the planning ruling.\n\n"
        '"It was a tough morning, but the boys dug in," Desai said. "will be a big day tomorrow," '
        "Tom Byers, the club captain, added."
    ),
    "ministry": (
        "The Ministry of Health said on Wednesday that travellers returning from abroad must take a swab test "
        "within 24 hours of arrival, as the Government of Singapore seeks to curb imported cases.\n\n"
        "The Ministry of Manpower said employers would bear the cost of tests for foreign workers.\n\n"
        "The Straits Herald reported that hotels used for quarantine were nearly full."
    ),
    "arrest": (
        "Police on Tuesday arrested a 20-year-old engineering student from Noida for allegedly sending hoax "
        "bomb threats to more than 100 schools, officials said.\n\n"
        "Ravi Patel, 67, the school board's chairman, said the threats had caused panic.\n\n"
        "On Tuesday, Harwick Foods reported a higher first-quarter profit. The company's plant in Noida "
        "was closed on Friday after a fire."
    ),
}


@pytest.fixture(scope="module")
def asked() -> dict[str, list[Question]]:
    bank = questions_of_texts(TEXTS, published=None)
    return {key: [q for q in bank.questions if q.article == key] for key in TEXTS}


def _questions(asked: dict[str, list[Question]], key: str) -> list[str]:
    return [q.question for q in asked[key]]


def test_a_generic_group_is_asked_as_a_group_and_an_unnamed_speaker_as_a_source(asked) -> None:
    by_answer = {q.answer.lower(): q.question for q in asked["wire"]}
    assert by_answer["meteorologists"].startswith("Which group said"), by_answer
    unnamed = [q for a, q in by_answer.items() if "strategist" in a]
    assert unnamed and all(q.startswith("Which unnamed source said") for q in unnamed), by_answer


def test_a_body_reporting_on_itself_is_asked_by_its_name(asked) -> None:
    questions = _questions(asked, "wire")
    assert not any("According to the networking company" in q for q in questions), questions


def test_a_refusal_to_appeal_is_not_asked(asked) -> None:
    questions = " ".join(_questions(asked, "council"))
    assert "not appeal" not in questions, questions


def test_an_emphasis_reported_as_news_is_still_asked(asked) -> None:
    """Official news reports what a leader stressed as its news: "She stressed the importance of …"."""
    questions = " ".join(_questions(asked, "council"))
    assert "importance of listening" in questions, questions


def test_a_quotation_torn_from_its_subject_is_not_asked(asked) -> None:
    questions = _questions(asked, "council")
    assert not any("will be a big day" in q for q in questions), questions
    assert any("tough morning" in q for q in questions), questions


def test_no_government_is_offered_against_its_own_ministry(asked) -> None:
    ministry = [q for q in asked["ministry"] if q.answer == "Ministry of Health"]
    assert ministry, _questions(asked, "ministry")
    assert not any("Government of Singapore" in q.choices for q in ministry), [q.choices for q in ministry]


def test_an_outlet_is_asked_for_as_one(asked) -> None:
    herald = [q.question for q in asked["ministry"] if q.answer.endswith("Herald")]
    assert herald and all(q.startswith("Which news outlet reported") for q in herald), _questions(asked, "ministry")


def test_the_rules_read_questions_alone() -> None:
    from quizgen.questions.kind_nouns import with_kind_noun
    from quizgen.questions.outlets import outlet_asked
    from quizgen.questions.parent_bodies import holds_or_held, small_unit
    from quizgen.questions.self_reports import by_own_name

    text = "Dr Lind of the Harwick River Modelling group at the Tarn Laboratory said the Harwick River Modelling group"
    assert with_kind_noun("Harwick River Modelling", text) == "Harwick River Modelling group"
    assert holds_or_held("Tarn Laboratory", "Harwick River Modelling group", text)
    assert not holds_or_held("Tarn District People's Government", "Ministry of Transport", text)
    assert small_unit("Harwick River Modelling group") and not small_unit("Tarn Laboratory")
    assert outlet_asked("Which organization reported that the suspect is 19?", "Tarn Daily News") == (
        "Which news outlet reported that the suspect is 19?"
    )
    assert outlet_asked("Which organization reported that output grew?", "Statistics Harwick").startswith("Which org")
    asked = by_own_name("When did the software company report that Harwick Labs posted a loss?")
    assert asked == "When did Harwick Labs report that it posted a loss?"
    assert by_own_name("According to the university, how large a grant has Tarn University won?") == (
        "How large a grant has Tarn University won?"
    )


def test_a_long_quotation_is_asked_by_its_first_whole_sentence() -> None:
    from quizgen.facts.reported import trim

    said = (
        "Harbour pilots are the backbone of any working port in this country. They need protection, fair pay and "
        "respect from the authority, and they need it now, not after the next storm has passed"
    )
    assert trim(said) == "Harbour pilots are the backbone of any working port in this country"
    one = "Mr. Lind of the U.S. Harbour Board told pilots that the port would stay shut for a decade, with no money to "
    assert trim(one + "rebuild the piers or to dredge the channel that the storm filled with sand").endswith("\u2026")
