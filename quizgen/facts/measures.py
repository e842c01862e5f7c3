"""What a number measures: its scale, currency and unit, read from the words around it.

spaCy's entity for "15.8 mln bpd" is "15.8"; for "26 per cent" it is MONEY; for "50 pct" a bare
CARDINAL. A question must name what is counted, so the number is first grown into the whole
measure ("15.8 mln bpd", "154 mln Canadian dlrs", "£4.5m", "26 per cent") and given a kind:
a percentage, an amount of money, or a count of some unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.vocabulary import LENGTH_UNITS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.context import ArticleContext

#: The unit words of figures, in one place: scales, percent, currencies, units of length and count.
#: Every number pass reads these lists (and the grader the currencies); none keeps its own.
SCALES = {"mln", "bln", "million", "billion", "trillion", "thousand", "m", "bn", "tn", "k", "mn", "crore", "lakh"}
PERCENT_WORDS = {"pct", "percent", "%"}
CURRENCY_WORDS = {
    "dlrs",
    "dlr",
    "dollars",
    "dollar",
    "stg",
    "sterling",
    "yen",
    "marks",
    "francs",
    "pounds",
    "euros",
    "yuan",
    "rupees",
    "pence",
    "cents",
    "lire",
    "guilders",
    "crowns",
    "riyals",
    "euro",
    "rupee",
    "peso",
    "pesos",
    "ringgit",
    "baht",
    "naira",
    "dirhams",
    "shillings",
}
#: Currencies whose singular is also another unit's ("a 200 pound bear"): money after a scale word only
#: ("a 2 billion pound plan").
SCALED_CURRENCIES = {"pound", "crown"}
CURRENCY_SIGNS = {"$", "£", "€", "¥", "us$", "a$", "s$", "c$", "hk$", "rmb", "rs", "rs.", "₹"}
#: South and South-East Asian papers' currency marks ("Tk 85 billion", "Rp 2 trillion", "RM50 million").
CURRENCY_SIGNS |= {"tk", "tk.", "rp", "rp.", "rm", "ksh", "nt$", "nz$", "php", "inr", "pkr"}
#: Units of length, singular and plural ("km", "kms", "miles", "feet"): what a distance is measured in.
LENGTH_WORDS = {w for unit, plural in LENGTH_UNITS.items() for w in (unit, plural)} | {"kms"}
#: Units written after a number that name what it counts, and how a question says them.
UNIT_WORDS = {
    "bpd": "barrels per day",
    "tonnes": "tonnes",
    "tons": "tons",
    "barrels": "barrels",
    "kilograms": "kilograms",
    "kg": "kilograms",
    "km": "kilometres",
    **{plural: plural for plural in LENGTH_UNITS.values() if plural != "km"},  # "miles", "metres", "feet"
    "acres": "acres",
    "hectares": "hectares",
    "ounces": "ounces",
    "megawatts": "megawatts",
}
#: Nouns whose value is the amount that sizes them ("Harbour Bank's 120 mln dlr profit").
VALUE_NOUNS = {
    *"profit loss revenue budget debt deficit surplus income earnings sales turnover cost fine salary".split(),
    *"price bill spending payout bonus fee".split(),
}
#: Deals: the amount that sizes them is what they were worth ("Ann Ruiz's £30m takeover").
DEAL_NOUNS = {
    *"takeover acquisition deal bid offer contract purchase sale loan grant package buyout merger".split(),
    *"settlement sponsorship transfer investment".split(),
}
#: Words that stand before a currency word without being part of the amount's value.
CURRENCY_ADJECTIVES = {"canadian", "u.s.", "us", "australian", "hong", "kong", "new", "zealand", "singapore"}


def unlabelled_figures(ctx: ArticleContext) -> list[Span]:
    """Figures the entity tagger left out though a unit names them ("exports at about 9 mln bpd"),
    each as a one-word CARDINAL entity for `measure` to grow."""
    from spacy.tokens import Span

    from quizgen.nlp import tokens_where

    units = SCALES | PERCENT_WORDS | CURRENCY_WORDS | set(UNIT_WORDS)
    doc = ctx.doc
    numbers = [i for i, number in enumerate(doc.to_array("LIKE_NUM").tolist()[:-1]) if number]  # no Token for the rest
    found = [
        Span(doc, t.i, t.i + 1, label="CARDINAL")
        for t in map(doc.__getitem__, numbers)
        if not t.ent_type_ and doc[t.i + 1].lower_ in units and t.sent == doc[t.i + 1].sent
    ]
    bys = set(tokens_where(doc, "LOWER", "by".__eq__))
    after_by = [e for e in ctx.ents if e.start - 1 in bys]  # both shapes below open with "by" before the figure
    found += [_figure_part(e, to + 1, e.end) for e in after_by if (to := _by_to(e)) is not None]
    return found + [level for e in after_by if (level := _untagged_level(e)) is not None]


def _untagged_level(ent: Span) -> Span | None:
    """ "rose by 2,600 to 57,000": the level after the change, which the tagger left out."""
    from spacy.tokens import Span

    doc = ent.doc
    if ent.start == 0 or ent.end + 1 >= len(doc) or doc[ent.start - 1].lower_ != "by" or doc[ent.end].lower_ != "to":
        return None
    level = doc[ent.end + 1]
    if not level.like_num or level.ent_type_ or level.lower_ in SCALES:
        return None
    end = level.i + 1 + (level.i + 1 < len(doc) and doc[level.i + 1].lower_ in SCALES)
    return Span(doc, level.i, end, label="CARDINAL")


def _by_to(ent: Span) -> int | None:
    """ "dropped by 52,000 to 1.38 million": the tagger's one span holds the change and the level it
    reached; the index of its "to", so each figure is asked alone (the change by, the level to)."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "by" or ent.label_ not in ("CARDINAL", "MONEY", "QUANTITY"):
        return None
    to = next((t.i for t in ent[1:-1] if t.lower_ == "to"), None)
    return to if to is not None and by_to_split(doc, ent.start - 1, to) else None


