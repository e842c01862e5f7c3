"""Multiple-choice options: plausible (same type, from the same article first) and reliably false.

A distractor is never an alias of the answer, never close enough to be taken for it, and never
another right answer (a second member of the same list).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import weakref
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import AcronymFact, DateFact, Fact, NumberFact, RoleFact
from quizgen.facts.lexicon import BODY_NICKNAMES
from quizgen.facts.places import place_kind
from quizgen.facts.post_words import is_academic, is_description, is_position
from quizgen.facts.quote_marks import blank_quotes
from quizgen.questions.also_true import also_did, event_stems
from quizgen.questions.answer_types import country_pool, org_heads, org_pool, person_pool, place_pool
from quizgen.questions.draft import Draft
from quizgen.questions.kind_nouns import with_kind_noun
from quizgen.questions.number_options import number_options
from quizgen.questions.option_fit import (
    a_scheme,
    another_kind_of_body,
    names_the_asker,
    not_a_firm,
    not_a_government,
    not_a_publication,
    other_time,
    part_of,
    same_body,
    team_beside_a_body,
)
from quizgen.questions.org_parts import full_name, owned_site, site_owner
from quizgen.questions.parent_bodies import holds_or_held, small_unit
from quizgen.questions.post_worth import files_story, passing_office, work_part
from quizgen.questions.realize import post_answer
from quizgen.text import initials, whole_words
from quizgen.vocabulary import WEEKDAYS

MAX_DISTRACTORS = 3
#: Openings of questions whose wrong options are organisations of one kind only (see `org_pool`).
ORG_WH = (
    "Which company",
    "Which party",
    "Which team",
    "Which institution",
    "Which court",
    "In an interview with which newspaper",
    "In which journal",
)
#: The time a post question is dated to ("In 2024, which institution was …?"): not part of what it asks.
_DATED = re.compile(r"^(?:In \d{4}|At the time of writing), (\w)")
#: A preposition before the question word: "By which party was …?" asks for a party all the same.
_LED = re.compile(r"^(?:By|For|With|From|Against|To|At) which\b")
T = TypeVar("T")


def add_choices(draft: Draft, ctx: ArticleContext, facts: list[Fact]) -> Draft:
    """Fill `draft.choices` with the answer and up to three false options, in a stable order."""
    if isinstance(draft.fact, RoleFact) and draft.answer_type == "org" and small_unit(draft.answer):
        return draft  # "the X group": the lab or agency it sits in would be right too, so no options
    pool = _in_the_news(draft, ctx, facts, _pool(draft, ctx, facts))
    banned = [draft.answer, *draft.aliases, *draft.exclude, *_same_thing(draft.answer, ctx, facts)]
    # dates and numbers differ by a digit from their neighbours: only an equal value is too close
    close = _same_value if draft.answer_type in ("date", "number", "acronym") else _too_close
    picked: list[str] = []
    events = event_stems(draft)
    for candidate in pool:
        if len(picked) == MAX_DISTRACTORS:
            break
        if draft.answer_type == "org":
            whole = full_name(candidate, ctx.org_names)
            candidate = candidate if whole is None else whole  # "Board of Regents": the full name, or none
            candidate = with_kind_noun(candidate, ctx.text) if candidate else candidate  # "the X group"
            if not candidate or owned_site(candidate, ctx.text) or site_owner(candidate, draft.answer, ctx.text):
                continue  # "Mission Control Center", a body's own site, issues nothing
        if close(candidate, banned + picked) or _named_in(candidate, draft.question, draft.answer_type == "person"):
            continue
        if _unfit(draft, candidate) or (draft.answer_type == "org" and _one_body(candidate, draft.answer, ctx)):
            continue
        if draft.answer_type == "org" and not_a_firm(candidate, draft.question, ctx.long_form(candidate)):
            continue
        if draft.answer_type == "org" and team_beside_a_body(candidate, draft.answer, ctx):
            continue  # "Madhya Pradesh", a side, beside the Kerala Cricket Association
        same = _same_thing(candidate, ctx, facts)
        if events and also_did(draft, candidate, same, events, ctx):
            continue  # the article says this one did it too: it is not a false option
        picked.append(candidate)
        banned += same  # "Mounties" beside the RCMP: one body twice
    if not picked:
        return draft
    rng = random.Random(f"{draft.fact.key}|{draft.direction}")  # stable across runs
    choices = [draft.answer, *picked]
    rng.shuffle(choices)
    draft.choices = choices
    return draft


def _one_body(candidate: str, answer: str, ctx: ArticleContext) -> bool:
    """The option is the answer's part or whole, or both name one body (see option_fit)."""
    return (
        part_of(candidate, answer, ctx.text)
        or same_body(candidate, answer, ctx.org_names)
        or holds_or_held(candidate, answer, ctx.text)
    )


