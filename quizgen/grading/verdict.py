"""Is this typed answer right? An ordered table of small checks, each deciding or passing.

Never falsely right comes first: a date or number is compared as a value before any alias is
looked at, so "May 30, 2021" is wrong for May 30, 2020 even though "May 30" is an alias; a
name is right in full, in another word order, or in the forms the article itself uses ("Xi",
"Holt"), never by a guessed last word (Chinese, Korean, Vietnamese and Hungarian names put the
family name first). Seldom falsely wrong comes next: case, accents, punctuation, a leading
"the", titles before a person's name ("President Xi", "Dr Chen"), the name or the acronym of an
"X (ACR)" answer, an acronym for an organisation, and small typos in long answers. A typed
answer closer to a wrong choice than to the answer is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein
from rapidfuzz.utils import default_process

from quizgen.facts.lexicon import TITLE_WORDS
from quizgen.grading.units import same_unit
from quizgen.grading.values import (
    date_readings,
    looks_like_date,
    looks_like_number,
    parse_date_value,
    parse_number,
    same_number,
)
from quizgen.models import Question
from quizgen.text import name_and_acronym, normalize
from quizgen.vocabulary import HONORIFICS

#: Kinds whose answer may be a person (a speaker, a post holder); see `asks_for_person`.
PERSON_KINDS = frozenset({"quote", "role"})
#: Words before a person's name that are not part of it: never needed, never harmful.
PERSON_TITLES = (
    HONORIFICS
    | TITLE_WORDS
    | frozenset(
        "councillor councilor councilman councilwoman alderman assemblyman assemblywoman congressman "
        "congresswoman rep sen gov lt col gen capt cmdr adm sgt rev reverend father justice inspector "
        "detective sheriff commander colonel admiral lieutenant sergeant bishop cardinal rabbi imam "
        "sheikh emir mp mep speaker".split()
    )
)
#: Words skipped when making an acronym from a name ("Bank of England" -> BE).
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&"})


@dataclass(frozen=True)
class Verdict:
    """The grader's decision and the reason, which the feedback screen can show."""

    correct: bool
    reason: str
    """One of: exact, alias, surname, word order, acronym, typo, number, date (right);
    empty, wrong number, wrong unit, wrong date, distractor, ambiguous, wrong (wrong)."""
    matched: str | None = None
    """The accepted form the answer matched, or the wrong choice it was closer to."""


@dataclass(frozen=True)
class Typed:
    """What every check looks at: the typed answer and the question's forms, prepared once."""

    text: str
    """As typed."""
    said: str
    """Normalised (titles dropped for a person)."""
    question: Question
    accepted: tuple[str, ...]
    """The answer, its aliases and the learner's, as written, with the parts of "X (ACR)"."""
    forms: tuple[str, ...]
    """`accepted` normalised, deduplicated, the answer's first."""
    wrong: tuple[str, ...]
    """The wrong choices, normalised."""


Check = Callable[[Typed], Verdict | None]


def asks_for_person(question: Question) -> bool:
    """Whether the answer is a person, so that titles before a name are dropped.

    Quote and role questions also ask for posts ("What post does Ana Ruiz hold?") and for
    organisations ("What did the ministry say?"), whose first word ("chief", "general") may look
    like a title. The generator words every question that asks for a person with "Who", and the
    JSON carries no answer type, so the wording decides.
    """
    return question.kind in PERSON_KINDS and question.question.lstrip().casefold().startswith("who ")


def accepted_texts(question: Question, extra: Iterable[str] = ()) -> list[str]:
    """The answer, its aliases and `extra`, as written, each "X (ACR)" followed by X and ACR."""
    texts: list[str] = []
    for text in (question.answer, *question.aliases, *extra):
        parts = name_and_acronym(text)
        for form in (text, *(parts or ())):
            if form.strip() and form not in texts:
                texts.append(form)
    return texts


def accepted_forms(question: Question, extra: Iterable[str] = ()) -> list[str]:
    """`accepted_texts` normalised and deduplicated, the answer's first."""
    titles = PERSON_TITLES if asks_for_person(question) else HONORIFICS
    forms: list[str] = []
    for text in accepted_texts(question, extra):
        norm = normalize(text, titles=titles)
        if norm and norm not in forms:
            forms.append(norm)
    return forms


