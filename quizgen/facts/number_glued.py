"""A change set off after a comma (", up 9 percent from a year earlier"): a second fact, which the
question of the clause before it would carry glued in."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def set_off_change(tok: Token) -> bool:
    """'4,210 boats on the list, down from 4,390 in spring', 'Sales hit $9m, up 9 percent from a year
    earlier': a change set off after a comma is a second fact; kept, it reads glued on ("… are there down
    from 4,390 in spring?", "How much did sales hit up 9 percent from a year earlier?")."""
    if tok.lower_ not in ("down", "up") or tok.dep_ != "advmod" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    if any(t.like_num for c in froms for t in c.subtree):
        return True
    return bool(froms) and any(c.dep_ == "npadvmod" and any(t.like_num for t in c.subtree) for c in tok.children)


def in_set_off_change(target: Span) -> bool:
    """The figure is the change of such a phrase ("Sales hit $9m, up 9 percent from a year earlier"): the
    clause around it says what the level is, not what rose, and the question would glue the phrase in
    ("By what percentage did sales hit $9m up from a year earlier?"), so it is not asked."""
    tok = target.root
    while tok.dep_ != "npadvmod" and tok.head.i != tok.i and tok.head.lower_ not in ("up", "down"):
        tok = tok.head
    return tok.dep_ == "npadvmod" and set_off_change(tok.head)  # not the earlier figure "from 4,390"


def earlier_of_set_off(target: Span) -> bool:
    """The earlier level of such a phrase after a clause not in the past ("will exceed 1 trillion yuan by
    2030, up from 330 billion yuan last year"): asked with the clause's verb it would teach that 330
    billion is what will be exceeded. After a past clause it was the same act's earlier figure ("earned
    $14.5 million, up from $10.1 million in the same quarter last year")."""
    root = target.root
    if root.dep_ != "pobj" or root.head.lower_ != "from" or not set_off_change(root.head.head):
        return False
    verb = root.head.head.head
    return verb.tag_ != "VBD" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
