"""The age of someone news leaves unnamed: "A 45-year-old nurse who fled the flood told reporters …"
→ How old is the nurse who fled the flood?; "Police arrested a 19-year-old student of Varn" → How
old is the student of Varn whom police arrested? The clause that picks the person out goes into the
question; with none ("a 30-year-old man said"), nothing is asked: which man, the learner could not tell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import AGED_PEOPLE
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

_AGE = re.compile(r"(?:an? )?([1-9]\d?)-year-old", re.I)
#: Words of a sentence about a death: the age then is the age at death, not the person's age.
_DEATH = {"die", "kill", "murder", "bury", "mourn", "succumb", "drown", "shoot", "execute", "dead", "death", "body"}
#: Pronouns a clause about the person may hold: the person's own ("who left his house").
_OWN = {"who", "that", "his", "her", "him", "himself", "herself"}
_MAX_WORDS = 16


def ask_unnamed_age(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(How old is the <person as described>?, age) for "a 45-year-old <person noun>" that a clause
    picks out, else None."""
    found = _AGE.fullmatch(ent.text.strip())
    old = next((t for t in ent if t.lower_ == "old"), None)
    if found is None or old is None or old.dep_ != "amod" or ctx.in_quote(ent.start_char):
        return None
    noun = old.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in AGED_PEOPLE:
        return None
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if dets not in (["a"], ["an"]) or noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children):
        return None  # "the 70-year-old chairman" and "Ann Ruiz, a 58-year-old nurse" are asked elsewhere
    if any(t.lemma_.lower() in _DEATH for t in ent.sent):
        return None
    described = _described(noun, ent)
    if described is None:
        return None
    relcl = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
    if relcl is not None:
        clause = _clause(relcl)
        who = f"the {described} {clause}" if clause else None
    else:
        who = _object_of(noun, described)
    if who is None or len(who.split()) > _MAX_WORDS:
        return None
    return f"How old is {who}?", found.group(1)


def _described(noun: Token, ent: Span) -> str | None:
    """The person noun with its own words ("male university student of Varn"), up to a comma or clause."""
    doc = noun.doc
    stop = next((t.i for t in doc[noun.i : noun.right_edge.i + 1] if t.text in (",", ";", "(")), noun.right_edge.i + 1)
    stop = min([stop, *(c.left_edge.i for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i)])
    own = [t for t in noun.subtree if t.i < stop and not ent.start <= t.i < ent.end]
    tokens = [t for t in own if not (t.dep_ == "det" and t.head == noun)]
    if any(t.like_num or t.pos_ == "PRON" or t.ent_type_ in ("DATE", "CARDINAL", "MONEY") for t in tokens):
        return None
    return words_of(tokens).strip() or None


def _clause(relcl: Token) -> str | None:
    """'who fled the flood': a clause whose subject is the person, with no other figure or pronoun."""
    tokens = list(relcl.subtree)
    subject = next((c for c in relcl.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("who", "that") or tokens[0] != subject:
        return None
    if any(t.pos_ == "PRON" and t.lower_ not in _OWN or t.like_num for t in tokens):
        return None
    if any(t.dep_ in ("ccomp", "neg") or t.tag_ == "MD" for t in tokens):
        return None  # "who said …", "who could not …": no clause that picks out one person
    return words_of(tokens).strip(" ,")


def _object_of(noun: Token, described: str) -> str | None:
    """'Police arrested a 19-year-old student' → "the student whom police arrested"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.tag_ != "VBD" or any(c.dep_ in ("neg", "aux", "auxpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    skip = {"appos", "relcl", "acl", "punct", "prep", "conj", "cc"}
    cut = {t.i for c in subject.children if c.dep_ in skip for t in c.subtree}
    tokens = [t for t in subject.subtree if t.i not in cut]
    if any(t.like_num or t.pos_ == "PRON" for t in tokens):
        return None
    who = lower_first(words_of(tokens).strip())
    first = tokens[0]
    if first.i == first.sent.start and first.pos_ == "NOUN" and not first.ent_type_:
        who = who[:1].lower() + who[1:]  # "Police arrested …" → "whom police arrested"
    return f"the {described} whom {who} {verb.text}"
