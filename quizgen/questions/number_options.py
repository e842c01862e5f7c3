"""False options for a number question: the article's other figures in the answer's own unit.

A percentage is offered beside the article's other percentages, pounds beside pounds, days beside
days, a plain count beside plain counts — never a figure made up by doubling the answer, and never
one of another unit. Each option is written in the answer's own style ("£30m" → "£4.5m", "Seventy
percent" → "12 percent"). An answer that is a bound ("more than 30") gets no options: "more than
20" would be right too. Too few figures in the unit means fewer options, not invented ones.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from quizgen.facts.fact_types import Fact, NumberFact
from quizgen.facts.number_hedges import BOUND_ASKED
from quizgen.facts.number_rates import RATE_UNITS
from quizgen.grading.values import parse_number, same_number
from quizgen.questions.option_sense import in_number, ruled_out
from quizgen.vocabulary import NUMBER_WORDS, TENS

_WORD = "|".join(sorted([*NUMBER_WORDS[1:], *TENS, "hundred"], key=len, reverse=True))
_SCALE = r"(?:\s?(?:m|bn|k|tn|mn)\b|\s(?:million|billion|trillion|thousand|mln|bln)\b)"
#: The number itself with its scale: "30m", "1.2 billion", "Seventy", "twenty-five".
CORE = re.compile(rf"(?:\d[\d,]*(?:\.\d+)?|\b(?:{_WORD})(?:[ -](?:{_WORD}))*\b){_SCALE}?", re.I)
#: Words that make the answer a bound: below it, other values are right too.
BOUNDS = re.compile(
    r"^(more than|less than|fewer than|over|under|at least|at most|up to|as many as|as much as|above|below)\s",
    re.I,
)
#: Words of approximation, kept in front of every option ("about 30" → "about 45").
APPROX = re.compile(r"^((about|around|nearly|almost|some|roughly|approximately|just|only)\s+)+", re.I)
#: How many times larger or smaller a figure may be and still pass for the answer.
FAR = 20
#: The suffix of a figure written as an ordinal ("91st"), right after the number was taken out.
_ORDINAL_END = re.compile(r"^\s?(st|nd|rd|th)\b")
_PERCENT = re.compile(r"\s?(?:%|percent\b|per cent\b)", re.I)
#: The rate a sum is given at, kept on its answer ("500 a month"): the options take it too ("38 a month").
_RATE = re.compile(rf"\s(?:a|an|per) (?:{'|'.join(sorted(RATE_UNITS))})$", re.I)


@lru_cache(maxsize=4096)  # each number question reads every figure of its article: once per figure
def unit_of(text: str) -> str | None:
    """What the figure counts, with the number and any approximation taken out ("£30m" → "£",
    "12 percent" → "%", "three days" → "day", "25" → ""); None for a range, a pair or no number."""
    bare = APPROX.sub("", text.strip())
    if len(CORE.findall(bare)) != 1:
        return None
    rest = _PERCENT.sub("%", CORE.sub(" ", bare, count=1).lower())
    rest = _ORDINAL_END.sub("th", rest)  # "91st" and "10th" are one unit: places in a ranking
    rest = re.sub(r"['’]", "", rest)
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in rest.split()]
    return " ".join(words).replace("us$", "$")


def number_options(asked: NumberFact, answer: str, facts: list[Fact]) -> list[str]:
    """The article's other figures in the answer's unit, nearest in size first, in its style.

    Figures of the answer's own sentence are left out: they are its partners ("fell from 8,412 to
    7,905", "rose to 31 pct in 2026 and to 40 pct by 2029"), too easily right in another reading."""
    unit, value = unit_of(_without_rate(answer)), parse_number(_bare(answer))
    if unit is None or value is None or value <= 0 or BOUNDS.match(APPROX.sub("", answer)):
        return []
    lower = asked.question.lower()  # "More than how many …?": a smaller figure is right too
    if ("than" in lower or "up" in lower or "least" in lower) and BOUND_ASKED.search(asked.question):
        return []
    found = CORE.search(answer)
    assert found is not None  # unit_of found exactly one number
    options: list[tuple[float, str]] = []
    for fact in facts:
        if not isinstance(fact, NumberFact) or fact.sentence == asked.sentence or fact.question == asked.question:
            continue
        text = fact.answer
        if unit_of(_without_rate(text)) != unit or BOUNDS.match(APPROX.sub("", text)):
            continue
        if unit == "" and not _same_count(asked.question, fact.question):
            continue  # 450 deaths is no false option for a number of cases
        if unit == "th" and asked.question.split()[:2] != fact.question.split()[:2]:
            continue  # a ranking beside rankings ("Where was …"), a minute of play beside minutes
        if _narrower(asked.question, fact.question):
            continue  # "How much did it earn, excluding …?" answers "How much did it earn?" too, in a reading
        core = CORE.search(APPROX.sub("", text))
        other = parse_number(_bare(APPROX.sub("", text)))
        if core is None or other is None or not 1 / FAR < other / value < FAR or same_number(other, value):
            continue
        if any(same_number(other, v) for v, _ in options):
            continue
        if ruled_out(asked.question, other, lambda base: unit_of(base) == unit):
            continue  # "rise 53 percent from $2.24 billion" cannot end at $1.71 billion
        written = _in_style(core.group(0), found.group(0))
        if written[:1].isalpha() and found.group(0)[:1].isdigit() and answer[found.end() :].startswith("%"):
            written = f"{other:g}"  # "six percent" beside "20%": "6%", never "six%"
        option = _ordinal_suffix(answer[: found.start()] + written + answer[found.end() :])
        options.append((other, in_number(option, other)))
    options.sort(key=lambda o: abs(math.log(o[0] / value)))
    return [text for _, text in options]


