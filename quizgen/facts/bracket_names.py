"""Short names in brackets whose letters do not spell the long form: "the Swiss Federal Institute
for Forest Research (WSL)", "Doctors Without Borders (MSF)". They are not asked as acronyms (what
the letters stand for is another language's name), but they are the same body: an answer written
either way is right, and one is never a false option beside the other.
"""

from __future__ import annotations

import re

from quizgen.facts.context import ArticleContext
from quizgen.text import strip_the, whole_words

#: The bracketed short name: capitals, a lowercase run allowed after the first ("Interpol" is not).
_BRACKET = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")
PLACES = {"GPE", "LOC", "NORP"}


def bracket_names(ctx: ArticleContext, known: dict[str, str]) -> dict[str, str]:
    """short → long for each body NER found right before a bracketed short name the article then
    writes on its own, and which no place or earlier definition already claims."""
    found: dict[str, str] = {}
    for ent in ctx.ents:
        if ent.label_ != "ORG":
            continue
        m = _BRACKET.match(ctx.text, ent.end_char)
        if m is None or ctx.in_quote(ent.start_char):
            continue
        short = m.group(1)
        if short in known or short in found or not _stands_alone(ctx, short, m.end()):
            continue
        found[short] = re.sub(r"['\u2019]s$", "", strip_the(ent.text))
    return found


def _stands_alone(ctx: ArticleContext, short: str, after: int) -> bool:
    """Written again later, and never as a place ("Acme Holdings (UK)" is where, not who)."""
    if not whole_words(ctx.text[after:], [short]):
        return False
    return not any(e.label_ in PLACES and e.text == short for e in ctx.ents)
