"""Is this typed answer right? Lenient where learners expect it, strict where it matters.

Accepted without fuss: case, accents, punctuation, a leading "the"/"a", honorifics, word order,
the question's aliases (surname, acronym, other date forms), a surname alone for a person, an
acronym for an organisation, and small typos in long answers. Never accepted: a different
number or date (they are parsed and compared as values, because 1990 and 1991 are one typo
apart), a typo in a short answer, or anything closer to one of the wrong choices than to the
answer. False negatives are what learners hate most, so the quiz also offers an override; the
wrong verdicts here are the ones an override should rarely need to undo.

Headless: no Textual. rapidfuzz does the fuzzy work (it needs `processor=default_process`
spelled out since 3.0); dateparser is imported on first use because it takes ~0.5 s to warm up.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein
from rapidfuzz.utils import default_process

from quizgen.models import Question
from quizgen.vocabulary import HONORIFICS, MONTHS, NUMBER_WORDS, TENS

#: Kinds whose answer may be a person (a speaker, a post holder); see `asks_for_person`.
PERSON_KINDS = frozenset({"quote", "role"})
#: Words dropped from the front of an answer before comparing.
_LEADING = frozenset({"the", "a", "an"})
_HONORIFICS = HONORIFICS
#: Words skipped when making an acronym from a name ("Bank of England" -> BOE, and BE).
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&"})


@dataclass(frozen=True)
class Verdict:
    """The grader's decision and the reason, which the feedback screen can show."""

    correct: bool
    reason: str
    """One of: exact, alias, word order, surname, acronym, typo, number, date (right);
    empty, wrong number, wrong date, distractor, wrong (wrong)."""
    matched: str | None = None
    """The accepted form the answer matched, or the wrong choice it was closer to."""


# --- normalising ------------------------------------------------------------------------------


def normalize(text: str) -> str:
    """Casefolded, accent-free words separated by single spaces, without a leading article or title.

    >>> normalize("  The  Harbor-Transit Authority's ")
    'harbor transit authority'
    """
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s\b", "", text)  # possessive: "Okafor's" -> "Okafor"
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # "1,200" -> "1200", one token
    text = re.sub(r"(?<=\d)\.(?=\d)", "p", text)  # "2.1" stays distinct from "21"
    words = default_process(text).split()
    while words and (words[0] in _LEADING or words[0] in _HONORIFICS) and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def edit_budget(expected: str) -> int:
    """How many typos a normalised answer of this length may have: none up to 4 characters."""
    length = len(expected.replace(" ", ""))
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    return 2


