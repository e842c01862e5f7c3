"""A post question whose answer names its body is not offered bare posts ("new chairman", "former
director": of what?) as false options; when the question names the body, bare posts stay."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_text

from quizgen.models import Article
from quizgen.pipeline import questions_for
from quizgen.questions.post_options import _bare, _odd_one_out

TEXT = (
    "Norland Finance Secretary Ada Lindqvist said on Monday that the budget would be cut. "
    "Cyrus Mossman, the new chairman, said the board backed the plan. "
    "Bo Kerrigan, head of research at Fenwick Bank, said investors would welcome it. "
    "Dina Salo, Transport Minister of Norland, said the rail line would be spared."
)


def test_bare_posts() -> None:
    assert _bare("new chairman") and _bare("former director") and _bare("outgoing chairman")
    assert not _bare("Transport Minister of Norland") and not _bare("head of research at Fenwick Bank")


def test_no_bare_post_beside_a_post_that_names_its_body() -> None:
    article = Article(id="budget", title="Budget", published=dt.date(2025, 2, 3), path="b.txt", text=TEXT)
    posts = [q for q in questions_for([article]).questions if q.kind == "role" and q.choices]
    named = [q for q in posts if " hold at " not in q.question and not _bare(q.answer)]
    assert named  # the secretary, the researcher and the minister are asked with options
    assert not [q for q in named if any(_bare(c) for c in q.choices)]


def test_the_answer_is_never_the_odd_one_out() -> None:
    governors = ["Governor of Ostmark", "Governor of Vell", "Governor of Holm"]
    assert _odd_one_out("Senator from Norland", ["Senator from Norland", *governors])
    assert not _odd_one_out("Governor of Norland", ["Governor of Norland", *governors])
    assert not _odd_one_out("Senator", ["Senator", "Governor of Vell", "Mayor of Holm"])  # mixed options


ROSTER = (
    "Ohio Gov. Ana Pell backed the pact on Monday. Kansas Gov. Rui Dane said it would create jobs. "
    "Maine Gov. Ola Berg called it overdue. Sen. Ivo Marsh said the pact would pass."
)


def test_a_senator_among_governors_is_asked_without_options() -> None:
    article = Article(id="pact", title="Pact", published=dt.date(2025, 2, 3), path="p.txt", text=ROSTER)
    posts = {q.answer: q for q in questions_for([article]).questions if q.kind == "role"}
    assert posts["Senator"].choices == ()  # "Senator" among three governors: no choice at all
    assert len(posts["Governor of Ohio"].choices) == 4


def test_a_post_for_a_woman_or_a_man_is_no_false_option_beside_its_neutral_form() -> None:
    """ "Councilwoman" beside "Councilmember" is the same seat: a learner rules it out by gender alone."""
    text = (
        "Council vote\n\nCouncilmember Ray Dunn said the plan was too costly.\n\n"
        "Councilwoman Ana Ruiz said the vote should be held in person.\n\n"
        "Mayor Linda Osei said the library would open in 2026.\n\nCity Manager Tom Bauer said the bonds were sold."
    )
    (dunn,) = [q for q in questions_of_text(text, kind="role") if "Ray Dunn" in q.question]
    assert dunn.answer == "Councilmember" and "Councilwoman" not in dunn.choices
    assert len(dunn.choices) >= 2
