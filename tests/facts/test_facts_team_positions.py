"""Playing positions before a name ("Forward X", "leg-spinner X"): asked as a position in a team,
never swallowed into the person's name, and never as a post only one person holds."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "sentence-start": "Forward Tom Reyes said the team had played its best game of the season. "
    '"We kept going to the end," Reyes said.',
    "cricket": "Kent were bowled out for 180 on Sunday.\n\nThe last wickets fell to leg-spinner Amit Rao "
    "and seamer Dale Fry, who took four wickets each.",
    "fuller-post": "Rovers won 2-1 at home.\n\nThe winner came when striker Ian Moss headed in a corner. "
    "Rovers striker Ian Moss has now scored nine goals.",
    "mixed": "Ravi Menon, chief executive of Halden Freight, bought Lakeside Rovers. Lakeside Rovers midfielder "
    "Tom Reyes scored twice. Goalkeeper Ian Moss saved a penalty, and Lisa Grant, a lawyer, watched from the stand.",
    "signed-from": "The club signed forward Tom Reyes from Eastfield United on Monday. Reyes, 24, scored 12 goals.",
    "paper": "Lakeside Rovers beat Halden City 2-0 on Saturday. Lakeside Rovers striker Ian Moss scored both goals."
    "\n\nIn an interview with The Courier newspaper, the Rovers coach praised the defence.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def test_position_word_at_sentence_start_is_not_part_of_the_name(bank: QuestionBank) -> None:
    speakers = {q.answer for q in asked(bank, "sentence-start", "quote")}
    assert speakers == {"Tom Reyes"}
    (position,) = asked(bank, "sentence-start", "role")
    assert (position.question, position.answer) == ("What position did Tom Reyes play?", "forward")


@pytest.mark.parametrize(("person", "position"), [("Amit Rao", "leg-spinner"), ("Dale Fry", "seamer")])
def test_lower_case_position_before_a_name_is_asked(bank: QuestionBank, person: str, position: str) -> None:
    found = [q for q in asked(bank, "cricket", "role") if person in q.question]
    assert [(q.question, q.answer) for q in found] == [(f"What position did {person} play?", position)]


def test_position_is_never_asked_who_holds_it(bank: QuestionBank) -> None:
    """'Who was the seamer?' has as many answers as the team has seamers."""
    found = [q for q in bank.questions if q.kind == "role" and q.article != "mixed"]
    assert found and not [q for q in found if "who " in q.question.lower()]


def test_a_post_said_again_more_fully_is_asked_once(bank: QuestionBank) -> None:
    """'striker Ian Moss' and 'Rovers striker Ian Moss': one post, never "Besides being striker, …"."""
    (position,) = asked(bank, "fuller-post", "role")
    assert position.question == "What position did Ian Moss play?"
    assert position.answer == "striker"  # the position only: a typed "striker" is right


def test_a_club_a_player_came_from_is_not_where_his_position_was_played(bank: QuestionBank) -> None:
    """'signed forward X from Eastfield': forward at the new club; at Eastfield he may have played elsewhere."""
    found = {q.question: q.answer for q in asked(bank, "signed-from", "role")}
    assert found.get("What position did Tom Reyes play?") == "forward"
    assert not [q for q in found if "position" in q and "Eastfield" in q]
    assert "Which team did Tom Reyes play for?" not in found


def test_a_positions_false_options_are_positions(bank: QuestionBank) -> None:
    """'goalkeeper' beside 'midfielder', never beside 'chief executive' or 'lawyer'."""
    (keeper,) = [q for q in asked(bank, "mixed", "role") if q.question == "What position did Ian Moss play?"]
    assert keeper.answer == "goalkeeper"
    assert set(keeper.choices) <= {"goalkeeper", "midfielder"}


def test_a_players_club_is_asked_as_a_team_among_teams(bank: QuestionBank) -> None:
    (team,) = [q for q in asked(bank, "mixed", "role") if q.question == "Which team did Tom Reyes play for?"]
    assert team.answer == "Lakeside Rovers"


def test_a_newspaper_is_no_team_to_offer(bank: QuestionBank) -> None:
    (team,) = [q for q in asked(bank, "paper", "role") if q.question == "Which team did Ian Moss play for?"]
    assert team.answer == "Lakeside Rovers"
    assert "Courier" not in team.choices
