"""Sides the tagger did not call organisations, found as the winners or losers of a match.

"India raced to a win over …" (NER's place), "the Lakeside Hawks beat …" (NER's building) and "Harlow
Town beat Kingsbridge Rovers 3-1" (no entity at all: the small model misses many club names) are all
sides. A name NER left untagged counts only when it ends as a club's name does ("Town", "Rovers",
"United"): "Okafor beat the keeper" is a player, and a tennis winner NER missed is a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.body_people import SURNAMES_TOO, names_a_body
from quizgen.facts.org_names import is_match_result
from quizgen.vocabulary import CLUB_NAME_ENDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext


def sides_as_subjects(ctx: ArticleContext) -> list[Span]:
    """Places, buildings and untagged club names that won or lost a match."""
    return [*_places(ctx), *_untagged_clubs(ctx)]


def _places(ctx: ArticleContext) -> list[Span]:
    """Places and buildings (NER's GPE, FAC) that won or lost a match: "India", "the Lakeside Hawks"."""
    return [
        e
        for e in ctx.ents
        if e.label_ in ("GPE", "FAC")
        and e.root.dep_ == "nsubj"
        and not ctx.in_quote(e.start_char)
        and is_match_result(e.root.head)
    ]


def _untagged_clubs(ctx: ArticleContext) -> list[Span]:
    """'Harlow Town beat …': a run of proper nouns NER left out or called a person, ending in a club's
    word, as the subject."""
    from quizgen.nlp import tokens_where

    found = []
    for i in tokens_where(ctx.doc, "DEP", "nsubj".__eq__):  # no Token for the rest
        token = ctx.doc[i]
        if (
            token.pos_ != "PROPN"
            or token.lower_ not in CLUB_NAME_ENDS - SURNAMES_TOO
            or token.ent_type_ not in ("", "PERSON")
            or ctx.in_quote(token.idx)
            or not is_match_result(token.head)
        ):
            continue
        start = i
        while start > 0 and ctx.doc[start - 1].pos_ == "PROPN" and ctx.doc[start - 1].dep_ == "compound":
            start -= 1
        span = ctx.doc[start : i + 1]
        if len(span) >= 2 and all(t.ent_type_ in ("", "PERSON") for t in span) and names_a_body(span.text, ctx.text):
            found.append(span)  # (the tagger often calls "Harlow Town" a person: its last word says otherwise)
    return found
