"""How a role is asked: what else its holder holds and who else holds it (so questions stay unique),
whether the post says where it is held, and its fuller wording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import RoleFact
from quizgen.facts.lexicon import CLUB_PEOPLE
from quizgen.facts.mentions import fuller_mention
from quizgen.facts.places import place_kind
from quizgen.facts.post_words import SCIENCE_ENDINGS, is_description, is_position
from quizgen.facts.titles import SHARED
from quizgen.facts.wording import with_the

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

INSTITUTION_WORDS = (
    "University",
    "Academy",
    "Institute",
    "College",
    "School",
    "Center",
    "Centre",
    "Laboratory",
    "Hospital",
    "Institution",
)


def link_roles(facts: list[RoleFact]) -> list[RoleFact]:
    """Tell each role what else its holder holds and who else holds it, so questions stay unique."""
    # "Party Secretary Hu Li" repeats "Hu, secretary of the party's city committee"
    facts = [
        f
        for f in facts
        if f.org
        or not any(g is not f and g.person == f.person and g.org and g.role.lower() == f.role.lower() for g in facts)
    ]
    # "striker Ian Moss" says no more than "Kestrel striker Ian Moss"
    facts = [
        f
        for f in facts
        if f.org or not f.role or not any(g.person == f.person and _words(f.role) < _words(g.role) for g in facts)
    ]
    # "Kestrel's Tom Vale" says no more than "Tom Vale, left-back at Kestrel"
    facts = [
        f for f in facts if f.role or not any(g is not f and g.person == f.person and g.org == f.org for g in facts)
    ]
    return [_linked(fact, facts) for fact in facts]


def _linked(fact: RoleFact, facts: list[RoleFact]) -> RoleFact:
    """`fact` with what the article's other roles say about its holder and its post."""
    mine = [f for f in facts if f.person == fact.person and f is not fact]
    same_post = [
        f for f in facts if f is not fact and f.person != fact.person and f.org == fact.org and f.head == fact.head
    ]
    return replace(
        fact,
        other_posts=tuple(_post_text(f) for f in mine if f.role and f.ahead == fact.ahead),  # held beside held
        other_orgs=tuple(f.org for f in mine if f.org),
        other_roles=tuple(f.role for f in mine),
        unique_holder=not fact.shared and not same_post,
        org_question=_org_question(fact),
    )


#: Posts held in a team, never in the place it is named for.
SIDE_POSTS = CLUB_PEOPLE - {"chairman", "owner", "boss", "counterpart"}


def _org_question(fact: RoleFact) -> str | None:
    """The question "Which organization is X the chief of?" (or "… speak for?"), when the role names one."""
    person, org = fact.person, fact.org
    if not org:
        return None
    if not fact.role:
        wh = (
            "Which party"
            if re.search(r"Party|Democrats|Republicans|Conservatives|Labour|Liberal", org)
            else "Which organization"
        )
        return f"{wh} does {person} speak for?" if fact.org_prep == "for" else f"{wh} is {person} with?"
    if is_position(fact.role) and not fact.org_is_place:
        if fact.org_prep == "from":  # "signed forward X from Rovers": a club left, maybe for the article's own
            return f"Which team did {person} come from?"
        return f"Which team did {person} play for?"  # "striker at Rovers": a player's team
    wh = "Which institution" if any(w in org for w in INSTITUTION_WORDS) else "Which organization"
    role = fact.role
    if is_description(role) and not fact.org_is_place and not FORMER_WORDS.match(role):
        # "Which institution does palaeontologist X work at?", not "… was X a palaeontologist of?"
        return f"{wh} does {role} {person} work {'at' if wh == 'Which institution' else 'for'}?"
    if fact.org_is_place and role.split()[-1].lower() in SIDE_POSTS:
        return None  # "his former Liverpool captain": a team named for its city, no place a captain leads
    if fact.org_is_place:
        wh = f"Which {_place_noun(org, role)}"  # "Which state was Ann Ruiz the governor of?"
        role = role if " of " in role else role.lower()
    return f"{wh} is {person} {_indef(role)}{role} {fact.org_prep}?"


#: A post left behind is asked in the past by its own wording ("Which organization was X the former … of?").
FORMER_WORDS = re.compile(r"^(?:former|ex-|then|retired|late)\b", re.I)

#: Posts held for a whole US state: only these are asked "Which state …?" (New York's mayor holds a city's post).
STATE_POSTS = ("governor", "senator", "representative", "attorney general", "secretary of state", "treasurer")


def _place_noun(place: str, role: str) -> str:
    kind = place_kind(place)
    if kind == "state" and not any(post in role.lower() for post in STATE_POSTS):
        return "place"
    return kind


def is_shared(head: str) -> bool:
    """A post many hold at once: "a researcher", "a geochemist", "a striker"."""
    return head in SHARED or head.endswith(SCIENCE_ENDINGS)


def _indef(role: str) -> str:
    head = role.split()[-1].lower()
    if is_shared(head):
        return "an " if role[:1].lower() in "aeiou" else "a "
    return "the "


def _words(role: str) -> set[str]:
    return set((role or "").lower().split())


def _post_text(fact: RoleFact) -> str:
    return f"{fact.role} {fact.org_prep} {with_the(fact.org)}" if fact.org else fact.role


#: Nationality words spaCy tags as plain proper nouns ("Welsh", "British", "Chinese", "Canadian").
DEMONYM = re.compile(r"^[A-Z][a-z]+(ish|sh|ese|ian|can|ean|ch)$")


def qualified(role: str, role_tokens: Sequence[Token]) -> bool:
    """Does the post say where it is held ("Welsh Health Minister", "director of X"), so that
    "Who is the …?" has one answer even without an organisation? ("Finance Director" does not.)"""
    if " of " in role:
        return True
    return any(
        t.ent_type_ in ("NORP", "GPE", "ORG") or (t.text[:1].isupper() and (t.pos_ == "ADJ" or DEMONYM.search(t.text)))
        for t in role_tokens
    )


def display(ctx: ArticleContext, role_tokens: Sequence[Token]) -> str | None:
    """The post with a vague 'the rocket' replaced by the article's fuller 'the Long March 3-A rocket'."""
    for tok in role_tokens:
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            tokens = list(tok.subtree)
            fuller = fuller_mention(ctx, tok, tokens)
            if fuller:
                before = " ".join(t.text for t in role_tokens if t.i < tokens[0].i)
                return f"{before} {fuller}".strip()
    return None
