"""A figure asked without what it measures is not asked: a share without its whole, time given
without what it is for, money earned without where it comes from."""

from __future__ import annotations

import pytest
from invented_articles import answers_to

from quizgen.questions.figure_scope import lost_scope


def _lost(question: str, sentence: str, figure: str, answer: str | None = None) -> bool:
    start = sentence.index(figure)
    return lost_scope(question, answer or figure, sentence, (start, start + len(figure)))


@pytest.mark.parametrize(
    ("question", "sentence", "figure", "lost"),
    [
        # a share whose whole the question dropped, and one that keeps it
        (
            "For about what percentage does the government depend on sugar levies?",
            "The government depends on sugar levies for about 45 pct of its customs revenue.",
            "45",
            True,
        ),
        (
            "More than what share of rural workers does the industry employ?",
            "The industry employs over a third of rural workers.",
            "a third",
            False,
        ),
        # time given for something, asked without the something
        (
            "How many days have investigators been given?",
            "Investigators have been given ten days to interview the ship's crew.",
            "ten days",
            True,
        ),
        (
            "How many days have investigators been given to interview the crew?",
            "Investigators have been given ten days to interview the ship's crew.",
            "ten days",
            False,
        ),
        # money earned, asked without its source
        (
            "About how much does Mauritius earn?",
            "Mauritius earns about 310 mln dlrs annually from sugar exports.",
            "310",
            True,
        ),
        # "to"/"from" that do not say what the figure measures
        (
            "How large a grant has the college received?",
            "The college has received a grant of $2.4 million to fund a nursing course.",
            "$2.4 million",
            False,
        ),
        (
            "By how much were Harbour Foods shares up?",
            "Harbour Foods shares were up $2.15 to close at $31.40.",
            "$2.15",
            False,
        ),
        (
            "To what amount did sales rise?",
            "Sales rose to $88.2 million from $70.5 million a year earlier.",
            "$88.2 million",
            False,
        ),
        (
            "How many years did the bridge take to build?",
            "The bridge took six years to build, from a design of 1998.",
            "six years",
            False,
        ),
    ],
)
def test_a_figure_without_what_it_measures(question: str, sentence: str, figure: str, lost: bool) -> None:
    assert _lost(question, sentence, figure) is lost


def test_the_article_asks_its_scoped_figures_with_their_scope() -> None:
    text = (
        "Mauritius earns about 310 mln dlrs annually from sugar exports, officials at "
        "the trade board said. Investigators have been given ten days to interview the ship's crew, the "
        "harbour police said. The sugar industry employs over a third of rural workers, board chairman Anil "
        "Ramdoo said."
    )
    asked = answers_to(text, kind="number")
    # each asked with what it measures (facts/span_purposes.py, facts/clause_rest.py), not dropped
    days = next(q for q, a in asked.items() if a == "ten days")
    assert days.endswith("how many days have investigators been given to interview the ship's crew?")
    money = next(q for q, a in asked.items() if a == "310 million dollars")
    assert money.endswith("how much does Mauritius earn annually from sugar exports?")
    assert "a third" in asked.values()


def test_a_share_of_a_whole_the_question_names() -> None:
    said = "The pension fund invested in 35 percent of the startups it screened in 2025."
    assert not _lost("In what percentage of the startups did the pension fund invest?", said, "35 percent")
