"""'Who said …? — a senior official' is not asked: an unnamed speaker is no answer anyone could give.
A speaker with a name, or a body that says who it is ("a source close to the Harbour Board"), is."""

from __future__ import annotations

import datetime as dt

from quizgen.models import Article
from quizgen.pipeline import questions_for

TEXT = (
    "The ferry link to Holm Island will not reopen before June, a senior official said on Tuesday. "
    '"Repairs to the pier will cost more than we planned," said Ines Morrow, chair of the Harbour Board. '
    "Morrow said repairs would start in May. "
    "The delay could spread to the island's second route, political analysts said."
)


def test_only_named_speakers_are_asked() -> None:
    article = Article(id="ferry", title="Ferry", published=dt.date(2025, 4, 8), path="f.txt", text=TEXT)
    quotes = [q for q in questions_for([article]).questions if q.kind == "quote"]
    assert quotes and {q.answer for q in quotes} == {"Ines Morrow"}