def by_to_split(doc: Doc, by: int, to: int) -> bool | None:
    """ "by X to Y" with its "by" at `by` and its "to" at `to`, whether the tagger made one span of it
    or two: True when the change X and the level Y may each be asked alone; False when X is a bare
    small number ("rose by 2 to 12 million": 2 million or 2? the article does not say); None when
    this is no change and level."""
    change, level = doc[by + 1 : to], doc[to + 1 : to + 3]  # "to 1.38 million", "to $41 million"
    if not change or not level or not any(t.like_num for t in change):
        return None
    if not (level[0].like_num or level[-1].like_num):
        return None
    return not (len(change) == 1 and change[0].text.isdigit() and int(change[0].text) < 100)


def _figure_part(ent: Span, start: int, end: int) -> Span:
    """Part of a figure span, a MONEY part without a currency counted as a plain figure."""
    from spacy.tokens import Span

    money = any(t.lower_ in CURRENCY_SIGNS | CURRENCY_WORDS for t in ent.doc[max(0, start - 1) : end])
    return Span(ent.doc, start, end, label="CARDINAL" if ent.label_ == "MONEY" and not money else ent.label_)


@dataclass(frozen=True)
class Measure:
    """A number with its scale and unit: `span` is the answer, `head` links it to the sentence."""

    span: Span
    head: Token
    kind: str
    """"percent", "money" or "count"."""
    unit: str = ""
    """For counts read from a unit word: the words after "how many" ("barrels per day")."""


