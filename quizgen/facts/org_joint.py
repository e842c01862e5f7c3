"""Bodies that did something together: "Lufthansa, KLM and Iberia have written to the ministry".

One of them alone is no right answer, so such a subject was never asked. Asked as a whole —
"Which organizations have written to the ministry?" → "Lufthansa, KLM and Iberia" — it is, when
every member is a body the article names (the tagger often calls one of a list of airlines a
place, a date or a person; the article's other mentions of the name settle it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.org_names import org_name, people_not_body
from quizgen.facts.org_people import person_as_org
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Tags that never name a body, whatever else the article says: countries, peoples, sums.
NOT_BODIES = {"GPE", "NORP", "LOC", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL", "TIME"}


def joint_subjects(ctx: ArticleContext, orgs: list[Span]) -> list[tuple[Span, str, list[str]]]:
    """Each subject that joins two or more bodies with "and": its span, the answer ("A, B and C")
    and the members' names."""
    found = []
    seen: set[int] = set()
    for ent in orgs:
        subject = ent.root
        if subject.dep_ != "nsubj" or subject.i in seen or ctx.in_quote(ent.start_char) or subject.head.tag_ == "VBG":
            continue  # "Maeve and Gideon were playing …": what bodies do is rarely told in the progressive
        seen.add(subject.i)
        members = _members(subject)
        if len(members) < 2 or not _joined_by_and(subject, members):
            continue
        spans = [_body(ctx, orgs, m) for m in members]
        if any(s is None for s in spans):
            continue
        bodies = [s for s in spans if s is not None]
        if any(_a_persons_name(ctx, s) for s in bodies):
            continue  # "Maeve and Gideon were playing …": children the tagger called organisations
        names = [org_name(ctx, s) for s in bodies]
        if len(set(names)) < len(names) or not _only_the_list(subject, bodies):
            continue
        span = ctx.doc[bodies[0].start : bodies[-1].end]
        found.append((span, _listed(names), names))
    return found


def _members(subject: Token) -> list[Token]:
    """The subject and every word joined to it ("A, B and C": A, then B and C hung on A or on B)."""
    members, todo = [subject], [subject]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                members.append(child)
                todo.append(child)
    return sorted(members, key=lambda t: t.i)


def _joined_by_and(subject: Token, members: list[Token]) -> bool:
    """Joined by "and" (or "&"), not "or"/"nor": "A or B will …" says neither did it."""
    cc = [t for t in subject.subtree if t.dep_ == "cc" and members[0].i < t.i < members[-1].i]
    return bool(cc) and all(t.lower_ in ("and", "&") for t in cc)


def _body(ctx: ArticleContext, orgs: list[Span], member: Token) -> Span | None:
    """The body `member` names: an organisation span it ends, or a proper name the article calls an
    organisation elsewhere ("Easyjet", tagged a date here, an organisation later)."""
    for span in orgs:
        if span.start <= member.i < span.end and member.i == span.root.i:
            return span if ctx.resolve_person(member) is None else None
    if member.pos_ != "PROPN" or member.ent_type_ in NOT_BODIES or ctx.resolve_person(member) is not None:
        return None
    name = ctx.doc[member.left_edge.i : member.i + 1]
    if any(t.pos_ not in ("PROPN", "DET") for t in name):
        return None
    text = strip_the(name.text)
    return name if text in ctx.org_names or ctx.long_form(text) != text else None


def _a_persons_name(ctx: ArticleContext, span: Span) -> bool:
    """A one-word "organisation" that is a word of a person's name the article gives ("Maeve" of
    "Maeve Kennedy McKean"), or that people_not_body or person_as_org takes for people."""
    words = [t for t in span if t.lower_ != "the"]
    if people_not_body(span) or person_as_org(ctx, span):
        return True
    if len(words) != 1 or words[0].text.isupper():
        return False
    people = [p.name for p in ctx.people.people] + [e.text for e in ctx.ents if e.label_ == "PERSON"]
    return any(words[0].text in name.split() for name in people)


def _only_the_list(subject: Token, bodies: list[Span]) -> bool:
    """The subject is the list and nothing more ("A and B, both based in Zurich, …" adds a clause
    the question would have to keep)."""
    words = {t.i for t in subject.subtree if not t.is_punct and t.dep_ not in ("cc", "det")}
    inside = {i for s in bodies for i in range(s.start, s.end)}
    return words <= inside


def _listed(names: list[str]) -> str:
    """'A, B and C'."""
    return f"{', '.join(names[:-1])} and {names[-1]}"