_HOW_MANY = re.compile(r"\bhow many (.{0,60})", re.I)
_AGE = re.compile(r"^how old\b", re.I)
_IRREGULAR = {"people", "children", "men", "women", "staff", "police"}
_NOT_NOUNS = {"does", "was", "is", "has", "this", "his", "its", "us", "as", "thus", "plus"}


def _same_count(question: str, other: str) -> bool:
    """Two plain counts are of one kind when they count the same noun ("How many cases …" and "How
    many Covid-19 cases …"); counts asked without "how many" ("To what figure …") pass as before."""
    if _AGE.match(question) or _AGE.match(other):
        return bool(_AGE.match(question) and _AGE.match(other))  # an age beside ages only, never "seven" countries
    mine, theirs = _counted(question), _counted(other)
    return not mine or not theirs or bool(mine & theirs)


def _narrower(question: str, other: str) -> bool:
    """One question is the other's with a qualifier set off by a comma ("How much did Acme earn,
    excluding a tax gain?" beside "How much did Acme earn in the quarter?"): in a reading, both
    figures answer both, so neither is the other's false option."""
    mine, theirs = question.rstrip("?").strip(), other.rstrip("?").strip()
    for qualified, plain in ((theirs, mine), (mine, theirs)):
        base, comma, _ = qualified.partition(", ")
        if comma and len(base.split()) >= 4 and (plain + " ").startswith(base + " "):
            return True
    return False


def _counted(question: str) -> set[str]:
    """The plural nouns right after "how many" ("How many nurses had died" → {"nurses"})."""
    found = _HOW_MANY.search(question)
    words = re.findall(r"[\w'’-]+", found.group(1).lower())[:3] if found else []
    return {w for w in words if (len(w) > 3 and w.endswith("s") and w not in _NOT_NOUNS) or w in _IRREGULAR}


def _in_style(core: str, like: str) -> str:
    """A number word starts with a capital when the answer's does ("Seventy percent" → "Twelve")."""
    if like[:1].isupper() and core[:1].islower():
        return core[:1].upper() + core[1:]
    if like[:1].islower() and core[:1].isupper():
        return core[:1].lower() + core[1:]
    return core


def _ordinal_suffix(text: str) -> str:
    """ "10st" → "10th": an option written in the style of "91st" takes its own ordinal ending."""

    def mend(found: re.Match[str]) -> str:
        value = int(found.group(1))
        ending = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return found.group(1) + ending

    return re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", mend, text)


@lru_cache(maxsize=4096)
def _bare(text: str) -> str:
    """The figure without its percent sign or ordinal ending, for reading its value ("91st" → "91")."""
    return _PERCENT.sub("", re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text))


def _without_rate(text: str) -> str:
    """ "500 a month" → "500": the figure whose unit its options share."""
    return _RATE.sub("", text)
