"""Sports copy: a player's name right before a set score, and an age a player turns, read as news
means them. Every sentence here is invented."""

from __future__ import annotations

from invented_articles import answers_to, questions_of_text

from quizgen.entity_fixes import without_false_dates
from quizgen.nlp import load_nlp

MATCH = """Sol wins the final

Maria Sol beat Ana Ruiz 6-3, 6-4 in the final on Saturday.

Sol, who turned 24 this month, said her serve had improved since the spring.

"We will be back stronger next year," Ruiz added.
"""


def test_a_name_before_a_set_score_is_no_date() -> None:
    """The model tags "Ruiz 6-3" a date; it is the opponent and the first set."""
    doc = without_false_dates(load_nlp()("Maria Sol beat Ana Ruiz 6-3, 6-4 in the final on Saturday."))
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["Saturday"]


def test_the_opponent_stays_in_the_question_and_is_a_speaker() -> None:
    asked = answers_to(MATCH)
    assert asked["Who said \u201cWe will be back stronger next year\u201d?"] == "Ana Ruiz"
    (day,) = [q for q, a in asked.items() if a == "Saturday"]
    assert "beat Ana Ruiz" in day


def test_an_age_turned_this_month_is_no_count_of_months() -> None:
    """ "turned 24 this month": never "How many months did Maria Sol turn? — 24 this month"."""
    assert not [q for q in questions_of_text(MATCH, kind="number") if "month" in q.question]