def _same_thing(answer: str, ctx: ArticleContext, facts: list[Fact]) -> list[str]:
    """Other names of the answer: its acronym or long form ("WADA" for the World Anti-Doping Agency),
    its nickname ("Mounties" for the RCMP)."""
    return _cached(ctx, facts, ("other names", ""), lambda: _other_names(ctx, facts)).get(default_process(answer), [])


def _other_names(ctx: ArticleContext, facts: list[Fact]) -> dict[str, list[str]]:
    """Every other name of each body, by the name's processed text: acronyms and long forms, and
    nicknames with their full names' initials, joined through one another ("Mounties" is the "Royal
    Canadian Mounted Police", the "RCMP": so "Mounties" is no false option beside "RCMP")."""
    pairs = [(f.short, f.long) for f in facts if isinstance(f, AcronymFact)] + list(ctx.acronyms.items())
    for nick, full in BODY_NICKNAMES.items():
        if whole_words(ctx.text, [nick]):  # ("the Met", not "the Met Office")
            pairs.append((nick, full))
            short = initials(full)
            pairs += [(short, full)] if whole_words(ctx.text, [short]) else []  # "RCMP", when written
    groups: dict[str, set[str]] = {}  # a processed name → every name of its body
    for short, long in pairs:
        merged = {short, long} | groups.get(default_process(short), set()) | groups.get(default_process(long), set())
        for name in merged:
            groups[default_process(name)] = merged
    return {key: sorted(n for n in names if default_process(n) != key) for key, names in groups.items()}


def _named_in(candidate: str, question: str, person: bool = False) -> bool:
    """A false option the question itself names ("Who claimed that Ann Ruiz …?" offering Ann Ruiz); a
    person by the surname too ("Who said that Ruiz …?": nobody picks Ann Ruiz, the option gives nothing)."""
    key = default_process(candidate)
    asked = f" {default_process(question)} "
    if len(key) > 3 and f" {key} " in asked:
        return True
    surname = key.split()[-1] if person and " " in key else ""
    outside = f" {default_process(blank_quotes(question))} " if surname else ""
    return len(surname) > 3 and f" {surname} " in outside


def _same_value(candidate: str, banned: list[str]) -> bool:
    key = default_process(candidate).replace(" ", "")
    return any(key == default_process(other).replace(" ", "") for other in banned)


#: A post's forms for women and men, and its neutral one: "Councilwoman" is no false option beside
#: "Councilmember", nor "spokeswoman" beside "spokesman".
_GENDERED = re.compile(
    r"\b(council|assembly|congress|alder|chair|spokes|business|select)(?:wo)?(?:man|men|person|member)\b"
)
_NEUTRAL = {"councillor": "councilmember", "councilor": "councilmember", "actress": "actor", "chair": "chairmember"}


@lru_cache(maxsize=4096)  # each option is read against every banned name: one answer many times
def _neutral(text: str) -> str:
    if any(end in text for end in ("man", "men", "person", "member")):
        text = _GENDERED.sub(lambda m: f"{m.group(1)}member", text)
    return " ".join(_NEUTRAL.get(w, w) for w in text.split())


def _too_close(candidate: str, banned: list[str]) -> bool:
    c = default_process(candidate)
    if not c:
        return True
    for other in banned:
        o = default_process(other)
        if not o or c == o or c in o.split() or o in c.split() or _neutral(c) == _neutral(o):
            return True
        if fuzz.ratio(c, o) >= 85 or (len(o) > 3 and (c.startswith(o) or o.startswith(c))):
            return True
        cw, ow = set(c.split()), set(o.split())
        if len(cw) > 1 and len(ow) > 1 and (cw <= ow or ow <= cw):
            return True  # a short form of the same name ("Harbour System" for "Tema Harbour Authority System")
    return False


#: Pools per article context: every question of an article draws on the same few, and a long
#: article's many questions must not each scan all its facts again (issue 10).
_POOLS: weakref.WeakKeyDictionary[ArticleContext, dict[tuple[str, str, int], Any]] = weakref.WeakKeyDictionary()


#: The context asked for last (weakly) and its pools: its questions come one after another, and a
#: weak dictionary's look-up makes a new weak reference on every call.
_LAST: list[Any] = [None, None]


def _cached(ctx: ArticleContext, facts: list[Fact], key: tuple[str, str], make: Callable[[], T]) -> T:
    last, pools = _LAST
    if last is None or last() is not ctx:
        try:
            pools = _POOLS.setdefault(ctx, {})
        except TypeError:  # a stand-in for a context that cannot be weakly referenced: no cache
            return make()
        _LAST[:] = [weakref.ref(ctx), pools]
    full = (*key, len(facts))
    if full not in pools:
        pools[full] = make()
    found: T = pools[full]
    return found


