"""A date question's "its" named: "In what year did its London operations win banking powers?" says
whose operations only inside the article, so the pronoun would leave the question unasked.

"its" is read as the one organisation the article names just before it (see
`context_words.named_before`), and only when the sentence itself plainly points there: before the
"its" it names that body or calls it "the company" (or "the bank", "the group" …), and names no place
or people that "its" could stand for instead ("Japan … its exports"). Otherwise the question is left
as it is, and the pronoun check drops it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import ORG_STAND_INS
from quizgen.facts.quote_marks import blank_quotes
from quizgen.facts.wording import with_the
from quizgen.questions.context_words import named_before

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact

#: "its" standing for something the question has not named yet (a name before it names its owner).
_BARE_ITS = re.compile(r"\bits (\w[\w-]*)")
_NAMED = re.compile(r"(?<!^)\b[A-Z][A-Za-z0-9]+")
#: How a story calls a body it has named: "the company", "the bank", "the group" …
_STAND_IN = re.compile(
    rf"\b[Tt]he (?:{'|'.join(sorted(ORG_STAND_INS | {'bank', 'group', 'lender', 'insurer', 'agency'}))})\b"
)
#: Entities that "its" could stand for instead of the body.
_RIVALS = ("GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART")


#: "When was the sale of its bank units?": a dated event whose owner only "its" gives.
_EVENT_OF_ITS = re.compile(r"^When (?:was|were|is|are) the [^,?]* its ")


def owner_named(question: str, fact: Fact, ctx: ArticleContext) -> str | None:
    """The date question with its first unowned "its" named as the body it stands for, where plain;
    None for a dated event's "its" that cannot be named (the pronoun check reads it as the event's own)."""
    if fact.kind != "date" or "its " not in question:
        return question
    named = _named_its(question, fact, ctx)
    return None if named == question and _EVENT_OF_ITS.match(question) else named


def _named_its(question: str, fact: Fact, ctx: ArticleContext) -> str:
    m = _BARE_ITS.search(blank_quotes(question))
    if m is None or _NAMED.search(question[: m.start()]) or question.startswith("Which"):
        return question  # no "its", or one whose owner the question named before it
    at = fact.sentence.find(m.group())
    if at < 0 or fact.sentence.find(m.group(), at + 1) >= 0:
        return question  # not the sentence's words, or twice there: which one, unclear
    before = fact.sentence[:at]
    body = named_before(fact, ctx, m.group())
    if body is None or not (_STAND_IN.search(before) or re.search(rf"\b{re.escape(body)}\b", before)):
        return question
    if body in ctx.place_names:
        return question  # "the Oslo exchange" read as a body: "the company … its licence" is never the city's
    rivals = {e.text for e in ctx.ents if e.label_ in _RIVALS and e.text not in body}
    if any(re.search(rf"\b{re.escape(r)}\b", before) for r in rivals):
        return question  # "Norway said its fund …": a place may own it as well as the body
    owner = with_the(body, ctx.text)
    owner += "'" if owner.endswith("s") else "'s"
    return question[: m.start()] + owner + question[m.start() + len("its") :]