def acronym(name: str) -> str:
    """Initials of a multi-word name, skipping small words: "Bank of England" -> "be"."""
    words = [w for w in normalize(name).split() if w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def edit_budget(expected: str) -> int:
    """How many typos a normalised answer of this length may have: none up to 4 characters."""
    length = len(expected.replace(" ", ""))
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    return 2


def prepare(typed: str, question: Question, extra: Iterable[str] = ()) -> Typed:
    titles = PERSON_TITLES if asks_for_person(question) else HONORIFICS
    accepted = accepted_texts(question, extra)
    forms = accepted_forms(question, extra)
    wrong: list[str] = []
    for choice in question.choices:
        norm = normalize(choice, titles=titles)
        if norm and norm not in forms and norm not in wrong:
            wrong.append(norm)
    return Typed(typed, normalize(typed, titles=titles), question, tuple(accepted), tuple(forms), tuple(wrong))


# --- the checks, in the order they run ---------------------------------------------------------


def _empty(t: Typed) -> Verdict | None:
    return Verdict(False, "empty") if not t.said else None


def _date_value(t: Typed) -> Verdict | None:
    """A date question answered with a date: the answer's own date decides, whatever the aliases."""
    question = t.question
    if not (question.kind == "date" or looks_like_date(question.answer)):
        return None
    readings = date_readings(t.text)
    if not readings:
        return None
    stated = [(text, parse_date_value(text)) for text in t.accepted]
    truth = next((value for _, value in stated if value is not None), None)
    for reading in readings:
        if truth is not None and reading.contradicts(truth):
            continue
        for text, value in stated:
            if value is not None and value.matches(reading) and not (truth and value.contradicts(truth)):
                return Verdict(True, "date", text)
    return Verdict(False, "wrong date")


def _number_value(t: Typed) -> Verdict | None:
    """A number question answered with a number: the answer's own value decides."""
    question = t.question
    if not (question.kind == "number" or looks_like_number(question.answer)):
        return None
    value = parse_number(t.text)
    if value is None:
        return None
    stated = [(text, parse_number(text)) for text in t.accepted]
    truth = next(((text, v) for text, v in stated if v is not None), None)
    if truth is not None:
        text, expected = truth
        fits, mine, theirs = same_unit(t.text, text, question.question)
        if not fits:
            return Verdict(False, "wrong unit")
        right = same_number(value * mine, expected * theirs)
        return Verdict(True, "number", text) if right else Verdict(False, "wrong number")
    return Verdict(False, "wrong number")


def _exact(t: Typed) -> Verdict | None:
    return Verdict(True, "exact", t.question.answer) if t.said == t.forms[0] else None


def _shared_name(t: Typed) -> Verdict | None:
    """One word that a wrong choice also holds ("Smith" for John and Jane Smith) names neither."""
    if " " in t.said or t.said not in t.forms:
        return None
    holder = next((w for w in t.wrong if t.said in w.split()), None)
    return Verdict(False, "ambiguous", holder) if holder else None


def _alias(t: Typed) -> Verdict | None:
    if t.said not in t.forms:
        return None
    one_name = asks_for_person(t.question) and " " not in t.said and t.said in t.forms[0].split()
    return Verdict(True, "surname" if one_name else "alias", t.said)


def _distractor(t: Typed) -> Verdict | None:
    return Verdict(False, "distractor", t.said) if t.said in t.wrong else None


def _word_order(t: Typed) -> Verdict | None:
    words = sorted(t.said.split())
    form = next((f for f in t.forms if " " in f and sorted(f.split()) == words), None)
    return Verdict(True, "word order", form) if form else None


def _acronym(t: Typed) -> Verdict | None:
    """An acronym of the answer, unless the question gives it away ("What does HTA stand for?")."""
    in_question = set(normalize(t.question.question).split())
    wrong_acronyms = {acronym(w) for w in t.wrong}
    for form in t.forms:
        if t.said == acronym(form) and t.said not in in_question and t.said not in wrong_acronyms:
            return Verdict(True, "acronym", form)
    # A name whose initials are the answer, only when the question knows no expansion to compare
    # with: "Coastal Forestry Authority" is not "CFA" when "Coastal Fisheries Authority" is.
    expanded = acronym(t.said)
    known = any(" " in form for form in t.forms)
    if expanded and expanded == t.forms[0] and not known and expanded not in t.wrong:
        return Verdict(True, "acronym", t.said)
    return None


def _typo(t: Typed) -> Verdict | None:
    """A small, length-aware budget per word, never on digits, and never when a wrong choice is as near.

    Per word, so that a short family name never slips to another ("Zhao" is not "Zhang").
    """
    best_form, best_distance = None, 0
    for form in t.forms:
        if _digits(form) != _digits(t.said):
            continue
        distance = _typos(t.said, form)
        if distance is not None and (best_form is None or distance < best_distance):
            best_form, best_distance = form, distance
    if best_form is None:
        return None
    for choice in t.wrong:
        if Levenshtein.distance(t.said, choice, processor=default_process) <= best_distance:
            return Verdict(False, "distractor", choice)
    return Verdict(True, "typo", best_form)


def _typos(said: str, form: str) -> int | None:
    """How many typos `said` has against `form`, or None when a word or the whole is over budget."""
    typed_words, words = said.split(), form.split()
    if len(typed_words) != len(words):  # only a space too many or too few
        return 1 if said.replace(" ", "") == form.replace(" ", "") else None
    total = 0
    for typed_word, word in zip(typed_words, words, strict=True):
        distance = Levenshtein.distance(typed_word, word)
        if distance > edit_budget(word):
            return None
        total += distance
    return total if total <= edit_budget(form) else None


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


#: The order is the policy: values before aliases (never falsely right), then leniencies.
CHECKS: tuple[Check, ...] = (
    _empty,
    _date_value,
    _number_value,
    _exact,
    _shared_name,
    _alias,
    _distractor,
    _word_order,
    _acronym,
    _typo,
)


def grade_answer(typed: str, question: Question, *, extra_aliases: Iterable[str] = ()) -> Verdict:
    """Decide whether `typed` answers `question`: the first check that decides, else wrong.

    Args:
        typed: What the learner typed, as typed.
        question: The question; its answer, aliases and (wrong) choices are all used.
        extra_aliases: Answers the learner has overridden as right before.
    """
    prepared = prepare(typed, question, extra_aliases)
    for check in CHECKS:
        verdict = check(prepared)
        if verdict is not None:
            return verdict
    return Verdict(False, "wrong")
