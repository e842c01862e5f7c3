"""'Orvik Ferries posted higher profit …, the ferry company reported': a body named as the subject of
what "the <kind>" reports is that body speaking of itself.

Business and agency copy opens so ("The Harbour Authority is moving its offices …, the agency said")
and goes on with "the company said" for the next figure. The kind word never names another body the
article gave (then which one is open), and "the rival company" is someone else: no question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import REPORTING
from quizgen.facts.org_refs import KIND_NAME_WORDS, KIND_NOUNS, headed_by, may_be_called

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Speaker

#: Words before a kind noun that make it some other body than the one just named.
_OTHER_BODY = {
    "rival",
    "other",
    "parent",
    "sister",
    "partner",
    "smaller",
    "larger",
    "bigger",
    "former",
    "new",
    "remaining",
}


def self_reported_body(ctx: ArticleContext, token: Token, again: bool = True) -> Span | None:
    """The named body that "the <kind>" at `token`, the subject of a reporting verb after the clause it
    reports, stands for: the clause's own subject, or (with `again`) the body such a "the <kind>" of the
    same kind stood for in the sentence before ("Revenue hit $2 billion, the company said")."""
    if not _plain_kind(token) or ctx.in_quote(token.idx):
        return None
    clause = reported_clause(token)
    subject = _subject_of(clause)
    ent = ctx.ent_at(subject) if subject is not None else None
    if (ent is not None and ent.label_ == "ORG") or (subject is not None and subject.pos_ == "PROPN"):
        if ent is None or ent.label_ != "ORG" or not _opens_sentence(ent) or _named_apart(ctx, ent, token):
            return None  # a person, a place, or a body named in passing: not this one's words
        if not may_be_called(ent.text, token):
            return None  # "Skyway Airlines threatened to fire …, the union said": someone else's report
        cut = next((t.i for t in ent if t.text == "("), ent.end)  # "The Harbour Authority (HA": the name only
        return ent.doc[ent.start : cut]
    return _again(ctx, token) if again and clause is not None else None


def _plain_kind(token: Token) -> bool:
    """ "the company", "the networking company", "the law enforcement agency": "the", then only
    lower-case words that say what kind of body, never "the rival company"."""
    if token.tag_ != "NN" or token.lemma_.lower() not in KIND_NOUNS:
        return False
    before = [c for c in token.children if c.i < token.i]
    if not before or before[0].lower_ != "the" or before[0].dep_ != "det":
        return False
    words = token.doc[before[0].i + 1 : token.i]
    return all(
        w.is_lower and w.is_alpha and w.pos_ in ("NOUN", "ADJ", "VERB") and w.lower_ not in _OTHER_BODY for w in words
    )


def _opens_sentence(ent: Span) -> bool:
    """The name is what the sentence is about: it comes first (after "The", if anything)."""
    lead = ent.doc[ent.sent.start : ent.start]
    return all(t.lower_ == "the" for t in lead)


def _named_apart(ctx: ArticleContext, ent: Span, kind: Token) -> bool:
    """ "Harbour Bank will cut jobs after the Bank of England cut rates, the bank said": another body
    of that kind named in the same sentence, so which one speaks is open. (One named elsewhere is no
    rival: the clause's opening name is what the sentence is about.)"""
    name = ent.text.lower().removeprefix("the ")
    sent = kind.sent
    for span in ctx.org_spans:
        other = span.text.lower().removeprefix("the ")
        if sent.start <= span.start < sent.end and other != name and headed_by_kind(other, kind):
            return True
    return False


def headed_by_kind(name: str, kind: Token) -> bool:
    """ "Bank of England", "Harbour Bank", "Nordic Airways" for "the airline": the word that heads the
    name (its last, or the one before "of"/"for") says the kind."""
    word = kind.lemma_.lower()
    return headed_by(name, word, KIND_NAME_WORDS.get(word, {word, word + "s"}))


def _again(ctx: ArticleContext, token: Token) -> Span | None:
    """ "…, the networking company reported. Revenue hit $2 billion, the company said": the one
    reporting subject of the sentence before is "the <kind>" of the same kind, standing for a body."""
    if token.sent.start == 0:
        return None
    before = ctx.doc[token.sent.start - 1].sent
    speaking = [t for t in before if t.dep_ == "nsubj" and t.head.lemma_ in REPORTING and not ctx.in_quote(t.idx)]
    if len(speaking) != 1 or speaking[0].lemma_.lower() != token.lemma_.lower():
        return None
    return self_reported_body(ctx, speaking[0], again=False)


def own_name_as_it(text: str, speaker: Speaker) -> str:
    """ "Which organization said that the Harbour Authority (HA) is moving …?" gives the answer away:
    a body's clause that opens with its own name (and its acronym in brackets) says "it" instead."""
    if speaker.wh == "Who":
        return text
    for name in sorted({speaker.name, *speaker.aliases}, key=len, reverse=True):
        m = re.match(r"(\w+ that )?(?:[Tt]he )?" + re.escape(name) + r"(?: \([A-Z]{2,}\))? (?=[a-z])", text)
        if m:
            return (m.group(1) or "") + "it " + text[m.end() :]
    return text


def reported_subject(token: Token) -> Token | None:
    """The subject of the clause the reporting verb of `token` (its subject, after that clause)
    reports: "Northfield" in "Northfield plans to close 18 branches, the bank said"."""
    return _subject_of(reported_clause(token))


def reported_clause(token: Token) -> Token | None:
    """The verb of the clause that the reporting verb of `token` reports, when `token` is that verb's
    subject and comes after the clause ("… plans to close 18 branches, the bank said")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in REPORTING:
        return None
    clause = verb.head if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < token.i else None
    return clause or next((c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i), None)


def _subject_of(clause: Token | None) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
