"""The title as shown above one question: with the answer blanked out when the title names it.

The quiz, the Anki card and the CSV/TSV front show "From: <title> · <date>" above every
question, so "Which organization chose Port Vell?" under "Harbour Board Picks Port Vell for Ferry
Hub" is answered by the line above it. Dropping such questions would lose real facts (a headline's
fact is often the article's main one), so the title is shown with the answer as a blank instead:
"From: ___ Picks Port Vell for Ferry Hub". A blank rather than no title at all: the learner still
sees which article the question is about (several articles share one deck), and sees that
something was hidden on purpose. `title_giveaway.py` drops only what the blank cannot hide: a
question whose answer, in a form this module does not know, still stands in the blanked title
and the title restates it.
"""

from __future__ import annotations

import re

from quizgen.models import Article, Question
from quizgen.questions.title_giveaway import answer_forms

BLANK = "___"
#: Words of a name that do not tell which one it is: a title sharing only these gives nothing away.
_PLAIN = set(
    "a an the of in on at to for by and or de la le du von van der us u.s. uk u.k. un eu national "
    "international federal state states united new world global general american british chinese "
    "department ministry council committee commission agency office board association organization "
    "organisation university college institute center centre company group corporation corp inc ltd "
    "bank fund foundation society service services authority administration house city county party "
    "minister secretary president director chief senior deputy vice head north south east west".split()
)
_WORD = re.compile(r"[A-Za-z][\w&.'\u2019-]*[\w&]|[A-Za-z]|\d+(?:[.,]\d+)*")
_PART = re.compile(r"[A-Za-z]+")
_THE = re.compile(r"^the\s+", re.I)
_HEDGE = re.compile(r"^(?:nearly|almost|about|around|some|roughly|over|just|only|more than|less than|up to)\s+", re.I)


def _initials(form: str) -> str:
    """ "World Health Organisation" → "WHO", "U.S. Department of Agriculture" → "USDA"."""
    letters = [p[0] for w in form.split() if w[:1].isupper() for p in _PART.findall(w)]
    return "".join(letters).upper() if len(letters) >= 2 else ""


def _is_place(word: str) -> bool:
    """ "Texas", "Australia": a title naming the place gives no body or person away."""
    from quizgen.facts.places import US_STATES, country_names

    return word in US_STATES or word in country_names()


def _name_words(form: str) -> list[str]:
    """The words that tell which one a name is: its first and last, leaving out "National",
    "Department" and places ("Tower" of "Tower Commission", "Wyche" of "Vanessa Wyche")."""
    words = [w for w in _WORD.findall(form) if w[0].isupper() and len(w) > 1]
    telling = [w for w in words if w.lower().rstrip(".") not in _PLAIN and not _is_place(w)]
    return list(dict.fromkeys(telling[:1] + telling[-1:]))


def _pieces(form: str, question: Question, names: bool) -> list[str]:
    """What of one answer form, if it stands in a title, gives the answer away.

    The whole form; for a number its figures; for a name (not a post, a date or a description
    such as "a source close to the bank") its initials and its telling words.
    """
    if question.kind == "number":
        bare = _HEDGE.sub("", form)  # "nearly six million": the title says "six million"
        return [form, bare, *(w for w in _WORD.findall(form) if w[0].isdigit())]
    if not names:
        return [form]
    bare = _THE.sub("", form)
    if not bare[:1].isupper():
        return [form]
    return [form, _initials(bare), *_name_words(bare)]


def _asks_name(question: Question) -> bool:
    """Does the question ask for a person or a body (not a post, a date or a number)?"""
    if question.kind in ("date", "number", "acronym"):
        return False  # the whole form only (and a number's figures): a title's "Harbor" is not "HTA"
    asked = f" {question.question.lower()}"
    return question.kind != "role" or " who " in asked


def _pattern(piece: str, caps: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if caps or " " in piece or not piece[:1].isalpha() else 0
    return re.compile(rf"(?<![\w.]){re.escape(piece)}(?![\w]|\.\w|[.,]\d)", flags)


def blanked(question: Question, title: str, text: str = "") -> str:
    """`title` with every piece of the answer it holds replaced by a blank.

    A piece the question itself spells out ("What does WHO stand for?") is not blanked: it is
    no secret. A title in capitals ("TOWER REPORT …") is matched without case.
    """
    caps = title.upper() == title
    asked = question.question
    shown = title
    names = _asks_name(question)
    found = {p for form in answer_forms(question, text) for p in _pieces(form, question, names) if p}
    pieces = sorted(found, key=len, reverse=True)  # "Royal Trust" before "Trust"
    for piece in pieces:
        if _pattern(piece, caps=False).search(asked):
            continue
        shown = _pattern(piece, caps).sub(BLANK, shown)
    return re.sub(rf"{BLANK}(?:\s+{BLANK})+", BLANK, shown)


def shown_title(question: Question, article: Article | None) -> str:
    """The title a learner sees above `question` ("" when the article or its title is unknown)."""
    if article is None or not article.title.strip():
        return ""
    return blanked(question, article.title, f"{article.text}\n{question.source}")


def shown_byline(question: Question, article: Article) -> str:
    """ "Title · 30 May 2020" as `Article.byline` writes it, the title blanked as above."""
    title = shown_title(question, article) or article.id
    if article.published is None:
        return title
    return f"{title} · {article.published.day} {article.published:%B %Y}"
