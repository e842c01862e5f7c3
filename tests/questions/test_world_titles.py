"""Headlines of world news: a common word opening the title is no part of a body's name."""

from __future__ import annotations

from quizgen.models import Article
from quizgen.pipeline import questions_for


def test_a_storm_word_opening_the_title_is_not_the_centre_named_for_storms() -> None:
    text = (
        "The category 4 storm made landfall on Orvena at 6am, the US National Hurricane Center said.\n\n"
        "Scientists say warmer seas are making hurricanes more intense."
    )
    article = Article(id="a", title="Hurricane leaves trail of ruin", published=None, path="a.txt", text=text)
    (q,) = [q for q in questions_for([article]).questions if q.kind == "quote"]
    assert q.answer == "US National Hurricane Center"
    assert "___" not in (q.shown_title or "")
