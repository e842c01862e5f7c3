"""A body that reports on itself is asked by its name, not through the epithet the story used for
the second mention: "When did the networking company report that Harwick posted …?" reads as two
bodies, and "According to the university, how large a grant has Harwick University announced?"
credits the claim to someone else than the one making it."""

from __future__ import annotations

import re

#: Kind nouns a story calls any business or body by on its second mention.
_KINDS = (
    "company|firm|group|carrier|airline|lender|bank|maker|retailer|insurer|operator|chain|giant|manufacturer|"
    "university|college|agency|ministry|department|council|club|school|hospital|institute|laboratory"
)
#: A name as a question writes it: capitalised words, with "of", "and", "&" inside.
_NAME = r"[A-Z][\w&.'-]*(?: (?:of |and |& |de |for )?[A-Z][\w&.'-]*)*"
#: "According to the networking company, how much net income did Harwick post?"
_ACCORDING = re.compile(
    rf"^According to the (?:[a-z-]+ ){{0,2}}(?P<kind>{_KINDS}), (?P<ask>(?:how|what|which|by|to|from|in|at|when)\b"
    rf"[^?]*? (?:did|does|do|has|have|had|will|would|was|is|were) (?P<org>{_NAME}) [^?]*\?)$"
)
#: "When did the networking company report that Harwick Networks posted …?"
_REPORTED = re.compile(
    rf"^(?P<ask>(?:On what day of the week|On what date|When|In what year|In which month) did) the "
    rf"(?:[a-z-]+ ){{0,2}}(?P<kind>{_KINDS}) (?P<verb>report|say|announce|confirm|disclose) that (?P<org>{_NAME}) "
    r"(?P<rest>[^?]*\?)$"
)


def _fits(kind: str, org: str) -> bool:
    """The kind noun may stand for the body: its own last word ("the university" for Harwick
    University), or a business word for a name ("the company" for Harwick Networks)."""
    words = org.lower().split()
    return kind in words or kind not in ("university", "college", "ministry", "department", "council", "club")


def by_own_name(question: str) -> str:
    """`question` asking a body that reports on itself by its name."""
    m = _ACCORDING.match(question)
    if m and _fits(m.group("kind"), m.group("org")):
        ask = m.group("ask")
        return ask[:1].upper() + ask[1:]
    m = _REPORTED.match(question)
    if m and _fits(m.group("kind"), m.group("org")):
        return f"{m.group('ask')} {m.group('org')} {m.group('verb')} that it {m.group('rest')}"
    return question
