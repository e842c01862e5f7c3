"""A person's age as news gives it, set off by commas after the name: "Ann Ruiz, 58, who was elected
in 2019, …" → How old is Ann Ruiz? Only for a name the article resolves to a person, and never in a
sentence about a death (the age then is the age at death, which "How old is" would misstate)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.people import Person

#: Verbs whose sentence gives an age at death or in the past, not a person's age today.
PAST_LIFE = {"die", "kill", "murder", "bury", "mourn", "pass", "succumb", "drown", "shoot", "execute"}


def ask_age(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(How old is <person>?, age) for an age set off after a person's name, else None."""
    if len(ent) != 1 or not re.fullmatch(r"[1-9]\d", ent.text) or not 16 <= int(ent.text) <= 110:
        return None
    doc, tok = ent.doc, ent[0]
    if tok.dep_ not in ("appos", "npadvmod", "amod", "nummod") or tok.head.pos_ != "PROPN" or tok.head.i > tok.i:
        return None
    if not (tok.i > 0 and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","):
        return None
    if ctx.in_quote(tok.idx) or any(t.lemma_.lower() in PAST_LIFE for t in ent.sent):
        return None
    person = _introduced(ctx, tok.head)
    if person is None or tok.head.i != tok.i - 2:
        return None
    return f"How old is {person.name}?", ent.text


#: "16-year-old", as the tagger gives it (sometimes with the article before it).
_HYPHENED = re.compile(r"(?:an? )?([1-9]\d?)-year-old", re.I)


def ask_described_age(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'Ann Ruiz, a 16-year-old pupil, …' or 'a 58-year-old teacher, Tom Lee, …' → How old is
    Ann Ruiz? → 17: an age that describes a noun set beside a person's name. Never a thing's age
    ("a 300-year-old specimen"), never an age in a sentence about a death."""
    found = _HYPHENED.fullmatch(ent.text.strip())
    old = next((t for t in ent if t.lower_ == "old"), None)
    if found is None or old is None or old.dep_ != "amod" or not _person_noun(old.head):
        return None
    noun = old.head
    name: Token | None = noun.head
    if noun.dep_ != "appos" or noun.head.pos_ != "PROPN":
        name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or ctx.in_quote(ent.start_char) or any(t.lemma_.lower() in PAST_LIFE for t in ent.sent):
        return None
    person = _introduced(ctx, name)
    if person is None:  # "her 8-year-old son, Gideon": a lone given name, often tagged ORG or GPE
        return _kin_age(ctx, noun, name, found.group(1))
    return f"How old is {person.name}?", found.group(1)


#: Family nouns whose owner a question can name: "Ann Ruiz's son, Gideon".
KIN = set(
    "son daughter mother father wife husband brother sister child grandson granddaughter grandmother "
    "grandfather niece nephew stepson stepdaughter".split()
)


def _kin_age(ctx: ArticleContext, noun: Token, name: Token, age: str) -> tuple[str, str] | None:
    """'Her 8-year-old son, Gideon, was unhurt' → How old is Rachel Tombs's son, Gideon?: the relative
    asked through the person whose relative they are, when the article names that person; None otherwise."""
    if noun.lemma_.lower() not in KIN or name.dep_ != "appos" or name.head != noun or name.i < noun.i:
        return None
    if not name.text.istitle() or any(c.dep_ != "punct" for c in name.children) or name.i + 1 >= len(name.doc):
        return None  # a lone given name, set off by commas: "son, Gideon,"
    if name.doc[name.i + 1].text not in (",", ".", "—", "-") or name.doc[name.i - 1].text != ",":
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    owner = None
    if poss is not None and poss.lower_ in ("his", "her"):
        owner = ctx.possessive_person(poss) or _listed_owner(ctx, noun, poss)
    elif poss is not None and poss.pos_ == "PROPN":
        owner = ctx.resolve_person(poss)
    if owner is None or name.text in owner.name.split():
        return None
    return f"How old is {owner.name}'s {noun.lower_}, {name.text}?", age


def _person_noun(noun: Token) -> bool:
    """'a 16-year-old pupil', and 'the 21-year-old Spaniard', a nationality the tagger calls a name."""
    return noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.ent_type_ == "NORP" and len(list(noun.children)) <= 3)


def ask_fronted_age(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'At 20, Lund is the youngest winner since 2002' → How old is Pia Lund? → 20. Only with "is"
    or "are": "At 20, Lund was drafted" gives the age at a past event, not the person's age."""
    if len(ent) != 1 or not re.fullmatch(r"[1-9]\d", ent.text) or not 12 <= int(ent.text) <= 110:
        return None
    doc, tok = ent.doc, ent[0]
    at = tok.head
    if tok.dep_ != "pobj" or at.lower_ != "at" or at.i != tok.sent.start or at.i + 1 != tok.i:
        return None
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "," or ctx.in_quote(tok.idx):
        return None
    verb = at.head
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = _introduced(ctx, subject) if subject is not None and subject.pos_ == "PROPN" else None
    if person is None:
        return None
    said = _what_is_said(verb)
    return (f"How old is {person.name}{', ' + said if said else ''}?", ent.text)


def _introduced(ctx: ArticleContext, name: Token) -> Person | None:
    """The person a name means, unless it is a lone surname written before that person's full name
    ("McKean, 41, …" and only later "David McKean"): then it is someone the article never named in full."""
    person = ctx.resolve_person(name)
    if person is None or name.doc[name.i - 1 : name.i].text[:1].isupper() or name.idx >= person.first_seen:
        return person
    return None


def _what_is_said(verb: Token) -> str:
    """'is the youngest Swede to reach a final since Eva Lind at 18': the description the age is
    told with, up to any phrase that holds another figure or a date ("the youngest Swede to reach a
    final"); "" when there is none or it runs long."""
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    if attr is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in attr.children):
        return ""
    words = []
    for tok in attr.subtree:
        if tok.dep_ == "prep" and tok.i > attr.i and any(t.like_num or t.ent_type_ == "DATE" for t in tok.subtree):
            break
        words.append(tok)
    return "" if len(words) > 12 or any(t.like_num for t in words) else "".join(t.text_with_ws for t in words).strip()


def _listed_owner(ctx: ArticleContext, noun: Token, poss: Token) -> Person | None:
    """ "Ann Ruiz and her son, Tom, …": the person named just before "and her", when the pronoun does not
    point to someone else."""
    first = noun.head
    if noun.dep_ != "conj" or first.pos_ != "PROPN" or not any(c.lower_ == "and" for c in first.children):
        return None
    owner = _introduced(ctx, first)
    said = ctx.pronoun_person(poss)
    return owner if owner is not None and (said is None or said == owner) else None