def measure(ent: Span) -> Measure:
    """Grow a number entity into its whole measure and say what kind of quantity it is."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > ent.sent.start and doc[start - 1].lower_ in CURRENCY_SIGNS:
        start -= 1
    kind = {"PERCENT": "percent", "MONEY": "money"}.get(ent.label_, "count")
    unit = ""
    if start < ent.start or any(t.lower_ in CURRENCY_SIGNS or t.text in ("$", "£", "€") for t in ent):
        kind = "money"
    while end < ent.sent.end and doc[end].lower_ in SCALES and doc[end - 1].like_num:
        end += 1
    after = end
    while after < ent.sent.end and doc[after].lower_ in CURRENCY_ADJECTIVES and doc[after].is_title:
        after += 1
    word = doc[after].lower_ if after < ent.sent.end else ""
    if word in CURRENCY_WORDS:
        end, kind = after + 1, "money"
    elif after == end and word in PERCENT_WORDS:
        end, kind = end + 1, "percent"
    elif after == end and word == "per" and end + 1 < ent.sent.end and doc[end + 1].lower_ == "cent":
        end, kind = end + 2, "percent"
    elif after == end and word in UNIT_WORDS and kind == "count":
        end, unit = end + 1, UNIT_WORDS[word]
    if any(t.lower_ == "cent" and doc[t.i - 1].lower_ == "per" for t in doc[start:end]):
        kind = "percent"  # "26 per cent" comes as MONEY
    if end < ent.sent.end and doc[end].lower_ in ("points", "point") and doc[end - 1].lower_ == "percentage":
        end, unit = end + 1, "percentage points"
    elif end + 1 < ent.sent.end and doc[end].lower_ == "percentage" and doc[end + 1].lower_ in ("points", "point"):
        end, unit = end + 2, "percentage points"
    if any(t.lower_ in ("points", "point") for t in doc[start:end]):
        kind = "count"  # "percentage points" are not a percentage
    span = doc[start:end]
    head = span.root
    last = doc[end - 1]
    if ent.label_ == "QUANTITY" and not unit and kind == "count" and last.pos_ == "NOUN" and last.tag_ == "NNS":
        unit = last.lower_  # "200 tons", "more than 400 meters": the entity carries its unit
        if end - start >= 3 and doc[end - 2].lower_ in ("cubic", "square"):
            unit = f"{doc[end - 2].lower_} {unit}"  # "45 mln cubic metres" is a volume, not a length
        if end - start >= 3 and doc[end - 2].text == "-" and not doc[end - 3].whitespace_:
            unit = f"{doc[end - 3].lower_}-{unit}"  # "20 light-years" is a distance, never "how many years"
        if end < ent.sent.end and doc[end].lower_ in ("celsius", "fahrenheit"):
            span = doc[start : end + 1]
            unit = f"{unit} {doc[end].text}"
    return Measure(span=span, head=head if head.i < span.end else span.root, kind=kind, unit=unit)


#: Wire-copy abbreviations and the words a learner reads and writes for them ("50 pct" → "50%").
_DIGIT_PCT = re.compile(r"(?<=\d) ?pct\b", re.I)
WIRE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bpct\b", re.I), "percent"),
    (re.compile(r"\bmln\b", re.I), "million"),
    (re.compile(r"\bbln\b", re.I), "billion"),
    (re.compile(r"\bdlrs\b", re.I), "dollars"),
    (re.compile(r"\bdlr$", re.I), "dollars"),  # "154 mln dlr" as an answer; "a 154 mln dlr profit" stays singular
    (re.compile(r"\bdlr\b", re.I), "dollar"),
    (re.compile(r"\bbpd\b", re.I), "barrels per day"),
)
#: The abbreviations WIRE_WORDS spell out (each pattern's letters), looked for before any pattern runs.
_WIRE_ABBREVIATIONS = ("pct", "mln", "bln", "dlr", "bpd")


def plain_units(text: str) -> str:
    """Wire units in learner's English: "12 pct" → "12%", "two pct" → "two percent",
    "1.5 mln bpd" → "1.5 million barrels per day", "154 mln dlrs" → "154 million dollars"."""
    lower = text.lower()
    if not any(abbreviation in lower for abbreviation in _WIRE_ABBREVIATIONS):
        return text  # most answers: no pattern below can match, so none is run
    text = _DIGIT_PCT.sub("%", text)
    for pattern, words in WIRE_WORDS:
        text = pattern.sub(words, text)
    return text


#: Currencies named by a plural-looking word the tagger may leave as a common noun.
_MONEY_NOUNS = {"won", "yen", "rand", "pesos", "baht", "ringgit", "naira", "shillings", "rupiah", "krona", "kronor"}


def counted_not_money(ent: Span) -> Span:
    """'selling 4.1 million Macs': the tagger's MONEY with no currency in or before it and a plural
    noun at its end is a count ("4.1 million" of Macs), asked "How many Macs …", never "How much"."""
    doc = ent.doc
    last = ent[-1]
    if ent.label_ != "MONEY" or len(ent) < 2 or last.tag_ not in ("NNS", "NNPS"):
        return ent
    words = {t.lower_ for t in doc[max(ent.start - 1, 0) : ent.end]}
    if words & (CURRENCY_SIGNS | CURRENCY_WORDS | _MONEY_NOUNS) or any(t.text in CURRENCY_SIGNS for t in ent):
        return ent
    if not any(t.like_num for t in ent[:-1]):
        return ent
    from spacy.tokens import Span

    return Span(doc, ent.start, ent.end - 1, label="CARDINAL")


def counted_not_time(ent: Span) -> Span:
    """'have won a combined 22 grand slams': the tagger's TIME or QUANTITY ("22 grand") with no unit in
    it, only a number and the words that describe the plural noun after it, is a count of that noun."""
    if ent.label_ not in ("TIME", "QUANTITY") or not ent[0].text[:1].isdigit() or not ent[0].like_num:
        return ent
    number = ent[0]
    if number.dep_ != "nummod" or number.head.tag_ not in ("NNS", "NNPS") or number.head.i < ent.end:
        return ent
    if not all(t.is_alpha and t.head == number.head for t in ent[1:]):
        return ent  # "4 pm", "10:30", "two hours", "5 square miles": a time or a measure after all
    from spacy.tokens import Span

    return Span(ent.doc, ent.start, ent.start + 1, label="CARDINAL")


def figure_entity(ent: Span) -> Span:
    """The tagger's entity mended into the figure it holds (see each step)."""
    return with_order_word(
        counted_not_time(counted_not_money(money_by_name(with_indian_scale(with_percent_after(trimmed(ent))))))
    )


