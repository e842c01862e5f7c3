"""Which short forms of a person's name a typed answer may use: a given name only where the article
writes it alone for that person, never because another person shares it."""

from __future__ import annotations

import datetime as dt

from quizgen.models import Article
from quizgen.pipeline import questions_for

TEXT = (
    'Harbour analyst Tomas Reed said the fleet would shrink. "The catch is falling every year," Reed said. '
    'Tomas Brolin, the harbour master, said the port would stay open. "We have never closed," Brolin said.'
)


def _aliases_of(text: str, person: str) -> set[str]:
    article = Article(id="names", title="names", published=dt.date(2025, 3, 4), path="names.txt", text=text)
    found = [q for q in questions_for([article]).questions if q.answer == person]
    assert found, f"no question answered {person}"
    return {alias for q in found for alias in q.aliases}


def test_a_given_name_shared_with_another_person_is_no_accepted_answer() -> None:
    aliases = _aliases_of(TEXT, "Tomas Reed")
    assert "Reed" in aliases
    assert "Tomas" not in aliases  # "Tomas" would let the learner's "Tomas" (Brolin) pass as right


def test_a_given_name_the_article_uses_alone_is_accepted() -> None:
    text = 'Harbour analyst Tomas Reed said the fleet would shrink. "The catch is falling every year," Tomas said.'
    assert "Tomas" in _aliases_of(text, "Tomas Reed")
