"""An age said of someone by an epithet alone: "Police arrested Dean Collier on Saturday. The
38-year-old is due to appear in court" → How old is Dean Collier?

"The 38-year-old" stands for a person as "he" does. It is asked only when the sentence before is
about one named person, in the story's own voice and not as a speaker, beside no one unnamed ("a man")
whom the epithet may mean instead, and when no age the article gives that person contradicts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.doc_memo import span_ents
from quizgen.facts.epithets import CONTRADICTED, epithet, fit
from quizgen.facts.lexicon import PERSON_NOUNS
from quizgen.facts.number_ages import PAST_LIFE
from quizgen.facts.reported import SPEAKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext, Person


def ask_epithet_age(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(How old is <person>?, age) for "the 38-year-old" as a clause's subject, else None."""
    old = next((t for t in ent if t.lower_ == "old"), None)
    if old is None or old.dep_ not in ("nsubj", "nsubjpass") or ctx.in_quote(ent.start_char):
        return None
    said = epithet(old)
    if said is None or said.age is None or any(t.lemma_.lower() in PAST_LIFE for t in ent.sent):
        return None  # "the 38-year-old died": an age at death
    person = _named_just_before(ctx, ent)
    if person is None or fit(ctx, person, said) == CONTRADICTED:
        return None
    return f"How old is {person.name}?", str(said.age)


def _named_just_before(ctx: ArticleContext, ent: Span) -> Person | None:
    """The one person the sentence before is about: named there once in the story's own voice, as no
    speaker, beside no one unnamed. ("'…,' Inspector Kerry Watson said. The 38-year-old is due in
    court": the 38-year-old is the man arrested, not the officer who spoke.)"""
    sent = ent.sent
    if sent.start == 0 or any(e.label_ == "PERSON" for e in span_ents(sent)):
        return None
    before = ctx.doc[sent.start - 1].sent
    people = [e for e in span_ents(before) if e.label_ == "PERSON"]
    if len(people) != 1 or any(ctx.in_quote(t.idx) or t.is_quote for t in before):
        return None
    named = people[0].root
    if named.dep_ in ("nsubj", "nsubjpass") and named.head.lemma_ in SPEAKING:
        return None  # the speaker of the sentence before
    if any(unnamed_person(t) for t in [*before, *sent]):
        return None  # "A man attacked Ann Lind. The 38-year-old …": which of them, the text does not say
    return ctx.resolve_person(named)


def unnamed_person(token: Token) -> bool:
    """'a man', 'another driver', 'her former partner', 'the suspect': a person brought in without a
    name ("Ann Lind was attacked by her partner. The 31-year-old was charged": the partner was)."""
    if token.lemma_.lower() not in PERSON_NOUNS or token.tag_ != "NN":
        return False
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if any(d in ("a", "an", "another") for d in dets):
        return True
    owned = any(c.dep_ == "poss" for c in token.children) or "the" in dets
    return owned and not (token.dep_ == "appos" and token.head.pos_ == "PROPN")  # "Ann Lind, the driver,"
