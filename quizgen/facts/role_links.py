"""How a role is asked: what else its holder holds and who else holds it (so questions stay unique),
whether the post says where it is held, and its fuller wording."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.mentions import fuller_mention
from quizgen.facts.titles import SHARED
from quizgen.facts.wording import with_the
from quizgen.models import Fact

if TYPE_CHECKING:  # spaCy's types only
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
)


def link_roles(facts: list[Fact]) -> list[Fact]:
    """Tell each role what else its holder holds and who else holds it, so questions stay unique."""
    # "General Secretary Xi Jinping" repeats "Xi, general secretary of the CPC Central Committee"
    facts = [
        f
        for f in facts
        if f.slots.get("org")
        or not any(
            g is not f
            and g.slots["person"] == f.slots["person"]
            and g.slots.get("org")
            and g.slots["role"].lower() == f.slots["role"].lower()
            for g in facts
        )
    ]
    # "Arsenal's Ashley Cole" says no more than "Ashley Cole, left-back at Arsenal"
    facts = [
        f
        for f in facts
        if f.slots["role"]
        or not any(
            g is not f and g.slots["person"] == f.slots["person"] and g.slots.get("org") == f.slots.get("org")
            for g in facts
        )
    ]
    out = []
    for fact in facts:
        s = fact.slots
        mine = [f for f in facts if f.slots["person"] == s["person"] and f is not fact]
        s["other_posts"] = [_post_text(f) for f in mine if f.slots["role"]]
        s["other_orgs"] = [f.slots["org"] for f in mine if f.slots.get("org")]
        s["other_roles"] = [f.slots["role"] for f in mine]
        same_post = [
            f
            for f in facts
            if f is not fact
            and f.slots["person"] != s["person"]
            and f.slots.get("org") == s.get("org")
            and f.slots["head"] == s["head"]
        ]
        s["unique_holder"] = not s["shared"] and not same_post
        if s.get("org") and not s["role"]:
            wh = (
                "Which party"
                if re.search(r"Party|Democrats|Republicans|Conservatives|Labour|Liberal", s["org"])
                else "Which organization"
            )
            s["org_question"] = (
                f"{wh} does {s['person']} speak for?" if s.get("org_prep") == "for" else f"{wh} is {s['person']} with?"
            )
        elif s.get("org"):
            role_words = s["role"]
            article = _indef(role_words)
            wh = "Which institution" if any(w in s["org"] for w in INSTITUTION_WORDS) else "Which organization"
            if s.get("org_is_place"):
                wh = "Which place"
            s["org_question"] = f"{wh} is {s['person']} {article}{role_words} {s['org_prep']}?"
        out.append(fact)
    return out


def _indef(role: str) -> str:
    head = role.split()[-1].lower()
    if head in SHARED:
        return "an " if role[:1].lower() in "aeiou" else "a "
    return "the "


def _post_text(fact: Fact) -> str:
    s = fact.slots
    return f"{s['role']} {s.get('org_prep', 'of')} {with_the(s['org'])}" if s.get("org") else s["role"]


#: Nationality words spaCy tags as plain proper nouns ("Welsh", "British", "Chinese", "Canadian").
DEMONYM = re.compile(r"^[A-Z][a-z]+(ish|sh|ese|ian|can|ean|ch)$")


def qualified(role: str, role_tokens) -> bool:
    """Does the post say where it is held ("Welsh Health Minister", "director of X"), so that
    "Who is the …?" has one answer even without an organisation? ("Finance Director" does not.)"""
    if " of " in role:
        return True
    return any(
        t.ent_type_ in ("NORP", "GPE", "ORG") or (t.text[:1].isupper() and (t.pos_ == "ADJ" or DEMONYM.search(t.text)))
        for t in role_tokens
    )


def display(ctx: ArticleContext, role_tokens) -> str | None:
    """The post with a vague 'the rocket' replaced by the article's fuller 'the Long March 3-A rocket'."""
    for tok in role_tokens:
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            tokens = list(tok.subtree)
            fuller = fuller_mention(ctx, tok, tokens)
            if fuller:
                before = " ".join(t.text for t in role_tokens if t.i < tokens[0].i)
                return f"{before} {fuller}".strip()
    return None
