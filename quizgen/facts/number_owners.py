"""Whose thing "its"/"their" stands before, when a figure sizes it: "Harbour College marks a record
in its 120-year history" → Harbour College's history. The owner is the named body (not a person)
that is the subject of the clause the pronoun sits in, or of the clauses that one hangs from; a
question naming a wrong owner teaches a wrong fact, so any rival owner on the way leaves it open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Clause links a pronoun's owner is followed up through ("received in its history", "to support their …").
_UP = {"acl", "relcl", "advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "dobj", "appos", "amod"}
#: Entity labels of an owner "its"/"their" may stand for.
_BODIES = {"ORG", "GPE", "FAC", "NORP"}


def body_owner(ctx: ArticleContext, pronoun: Token) -> str | None:
    """The name 'its'/'their' stands for, with no rival in between; None when unsure."""
    if pronoun.lower_ not in ("its", "their") or ctx.in_quote(pronoun.idx):
        return None
    subject = _subject_above(pronoun)
    if subject is None or subject.pos_ != "PROPN" or ctx.resolve_person(subject) is not None:
        return None
    tokens = _name_tokens(subject)
    if subject.ent_type_ not in _BODIES and words_of(tokens).strip(" ,") not in _bodies(ctx):
        return None  # the tagger may miss a name it found elsewhere: "Harbour College" is a body if it ever was
    joined = any(t.dep_ == "conj" for t in tokens)
    if pronoun.lower_ == "its" and (joined or subject.tag_ == "NNPS"):
        return None  # "its" is one body's, not a pair's
    if pronoun.lower_ == "their" and not joined and subject.tag_ != "NNPS":
        return None  # "Harbour Bank … their jobs": staff's, perhaps, not the bank's
    if _rival_between(ctx, max(t.i for t in tokens), pronoun):
        return None
    if any(t.pos_ == "PRON" or t.like_num for t in tokens):
        return None
    return lower_first(words_of(tokens).strip(" ,"))


def _bodies(ctx: ArticleContext) -> set[str]:
    """The names the article tags as a body somewhere, with and without "the"."""
    names = {e.text for e in ctx.ents if e.label_ in _BODIES}
    return names | {n[4:] for n in names if n.lower().startswith("the ")}


def _subject_above(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun that has one."""
    node = pronoun.head
    for _ in range(10):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = subjects[0] if subjects else None
        if len(subjects) > 1:
            return None  # two subjects of one verb ("LONDON, May 3 - Union officials have …"): a misparse
        if subject is not None and subject.i < pronoun.i:
            return subject
        if subject is not None or node.dep_ not in _UP or node.head == node:
            return None
        node = node.head
    return None


def _name_tokens(subject: Token) -> list[Token]:
    """The subject's name, with any body joined to it by "and", without asides or clauses."""
    skip = {"relcl", "acl", "punct", "prep", "det"}
    cut = {t.i for c in subject.children if c.dep_ in skip for t in c.subtree}
    for c in subject.subtree:  # "CSU, a university, and …": an aside set off by commas goes
        if c.dep_ == "appos" and c.i > 0 and c.doc[c.left_edge.i - 1].text == ",":
            cut |= {t.i for t in c.subtree}
    return [t for t in subject.subtree if t.i not in cut and t.text != ","]


def _rival_between(ctx: ArticleContext, after: int, pronoun: Token) -> bool:
    """Another name, an owner ("the museum's"), a subject, or (for "their") a plural noun between the
    subject and the pronoun: the pronoun may be that one's."""
    for tok in pronoun.doc[after + 1 : pronoun.i]:
        if tok.pos_ == "PROPN" or tok.dep_ in ("poss", "nsubj", "nsubjpass") or tok.pos_ == "PRON":
            return True
        if pronoun.lower_ == "their" and tok.tag_ == "NNS":
            return True
    return ctx.in_quote(pronoun.idx)
