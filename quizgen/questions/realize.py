"""Word each fact as one or more questions, in both directions where that reads naturally."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.facts.context import ArticleContext
from quizgen.facts.wording import with_the
from quizgen.models import Fact
from quizgen.questions.answer_types import is_country
from quizgen.questions.draft import Draft
from quizgen.questions.length import shorten


def realize(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    writer = WRITERS.get(fact.kind)
    drafts = writer(fact, ctx) if writer else []
    for d in drafts:
        d.answer = clean_answer(d.answer)
    return [d for d in drafts if d.answer]


def clean_answer(answer: str) -> str:
    """An answer as a learner should read it: no bracket left open ("Harbour Office (HO"), no wire-copy
    angle brackets ("<Tidewell Ltd>"), no possessive ending ("the Party's")."""
    answer = re.sub(r"\s*\([^)]*$", "", answer.strip())
    answer = re.sub(r"(?<=\w)'s$|(?<=\w)\u2019s$", "", answer) if not re.search(r"\d", answer) else answer
    return answer.replace("<", "").replace(">", "").strip()


#: Posts a person no longer holds.
FORMER = re.compile(r"(former|ex-|ex |erstwhile|one-time|onetime)\b", re.I)
#: What a speaker question asks for, by its wh-phrase: the type its false options must have.
WH_TYPES = {"Who": "person", "Which country": "country", "Which organization": "org"}


def _quote(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    s = fact.slots
    question = f"{s['wh']} {s['predicate']}?"
    answer_type = WH_TYPES.get(s["wh"], "group")
    if answer_type == "country" and not is_country(s["speaker"]):
        # spaCy took a company for a place: ask "Which organization" when the article names it as one
        if not any(org.startswith(s["speaker"]) for org in ctx.org_names):
            return []
        question, answer_type = f"Which organization {s['predicate']}?", "org"
    return [Draft(fact, "who", shorten(question), s["speaker"], list(s["aliases"]), answer_type)]


def _role(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    s = fact.slots
    person, role, org = s["person"], s.get("role"), s.get("org")
    drafts = []
    if org and any(org in (p.name, *p.name.split()) for p in ctx.people.people):
        return []  # "a faction member of Ruiz": a person is not an organization
    if role:
        # a post left behind ("former finance director") is asked in the past
        does, hold = ("did", "once hold") if FORMER.match(s["role_answer"]) else ("does", "hold")
        if org:
            q = f"What post {does} {person} {hold} at {with_the(org, ctx.text)}?"
        elif s.get("other_posts"):
            if _words(s["role_answer"]) <= _words(s["other_posts"][0]):
                return []  # the same post said twice ("finance director of X", "X finance director")
            q = f"Besides being {s['other_posts'][0]}, what post {does} {person} {hold}?"
        else:
            q = f"What post {does} {person} {hold}?"
        drafts.append(Draft(fact, "post", q, s["role_answer"], [], "role", exclude=s.get("other_roles", [])))
    if org and s.get("org_question"):
        drafts.append(
            Draft(
                fact,
                "org",
                s["org_question"],
                org,
                list(s.get("org_aliases", [])),
                "org",
                exclude=s.get("other_orgs", []),
            )
        )
    # "Who is the Chief Financial Officer?" names no company: without an organisation the post
    # itself must say where ("Welsh Health Minister", "chief architect of the Long March rocket")
    if role and s.get("unique_holder") and (org or s.get("qualified") or s.get("role_display")):
        post = s.get("role_display") or role
        where = f" {s.get('org_prep', 'of')} {with_the(org, ctx.text)}" if org else ""
        q = f"Who is the {post}{where}?" if not post.lower().startswith("the ") else f"Who is {post}{where}?"
        drafts.append(Draft(fact, "holder", q, person, list(s.get("person_aliases", [])), "person"))
    return drafts


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text) if w.lower() not in ("the", "of", "at", "for")}


def _acronym(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    s = fact.slots
    return [
        Draft(fact, "long", f"What does {s['short']} stand for?", s["long"], [], "long-form"),
        Draft(
            fact, "short", f"What is the abbreviation for {with_the(s['long'], ctx.text)}?", s["short"], [], "acronym"
        ),
    ]


_Repl = str | Callable[[re.Match[str]], str]

#: Wire-copy units a question spells out when it asks for them ("How many pct …" → "What percentage …").
WIRE_UNITS: list[tuple[re.Pattern[str], _Repl]] = [
    (
        re.compile(r"\b([Bb]y |[Tt]o |[Ff]rom )?([Hh])ow many pct\b"),
        lambda m: (m.group(1) or "") + ("W" if m.group(2) == "H" and not m.group(1) else "w") + "hat percentage",
    ),
    (re.compile(r"\b([Hh]ow many) mln\b"), r"\1 million"),
    (re.compile(r"\b([Hh]ow many) bln\b"), r"\1 billion"),
    (re.compile(r"\b([Hh]ow many) dlrs\b"), r"\1 dollars"),
]


def spell_units(question: str) -> str:
    """The article's own units stay after its numbers ("44 pct"); the asked-for unit reads as English.
    "tell" before a quotation has lost its listener: it reads "say"."""
    for pattern, repl in WIRE_UNITS:
        question = pattern.sub(repl, question)
    question = re.sub(r"\btell (?=[\u201c\"])", "say ", question)
    return question


def _asked(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    """Dates, numbers and org-events carry their question from the clause they come from."""
    s = fact.slots
    return [
        Draft(
            fact,
            s.get("direction", "ask"),
            spell_units(s["question"]),
            s["answer"],
            list(s.get("aliases", [])),
            s.get("answer_type", fact.kind),
            exclude=list(s.get("exclude", [])),
            needs_choices=bool(s.get("needs_choices")),
        )
    ]


WRITERS = {"quote": _quote, "role": _role, "acronym": _acronym, "date": _asked, "number": _asked, "org-event": _asked}
