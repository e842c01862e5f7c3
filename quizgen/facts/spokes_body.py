""" "The Department for Transport urged … . A spokesman said: '…'": whose spokesman.

A bare "a spokesman" speaks for the body the sentence before is about, but only when that body is its
subject and the one body there: after "Ofgem fined Brackley Power." the spokesman may be either's,
so nobody is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import FACELESS_SPEAKERS, NEWS_AGENCIES, REPORTING
from quizgen.facts.org_refs import KIND_NOUNS
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: The faceless speakers who speak for a body ("a spokesman", "a spokeswoman").
SPOKES_NOUNS = {word for word in FACELESS_SPEAKERS if word.startswith("spokes")}
#: Entity labels that speak as bodies ("Britain said", "Nato said"): each one a body in a sentence.
_BODY_LABELS = {"ORG", "GPE", "NORP", "FAC"}
#: Of those, a country or a people: its spokesman speaks for some ministry the sentence does not name.
_COUNTRY_LABELS = {"GPE", "NORP"}


def spokes_body(ctx: ArticleContext, token: Token) -> str | None:
    """The body a bare "a spokesman" at `token` speaks for, by the rule above, or None."""
    kids = list(token.children)
    if token.lemma_.lower() not in SPOKES_NOUNS or ctx.in_quote(token.idx) or token.sent.start == 0:
        return None
    if token.dep_ != "nsubj" or token.head.lemma_ not in REPORTING:
        return None  # "a spokesman" who is said to have done something, not the one reporting
    if [c.lower_ for c in kids if c.i < token.i] != ["a"] or any(c.dep_ in ("prep", "appos", "acl") for c in kids):
        return None  # "a spokesman for Acme", "a union spokesman": said otherwise
    before = ctx.doc[token.sent.start - 1].sent
    bodies = _bodies_in(ctx, before)
    if len(bodies) != 1:
        return None
    body = bodies[0]
    if body.root.dep_ not in ("nsubj", "nsubjpass") or body.root.head.dep_ != "ROOT":
        return None
    if ctx.in_quote(body.start_char) or strip_the(body.text) in NEWS_AGENCIES:
        return None
    if body.label_ in _COUNTRY_LABELS:
        return None  # "Britain condemned …. A spokesman said": of which ministry, never "a Britain spokesman"
    return strip_the(body.text)


def _bodies_in(ctx: ArticleContext, sent: Span) -> list[Span]:
    """Every body `sent` names or points to ("the union", "ministers" make it more than one)."""
    found = [e for e in sent.ents if e.label_ in _BODY_LABELS]
    taken = {t.i for e in found for t in e}
    for t in sent:
        if t.i in taken:
            continue
        if t.pos_ == "NOUN" and (t.lemma_.lower() in KIND_NOUNS or t.lemma_.lower() in _MORE_BODIES):
            return [*found, sent[0:1]]  # a body it names by kind: more than one
        if t.pos_ == "PROPN" and not t.ent_type_ and not (t.dep_ == "compound" and t.head.pos_ == "PROPN"):
            start = t.i  # "The Fenmoor Water Agency", untagged: one body
            while start > sent.start and t.doc[start - 1].pos_ == "PROPN" and t.doc[start - 1].dep_ == "compound":
                start -= 1
            found.append(t.doc[start : t.i + 1])
        if t.ent_type_ == "PERSON" or t.lemma_.lower() in ("minister", "official", "officer"):
            return [*found, sent[0:1]]  # a person there may have the spokesman too
    return found


#: Nouns of bodies besides the kinds "the <kind>" stands for.
_MORE_BODIES = {"court", "police", "party", "regulator", "watchdog", "operator"}
