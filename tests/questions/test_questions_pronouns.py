"""A "they" or "them" the question itself gives a plural subject for is kept; one it gives none is not."""

from __future__ import annotations

import pytest

from quizgen.questions.quality import problem


def _with_tags(question: str) -> str | None:
    from quizgen.questions.grammar import tag

    (doc,) = tag([question])
    return problem(question, "Tom Lind", [], doc)


@pytest.mark.parametrize(
    "question",
    [
        "Who said that if growers, now refusing to sell at the old price, stored their crop, they would lose money?",
        "Who said that if millers cut prices, bakers would follow them within a week?",
        "In what year did Ann Ruiz set up a fund to ensure Rangers protect the moors they patrol?",
        "When did the ferry firms say they would raise fares?",
        "Who called for clearer rules and legal protections for officers when they fire their weapons?",
    ],
    ids=[
        "they-after-subject-and-comma",
        "them-after-subject",
        "they-after-in-what-year",
        "they-after-when-did",
        "they-opening-a-when-clause",
    ],
)
def test_they_with_a_plural_subject_in_the_question_is_kept(question: str) -> None:
    assert _with_tags(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Who said they would fight the ruling?",
        "How many jobs did they cut in May?",
        "In what year did they open the new pier?",
        "Who said that the pier would close before they could mend it?",
    ],
    ids=["no-clause", "in-the-wh-phrase", "in-what-year-bare", "singular-subject"],
)
def test_they_with_nothing_to_stand_for_is_refused(question: str) -> None:
    assert _with_tags(question) == "pronoun without referent"
