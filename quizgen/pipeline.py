"""Articles in, questions out: the generation pipeline shared by every command."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.articles import read_articles
from quizgen.models import QuestionBank


def generate_bank(paths: Sequence[str]) -> QuestionBank:
    """Read the articles at `paths` and write questions for all of them."""
    articles = read_articles(paths)
    return QuestionBank(articles=tuple(articles), questions=())
