"""A second verb with a date of its own, cut from the first verb's question.

"plans to launch the service in early 2024 and to switch off the old network by the end of 2025"
asked of early 2024 would carry the other verb and its date along ("When does … plan to launch the
service and to switch off the old network by the end of 2025?"): two events, one answer. The
conjoined verb and everything after its "and" leave the question; when its words cannot be found
there, the question stays as it was and the later checks judge it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token


def without_dated_conjunct(ent: Span, verb: Token | None, question: str) -> str:
    """`question` without a verb conjoined to `verb` that has a date of its own (not `ent`)."""
    if verb is None:
        return question
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > ent.end):
        if not any(_dated(t) for t in conj.subtree):
            continue
        cc = [c for c in verb.children if c.dep_ == "cc" and ent.end <= c.i < conj.i]
        start = cc[-1].i if cc else conj.left_edge.i
        words = ent.doc[start : conj.right_edge.i + 1].text.rstrip(" .,;")
        cut = re.sub(r",?\s+" + re.escape(words) + r"(?=\?$)", "", question)
        if cut != question:
            return cut
    return _without_absolute(ent, verb, question)


def _absolutes(verb: Token) -> list[Token]:
    """The "with" phrases of `verb`'s clause (or of the verbs it completes) that carry an event of
    their own: "…, with work expected to finish in 2029", "…, with the new one due to open in 2028"."""
    found, node = [], verb
    for _ in range(4):
        found += [c for c in node.children if c.lower_ == "with" and c.dep_ == "prep" and _has_event(c)]
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head == node:
            break
        node = node.head
    return found


def _has_event(with_: Token) -> bool:
    """Whether a "with" phrase tells an event of its own: by a noun's modifier (`_own_event`), or as a
    clause with its own subject ("with most offices closed from Tuesday"), which is asked on its own."""
    clause = next((c for c in with_.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
    own = clause is not None and any(k.dep_ in ("nsubj", "nsubjpass") for k in clause.children)
    return own or _own_event(with_) is not None


def _own_event(with_: Token) -> Token | None:
    """The verb or "due" of a "with" phrase's own subject ("with work [expected] to finish", "with the
    first ferry due on Sunday"), or None for a plain "with" ("charged with one count of …", "with the
    1991 takeover of its shops"). The parse may hang the verb after "due to" as its object."""
    obj = next((c for c in with_.children if c.dep_ == "pobj"), None)
    kids = [] if obj is None else [c for c in obj.children if c.i > obj.i and c.dep_ in ("acl", "prep", "amod")]
    return next(
        (c for c in kids if c.pos_ == "VERB" or c.lower_ == "due" or any(_verb_below(g) for g in c.children)), None
    )


def _verb_below(token: Token) -> bool:
    """A verb hung below a modifier: its complement ("expected to finish") or, torn, its object ("due to cross")."""
    return token.dep_ == "xcomp" or (token.dep_ == "pobj" and token.pos_ == "VERB")


def in_absolute(ent: Span) -> bool:
    """ "The stand will be demolished in June, with the new one due to open in 2028": the 2028 is the
    opening's, an event of the phrase's own subject; asked from the sentence's verb it would date
    the demolition, so it is not asked."""
    for a in ent.root.ancestors:
        event = _own_event(a) if a.lower_ == "with" and a.dep_ == "prep" else None
        if event is not None and ent.root in event.subtree:
            return True
    return False


def _without_absolute(ent: Span, verb: Token, question: str) -> str:
    """`question` without a "with" phrase that ends the sentence and is another event's."""
    for with_ in _absolutes(verb):
        rest = ent.doc[with_.right_edge.i + 1 : ent.sent.end]
        if with_.i < ent.start or not all(t.is_punct or t.is_space for t in rest):
            continue  # (only a phrase after the date and ending its sentence is cut)
        lead = " ".join(t.text for t in ent.doc[with_.i : min(with_.i + 4, with_.right_edge.i + 1)])
        cut = re.sub(r",?\s+" + re.escape(lead) + r"\b.*(?=\?$)", "", question)
        if cut != question:
            return cut
    return question


def _dated(token: Token) -> bool:
    """A word of a date that names a day, month or year ("2025", "May"), not "now" or "soon"."""
    return token.ent_type_ == "DATE" and (token.like_num or token.is_title)


def gapped_object(ent: Span, verb: Token | None) -> bool:
    """ "was awarded the Padma Shri in 1988 and the Padma Bhushan in 2006": the later date belongs to
    a second object whose verb the sentence left out, and a question built on the verb would carry
    both objects ("… awarded the Padma Shri the Padma Bhushan?"), so the later date is not asked."""
    if verb is None:
        return False
    earlier = [t.i for t in verb.subtree if _dated(t) and t.i < ent.start and t.head.dep_ == "prep"]
    return bool(earlier) and any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and min(earlier) < c.i < ent.start for c in verb.children
    )


def relative_conjunct(verb: Token | None) -> bool:
    """ "he wrote three books, the last of which appeared in 2011": the verb's subject is the book ("the
    last of which"), however the parser hangs it (a second verb of his, or a clause with that subject),
    so its date is no event of the first subject's, and "the last of which" is no subject to ask of."""
    if verb is None:
        return False
    if _opened_by_where(verb):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(t.lower_ in ("which", "whom") and t.dep_ == "pobj" for s in subjects for t in s.subtree):
        return True
    if verb.dep_ != "conj" or subjects:
        return False
    between = verb.doc[verb.head.i + 1 : verb.i]
    return any(t.lower_ in ("which", "whom") and t.dep_ == "pobj" for t in between)


#: Relative adverbs that open a clause about a place or a means ("the site, where work is to begin …").
_WHERE = frozenset({"where", "wherein", "whereby"})


def _opened_by_where(verb: Token) -> bool:
    """ "The site, where work is expected to begin in June, …": the parse hung the clause's "where" on
    an inner verb ("begin"), not on the clause's own; asked from there it lands mid-question ("… is
    work expected where to begin?"). A clause so torn is not asked."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj", "ccomp") and chain[-1].head != chain[-1] and len(chain) < 5:
        chain.append(chain[-1].head)
    first = min(t.left_edge.i for t in chain)
    inner = chain[:-1]  # (on the clause's own verb, "where" is left out of the question cleanly)
    return any(c.lower_ in _WHERE and c.dep_ == "advmod" and c.i <= first + 1 for v in inner for c in v.children)
