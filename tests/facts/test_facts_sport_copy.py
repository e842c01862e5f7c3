"""Sports copy as wires and papers write it: an Indian wire's dateline, a player's age before a
surname, a club named "… FC", a "3-pointer", a score the parser splits, runs "off" balls. Every
sentence here is invented."""

from __future__ import annotations

from invented_articles import answers_to, questions_of_text

from quizgen.articles.datelines import split_lead_dateline
from quizgen.entity_fixes import clubs_as_organisations
from quizgen.facts.number_guards import not_a_count
from quizgen.nlp import load_nlp

GOALS = """Odegard scores twice as Holm City beat Port Villa 3-1

Per Odegard scored twice and Holm City beat Port Villa 3-1 on Saturday to move to third in the Premier League table.

The 24-year-old Odegard now has 17 league goals this season.
"""

CENTURY = (
    "Rao century\n\nVirat Rao struck an unbeaten 104 off 66 balls as Holmstad Challengers beat Orvell Royals"
    " by seven wickets in an IPL match here on Saturday.\n"
)


def test_an_indian_wire_dateline_is_stripped() -> None:
    """'Place, Mon D (AGENCY) Text', title case and no dash: the place is never the team."""
    body, _ = split_lead_dateline("Holmstad, Dec 14 (HNS) Harbour Rovers FC registered a 2-1 win on Saturday.")
    assert body == "Harbour Rovers FC registered a 2-1 win on Saturday."


def test_a_club_named_fc_is_an_organisation() -> None:
    doc = load_nlp()("The win took Harbour Rovers second, two behind leaders Lindqvist FC.")
    start = [t.text for t in doc].index("Lindqvist")
    doc.ents = [doc.char_span(doc[start].idx, doc[start + 1].idx + 2, label="PERSON")]
    assert [(e.text, e.label_) for e in clubs_as_organisations(doc).ents] == [("Lindqvist FC", "ORG")]


def test_an_age_before_a_surname_names_the_person_and_the_score_stays_whole() -> None:
    asked = answers_to(GOALS)
    assert not [q for q in asked if "the Odegard?" in q]
    assert [q for q in asked if q.startswith("At the time of writing, how old was")]
    assert not [q for q in asked if q.endswith(" 3?")]


def test_runs_off_balls_are_not_balls_struck() -> None:
    assert not [q for q in questions_of_text(CENTURY, kind="number") if q.answer == "66"]


def test_a_3_pointer_is_no_count() -> None:
    doc = load_nlp()("Stone answered with a 3-pointer.")
    assert not_a_count(doc[4:5])
