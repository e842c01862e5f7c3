"""What an org-event question leaves out of the article's clause, so that it reads on its own:
the next clause's subject, a clause with a loose pronoun, an aside, a second object glued on by the
parser, and dates only the article can place ("that day", "on Saturday", "earlier this week").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Words that make a date one only the article can place.
RELATIVE_DATE = re.compile(
    r"\b(this|that|last|next|earlier|later|today|yesterday|tomorrow|tonight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
#: Nouns of a stretch of time ("that day", "this week").
TIME_NOUNS = {"day", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend"}


def _next_subject(verb: Token) -> Span | None:
    """'… on a future mission and Japan will provide …': the parser hung the next clause's subject
    on a noun of this one; "and Japan" is no part of what this organisation did."""
    doc = verb.doc
    for t in verb.subtree:
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.dep_ == "conj" and t.i > 0 and doc[t.i - 1].dep_ == "cc" and after is not None and after.tag_ == "MD":
            return doc[t.i - 1 : t.i + 1]
    return None


def asides(ctx: ArticleContext, verb: Token) -> list[Token]:
    """What the question leaves out of the clause: the next clause's subject, a clause with a loose
    pronoun, an aside (", which …"), a second object ("… as well as two missions"), a change (", up 9
    percent from a year earlier"), a date only the article can place ("that day", "earlier this week")."""
    spans = [
        _next_subject(verb),
        _pronoun_clause(ctx, verb),
        *_relative_asides(verb),
        _second_object(verb),
        _change_aside(verb),
        *relative_dates(ctx, verb),
    ]
    return [t for span in spans if span is not None for t in span]


def _relative_asides(verb: Token) -> list[Span]:
    """', which gives drivers the choice of …': an aside on a noun the organisation acted on; the
    question is clearer and shorter without it."""
    doc = verb.doc
    return [
        doc[t.left_edge.i - 1 : t.right_edge.i + 1]
        for t in verb.subtree
        if t.dep_ == "relcl"
        and t.i > verb.i
        and t.left_edge.i > 0
        and doc[t.left_edge.i - 1].text == ","
        and t.left_edge.lower_ in ("which", "who")
    ]


def _change_aside(verb: Token) -> Span | None:
    """'posted a net profit of 180 billion yuan, up 1.5 percent from a year earlier': how the figure moved,
    an aside the question would keep only in part ("… in the first half up 1.5 percent"), from what unsaid."""
    doc = verb.doc
    for c in verb.subtree:  # on the verb, or on its object ("a net profit …, up 12 percent")
        if (
            c.dep_ == "advmod"
            and c.lower_ in ("up", "down")
            and c.i > verb.i + 1
            and doc[c.i - 1].text == ","
            and (c.head == verb or (c.head.dep_ == "dobj" and c.head.head == verb))
        ):
            return doc[c.i - 1 : c.right_edge.i + 1]
    return None


def _second_object(verb: Token) -> Span | None:
    """'will provide the launch … as well as two missions': the parser hangs the second object on
    the verb, and the question would glue the two together; the first is asked alone (what follows the
    second may be its own: "… missions to the lunar surface")."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    joins = [c for c in verb.children if c.dep_ == "cc" and len(objects) == 2 and objects[0].i < c.i < objects[1].i]
    if not joins:
        return None
    return doc[joins[0].left_edge.i : verb.right_edge.i + 1]


#: Pronouns a question cannot carry: whom they mean only the article's sentence says.
LOOSE_PRONOUNS = {"they", "them", "he", "she", "him", "we", "us", "our", "i", "me", "my"}


def _pronoun_clause(ctx: ArticleContext, verb: Token) -> Span | None:
    """'… sent a notice to members advising they not renew …': a clause after the verb whose
    pronoun would dangle in the question. What the organisation did is said without it."""
    for t in verb.subtree:
        if t.i > verb.i and t.dep_ in ("acl", "relcl", "advcl") and t.head != verb:
            clause = list(t.subtree)
            if any(w.lower_ in LOOSE_PRONOUNS and not ctx.in_quote(w.idx) for w in clause):
                return ctx.doc[clause[0].i : clause[-1].i + 1]
    return None


def relative_dates(ctx: ArticleContext, verb: Token) -> list[Span]:
    """'won 2-0 that day', 'a poll released earlier this week': the date, with a preposition or
    "earlier" that only introduces it."""
    doc, found = verb.doc, []
    inside: set[int] | None = None  # the verb's subtree, worked out only for a date nearby
    for ent in ctx.ents_in(verb.sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        inside = {t.i for t in verb.subtree} if inside is None else inside
        if ent.start not in inside or not RELATIVE_DATE.search(ent.text):
            continue
        start, end, root = ent.start, ent.end, ent.root
        if end - 1 > start and doc[end - 1].dep_ == "case":
            end -= 1  # "at last month's election": the "'s" stays, to be read "at the election"
        if root.dep_ == "compound" and root.head.i == end and root.head.lower_ in TIME_NOUNS:
            end, root = end + 1, root.head  # "on Monday afternoon": the part of the day goes with the day
        before = doc[start - 1] if start > 0 else None
        if before is not None and (
            (before.dep_ == "prep" and root.head == before and len(list(before.children)) == 1)
            or before.lower_ in ("earlier", "later")
        ):
            start -= 1
        owner = doc[start].head if start < ent.start else root.head
        if owner.dep_ == "acl" and owner.i == start - 1 and owner.right_edge.i < end:
            start -= 1  # "a poll released earlier this week": "released" alone says nothing
        found.append(doc[start:end])
    for t in verb.subtree:  # "won 2-0 that day": NER often leaves these untagged
        if t.dep_ == "npadvmod" and t.lower_ in TIME_NOUNS:
            kids = list(t.children)
            if [k.lower_ for k in kids] in (["that"], ["this"]):
                found.append(doc[kids[0].i : t.i + 1])
    return found


#: Prepositions of a phrase that only says where or how the body did it: "at its meeting", "on its website".
_OWN_PREPS = {"at", "on", "in", "during"}


def own_phrases(verb: Token, agent: Token) -> list[Span]:
    """'were approved by the commission at its meeting on April 9': a phrase after the agent about the
    agent's own meeting or website, whose "its" a question read alone could not place; the deed is asked
    without it."""
    doc = verb.doc
    return [
        doc[c.i : c.right_edge.i + 1]
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in _OWN_PREPS
        and c.i > agent.i
        and any(o.dep_ == "pobj" and _its(o) for o in c.children)
    ]


def _its(noun: Token) -> bool:
    return any(k.dep_ == "poss" and k.lower_ == "its" for k in noun.children)
