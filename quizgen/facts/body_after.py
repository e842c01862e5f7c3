"""The body a possessive names: "of Norway's Harwick University" is the university, not the country."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext


def owned_body(ctx: ArticleContext, ent: Span | None) -> Span | None:
    """The body named right after a place's or body's "'s" ("Norway's Harwick University"), else None."""
    doc = ctx.doc
    if ent is None or ent.label_ not in ("ORG", "GPE") or ent.end + 1 >= len(doc):
        return None
    if doc[ent.end].lower_ not in ("'s", "\u2019s"):
        return None
    owned = ctx.ent_at(doc[ent.end + 1])
    return owned if owned is not None and owned.label_ == "ORG" and owned.start == ent.end + 1 else None