def _acronyms(ctx: ArticleContext, facts: list[Fact]) -> list[tuple[str, str]]:
    """(acronym, long form) of the acronym facts, in order."""
    make = lambda: [(f.short, f.long) for f in facts if isinstance(f, AcronymFact)]  # noqa: E731
    return _cached(ctx, facts, ("acronym", ""), make)


def _typed(ctx: ArticleContext, facts: list[Fact], kind: str, wh: str = "") -> list[str]:
    make = {
        "person": lambda: person_pool(ctx, facts),
        "country": lambda: country_pool(ctx),
        "org": lambda: org_pool(ctx, facts, wh),
        "role": lambda: [post_answer(f) for f in facts if isinstance(f, RoleFact) and f.role],
        "place": lambda: place_pool(ctx, facts),
    }[kind]
    return _cached(ctx, facts, (kind, wh), make)


def _pool(draft: Draft, ctx: ArticleContext, facts: list[Fact]) -> list[str]:
    """Candidates of the answer's own type, most plausible first."""
    kind = draft.answer_type
    if kind == "part":  # "co-author of the study" beside "lead author of the study", never beside a post
        return [r for r in _typed(ctx, facts, "role") if work_part(r)]
    if kind in ("person", "country"):
        return _typed(ctx, facts, kind)
    if kind == "place":  # a state beside states, a city beside cities
        return [p for p in _typed(ctx, facts, kind) if place_kind(p) == place_kind(draft.answer)]
    if kind == "org":
        asked = _LED.sub("Which", _DATED.sub(lambda m: m.group(1).upper(), draft.question))  # "By which party"
        wh = next((w for w in ORG_WH if asked.startswith(w)), "")
        return _typed(ctx, facts, kind, wh)
    if kind == "role":  # a profession beside professions, a position in a team beside positions, a post beside posts
        kinds = (is_description, is_position, is_academic)  # an office is never offered beside "political analyst"
        return [r for r in _typed(ctx, facts, "role") if all(f(r) == f(draft.answer) for f in kinds)]
    if kind == "acronym":
        # an organization's acronym among organizations' acronyms, a term's among terms'
        same = _long_kind(draft.fact.long if isinstance(draft.fact, AcronymFact) else "", ctx)
        shorts = [f.short for f in facts if isinstance(f, AcronymFact) and _long_kind(f.long, ctx) == same]
        long = draft.fact.long if isinstance(draft.fact, AcronymFact) else ""
        # never letters shuffled into a name nobody uses, nor letters the long form rules out
        return [s for s in shorts if _spells(s, long)]
    if kind == "long-form":
        # an organization's name is offered beside other organizations, a term beside other terms
        longs = [long for _, long in _acronyms(ctx, facts)]
        short = draft.fact.short if isinstance(draft.fact, AcronymFact) else ""
        if org_heads(draft.answer):  # spelled-out names only: an acronym is no expansion of another
            names = [n for n in longs + _typed(ctx, facts, "org") if org_heads(n) and len(n.split()) > 1]
        else:  # a named standard ("High Definition Multimedia Interface") beside named ones, a term beside terms
            capital = draft.answer[:1].isupper()
            names = [n for n in longs if not org_heads(n) and n[:1].isupper() == capital]
        return [n for n in names if _spells(short, n)]
    if kind == "date":
        return _dates(draft)
    if kind == "number" and isinstance(draft.fact, NumberFact):
        return number_options(draft.fact, draft.answer, facts)
    return []


def _unfit(draft: Draft, candidate: str) -> bool:
    """An option of the answer's type that the question still rules out (see option_fit)."""
    kind = draft.answer_type
    if kind == "org" and names_the_asker(candidate, draft.question):
        return True  # "NASA Halden" asked about: "Halden Space Center" is itself, not a rival
    if kind == "org" and (not_a_publication(candidate, draft.question) or not_a_government(candidate, draft.question)):
        return True
    if kind in ("org", "long-form") and (
        a_scheme(candidate, draft.answer)
        or another_kind_of_body(candidate, draft.answer, kind == "long-form", draft.question)
    ):
        return True
    return kind == "role" and other_time(candidate, draft.answer)


def _in_the_news(draft: Draft, ctx: ArticleContext, facts: list[Fact], pool: list[str]) -> list[str]:
    """The pool without the people and posts that are not the news, and, for a post held at an
    organization, only posts held at organizations (not "Finance Minister" beside "chancellor")."""
    if draft.answer_type == "person":
        people, _ = _background(ctx, facts)
        return [name for name in pool if name not in people]
    if draft.answer_type != "role":
        return pool
    _, posts = _background(ctx, facts)
    if isinstance(draft.fact, RoleFact) and draft.fact.org and not draft.fact.org_is_place:
        at_bodies = set(_cached(ctx, facts, ("posts at bodies", ""), lambda: _posts_at_bodies(facts)))
        pool = [r for r in pool if r in at_bodies]
    return [r for r in pool if not work_part(r) and r not in posts]


