"""What follows the name of a holder of a seat of government: "Governor Jim Vale of Indiana" holds
the governorship of Indiana, so the post is asked with its place; "Chief Minister Lalit Joshi of the
Congress" belongs to a party, and is not the Congress's Chief Minister."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.post_phrase import Mark, post_tokens
from quizgen.facts.post_words import MANY_PER_PLACE
from quizgen.vocabulary import PARTY_WORDS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

#: Seats of government held for a place, whose holders news names with their party or their place.
GOVERNMENT_SEATS = {
    *"minister senator sen governor gov mayor premier mp mla mep councillor councilor lawmaker".split(),
    *"legislator congressman congresswoman representative rep assemblyman assemblywoman".split(),
}
#: Last words of a party's name ("the Congress", "People's Action Party", "National Front").
PARTY_HEADS = {"party", "congress", "front", "league"} | PARTY_WORDS


def seat_body(
    ctx: ArticleContext, name: Token, titles: Sequence[Token | Mark], after: tuple[Span, str] | None
) -> tuple[Span, str] | None:
    """The body or place after `name` that its title is held at, given the one `org_after_name` read."""
    if not any(t.lower_.rstrip(".") in GOVERNMENT_SEATS for t in post_tokens(titles)):
        return after
    if after is not None:
        return None if after[0][-1].lower_ in PARTY_HEADS else after
    doc = ctx.doc
    i = name.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or ctx.in_quote(doc[i].idx):
        return None
    place = ctx.ent_at(doc[i + 1])
    if place is None or place.label_ != "GPE" or place.start != i + 1:
        return None
    many = any(t.lower_.rstrip(".") in MANY_PER_PLACE for t in post_tokens(titles))
    return place, "from" if many else "of"  # "a senator from Arizona": one of the state's several
