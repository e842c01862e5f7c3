"""How long before or after: "five days later", "some 25 years ago" asked as how many days later.

A span of time counted back from the day of writing ("three years ago") is the dates pass's when the
article's date is known (it resolves it to a year); without one, how long ago is all there is to learn.
A span counted on from another event ("the borders opened five days later") is never a date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.number_ask import ask
from quizgen.facts.number_hedges import HEDGE_WORDS
from quizgen.vocabulary import TIME_UNITS_PATTERN

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext

#: "five days later", "about 25 years ago": a hedge, a count, a unit of time, the word that orders it.
_ELAPSED = re.compile(
    rf"^(?:(?:{HEDGE_WORDS}) )?"
    rf"(?P<count>[\w.,-]+) (?P<unit>{TIME_UNITS_PATTERN}) (?P<word>later|ago)$",
    re.I,
)


def ask_elapsed(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'The borders were reopened five days later.' → How many days later were the borders reopened?
    → five days; 'Three years ago, both men spoke out' → How many years ago did both men speak out?"""
    m = _ELAPSED.match(ent.text.strip())
    if m is None or not any(t.like_num for t in ent):
        return None
    word = ent[-1]
    if word.lower_ == "ago" and (ctx.published is not None or ctx.dateline is not None):
        return None  # the dates pass says when
    if word.dep_ not in ("advmod", "npadvmod") or word.head.pos_ not in ("VERB", "AUX"):
        return None  # "a report two days later": no clause of its own to ask
    verb = word.head
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and verb.i < c.i < word.i for c in verb.children):
        return None  # "founded in 1921 and listed in 1987, 66 years later": later than which, the parse cannot say
    unit = m["unit"].lower()
    unit = unit if unit.endswith("s") else unit + "s"
    question = ask(ctx, ent, f"How many {unit} {word.lower_}", drop_dates=False)
    answer = ent.text.strip()[: -len(word.text)].strip()  # "some 25 years": the hedge goes to the question
    answer = answer[:1].lower() + answer[1:]  # "Three years ago, …" opened its sentence
    return (question, answer) if question else None


def gap_to_clause(ent: Span) -> bool:
    """'returned its first images, six weeks after it launched': the span is the gap between two
    events; asked of the clause it modifies ("How many weeks did it launch?") it would mean nothing."""
    root = ent.root
    verb = root.head
    return root.dep_ == "npadvmod" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in verb.children
    )
