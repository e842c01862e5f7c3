"""A mention that only counts ("approximately 30 students"), named again later ("the students"): what
its sentence ties it to names which ones ("the students of the fast-track program").

Only a verb of belonging ties the two: a student joins a programme and a programme admits a student,
but gunmen who attacked a village are not "the gunmen of the village", nor are the people a fire
killed "the people of the fire". Any other verb leaves the mention unnamed (the caller asks nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Verbs whose subject becomes one of its object's ("40 students will join the programme", "work at the plant").
JOINING = frozenset("join enrol enroll enter study work serve live compete play".split())
#: Verbs whose object becomes one of its subject's ("the program will admit 30 students", "employs 300 people").
TAKING_IN = frozenset("admit enrol enroll recruit hire employ accept include host welcome house field".split())
#: Prepositions that tie a subject to where it belongs ("enrol in", "work at", "admitted into").
_BELONGING_PREPS = ("in", "into", "on", "for", "at")


def count_only(chunk: Span, head: Token) -> bool:
    """ "approximately 30 students" of "the students": the earlier mention adds a count, nothing that
    says which students ("the approximately 30 students" leaves a learner asking which)."""
    if chunk[0].dep_ == "det":
        return False  # "the two sides": the two the story is about
    rest = [t for t in chunk if t.i != chunk.root.i]
    return (
        bool(rest)
        and any(t.like_num for t in rest)
        and all(t.like_num or t.dep_ in ("advmod", "quantmod") for t in rest)
    )


def tied_thing(chunk: Span) -> str | None:
    """What the counted mention's clause ties it to: "Around 40 students will join the new programme" →
    "the new programme", "The program will admit 30 students" → "the program"; None when no short
    thing is named, or the verb ties none ("30 gunmen attacked the village")."""
    verb = chunk.root.head
    lemma = verb.lemma_.lower()
    if chunk.root.dep_ == "nsubj" and lemma in JOINING:
        tied = [c for c in verb.children if c.dep_ == "dobj"] or _prep_objects(verb)
    elif chunk.root.dep_ == "nsubjpass" and lemma in TAKING_IN:
        tied = _prep_objects(verb)  # "30 students were admitted into the program"
    elif chunk.root.dep_ == "dobj" and lemma in TAKING_IN:
        tied = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return None
    if not tied or tied[0].pos_ != "NOUN":
        return None
    span = tied[0].doc[tied[0].left_edge.i : tied[0].right_edge.i + 1]  # "the fast-track program", hyphen kept
    words = [t for t in span if not t.is_punct]
    if len(words) > 5 or any(t.pos_ == "PRON" or t.like_num for t in words) or span[0].dep_ != "det":
        return None
    return f"the {span[1:].text}"


def _prep_objects(verb: Token) -> list[Token]:
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _BELONGING_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
