"""Things the source sentence introduces ("in a letter read out on Friday") that a question calls "the".

A question worded from a clause keeps "the letter" but drops what said whose letter it was, so the
learner cannot tell which letter is meant. When the sentence's subject owns it ("Ruiz told the board
… in a letter") the question names the owner ("Ruiz's letter"); when the article mentions the thing
nowhere else, the question is not asked. See facts/introduced.py for what is read from the parse.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.introduced import Introduced, introduced_things
from quizgen.facts.quote_marks import blank_quotes
from quizgen.questions.headline_things import placed

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact

#: Kinds whose question is worded from the article's clause (the others are templates).
FROM_CLAUSE = ("date", "number", "org-event")
#: The question's own opening words, never a thing of the sentence ("On what day of the week …" when
#: the sentence said "a week after inspectors found cracks").
_LEAD = re.compile(r"^On what day of the week\b")
#: A modifier the question kept after the thing, saying which one it is ("the storm on the coast").
KEPT_MODIFIER = re.compile(r" (?:of|on|about|in|at|from|for|over|against|between|with)\b")


def name_introduced(question: str, answer: str, fact: Fact, ctx: ArticleContext) -> str | None:
    """The question with an introduced thing named by its owner, None when it cannot be named.
    An owner that is the answer is not named (that would give it away)."""
    if fact.kind not in FROM_CLAUSE or not fact.sentence or "the " not in question.lower():
        return question
    at = ctx.text.find(fact.sentence[:80])
    things = _things(ctx).get(at, [])  # by the sentence's start, where the fact's sentence begins
    for thing in things:
        m = _the_thing(thing.words).search(_LEAD.sub(lambda w: "_" * len(w[0]), blank_quotes(question)))
        if m is None or KEPT_MODIFIER.match(question, m.end()) or any(name in question for name in thing.names):
            continue  # "the paper on the findings", "the fresh outbreak in Harwick" say which one
        owner = thing.owner
        if owner is not None and owner.lower() not in answer.lower() and owner.lower() not in question.lower():
            question = f"{question[: m.start()]}{owner}'s {thing.words}{question[m.end() :]}"
        elif owner is None and not thing.elsewhere and not placed(m.group(), ctx):
            return None  # (a headline "… threatens strike over pay deal" places "the deal")
    return question


def _things(ctx: ArticleContext) -> dict[int, list[Introduced]]:
    """The introduced things, read before the parse was let go (or now, while it is held)."""
    things: dict[int, list[Introduced]] | None = ctx.__dict__.get("introduced")
    if things is None:
        things = ctx.__dict__["introduced"] = introduced_things(ctx.doc)
    return things


@lru_cache(maxsize=256)  # a thing recurs over its article's questions
def _the_thing(words: str) -> re.Pattern[str]:
    """The phrase "the outbreak" standing whole, not in "the outbreak-hit" or "the outbreak's"."""
    return re.compile(rf"\b[Tt]he {re.escape(words)}\b(?![-'\u2019])")
