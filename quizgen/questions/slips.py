"""Slips a tagged question can show, each checked on the tags (see grammar.py, which reads them).

A question cut short must end on a word that closes its phrase ("… and hoped …?" does not); a
demonstrative may point back into the article ("that option"); a function word capitalised inside
the question is a sentence opening glued in ("How old is At one point …"); a trailing relative
clause may repeat the verb before it ("to enable … that enables …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.vocabulary import POINTED_TIME_NOUNS, STORY_NOUNS

if TYPE_CHECKING:  # the types only
    from spacy.tokens import Doc

    from quizgen.questions.plain_doc import PlainDoc, PlainToken

#: Tags of a last word that leaves its phrase open: a verb wants its object, a figure its unit
#: ("… and hoped …?", "… only backing Humphreys 100 …?").
OPEN_TAGS = ("VB", "VBD", "VBG", "VBP", "VBZ", "MD", "CD", "IN", "TO", "DT", "PRP$", "WDT", "CC")
#: Words that open a clause, whatever the tagger calls them ("… 'hard-working' whilst …?").
OPENERS = set("whilst while although though because unless whereas if when after before since until and but or".split())


def loose_end(tokens: list[PlainToken], raw: str) -> str | None:
    """A question cut short ("Who said that … and hoped …?") must end on a word that closes its phrase
    (or on a closing quote mark: "… 'blamed each other …'?" ends the quoted words)."""
    if not raw.endswith("\u2026?") or len(tokens) < 2:
        return None
    last = _last_word(tokens[-1].doc, len(tokens[-1].doc) - 1)
    if last is None or last.text in CLOSERS:
        return None
    if _opens(last):
        return "cut after a word that needs more"
    return None


#: Quote marks that close a quotation.
CLOSERS = ("'", "\u2019", '"', "\u201d")


def _opens(token: PlainToken) -> bool:
    """Does this word leave its phrase open when a cut falls right after it?"""
    return token.lower_ in OPENERS or (
        token.tag_ in OPEN_TAGS and token.lower_ not in ("up", "out", "off", "down", "on", "in")
    )


def _last_word(doc: PlainDoc, before: int) -> PlainToken | None:
    """The last word or closing quote mark before token `before`, past other punctuation."""
    i = before - 1
    while i >= 0 and doc[i].is_punct and doc[i].text not in CLOSERS:
        i -= 1
    return doc[i] if i >= 0 else None


def stray_capital(token: PlainToken, nxt: PlainToken | None) -> bool:
    """A function word capitalised inside the question: the article's sentence opening ("At one
    point …") moved into it. A capital before another, or after a name, is a title's."""
    if not token.text[:1].isupper() or token.text == "I" or token.nbor(-1).text in ('"', "\u201c", ":", "'", "\u2018"):
        return False
    if token.nbor(-1).tag_ in ("NNP", "NNPS") or (nxt is not None and nxt.text[:1].isupper()):
        return False  # "the Agreement Between the Governments …", "with The Courier": a title's own capitals
    return token.tag_ in ("DT", "IN", "RB", "CC", "PRP", "MD", "WRB", "TO")


def echo_clause(tokens: list[PlainToken]) -> int | None:
    """Where a last relative clause starts whose verb repeats an earlier one ("… a facility to
    enable research that enables the space economy?"): the question reads better without it."""
    for n, (rel, verb) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if rel.lower_ not in ("that", "which") or rel.tag_ != "WDT" or not verb.tag_.startswith("VB"):
            continue
        stem = _verb_stem(verb.lower_)
        if n >= 6 and any(t.tag_.startswith("VB") and _verb_stem(t.lower_) == stem for t in tokens[:n]):
            return rel.i
    return None


def _verb_stem(word: str) -> str:
    """ "enables", "enabled", "enable" → "enabl": one verb however it is inflected (crudely)."""
    return re.sub(r"(?:ing|ed|es|s|d)$", "", word)[:5]


#: Fewest words a question cut back to a closed phrase keeps (else it is dropped).
MIN_CUT_WORDS = 9


def closed_cut(tokens: list[PlainToken], doc: PlainDoc) -> str | None:
    """ "… with urgent cases and hoped …?" → "… with urgent cases …?": the cut moved back past the
    words that leave a phrase open (and the pronoun or "that" they hang on), never into a quotation."""
    last = _last_word(doc, len(doc) - 1)
    while last is not None and last.text not in CLOSERS and (_opens(last) or last.tag_ in ("PRP", "RB", "JJ", "POS")):
        last = _last_word(doc, last.i)
    if last is None or last.i + 1 < MIN_CUT_WORDS or last.i < len(doc) - 14:
        return None
    return doc[: last.i + 1].text + " \u2026?"


def points_back(tokens: list[PlainToken]) -> str | None:
    """ "When did the island drop that option?": which option, only the article
    knew. "this year" is the story's own time, and "said that growth …" a reported clause. (A
    statement is recognised as it stands: "Who said that these figures were late?")"""
    for n, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if a.lower_ not in ("this", "that", "these", "those") or a.tag_ != "DT" or b.i != a.i + 1:
            continue
        if not b.tag_.startswith("NN") or b.tag_.startswith("NNP") or b.lower_ in POINTED_TIME_NOUNS | STORY_NOUNS:
            continue
        if a.i > 0 and a.nbor(-1).lower_ == "of":
            continue  # "which of these organizations": the options are what it points to
        after = tokens[n + 2] if n + 2 < len(tokens) else None
        if a.lower_ == "that" and after is not None and after.tag_.startswith(("VB", "MD")):
            continue  # "found that pilots were …": the tagger's DT for a complementizer
        return "points back into the article"
    return None


def verbless_that(doc: Doc) -> bool:
    """ "Who said that the leader, Ann Ruiz, and her deputy, Tom Vale?": the reported clause lost its
    verb with the aside it was cut inside; "Who said that could help …?" kept it."""
    that = next((t for t in doc if t.lower_ == "that" and t.tag_ in ("IN", "WDT", "DT")), None)
    return that is not None and not any(t.tag_.startswith(("VB", "MD")) for t in doc[that.i + 1 :])


#: "this view", "these figures" in a statement's own words: a thing the article named before.
_DEMONSTRATIVE = re.compile(
    r"(?<!of )\b[Tt]h(?:is|ese) ([a-z]+)(?: ([a-z]+))?"  # not "Which of these people"
    r"|\b(?:on|in|about|for|over|with|at|from|by|under|against|after|before) th(?:at|ose) ([a-z]+)(?: ([a-z]+))?"
)  # "the vote on that issue": "that" after a preposition is no "said that"


def statement_points_back(unquoted: str) -> bool:
    """ "Who said that this view is widely held?": which view, the question cannot say. Times ("this
    year", "this critical time") and the story itself ("this research") are named well enough."""
    for m in _DEMONSTRATIVE.finditer(unquoted):
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if not {first, second or ""} & (POINTED_TIME_NOUNS | STORY_NOUNS) and not first.endswith("'s"):
            return True
    return False