def with_percent_after(ent: Span) -> Span:
    """ "between 3 and 5 per cent", "3 and 5 pct": the tagger's CARDINAL stops before the percent sign
    written as words, which makes the figure a percentage (asked "By what percentage …")."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "CARDINAL" or not ent[-1].like_num or end >= len(doc):
        return ent
    words = 2 if doc[end].lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent" else 0
    words = words or (1 if doc[end].lower_ in ("percent", "pct") else 0)
    if not words:
        return ent
    from spacy.tokens import Span

    return Span(doc, ent.start, end + words, label="PERCENT")


def with_indian_scale(ent: Span) -> Span:
    """ "1.2 crore consumers", "25 lakh people": the tagger's CARDINAL stops before the scale, which is
    part of the figure (asked "How many consumers …? — 1.2 crore", never "how many crore consumers")."""
    doc = ent.doc
    if ent.label_ != "CARDINAL" or ent.end >= len(doc) - 1 or doc[ent.end].lower_ not in _INDIAN_SCALES:
        return ent
    if doc[ent.end + 1].pos_ != "NOUN":
        return ent
    from spacy.tokens import Span

    return Span(doc, ent.start, ent.end + 1, label="CARDINAL")


_INDIAN_SCALES = {"lakh", "lakhs", "crore", "crores"}


def money_by_name(ent: Span) -> Span:
    """'a 2 billion pound plan', 'a 40 million euro contract': the tagger's QUANTITY or CARDINAL that
    ends in a currency's name is a sum of money, asked (or not) as one, never "how many plans"; one
    that stops before it ("42 billion" of "a 42 billion crown budget") takes it in."""
    from spacy.tokens import Span

    doc, after = ent.doc, ent.end
    if ent.label_ in ("MONEY", "CARDINAL") and after < len(doc) and ent[-1].lower_ in SCALES:
        if doc[after].lower_ in CURRENCY_WORDS | SCALED_CURRENCIES and doc[after].head.i > after:
            return Span(doc, ent.start, after + 1, label="MONEY")  # "a 42 billion crown budget": tagger stopped short
    last = ent[-1].lower_
    if ent.label_ not in ("QUANTITY", "CARDINAL") or len(ent) < 2 or not any(t.like_num for t in ent[:-1]):
        return ent
    if last not in CURRENCY_WORDS and not (last in SCALED_CURRENCIES and ent[-2].lower_ in SCALES):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="MONEY")


def with_order_word(ent: Span) -> Span:
    """'reached the hut 30 hours later': the tagger's TIME stops before "later", which its DATE ("five days
    later") takes in; grown by it, the span is asked how many hours later, never how many hours."""
    doc = ent.doc
    if ent.label_ != "TIME" or ent.end >= len(doc) or doc[ent.end].lower_ not in ("later", "ago", "earlier"):
        return ent
    from spacy.tokens import Span

    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


def trimmed(ent: Span) -> Span:
    """'weighs only 2.5 kilograms - will save': the tagger took the dash after the figure into it;
    'put off the vote by two weeks to May': the date after the length of time."""
    from spacy.tokens import Span

    if ent.label_ == "DATE" and len(ent) > 3 and ent[0].like_num and ent[1].lower_.rstrip("s") in _SPAN_UNITS:
        if ent[2].lower_ in ("to", "until"):
            return Span(ent.doc, ent.start, ent.start + 2, label=ent.label_)
    to = next((t.i for t in ent[1:-2] if t.lower_ == "to"), None) if ent.label_ == "DATE" else None
    if (
        to is not None
        and (ent.doc[to - 1].pos_ == "PROPN" or ent.doc[to - 1].like_num)
        and ent.doc[to + 1].like_num
        and ent.doc[to + 2].lower_.rstrip("s") in _SPAN_UNITS
    ):
        return Span(ent.doc, to + 1, ent.end, label=ent.label_)  # "sentenced on Tuesday to 14 years": the term
    to = _by_to(ent)
    if to is not None:
        return _figure_part(ent, ent.start, to)  # the change; the level is `unlabelled_figures`'
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].is_punct and ent.doc[end - 1].text in ("-", "\u2013", "\u2014"):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


#: Units of a length of time the tagger may run into the date after it ("two weeks to May").
_SPAN_UNITS = {"day", "week", "month", "year"}