def acronym(name: str) -> str:
    """Initials of a multi-word name, skipping small words: "Bank of England" -> "be"."""
    words = [w for w in normalize(name).split() if w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


# --- numbers -----------------------------------------------------------------------------------

_UNITS = {word: value for value, word in enumerate(NUMBER_WORDS[:20])}
_TENS = TENS
_SCALES = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
_HEDGES = frozenset(
    "about around approximately almost nearly some roughly over more than less fewer under up to "
    "just only exactly per cent percent usd us dollars dollar euros euro pounds".split()
)
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words: "1,200", "1.2k", "twelve hundred".

    Currency signs, percent signs, hedges ("about", "more than") and trailing unit words
    ("workers") are ignored; anything else that is not part of the number means "not a number".
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[$€£¥%]", " ", text).replace("-", " ")
    text = re.sub(r"(?<=\d)(k|m|mn|bn|b|tn)\b", r" \1", text)
    tokens = [t.strip(".,;:!?()") for t in text.split()]
    tokens = [t for t in tokens if t and t not in _HEDGES and t != "and"]
    while (
        tokens
        and tokens[-1].isalpha()
        and tokens[-1] not in _UNITS
        and tokens[-1] not in _TENS
        and tokens[-1] not in _SCALES
        and tokens[-1] != "hundred"
    ):
        tokens.pop()  # "1,200 workers"
    if not tokens:
        return None
    if _NUMBER.match(tokens[0]):
        value = float(tokens[0].replace(",", ""))
        for token in tokens[1:]:
            if token not in _SCALES:
                return None
            value *= _SCALES[token]
        return value
    return _words_to_number(tokens)


def _words_to_number(tokens: Sequence[str]) -> float | None:
    total, current = 0, 0
    seen = False
    for token in tokens:
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES and len(token) > 2:  # "k"/"bn" only after digits
            total += max(current, 1) * _SCALES[token]
            current = 0
        elif token == "a" and not seen:
            continue  # "a hundred": the scale word supplies the 1
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def _same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


# --- dates -------------------------------------------------------------------------------------

_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_HAS_MONTH = re.compile(rf"\b({_MONTHS})\b\.?", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(1[0-9]|20)\d{2}\b")
_ISO = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\s*$")
_YEAR_ONLY = re.compile(r"^\s*(?:in\s+)?((?:1[0-9]|20)\d{2})\s*$", re.IGNORECASE)

_parser_lock = threading.Lock()
_parser: Any = None


@dataclass(frozen=True)
class DateValue:
    """A calendar date at the precision it was written: year, month or day."""

    year: int | None
    month: int | None
    day: int | None

    def matches(self, other: DateValue) -> bool:
        """Equal on every part both sides state ("May 12" matches "12 May 2024")."""
        parts = zip((self.year, self.month, self.day), (other.year, other.month, other.day), strict=True)
        compared = [(a, b) for a, b in parts if a is not None and b is not None]
        # Both must name the same precision of month/day: "May 2024" is not "12 May 2024".
        if (self.day is None) != (other.day is None) or (self.month is None) != (other.month is None):
            return False
        return bool(compared) and all(a == b for a, b in compared)


def _date_parser() -> Any:
    global _parser
    if _parser is None:
        from dateparser.date import DateDataParser  # deferred: ~0.2 s import, ~0.3 s first parse

        _parser = DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past"})
    return _parser


def parse_date(text: str) -> DateValue | None:
    """The date a learner or an answer wrote, if it is an absolute date.

    Only text with a month name, an ISO date, a d/m/y date or a bare year counts: weekday names
    and "yesterday" depend on when the article was written, so they are left to aliases.
    """
    match = _YEAR_ONLY.match(text)
    if match:
        return DateValue(int(match.group(1)), None, None)
    numeric = _NUMERIC.match(text)
    if not (_HAS_MONTH.search(text) or _ISO.match(text) or numeric):
        return None
    with _parser_lock:
        data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    date: dt.datetime = data.date_obj
    has_year = bool(_HAS_YEAR.search(text)) or bool(numeric)
    year = date.year if has_year else None
    if data.period == "year":
        return DateValue(year, None, None)
    if data.period == "month":
        return DateValue(year, date.month, None)
    return DateValue(year, date.month, date.day)


def _date_readings(text: str) -> list[DateValue]:
    """Every reading of `text`: both day/month orders for an ambiguous "05/12/2024"."""
    first = parse_date(text)
    if first is None:
        return []
    readings = [first]
    numeric = _NUMERIC.match(text)
    if numeric and first.day is not None and first.month is not None and first.day <= 12:
        readings.append(DateValue(first.year, first.day, first.month))
    return readings


def warm_up() -> None:
    """Load the date parser now (call from a worker thread) so the first typed date is instant."""
    parse_date("12 May 2024")


# --- grading -----------------------------------------------------------------------------------


def accepted_forms(question: Question, extra: Iterable[str] = ()) -> list[str]:
    """The answer, its aliases and the learner's own accepted answers, normalised, deduplicated."""
    forms: list[str] = []
    for text in (question.answer, *question.aliases, *extra):
        norm = normalize(text)
        if norm and norm not in forms:
            forms.append(norm)
    return forms


def _distractors(question: Question, forms: Sequence[str]) -> list[str]:
    wrong = []
    for choice in question.choices:
        norm = normalize(choice)
        if norm and norm not in forms and norm not in wrong:
            wrong.append(norm)
    return wrong


def _looks_numeric(question: Question) -> bool:
    """A number question, or an answer written in digits ("Ten Downing" is a name, not 10)."""
    answer = question.answer
    return question.kind == "number" or (bool(_digits(answer)) and parse_number(answer) is not None)


def _looks_like_date(question: Question) -> bool:
    """A date question, or an answer with a month and digits ("May Chen" is a name, not a date)."""
    answer = question.answer
    if question.kind == "date" or _ISO.match(answer):
        return True
    return bool(_HAS_MONTH.search(answer) and _digits(answer)) and parse_date(answer) is not None


def asks_for_person(question: Question) -> bool:
    """Whether the answer is a person, so that a surname alone may name them.

    Quote and role questions also ask for posts ("What post does Ana Ruiz hold?") and for
    organisations ("What did the ministry say?"), whose last word ("officer", "authority") is no
    surname. The generator words every question that asks for a person with "Who", and the JSON
    carries no answer type, so the wording decides.
    """
    return question.kind in PERSON_KINDS and question.question.lstrip().casefold().startswith("who ")


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def grade_answer(typed: str, question: Question, *, extra_aliases: Iterable[str] = ()) -> Verdict:
    """Decide whether `typed` answers `question`.

    Args:
        typed: What the learner typed, as typed.
        question: The question; its answer, aliases and (wrong) choices are all used.
        extra_aliases: Answers the learner has overridden as right before.
    """
    said = normalize(typed)
    if not said:
        return Verdict(False, "empty")
    forms = accepted_forms(question, extra_aliases)
    if said == forms[0]:
        return Verdict(True, "exact", question.answer)
    if said in forms:
        return Verdict(True, "alias", said)

    if _looks_like_date(question):
        typed_dates = _date_readings(typed)
        if typed_dates:
            for text in (question.answer, *question.aliases, *extra_aliases):
                expected = parse_date(text)
                if expected and any(expected.matches(d) for d in typed_dates):
                    return Verdict(True, "date", text)
            return Verdict(False, "wrong date")
    if _looks_numeric(question):
        value = parse_number(typed)
        if value is not None:
            for text in (question.answer, *question.aliases, *extra_aliases):
                expected_value = parse_number(text)
                if expected_value is not None and _same_number(value, expected_value):
                    return Verdict(True, "number", text)
            return Verdict(False, "wrong number")

    wrong = _distractors(question, forms)
    if said in wrong:
        return Verdict(False, "distractor", said)

    for form in forms:
        if sorted(said.split()) == sorted(form.split()):
            return Verdict(True, "word order", form)

    # A surname alone names a person, unless a wrong choice shares it.
    if asks_for_person(question) and " " not in said and len(said) >= 3:
        surname = forms[0].split()[-1]
        if said == surname and not any(surname in w.split() for w in wrong):
            return Verdict(True, "surname", question.answer)

    # An acronym of the answer, unless the question itself gives it away ("What does HTA stand for?").
    in_question = set(normalize(question.question).split())
    wrong_acronyms = {acronym(w) for w in wrong}
    for form in forms:
        if said == acronym(form) and said not in in_question and said not in wrong_acronyms:
            return Verdict(True, "acronym", form)
    if forms[0] == acronym(said) and not any(acronym(said) == w for w in wrong):
        return Verdict(True, "acronym", said)

    # Typos: a small, length-aware budget, never on digits, and never when a wrong choice is nearer.
    best_form, best_distance = None, None
    for form in forms:
        if _digits(form) != _digits(said):
            continue
        distance = Levenshtein.distance(said, form, processor=default_process)
        if distance <= edit_budget(form) and (best_distance is None or distance < best_distance):
            best_form, best_distance = form, distance
    if best_form is not None and best_distance is not None:
        for choice in wrong:
            if Levenshtein.distance(said, choice, processor=default_process) <= best_distance:
                return Verdict(False, "distractor", choice)
        return Verdict(True, "typo", best_form)
    return Verdict(False, "wrong")


# --- showing the difference --------------------------------------------------------------------


@dataclass(frozen=True)
class DiffPart:
    """A run of characters in the typed or the expected line of a diff."""

    text: str
    kind: str
    """"same" (typed right), "extra" (typed but wrong) or "missing" (expected, not typed)."""


def diff_answer(typed: str, expected: str) -> tuple[list[DiffPart], list[DiffPart]]:
    """Anki-style character diff: the typed line and the expected line, each split into runs.

    Case is ignored when lining the strings up, so "maria" lines up with "Maria".
    """
    typed_key, expected_key = typed.lower(), expected.lower()
    if len(typed_key) != len(typed) or len(expected_key) != len(expected):
        typed_key, expected_key = typed, expected
    matcher = difflib.SequenceMatcher(None, typed_key, expected_key, autojunk=False)
    top: list[DiffPart] = []
    bottom: list[DiffPart] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            top.append(DiffPart(typed[a1:a2], "same"))
            bottom.append(DiffPart(expected[b1:b2], "same"))
            continue
        if a2 > a1:
            top.append(DiffPart(typed[a1:a2], "extra"))
        if b2 > b1:
            bottom.append(DiffPart(expected[b1:b2], "missing"))
    return _merged(top), _merged(bottom)


def _merged(parts: list[DiffPart]) -> list[DiffPart]:
    out: list[DiffPart] = []
    for part in parts:
        if out and out[-1].kind == part.kind:
            out[-1] = DiffPart(out[-1].text + part.text, part.kind)
        else:
            out.append(part)
    return out
