"""The body a post introduced by "whose" belongs to: "the Law Society, whose president, Ann Lind, said …".

The small parser often leaves such a clause unattached, and the post looks bare: the nearest body in
the sentences around it would then be taken, and the post given to the wrong body (the court that
ruled, not the society whose president spoke). "whose" points at the noun right before it; the post is
that body's when it is a named organisation, and nobody's otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.post_phrase import ent_of

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from collections.abc import Sequence

    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext


def title_owner(ctx: ArticleContext, title: Token, words: Sequence[Token]) -> str | None:
    """The body a post set before its holder's name belongs to, by the words before the post:
    "Harbour Bank's chief economist, X" (a possessive the tagger calls a body or a place), or
    "Friends of the Earth, whose campaigns director, X" (the named body "whose" points at)."""
    owner = [t for t in title.children if t.dep_ == "poss" and t.ent_type_ in ("ORG", "GPE")]
    if owner:
        span = ent_of(ctx, owner[0])
        return span.text if span is not None else owner[0].text
    whose = next((t for t in words if t.lower_ == "whose"), None)
    return whose_body(ctx, ctx.doc[whose.i + 1])[1] if whose is not None else None


def whose_body(ctx: ArticleContext, first: Token) -> tuple[bool, str | None]:
    """(whether the post at `first` opens with "whose", the named body "whose" points at or None)."""
    doc = ctx.doc
    if first.i < 2 or doc[first.i - 1].lower_ != "whose":
        return False, None
    i = first.i - 2 - (doc[first.i - 2].text == ",")
    ent = ctx.ent_at(doc[i]) if i >= 0 else None
    if ent is None or ent.label_ != "ORG" or ent.end != i + 1:
        return True, None
    return True, ent.text
