"""Results of games as sports pages give them: "the Hawks held off the Kings, 98-95", "City won 2-0
at the Riverside", "were beaten 3-0 in the series", "after Rovers' 2-1 loss against United".

A score is two figures read as one answer ("98-95"), so it is never asked as a count. After a result
verb it is asked "By what score …?", worded from its clause; sizing a result noun that says whose
result it is ("Rovers' 2-1 loss against United") it is asked "What was the score in …?". Anything
else (a score in a list of results, or a noun with no owner or rival) is left unasked.

A tally of votes written out ("approved the budget by 88 votes to 61") is one answer too: asked
"By how many votes …?" its first figure would read as the margin (88, not 27). It is asked "By what
vote …?" whole, and neither figure alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_ask import ask

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Verbs whose result a score gives.
RESULT_VERBS = {"win", "beat", "lose", "defeat", "draw", "edge", "hold", "thrash", "rout", "crush", "overcome", "tie"}
#: Verbs a tally of votes follows: "voted 7-2 to approve", "passed the bill 62-38", "ruled 5-4".
VOTE_VERBS = {"vote", "pass", "approve", "reject", "rule", "decide", "adopt", "uphold", "overturn", "confirm"}
#: Nouns a score sizes, that say whose result it is through an owner or a rival.
RESULT_NOUNS = {"win", "victory", "defeat", "loss", "draw", "triumph", "lead", "thrashing", "rout"}
#: Prepositions naming the rival or the event after a result noun.
_RIVAL = {"against", "over", "to", "at", "in", "with"}
_SCORE = re.compile(r"^\d{1,3}$")
_DASHES = ("-", "–", "—")


def score_span(ent: Span) -> Span | None:
    """The whole score an entity starts or holds ("98-95", "2 - 0"), or None."""
    doc = ent.doc
    first = next((t for t in ent if t.like_num), None)
    if first is None or not _SCORE.match(first.text):
        return None
    if first.i + 2 < len(doc) and doc[first.i + 1].text in _DASHES and _SCORE.match(doc[first.i + 2].text):
        if first.i > 0 and doc[first.i - 1].text in _DASHES:
            return None  # "a 6-4, 3-6, 7-5 win": one set of several
        if first.i > 3 and doc[first.i - 1].text == "," and doc[first.i - 3].text in _DASHES:
            return None  # the last set of "beat her 6-4, 3-6, 7-5": the match's score is all three
        return doc[first.i : first.i + 3]
    return None


def ask_score(ctx: ArticleContext, score: Span) -> tuple[str, str] | None:
    """(question, "98-95") for a score after a result verb or sizing a result noun, else None."""
    doc, first = ctx.doc, score[0]
    answer = score.text.replace(" ", "")
    noun = next((t.head for t in score if t.dep_ in ("nummod", "compound", "amod") and t.head.i > score.end - 1), None)
    if noun is not None and noun.lemma_.lower() in RESULT_NOUNS:
        question = _result_noun(noun, score)
        return (question, answer) if question else None
    verb = first.head if first.dep_ in ("npadvmod", "dobj", "oprd", "advmod", "appos") else None
    voted = verb is not None and verb.lemma_.lower() in VOTE_VERBS  # "voted 7-2 to approve", "ruled 5-4"
    if verb is None or verb.pos_ != "VERB" or (verb.lemma_.lower() not in RESULT_VERBS and not voted):
        return None
    after = doc[score.end : verb.sent.end]
    if any(t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in _DASHES and doc[t.i + 2].like_num for t in after):
        return None  # another score after it: a list of results, whose verb the parse may share
    target = doc[score.start - 1 : score.end] if doc[score.start - 1].text == "," else score
    if score.end < len(doc) and doc[score.end].text == ",":
        target = doc[target.start : score.end + 1]
    wh = ("By what margin" if verb.lemma_.lower() == "vote" else "By what vote") if voted else "By what score"
    question = ask(ctx, target, wh, drop_dates=False)  # ("By what vote did the council vote …" says it twice)
    return (question, answer) if question else None


def _result_noun(noun: Token, score: Span) -> str | None:
    """'Rovers' 2-1 loss against United' → What was the score in Rovers' loss against United?"""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    rival = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _RIVAL and c.i > noun.i), None)
    named = owner is not None and (owner.pos_ == "PROPN" or owner.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"))
    if owner is not None and not named or owner is None and rival is None:
        return None  # "its 2-1 win", "a 2-1 win": whose result, the question could not say
    if owner is None and rival is not None and rival.lower_ not in ("against", "over"):
        return None
    words = [t for t in noun.subtree if not score.start <= t.i < score.end]
    dropped = {u.i for t in noun.children if t.dep_ in ("amod", "det", "npadvmod") for u in t.subtree}
    words = [t for t in words if t.i not in dropped]  # "a hard-fought 31-24 win": the adjective whole, not "hard-"
    words = [t for t in words if t.i <= noun.i or rival is not None and t in list(rival.subtree)]
    if any(t.pos_ == "PRON" or t.ent_type_ in ("CARDINAL", "MONEY", "PERCENT") for t in words):
        return None
    phrase = words_of(words)
    det = "" if owner is not None else "the "
    return f"What was the score in {det}{phrase}?"


def scored_by(ent: Span) -> Token | None:
    """The verb "score" whose bare figure `ent` is ("Carl Mott scored 31 for the Hawks"), or None."""
    root = ent.root
    verb = root.head
    if root.pos_ != "NUM" or root.dep_ != "dobj" or verb.lemma_.lower() != "score":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb if subject is not None and subject.ent_type_ == "PERSON" else None


def ask_scored(ctx: ArticleContext, ent: Span, verb: Token) -> tuple[str, str] | None:
    """'Carl Mott scored 31 for the Hawks' → How many points did Carl Mott score for the Hawks?
    What the figure counts is read from the article: points where it speaks of points and never of
    runs, runs where it speaks of runs or wickets and never of points; otherwise nothing is asked."""
    text = ctx.text.lower()
    points = len(re.findall(r"\bpoints?\b", text))
    runs = len(re.findall(r"\b(?:runs?|wickets?|innings)\b", text))
    unit = "points" if points and not runs else "runs" if runs and not points else None
    if unit is None:
        return None
    root = ent.root
    start = min([ent.start, *(c.i for c in root.children if c.dep_ in ("det", "amod") and c.i < root.i)])
    question = ask(ctx, ctx.doc[start : ent.end], f"How many {unit}", drop_dates=False)
    return (question, ent.text.strip()) if question else None


def vote_tally(ent: Span) -> Span | None:
    """The whole tally a figure stands in ("88 votes to 61"), or None."""
    doc, first = ent.doc, ent.root
    if first.i >= 3 and doc[first.i - 1].lower_ == "to" and doc[first.i - 2].lower_ in ("votes", "vote"):
        first = doc[first.i - 3]  # the "61" of "88 votes to 61"
    if not first.like_num or first.i + 3 > len(doc) - 1 or doc[first.i + 1].lower_ not in ("votes", "vote"):
        return None
    return doc[first.i : first.i + 4] if doc[first.i + 2].lower_ == "to" and doc[first.i + 3].like_num else None


def ask_tally(ctx: ArticleContext, ent: Span, tally: Span) -> tuple[str, str] | None:
    """'approved the budget by 88 votes to 61' → By what vote did … approve the budget? (once, from its first figure)"""
    doc = ctx.doc
    if ent.start != tally.start or tally.start < 1 or doc[tally.start - 1].lower_ != "by":
        return None  # "despite 14 … voting against it" elsewhere is asked on its own; "a 60 votes to 40 win" is not
    question = ask(ctx, doc[tally.start - 1 : tally.end], "By what vote", drop_dates=False, whole_tally=True)
    return (question, tally.text) if question else None
