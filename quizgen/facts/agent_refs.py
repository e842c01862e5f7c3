"""A body named again by its kind as the agent of a passive or the maker of a study: "The Civil Aviation
Authority opened an inquiry …. Harwick Airways was fined £3 million by the authority on Friday.", "A 2022
study by the institute found …".

The deed is the named body's, asked "By which organization was the company fined £3 million?" and
answered with its name, under the same rule as "the authority" as a subject (org_refs.py): exactly one
body named before has the kind's word as the head of its name; two ("the Harbour Authority" and "the
Port Authority") or none leave it unasked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.agents import passive_agent
from quizgen.facts.org_names import asked_as, org_name
from quizgen.facts.org_products import product_makers
from quizgen.facts.org_refs import KIND_NOUNS, bare_kind, only_name_with

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def kind_agents(ctx: ArticleContext, bodies: list[Span]) -> list[tuple[Span, tuple[str, list[str], Token], str]]:
    """(mention, (question, members, verb), the name it stands for) for each "by the <kind>" of a passive
    or after a study, poll or report."""
    from quizgen.nlp import tokens_where

    named = sorted(((s, org_name(ctx, s)) for s in [*ctx.org_spans, *bodies]), key=lambda p: p[0].start)
    taken = {i for s, _ in named for i in range(s.start, s.end)}
    found = []
    for i in tokens_where(ctx.doc, "DEP", "pobj".__eq__):  # no Token for the rest
        token = ctx.doc[i]
        if (
            token.i in taken
            or token.head.lower_ != "by"
            or token.head.dep_ not in ("agent", "prep")
            or token.pos_ != "NOUN"
            or token.lemma_.lower() not in KIND_NOUNS
            or not bare_kind(token)
            or any(c.dep_ == "conj" for c in token.children)
            or ctx.in_quote(token.idx)
        ):
            continue
        name = only_name_with(token, [(s, n) for s, n in named if s.end <= token.i])
        if name is None:
            continue
        mention = ctx.doc[token.i - 1 : token.i + 1]
        if token.head.dep_ == "prep":  # "A 2022 study by the institute found …"
            made = product_makers(ctx, mention)
            if made is not None:  # asked as the named body is: "Which institution's study …"
                wh = asked_as(name)
                question = made[0].replace("Which organization", wh, 1) if wh != "Which organization" else made[0]
                found.append((mention, (question, [name], made[2]), name))
            continue
        asked = passive_agent(ctx, mention)
        if asked is not None and len(asked[4]) == 1:  # "by the authority" alone, never one of a list
            found.append((mention, asked[:3], name))
    return found
