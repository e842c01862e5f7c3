"""Press-release appointments: "its board of directors has appointed X as chief operating officer"
is a post at the company that announces it; "announced the appointment of X as chief financial
officer, effective <a later day>" is a post to come, "effective immediately" one held; a post of
"its audit committee" is nobody's to ask."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    # US wire release
    "board": (
        "Crestline Energy Corp. (NYSE: CRST) today announced that its board of directors has appointed Maria "
        "Gomez as chief operating officer, effective immediately."
    ),
    # biotech release: a post taking effect later
    "later": (
        "CAMBRIDGE, Mass., June 3, 2024 -- Norvane Biotech today announced the appointment of Laura Chen as "
        "chief financial officer, effective June 17."
    ),
    # insurer's statement: taking effect at once
    "now": "Velton Insurance announced the appointment of Sara Ruiz as chief executive, effective immediately.",
    # a committee the post cannot name
    "committee": "Harbour Foods announced the appointment of Tom Vale as chairman of its audit committee.",
    # sports desk and business wire: a choosing wished or planned is no post to come
    "wished": (
        "Carden Rovers want to appoint Lee Varo as manager, the club said. Velton Bank plans to hire Rui Dias "
        "as chief economist."
    ),
    # British paper: a body's view of someone else's choosing is no post there
    "criticised": (
        "The Dockside Workers Union on Tuesday criticised the appointment of Nina Holm as chief executive, "
        "and the Harbour Party opposed the nomination of Olaf Brin as chairman."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, published=dt.date(2024, 6, 3))


def _roles(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article and q.kind == "role"}


def test_a_board_appointing_gives_the_post_at_its_company(bank: QuestionBank) -> None:
    roles = _roles(bank, "board")
    assert any(
        "Maria Gomez" in q and "Crestline Energy" in q and a == "chief operating officer" for q, a in roles.items()
    )


def test_an_appointment_effective_later_is_a_post_to_come(bank: QuestionBank) -> None:
    roles = _roles(bank, "later")
    chen = {q: a for q, a in roles.items() if "Laura Chen" in q or a == "Laura Chen"}
    assert chen.get("What post will Laura Chen take up at Norvane Biotech?") == "chief financial officer"
    assert not any("hold" in q or q.startswith(("Who is", "Who was", "In 2024, who")) for q in chen)


def test_an_appointment_effective_at_once_is_a_post_held(bank: QuestionBank) -> None:
    roles = _roles(bank, "now")
    assert any("Sara Ruiz" in q and "Velton Insurance" in q and a == "chief executive" for q, a in roles.items())


def test_a_post_of_its_committee_is_not_asked(bank: QuestionBank) -> None:
    assert not any("Tom Vale" in q or a == "Tom Vale" for q, a in _roles(bank, "committee").items())


def test_a_body_criticising_an_appointment_is_not_where_the_post_is(bank: QuestionBank) -> None:
    roles = _roles(bank, "criticised")
    assert not any("Dockside" in q or "Harbour Party" in q or "Dockside" in a for q, a in roles.items())


def test_a_choosing_only_wished_or_planned_is_no_post(bank: QuestionBank) -> None:
    roles = _roles(bank, "wished")
    assert not any("Lee Varo" in q or "Rui Dias" in q or a in ("Lee Varo", "Rui Dias") for q, a in roles.items())
