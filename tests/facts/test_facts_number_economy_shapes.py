"""Economy copy (growth, inflation, central-bank targets): a figure is asked only with the noun it
sizes, never a time adverb, a noun another figure counts, or a "said" (sentences invented)."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "yoy": "Halden's economy grew 2.8 per cent year on year in the third quarter, the planning ministry said.",
    "said-after": (
        "Retail sales grew 0.6 per cent in the second quarter, the statistics bureau said, after 0.2 per cent "
        "growth in the first three months of the year."
    ),
    "times-target": (
        "Food inflation eased to 6.1 per cent in March, but remains nearly three times the central bank's "
        "2 per cent goal."
    ),
    "streak": (
        "The Harwick Reserve Bank raised its main lending rate by 50 basis points to 7.25 per cent on "
        "Wednesday, its ninth straight increase, as it warned that prices were still climbing."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_growth_year_on_year_is_asked_with_its_verb(bank: QuestionBank) -> None:
    asked = answers(bank, "yoy", "number")
    assert (
        asked.get(
            "According to the planning ministry, by what percentage did Halden's economy grow year on year "
            "in the third quarter?"
        )
        == "2.8 per cent"
    ), asked
    assert not any("percentage year" in q for q in asked), asked


def test_a_figure_hung_on_said_is_not_asked_of_the_speech(bank: QuestionBank) -> None:
    asked = answers(bank, "said-after", "number")
    assert not any(q.endswith("say?") for q in asked), asked


def test_a_target_another_figure_counts_is_not_asked(bank: QuestionBank) -> None:
    asked = answers(bank, "times-target", "number")
    assert not any(q.startswith("What percentage goal") for q in asked), asked
    assert "2 per cent" not in asked.values(), asked


def test_a_set_off_streak_is_left_out_of_the_question(bank: QuestionBank) -> None:
    asked = answers(bank, "streak", "number")
    assert not any("increase?" in q or "Wednesday its" in q for q in asked), asked
    assert any(q.endswith("on Wednesday?") for q in asked), asked
