"""Names the tagger reads wrongly around a title before a name.

"Tucson police Sgt. Pete Dugan": the tokenizer cuts "Sgt." off and the tagger calls it a person, so
the rank is lost; "NASA Johnson Director X": "Johnson" (a centre of the agency) is tagged a person,
and the title reading stopped there, leaving "Director" of no body; "Chennai Kings head coach X": a
team tagged as a person ends in a post-like word ("Kings"), and the title reading tore the team's
name in two ("Kings head coach"). Each is read here by its shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.wire_titles import is_wire_dot

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Doc, Token

    from quizgen.facts.context import ArticleContext


def wire_ranks(doc: Doc, i: int, start: int) -> tuple[list[Token], int]:
    """The wire ranks ("Det. Sgt.") ending at token `i` (the tagger took them for names of their own),
    and the index before them."""
    run: list[Token] = []
    while i > start and is_wire_dot(doc[i]):
        run, i = [doc[i - 1], doc[i], *run], i - 2
    return run, i


def torn_name(tok: Token) -> bool:
    """ "[Chennai Kings] head coach": a plural post-like word inside a name a place or name opens."""
    from quizgen.facts.titles import is_post

    prev = tok.doc[tok.i - 1]
    return (
        tok.ent_iob_ == "I"
        and tok.text.endswith("s")
        and prev.ent_type_ in ("PERSON", "GPE")
        and not is_post(prev.text)
    )


def agency_centre(ctx: ArticleContext, tok: Token) -> bool:
    """ "[Johnson]" of "NASA Johnson Director": a name after an agency's acronym, no one the article names."""
    before = tok.doc[tok.i - 1] if tok.i else tok
    letters = before.text.replace("&", "")
    if tok.ent_type_ != "PERSON" or before.ent_type_ != "ORG" or not (2 <= len(letters) <= 6 and letters.isupper()):
        return False
    misread = f"{before.text} {tok.text}"  # the same centre, elsewhere taken for a person
    return not any(tok.text in p.name.split() and p.name != misread for p in ctx.people.people)
