"""The event a date belongs to when it is a noun's, not the clause's: "Saturday's game at Bolton" →
When was the game at Bolton? Its words are cut where an aside begins, never at a hyphen inside a word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.lexicon import VAGUE_NOUNS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def event_time(ent: Span, noun: Token | None = None, attach: Token | None = None, ahead: bool = False) -> str | None:
    """'Saturday's game at Bolton' → When was the game at Bolton? Only a noun with words that single
    it out ("the elections" alone could be any), and only a past one.

    `noun` is the noun the date belongs to and `attach` the date's own word or preposition under
    it (by default the possessive date: "Saturday's"); `ahead`: the event is still to come.
    """
    noun = noun if noun is not None else ent.root.head
    attach = attach if attach is not None else ent.root
    if noun.pos_ != "NOUN" or (not ahead and re.search(r"\b(tomorrow|next|coming)\b", ent.text, re.I)):
        return None
    owner = [c for c in noun.children if c.dep_ == "poss" and c != attach]
    if owner and not (len(owner) == 1 and noun.lower_ in RESULT_NOUNS and _named_owner(owner[0])):
        return None  # "Ford's earnings last year": no "the" can stand before it
    if noun.lower_ in ("pct", "percent", "%", "per cent") or any(
        c.like_num and not ent.start <= c.i < ent.end and not _score(c) for c in noun.children
    ):
        return None  # "down from 1985's four pct": a figure of that year, no event
    skip = {t.i for t in attach.subtree}
    leave = () if owner else ("case",)  # (an owner keeps its "'s")
    cut = [
        t
        for t in noun.subtree
        if t.i > noun.i
        and t.i not in skip
        and (t.dep_ in ("appos", "relcl", "acl", "cc", "conj") or t.text in (",", ";", "(", "\u2014") or dash(t))
        and not (t.dep_ in ("cc", "conj") and t.head.head.lower_ == "between")  # ("summit between A and B")
    ]
    stop = min((t.left_edge.i for t in cut), default=noun.right_edge.i + 1)
    tokens = [
        t
        for t in noun.subtree
        if t.i not in skip
        and (noun.i <= t.i < stop or (t.i < noun.i and t.dep_ not in ("det", *leave) and t.head != ent.root))
    ]
    if not any(t.i != noun.i and not t.is_punct for t in tokens):
        return None  # the noun alone: nothing singles it out
    phrase = words_of(tokens).strip(" ,;:-")
    # ("the 1983 sale of its bank units": its owner is named, or the question dropped, when it is written)
    if not phrase or len(phrase.split()) > 14 or re.search(r"\b(his|her|their|this|these)\b", phrase):
        return None
    if re.search(r"\b(two|both) (sides|teams|clubs|men|countries)\b", phrase) or set(phrase.split()) & VAGUE_NOUNS:
        return None  # "When was the match between the two clubs?": which two, only the story knows
    be = ("are" if ahead else "were") if noun.tag_ == "NNS" else ("is" if ahead else "was")
    return f"When {be} {phrase}?" if owner else f"When {be} the {phrase}?"  # ("Ashford's 1-0 loss …")


#: A game's outcome, which its side's name may own ("Ashford's 1-0 loss against Kingsmere on Monday").
RESULT_NOUNS = frozenset({"loss", "defeat", "win", "victory", "draw"})


def _named_owner(owner: Token) -> bool:
    """A side named by its own name ("Ashford's", "Jamshedpur FC's"), not a pronoun or a common noun."""
    return owner.pos_ == "PROPN" and any(c.dep_ == "case" for c in owner.children)


def _score(number: Token) -> bool:
    """ "a 2-1 win", "the 3–0 defeat": a result's goals, no figure the year had."""
    doc = number.doc
    return number.i + 2 < len(doc) and doc[number.i + 1].text in ("-", "\u2013") and doc[number.i + 2].like_num


def dash(t: Token) -> bool:
    """A hyphen set apart as a dash ("the talks - held in May - ended"), not one inside a word
    ("the Dubai-based channel", which the tokenizer splits)."""
    return t.text == "-" and (bool(t.whitespace_) or (t.i > 0 and bool(t.doc[t.i - 1].whitespace_)))
