"""A worded number question kept as a fact: the last checks on its wording, its key, and the other
forms of its answer a learner may type ("more than 40" → "40"; "1,200" → "1200"; "three" → "3").

`numbers.extract_numbers` words each figure; every question it keeps goes through `add_fact`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import Fact, NumberFact
from quizgen.facts.measures import plain_units
from quizgen.facts.number_guards import garbled, with_relative_scope
from quizgen.facts.number_hedges import unhedged
from quizgen.facts.number_moments import in_its_moment
from quizgen.facts.number_over import verbs_over
from quizgen.facts.number_periods import borrowed_period, half_a_duration, year_as_count
from quizgen.facts.number_ranks import ordinal_aliases
from quizgen.facts.number_rates import with_rate
from quizgen.facts.number_scopes import rate_lost
from quizgen.facts.number_views import among_them
from quizgen.vocabulary import NUMBER_WORDS, TENS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext

#: Number words and their values ("three" → 3, "twenty" → 20), for the aliases of an answer written in words.
WORD_NUMBERS = {word: value for value, word in enumerate(NUMBER_WORDS) if value} | TENS | {"hundred": 100}
#: An editor's mark for words left out of a quote ("[...]"), or what the parse left of one at the end.
_ELISION = re.compile(r"\s*\[\s*(?:\.{3}|\u2026)\s*\]|\s*\[[\s.\u2026]*(?=\?$)")
#: A second wh-word as the inverted subject: "how many years would what have taken …?".
_WH_AUX = r"would|will|did|does|do|is|are|was|were|has|have|had|can|could|may|might"
_WH_SUBJECT = re.compile(rf"\b({_WH_AUX})\s+(what|which|who)\b")
_STRANDED = re.compile(r"\b(totaling|totalling|amounting to|including)\?$")  # "… grants totaling?": figure gone
QUALIFIERS = re.compile(
    r"^(more than|less than|fewer than|over|under|about|around|nearly|almost|some|"
    r"at least|up to|just|only)\s+",
    re.I,
)


def add_fact(ctx: ArticleContext, facts: dict[str, Fact], span: Span, question: str, answer: str) -> None:
    """Keep (`question`, `answer`) about the figure in `span` as a fact, once per key, with the question
    cleaned and scoped and the answer's other right forms; or drop it when its wording lost the figure."""
    if _STRANDED.search(question, max(0, len(question) - 16)) or garbled(question):  # the pattern ends it
        return  # "More than how much has the fund awarded 812 grants totaling?": the participle lost its figure
    if _WH_SUBJECT.search(question) or verbs_over(span):  # ("presided over 120 trials": no bound)
        return  # "what would else have needed three months": a free relative as subject, no question
    if year_as_count(question, answer):
        return  # "For how many years …? — fiscal year 2026": a year is no count
    if borrowed_period(span, question) or half_a_duration(span) or rate_lost(span, question):
        return  # "… after $850 million in FY2024? — $900 million": its own year lost; "13 years [and 6 months]"
    answer = with_rate(span, question, answer)  # "earned 1.95 crowns a share": never "1.95 crowns" alone
    timed = in_its_moment(ctx, span, question)  # "at the opening on October 19"; "are there?" where, when?
    scoped = among_them(span, timed) if timed is not None else None  # "… projects, the airport among them?"
    scoped = with_relative_scope(span, scoped) if scoped is not None else None
    moved = unhedged(scoped, answer) if scoped is not None else None
    if moved is None:
        return
    hedged = answer
    question, answer = moved
    key = f"number|{_value_key(answer)}|{' '.join(re.findall('[a-z]+', question.lower()))[:50]}"
    at = span.start_char - span.sent.start_char
    plain = plain_units(answer)  # "50 pct" is asked and shown as "50%"; the article's form is still right
    aliases = list(dict.fromkeys([*_aliases(plain), *([answer, *_aliases(answer)] if plain != answer else [])]))
    if hedged != answer:
        aliases.append(plain_units(hedged))  # "more than 40" typed is right too
    facts.setdefault(
        key,
        NumberFact(
            key=key,
            sentence=ctx.text[span.sent.start_char : span.sent.end_char].strip(),  # = .text, no Token per word
            answer_span=(at, at + len(span.text)),
            question=plain_units(without_elisions(question)),
            answer=plain,
            aliases=tuple(aliases),
        ),
    )


def without_elisions(question: str) -> str:
    """'… from 1980 to 2012 [...]' → '… from 1980 to 2012': an editor's cut is no part of a question."""
    return _ELISION.sub("", question)


def _value_key(answer: str) -> str:
    return re.sub(r"[^0-9a-z.%]", "", answer.lower())


def _aliases(answer: str) -> list[str]:
    bare = QUALIFIERS.sub("", answer)
    out = [bare] if bare != answer else []
    digits = bare.replace(",", "")
    if digits != bare:
        out.append(digits)
    for word, value in WORD_NUMBERS.items():
        if bare.lower().startswith(word + " ") or bare.lower() == word:
            out.append(str(value) + bare[len(word) :])
    return out + ordinal_aliases(bare)
