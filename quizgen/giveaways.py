"""Questions that give another's answer away, kept in the bank but never asked in the same sitting:
"What post does X hold?" / "Who is the president of Y?" give each other away; "Besides the Port
Board, which of these organizations …?" gives away "Which of these organizations …? — Port Board"
one way, and a learner who meets it first is told the answer.

Apart from the question writers, and light (no rapidfuzz, no fact rules): a quiz picks its
questions with it before the first one is drawn.
"""

from __future__ import annotations

import functools
import re

from quizgen.models import Question
from quizgen.text import fold

_WORD = re.compile(r"\w+")
#: Words every question shares: what is left after them is what a question is about.
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with and or as that this these those it its is are was were be been has have"
    " had do does did what which who whom whose when where why how many much other besides along organization"
    " organizations institution institutions team country place person post position hold held".split()
)
#: The time a post question is dated to ("In 2020, who was …?"): shared by every such question, about nothing.
_DATED = re.compile(r"^(?:In \d{4}|At the time of writing),\s*")


def apart(a: Question, b: Question) -> bool:
    """Whether `a` and `b` must not be asked in the same sitting: either gives the other's answer away."""
    return gives_away(a, b) or gives_away(b, a)


def reverse_pair(a: Question, b: Question) -> bool:
    """Each question gives the other's answer away: "What post does X hold?" / "Who is the president of Y?"."""
    if a.article != b.article or a.id == b.id:
        return False
    return _names(b.question, a) and _names(a.question, b)


def gives_away(a: Question, b: Question) -> bool:
    """`a` names `b`'s answer while asking about the same thing: "Besides the Port Board, which of these
    organizations fined the club?" gives away "Which of these organizations fined the club?"; "What post
    does Ann Ruiz hold?" gives nothing away about "Who said the fares would rise? — Ann Ruiz"."""
    if a.article != b.article or a.id == b.id or not _names(a.question, b):
        return False
    if _names(b.question, a):
        return True  # a reverse pair
    about = _content(b.question)
    return bool(about) and 2 * len(about & _content(a.question)) >= len(about)


def _names(text: str, question: Question) -> bool:
    """Whether `text` holds the answer of `question` (or an alias of it) as whole words."""
    words = f" {_words(text)} "
    return any(len(key) >= 2 and f" {key} " in words for key in map(_words, (question.answer, *question.aliases)))


def _content(text: str) -> frozenset[str]:
    return frozenset(_words(_DATED.sub("", text)).split()) - _FUNCTION_WORDS


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))
