"""The court a sentence was passed at: "Zhao was sentenced to 11 years in prison on Wednesday at the Ningbo
Intermediate People's Court" → "Which court sentenced Zhao to 11 years in prison?".

Court reports name the court as the place of a passive ("at", "in"), not as its agent ("by": see
agents.py), so the body that passed the sentence is never the subject. Asked only of a named person
sentenced, jailed, convicted or acquitted, with what the court gave (the term, the charge) after the
verb; a sentence that is only expected or denied is no ruling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.asserted import not_asserted
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.org_names import org_name

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: A ruling's verb and the preposition that says what it gave: "sentenced to", "convicted of".
RULINGS = {"sentence": "to", "jail": "for", "convict": "of", "acquit": "of"}
#: Last words of a court's name.
COURT_WORDS = frozenset({"Court", "Tribunal"})
#: Words a question may carry from the ruling, at most ("to 11 years in prison for taking bribes").
MAX_WORDS = 14


def court_sentences(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token]]]:
    """Each court named as where a person was sentenced, with its question."""
    from quizgen.nlp import tokens_where

    found = []
    for i in tokens_where(ctx.doc, "ORTH", COURT_WORDS.__contains__):  # no Token for the other words
        token = ctx.doc[i]
        if token.dep_ != "pobj" or token.head.lower_ not in ("at", "in"):
            continue
        court = _court_span(ctx, token)
        verb = _ruling(token.head.head)
        if court is None or verb is None or ctx.in_quote(token.idx) or i != court.end - 1:
            continue
        question = _question(verb)
        if question is not None:
            found.append((court, (question, [org_name(ctx, court)], verb)))
    return found


def _court_span(ctx: ArticleContext, token: Token) -> Span | None:
    """The court's whole name: the entity NER found (ORG or FAC), else the capitalised words before it."""
    ent = ctx.ent_at(token)
    if ent is not None and ent.end == token.i + 1:
        return ent
    first = token.i
    while first > token.sent.start and ctx.doc[first - 1].text[:1].isupper() and ctx.doc[first - 1].pos_ == "PROPN":
        first -= 1
    return ctx.doc[first : token.i + 1] if first < token.i else None


def _ruling(head: Token) -> Token | None:
    """The passive ruling verb the court phrase hangs on, or on a verb joined to it ("sentenced … and
    fined … at the court")."""
    for verb in (head, head.head if head.dep_ == "conj" else None):
        if verb is None or verb.lemma_ not in RULINGS or verb.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or not_asserted(verb):
            return None
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        return verb
    return None


def _question(verb: Token) -> str | None:
    """ "Which court sentenced Zhao Lirong to 11 years in prison?": the person named, and what was given."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return None  # "he was sentenced": who, the question would not say
    name = [t for t in subject.subtree if t.ent_type_ == "PERSON" and t.i <= subject.i]
    given = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == RULINGS[verb.lemma_]), None)
    if given is None:
        return None
    words = [t for t in given.subtree if not t.is_punct or t.text in ("-", "'")]
    if len(words) > MAX_WORDS or any(t.is_quote or t.text in ",;(" for t in given.subtree):
        return None
    return f"Which court {verb.text} {words_of(name)} {words_of(words)}?"
