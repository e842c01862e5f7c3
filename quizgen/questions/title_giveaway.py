"""Questions the article's own title answers.

The quiz and the Anki card show the title above every question ("From: Island needs 300 more
ferry pilots, says Harbour Board"), so "Which organization warned that the island needs 300 more
ferry pilots?" would be answered before it is read: the answer stands in the title, and so does most
of what the question says. The title is shown with that answer blanked (see title_blank.py); what
the blank cannot hide is dropped here. A question that only shares its answer with the title ("Which organization
will launch the rover?" under "Harbour Space signs rover deal") still tests the article: kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from quizgen.models import Article, Question
from quizgen.questions.title_blank import HEDGE, answer_forms, shown_title
from quizgen.questions.title_quantity import stem

#: Most of what the question says, besides its answer, is in the title.
SHARE = 0.5
#: Words every question or title may have: never evidence of a shared subject.
_FUNCTION = set(
    "a an the of in on at to for by and or but is are was were be been being did does do has have had "
    "what which who whom whose when where how many much with from as that this these those its it his her "
    "their about after before into over under than per not no organization organisation company according "
    "said say says told tell post hold time writing besides being".split()
)
_NAMED_SHORT = re.compile(r"(?:[A-Z][\w&'\u2019-]*\s+(?:(?:of|for|and|the)\s+)?){1,6}\(([A-Z][A-Za-z&]{1,9})\)")
_WORD = re.compile(r"[A-Za-z0-9][\w&\u2019'-]*")

_ACRONYM = re.compile(r"[A-Z][A-Z&.]+")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _content(text: str, leave_out: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The stems of what `text` says, function words and the stems in `leave_out` (the answer's) aside."""
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in _FUNCTION} - leave_out


def _in_title(form: str, title: str) -> bool:
    """Does the answer stand in the title: an acronym as written, a number by its figures, else the words?"""
    form = HEDGE.sub("", form.strip())
    if _ACRONYM.fullmatch(form):  # "WHO", not the word "who"
        return form in title and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", title) is not None
    figures = _FIGURE.findall(form)
    if figures:  # most figures are not in the title at all: no pattern compiled for them
        return all(f in title and re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d,]|\.\d)", title) for f in figures)
    words = " ".join(w.lower() for w in _WORD.findall(form))
    return bool(words) and f" {words} " in _spaced_words(title)


@lru_cache(maxsize=256)  # one title (as shown) for every form of every question of its article
def _spaced_words(title: str) -> str:
    """The title's words, lower case, each between spaces."""
    return " " + " ".join(w.lower() for w in _WORD.findall(title)) + " "


def _squeezed(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def given_away(question: Question, title: str, text: str = "") -> bool:
    """The title holds the answer and most of the rest of the question."""
    forms = answer_forms(question, text)
    if not title.strip() or not any(_in_title(form, title) for form in forms):
        return False
    if _squeezed(title) in _squeezed(question.source):
        return False  # no headline: the title is the sentence itself (a one-line article)
    # "the Harbour Health Federation (HHF)" is one name, which a title writes "HHF"
    wording = _NAMED_SHORT.sub(r"\1", question.question)
    asked = _content(wording, {stem(w) for form in forms for w in _WORD.findall(form)})
    return bool(asked) and len(asked & _content(title)) >= SHARE * len(asked)


def drop_given_away(article: Article, questions: Iterable[Question]) -> list[Question]:
    """The questions the article's title does not answer, as the learner sees the title.

    The quiz shows a title that names the answer with a blank there (`title_blank`), so only a
    question whose answer the blank cannot hide (a form it does not know) is dropped.
    """
    text = article.text
    return [q for q in questions if not given_away(q, shown_title(q, article), text)]