def _posts_at_bodies(facts: list[Fact]) -> list[str]:
    """The posts the article says someone holds at an organization (not for a place: "Ohio
    governor"), in order."""
    held = (f.role for f in facts if isinstance(f, RoleFact) and f.role and f.org and not f.org_is_place)
    return list(dict.fromkeys(held))


def _background(ctx: ArticleContext, facts: list[Fact]) -> tuple[set[str], set[str]]:
    """The people and posts that are not the news: the story's reporter ("Our correspondent Ann
    Ruiz reports"), and a bare office named only in passing ("President Cole's plan"). Neither is
    asked (see post_worth), and neither is a false option beside those that are."""

    def make() -> tuple[set[str], set[str]]:
        roles = [f for f in facts if isinstance(f, RoleFact)]
        aside = [f for f in roles if files_story(f) or passing_office(f, ctx)]
        news = {f.role for f in roles if f not in aside}
        return {f.person for f in aside}, {f.role for f in aside} - news

    return _cached(ctx, facts, ("background", ""), make)


def _long_kind(long: str, ctx: ArticleContext) -> str:
    """What an acronym stands for: an organization, a place, another proper name, or a plain term
    ("high-density polyethylene"), so that false options are of its own kind."""
    if org_heads(long):
        return "org"
    if long in ctx.place_names | {e.text for e in ctx.ents if e.label_ in ("GPE", "LOC")}:
        return "place"
    return "name" if long[:1].isupper() else "term"  # a named thing ("HDMI") beside named ones


#: Words that tie a date to the day of writing: "17 years ago (2002)" beside "2001" gives itself away.
RELATIVE_DATE = re.compile(r"\b(ago|last|next|earlier|later|this|previous|since)\b", re.I)


def _dates(draft: Draft) -> list[str]:
    """Nearby dates at the answer's own granularity (±1 week/day, ±1 month, ±1 year), worded as the
    answer is: "early August 2020" beside "early September 2020", never a bare "August 2020"."""
    plain, options = _plain_dates(draft)
    if not options or draft.answer == plain:
        return options
    if not plain or plain not in draft.answer or RELATIVE_DATE.search(draft.answer):
        return []  # fewer options rather than ones of another shape than the answer
    return [draft.answer.replace(plain, option) for option in options]


def _plain_dates(draft: Draft) -> tuple[str, list[str]]:
    """The answer's date in its plain wording, and the nearby dates in the same wording."""
    fact = draft.fact
    iso, fmt = (fact.iso or "", fact.format) if isinstance(fact, DateFact) else ("", None)
    weekday = draft.answer.split()[-1] if draft.answer else ""
    if fmt == "weekday-only" and weekday.lower() in WEEKDAYS:  # "On what day of the week …?" ("last Friday" too)
        at = WEEKDAYS.index(weekday.lower())
        lead = draft.answer[: -len(weekday)]
        return draft.answer, [lead + WEEKDAYS[(at + d) % 7].capitalize() for d in (1, -1, 2)]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            day = dt.date.fromisoformat(iso)
            if draft.answer.startswith(day.strftime("%A")):
                fmt = "weekday"  # "Thursday, February 15": each option on its own weekday
            shifts = [dt.timedelta(days=d) for d in (7, -7, 1, -1, 14)]
            return _show(day, fmt), [_show(day + s, fmt) for s in shifts]
        if re.fullmatch(r"\d{4}-\d{2}", iso):
            year, month = map(int, iso.split("-"))
            out = []
            for delta in (1, -1, 2, -2):
                m = (month - 1 + delta) % 12 + 1
                y = year + (month - 1 + delta) // 12
                out.append(dt.date(y, m, 1).strftime("%B %Y"))
            return dt.date(year, month, 1).strftime("%B %Y"), out
        if re.fullmatch(r"\d{4}", iso):
            year = int(iso)
            return iso, [str(year + d) for d in (1, -1, 2, -3)]
    except ValueError:
        return "", []
    return "", []


def _show(day: dt.date, fmt: str | None) -> str:
    if fmt == "weekday":
        return f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"
    if fmt == "no-year":
        return f"{day.strftime('%B')} {day.day}"
    return f"{day.strftime('%B')} {day.day}, {day.year}"


@lru_cache(maxsize=4096)  # each acronym question checks its article's every long form
def _spells(short: str, long: str) -> bool:
    """Whether `short` could stand for `long`, letter by letter: a learner rules out "Audit Commission"
    and "British Airways" for "BMA" by their letters, so such an option gives the answer away (fewer
    options, or none, instead)."""
    from quizgen.facts.acronyms import spells

    return bool(short) and bool(long) and spells(short.lstrip("."), long)
