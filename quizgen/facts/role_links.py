"""Tell each role what else its holder holds and who else holds it, so its questions stay unique."""

from __future__ import annotations

import re

from quizgen.facts.titles import SHARED
from quizgen.facts.wording import with_the
from quizgen.models import Fact

INSTITUTION_WORDS = ("University", "Academy", "Institute", "College", "School", "Center", "Centre",
                     "Laboratory", "Hospital")


def link_roles(facts: list[Fact]) -> list[Fact]:
    """Tell each role what else its holder holds and who else holds it, so questions stay unique."""
    # "General Secretary Xi Jinping" repeats "Xi, general secretary of the CPC Central Committee"
    facts = [f for f in facts if f.slots.get("org") or not any(
        g is not f and g.slots["person"] == f.slots["person"] and g.slots.get("org")
        and g.slots["role"].lower() == f.slots["role"].lower() for g in facts)]
    # "Arsenal's Ashley Cole" says no more than "Ashley Cole, left-back at Arsenal"
    facts = [f for f in facts if f.slots["role"] or not any(
        g is not f and g.slots["person"] == f.slots["person"] and g.slots.get("org") == f.slots.get("org")
        for g in facts)]
    out = []
    for fact in facts:
        s = fact.slots
        mine = [f for f in facts if f.slots["person"] == s["person"] and f is not fact]
        s["other_posts"] = [_post_text(f) for f in mine if f.slots["role"]]
        s["other_orgs"] = [f.slots["org"] for f in mine if f.slots.get("org")]
        s["other_roles"] = [f.slots["role"] for f in mine]
        same_post = [f for f in facts if f is not fact and f.slots["person"] != s["person"]
                     and f.slots.get("org") == s.get("org") and f.slots["head"] == s["head"]]
        s["unique_holder"] = not s["shared"] and not same_post
        if s.get("org") and not s["role"]:
            wh = "Which party" if re.search(r"Party|Democrats|Republicans|Conservatives|Labour|Liberal", s["org"]) \
                else "Which organization"
            s["org_question"] = f"{wh} does {s['person']} speak for?" if s.get("org_prep") == "for" \
                else f"{wh} is {s['person']} with?"
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
