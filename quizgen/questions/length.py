"""Questions short enough to read at a glance: a long quotation is cut.

A teacher's question rarely runs past twenty-odd words. In a speaker question ("Who said “…”?") the
quoted words only say which statement is meant, so their tail can go: the cut falls at a clause
boundary when one is near, never on a loose function word, and is marked with an ellipsis. The
answer (the speaker) is untouched. Reported speech ("Who said that …?") is left whole: its point
is often in its last words.
"""

from __future__ import annotations

import re

from quizgen.facts.lexicon import CUT_ENDS
from quizgen.facts.quote_points import LEADING_CLAUSE as _LEADING_CLAUSE
from quizgen.facts.quote_points import granted_rest, point_reached
from quizgen.facts.quote_sentences import whole_sentences

#: Past this many words a question is cut back to TARGET_WORDS; a word or two over is left whole.
MAX_WORDS = 25
TARGET_WORDS = 20
#: Fewest words of the statement kept, so that it still says which statement is meant.
MIN_KEPT = 9
QUOTED = re.compile(r"([\"\u201c])([^\"\u201c\u201d]+)([\"\u201d])")
#: Words a cut question must not end on: function words, and auxiliaries of every tense.
LOOSE_ENDS = CUT_ENDS | {"being", "can", "did", "do", "does", "might", "must", "very", "whose", "shall", "not"}
#: Prepositions and subject pronouns: a cut after one leaves its object or its verb behind ("… a deal with …").
LOOSE_ENDS |= set("into about under through between against toward towards during without within upon".split())
LOOSE_ENDS |= set("among across via despite including amid i we you he she they it".split())
#: Words after which the next is a verb that may want its object ("… working hard to find …", "… we must build …").
BEFORE_VERB = {"to", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "i", "we", "they"}
#: An aside set off by commas: ", which are part of the plan,", ", who joined in May,", ", as shown by
#: this study,".
ASIDE = re.compile(r",\s+(?:which|who|whose|where|whom|as\s+\w+(?:ed|en|wn)\b)[^,;\u201c\u201d\"]*,\s*")
#: An aside opened and not yet closed at the end of a cut.
ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose|where|whom)\b[^,]*$")
#: "they've", "we're", "it's": a verb's first half.
CONTRACTED = re.compile(r"['\u2019](ve|re|ll|d|s|m)$", re.I)


def shorten(question: str) -> str:
    """The question with its quotation cut so that it stays near TARGET_WORDS."""
    if len(question.split()) <= MAX_WORDS:
        return question
    excess = len(question.split()) - TARGET_WORDS
    quoted = QUOTED.search(question)
    if quoted is not None:
        open_, inner, close = quoted.groups()
        cut = _cut(inner, len(inner.split()) - excess)
        return question[: quoted.start()] + open_ + cut + close + question[quoted.end() :]
    return question  # reported speech keeps its clause whole: its point is often at the end


def _cut(text: str, keep: int) -> str:
    """The first `keep` words of `text` (at least MIN_KEPT), ended at a clause boundary if one is near.

    An aside between commas ("…, which are part of the plan, …") goes first, marked with an
    ellipsis, so the statement keeps its verb; a cut never ends inside an aside."""
    text = re.sub(r"\s*\u2026\s*$", "", text.strip())
    words = text.split()
    keep = max(keep, MIN_KEPT)
    if keep >= len(words):
        return text
    sentences = whole_sentences(words, keep)
    if sentences:
        return sentences  # "Pilots keep every working port open. [They …]": whole, no ellipsis
    without = ASIDE.sub(" \u2026 ", text, count=1)
    if without != text:
        return without if len(without.split()) - 1 <= keep + 2 else _cut(without, keep + 1)
    if ASIDE_OPEN.search(" ".join(words[:keep])):
        return text  # the cut would end inside "…, which …": better long than torn
    rest = granted_rest(text)
    if rest is not None:
        return "\u2026 " + _cut(rest, keep)  # "Yes, …, [but the title is won by …]"
    cut = " ".join(words[:keep])
    opening = _first_boundary(text) if _LEADING_CLAUSE.match(text) else -1
    if opening > 0 and len(text[:opening].split()) > keep // 2:
        return "\u2026 " + _cut(text[opening + 1 :].lstrip(" -;,"), keep)  # "Despite …, [noise levels have fallen …]"
    boundary = max(cut.rfind(", "), cut.rfind("; "), cut.rfind(" - "))
    if _LEADING_CLAUSE.match(cut) and boundary == _first_boundary(cut):
        boundary = -1  # "if the minister decides …," alone says nothing: the main clause's words stay
    reached = point_reached(words, keep)
    if reached >= len(words):
        return text
    if reached > keep:  # a gerund subject's verb, an opening clause's main clause: kept, not cut back
        cut, boundary = " ".join(words[:reached]), -1
    if boundary > len(cut) * 0.5:
        cut = cut[:boundary]
    kept = cut.split()
    while len(kept) > MIN_KEPT // 2 and (_loose(kept[-1]) or _object_lost(kept)):
        kept.pop()
    short = " ".join(kept).rstrip(",;: ")
    if short.count("(") != short.count(")") or short.count("[") != short.count("]") or short.count('"') % 2:
        return text  # a cut inside brackets would leave them open: better long than torn
    return short + " \u2026"


def _first_boundary(text: str) -> int:
    """Where the first comma, semicolon or dash of `text` stands (-1 when none)."""
    found = [i for i in (text.find(", "), text.find("; "), text.find(" - ")) if i >= 0]
    return min(found) if found else -1


def _loose(word: str) -> bool:
    """A word a cut must not end on: a function word, an auxiliary, a contraction, a lone mark."""
    bare = word.lower().strip(",;:")
    return not bare or bare in LOOSE_ENDS or bool(CONTRACTED.search(bare)) or bare.endswith(".")


def _object_lost(kept: list[str]) -> bool:
    """ "… working hard to find", "… we will build": a verb cut off from what it acts on (the cut loses
    the point, and the question ends on a word that asks for more)."""
    last = kept[-1]
    return len(kept) > 1 and last.isalpha() and last.islower() and kept[-2].lower() in BEFORE_VERB
