"""Two questions that give each other's answer away ("What post does X hold?" / "Who is the
president of Y?"): kept in the bank, never asked in the same sitting.

Apart from the question writers, and light (no rapidfuzz, no fact rules): a quiz picks its
questions with it before the first one is drawn.
"""

from __future__ import annotations

import functools
import re

from quizgen.models import Question
from quizgen.text import fold

_WORD = re.compile(r"\w+")


def reverse_pair(a: Question, b: Question) -> bool:
    """Each question gives the other's answer away: "What post does X hold?" / "Who is the president of Y?"."""
    if a.article != b.article or a.id == b.id:
        return False
    return _names(b.question, a) and _names(a.question, b)


def _names(text: str, question: Question) -> bool:
    """Whether `text` holds the answer of `question` (or an alias of it) as whole words."""
    words = f" {_words(text)} "
    return any(len(key) >= 2 and f" {key} " in words for key in map(_words, (question.answer, *question.aliases)))


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))
