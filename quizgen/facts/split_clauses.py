"""A reported clause the parser tore in two around an aside on its subject.

In "The union said the deal offered by the airline, a 4 percent rise over two years, fell short of
inflation" the small model makes the aside's noun ("rise") a verbless clause with the deal for its
subject, and "fell short …" a second clause with no subject. Asked as parsed, one question has no
verb ("… said that the deal offered by the airline, a 4 percent rise over two years?") and the
other no subject ("… said that fell far short of inflation?"). The clause is one: its subject, then
its verb, the aside dropped ("… said that the deal offered by the airline fell far short of inflation?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Dependencies that give a clause its subject.
SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
#: Tags of a verb that needs a subject of its own (not "to go", "going", "gone").
FINITE = ("VBD", "VBZ", "VBP", "MD")


def has_subject(head: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in head.children)


def finite(head: Token) -> bool:
    """A verb that tells its tense: "fell", "will fall", "has fallen" (not "to fall", "falling")."""
    return head.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in head.children)


def subjectless(head: Token) -> bool:
    """A finite clause with no subject of its own: asked alone, "said that fell short of …"."""
    return head.pos_ in ("VERB", "AUX") and finite(head) and not has_subject(head)


def verbless(head: Token) -> bool:
    """A noun the parser made a clause's head, with a subject but no verb: "[the deal, a 4% rise]"."""
    return head.pos_ in ("NOUN", "PROPN", "NUM") and not any(c.dep_ in ("aux", "auxpass", "cop") for c in head.children)


def aside_split(verb: Token, head: Token) -> tuple[Token, Token] | None:
    """(subject, verb) of the one clause the parser split into a verbless aside and `head`, or None.

    `head` is one of `verb`'s clauses: either the verbless one (its subject the clause's) or the
    subjectless one right after it, after a comma."""
    clauses = sorted((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), key=lambda c: c.i)
    doc = verb.doc
    for noun, rest in zip(clauses, clauses[1:], strict=False):
        if head not in (noun, rest) or not (verbless(noun) or _participle(noun)) or not subjectless(rest):
            continue
        subjects = [c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or rest.left_edge.i <= noun.right_edge.i:
            continue
        subject = subjects[0] if verbless(noun) else noun  # "the plan put forward by developers, which …"
        aside = doc[_subject_end(subject) : rest.left_edge.i]
        if not len(aside) or aside[0].text not in (",", "(", "-", "\u2013", "\u2014"):
            continue  # the aside is set off by a comma, a bracket or a dash
        return subject, rest
    return _object_split(verb, head)


def _object_split(verb: Token, head: Token) -> tuple[Token, Token] | None:
    """'said [the consultation], held over two weeks, [was run by officials]': the subject read as the
    object of "said", its aside set off by commas, and the clause's verb left without a subject."""
    if head.dep_ != "ccomp" or head.head != verb or not subjectless(head):
        return None
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < head.i]
    if not objects or verb.lemma_ == "tell" or objects[0].pos_ == "PRON":  # "told reporters, …": the hearer
        return None
    subject = objects[0]
    after = subject.right_edge.i + 1
    end = _subject_end(subject)
    if after >= len(doc) or doc[after].text != "," or head.left_edge.i != after + 1 or end >= after:
        return None  # no comma between the object and the verb, or no aside set off in the object
    return (subject, head) if doc[end].text in (",", "(", "\u2013", "\u2014") else None


def whole_clause(subject: Token, rest: Token, end: int) -> list[Token]:
    """The clause's words without the aside: the subject's, then the verb's up to `end`."""
    doc = subject.doc
    start = subject.left_edge.i
    while start < subject.i and (doc[start].is_punct or (doc[start].dep_ == "mark" and doc[start].lower_ == "that")):
        start += 1
    verb_start = rest.left_edge.i
    while verb_start < rest.i and doc[verb_start].is_punct:
        verb_start += 1
    return [*doc[start : _subject_end(subject)], *doc[verb_start:end]]


def _participle(head: Token) -> bool:
    """'[the plan put forward by developers], which …, would harm': a reduced relative read as a clause."""
    return head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _subject_end(subject: Token) -> int:
    """Where the subject's words end: before a comma the parser hung on it, or (for a participle's
    phrase) before the first comma that opens an aside in it."""
    end = subject.right_edge.i + 1
    if subject.pos_ == "VERB" or subject.dep_ == "dobj":
        end = next((t.i for t in subject.doc[subject.i : end] if t.text in (",", "(", "\u2013", "\u2014")), end)
    while end - 1 > subject.i and subject.doc[end - 1].is_punct:
        end -= 1
    return end
