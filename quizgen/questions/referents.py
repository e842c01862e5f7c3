"""Definite descriptions a learner cannot place without the article: "the group", "the committee",
"the Kolkata-based side", "the report", "this research", "the prices".

Read away from its article, "When did the group set its ceiling?" does not say which group. A body
("the group", "the side") is named by the one body of that kind the article names ("the Nobel
Committee" for "the committee"), or by the one body named just before it; a document ("the report",
"this research") by the one body whose report the article names ("the Harwick Trust's report"), a
study by where its researchers work or the one journal that published it; "the storm" by the named
storm its sentences or its story are about; "the 61-year-old" by the person given that age. A
question that says which one it means ("the report on ferry safety", "the study published in the
journal Lumen") is left alone; one that cannot be named is dropped ("According to the report, …"
loses only its attribution). Quoted words are the speaker's and stay.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.body_people import names_a_body
from quizgen.facts.lexicon import (
    ORG_STAND_INS,
    PANEL_WORDS,
    PERSON_EPITHETS,
    PERSON_NOUNS,
    REFERENT_BODIES,
    REFERENT_DOCUMENTS,
    REFERENT_PLURALS,
)
from quizgen.facts.mentions import about_the_series
from quizgen.facts.quote_marks import blank_quotes
from quizgen.facts.wording import with_the
from quizgen.questions.placed_nearby import moved_spans
from quizgen.questions.places import named_place
from quizgen.questions.sides import full_clubs, the_panel, two_sides
from quizgen.text import starts_of, strip_the
from quizgen.vocabulary import BODY_WORDS, NOT_STORM_NAMES

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact
    from quizgen.facts.people import Person

#: Descriptions a question cannot keep unnamed (a learner reading "the group" or "the report" alone cannot
#: tell which); the others ("the council", "the study", "the storm") are named when the article allows and
#: otherwise kept; all after "this" ("this research") are dropped ("that" is more often "said that …").
MUST_BE_NAMED = {
    *"group committee side panel project programme scheme initiative consortium alliance coalition outfit".split(),
    "report",
    *REFERENT_PLURALS,
}
#: Gatherings a question names when the article names one ("the symposium" → "the Harwick Energy Symposium").
REFERENT_EVENTS = {"symposium", "conference", "forum", "summit", "seminar", "workshop"}
#: Weather systems news names ("Cyclone Nisarga"), then calls "the storm".
STORMS = {"storm", "cyclone", "hurricane", "typhoon"}
#: Places news names once ("the state of Tasmania", "Kerala state"), then calls "the state".
PLACE_NOUNS = {"state", "province", "city", "county", "territory", "island"}
_NOUNS = "|".join(
    sorted(
        REFERENT_BODIES | REFERENT_DOCUMENTS | REFERENT_PLURALS | REFERENT_EVENTS | STORMS | PLACE_NOUNS,
        key=len,
        reverse=True,
    )
)
#: A named storm: "Cyclone Nisarga", "Hurricane Ida", "Tropical Storm Kirra".
NAMED_STORM = re.compile(
    r"\b(?:Super )?(?:Cyclone|Hurricane|Typhoon|(?:Tropical )?Storm) "
    rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:{'|'.join(sorted(w.capitalize() for w in NOT_STORM_NAMES))})\b)"
    r"[A-Z][a-z]+"
)
#: "the group", "this research", "the Kolkata-based side", "the research findings", "the latest report".
REFERENT = re.compile(
    rf"\b([Tt]he|[Tt]his) "
    rf"((?:[A-Z]?[a-z]+-based|latest|new|same|whole|full|final|annual|two|three|four|rival) )?"
    rf"((?:research )?)({_NOUNS})\b(?!-\w)"
)
#: What after the noun says which one it is: "the report on …", "the study published in …".
SAYS_WHICH = re.compile(
    r"\s*(?:of|on|into|about|by|from|for|behind|led|carried out|commissioned|"
    r"(?:published|released|issued) (?:\w+ ){0,3}in (?:the )?(?:journal )?[A-Z]|in the journal|"
    r"\(|,? which|,? called|[A-Z])"
)
#: "According to the report, …": an attribution the question stands without.
LEAD_ATTRIBUTION = re.compile(rf"^According to (?:the|this) (?:{'|'.join(sorted(REFERENT_DOCUMENTS))}), ")


def named_referents(
    question: str, answer: str, fact: Fact, ctx: ArticleContext, held: list[tuple[int, int]] | None = None
) -> str | None:
    """The question with its bare definite descriptions named, or None when one cannot be; the words in
    `held` (spans of `question`) are left as they stand."""
    asked = question
    unquoted = blank_quotes(question)
    if "-year-old" in unquoted or unquoted.startswith("How old "):
        question = _aged_person(question, unquoted, answer, ctx)  # "the 61-year-old" → "Tom Pell", where one fits
        unquoted = blank_quotes(question)
    question = full_clubs(question, ctx)  # "the United boss" → "the Manchester United boss"
    unquoted = blank_quotes(question)
    kept = moved_spans(held or [], asked, question)
    if kept is None:
        return None
    if "he " not in unquoted.lower() and "his " not in unquoted.lower():
        return question  # neither "the" nor "this": nothing to name
    for m in reversed(list(REFERENT.finditer(unquoted))):
        noun = m.group(4).lower()
        if SAYS_WHICH.match(unquoted, m.end()) or any(m.start() < b and a < m.end() for a, b in kept):
            continue  # "the study published in the journal Lumen", "the committee of inquiry"; held words
        name = _name_for(noun, fact, ctx, m.group(), answer.lower())
        if name is None and noun not in MUST_BE_NAMED and m.group(1).lower() == "the":
            continue  # "the council", "the study": left as the article words it when nothing names it
        if name is None:
            lead = LEAD_ATTRIBUTION.match(question) if m.start() == len("According to ") else None
            if lead is None:
                return None
            question = question[lead.end() :]
            question = question[:1].upper() + question[1:]
            unquoted = blank_quotes(question)
            continue
        if fact.kind == "quote" and noun not in REFERENT_DOCUMENTS and re.match(r"(?:Who|Which) ", question):
            name = f"{m.group()} ({strip_the(name)})"  # the speaker's gist keeps its words: "the group (Opec)"
        question = question[: m.start()] + name + question[m.end() :]
    return question


def _name_for(noun: str, fact: Fact, ctx: ArticleContext, phrase: str, answer: str) -> str | None:
    if noun in STORMS:
        return _storm(fact, ctx)
    if noun in PLACE_NOUNS:
        return named_place(noun, fact.sentence, ctx.text)
    if noun in REFERENT_PLURALS:  # "the prices": of what, only the article says; "the two sides" maybe
        return two_sides(ctx) if noun in ("sides", "teams", "clubs") and _two(phrase) else None
    kind = {n for n in _named_things(ctx) if n.split()[-1].lower() == noun and not _institution(n, noun)}
    kind = {n for n in kind if _named_by(n, fact, ctx)}  # "the board" is never one the story names only later
    if len(kind) == 1:  # "the committee" → "the Nobel Committee", "the index" → "the Global Innovation Index"
        thing = kind.pop()
        if about_the_series(fact.sentence, thing):
            thing = _YEAR_AHEAD.sub("", thing)  # "the festival, which dates back 700 years": not its 2024 edition
        return with_the(thing, ctx.text) if noun in REFERENT_BODIES | REFERENT_EVENTS else f"the {strip_the(thing)}"
    if kind:
        return None  # two committees: which one, the question cannot say
    if noun == "team" and _journal(ctx) and RESEARCH_TEAM.search(ctx.text):
        return f"the research team behind the study published in {_journal(ctx)}"
    if noun in PANEL_WORDS and the_panel(noun, ctx):
        return f"the {the_panel(noun, ctx)} {noun}"  # "the panel" → "the Tower Commission panel"
    if noun in REFERENT_BODIES:
        return _body_named(noun, fact, ctx, phrase)
    owner = _document_owner(noun, ctx, fact, phrase)
    if owner is not None:
        return f"{_possessive(with_the(owner, ctx.text))} {noun}"
    if noun not in SCHOLARLY:
        return None
    team, journal = _team_body(ctx), _journal(ctx)
    by_team = {"study": "the study by researchers from", "paper": "the paper by researchers from"}
    named = [f"{by_team.get(noun, f'the {noun} of scientists from')} {with_the(team, ctx.text)}" if team else None]
    head = "the findings of the study" if noun == "findings" else f"the {noun}"
    named.append(f"{head} published in {journal}" if journal else None)
    return next((n for n in named if n and (len(answer) < 3 or answer not in n.lower())), None)


#: The year an event's name opens with ("2023 Harvest Lantern Festival"): one edition, where the article's
#: bare "the festival" may mean them all.
_YEAR_AHEAD = re.compile(r"^(?:[Tt]he )?(?:19|20)\d\d(?:[-–/]\d{2,4})? (?=\w)")

#: A study's authors called a team: "the research team", "a team of scientists".
RESEARCH_TEAM = re.compile(r"\b(?:research team|team of (?:\w+ )?(?:researchers|scientists))\b", re.I)
#: Documents a journal publishes: "the study" of an article that names one journal is the one published there.
SCHOLARLY = ("study", "research", "findings", "paper")
#: "published on May 2 in the journal Lumen", "was published in journal Lumen Letters yesterday".
_PUBLISHED_IN = re.compile(
    r"\bpublished\b[^;]{0,30}?\bin (?:the )?(?:(?:scientific|science|medical|academic) )?journal,? "
    r"([A-Z][\w&:'\u2019-]*(?: (?:of|the|and|&|for|in|on|[A-Z][\w&:'\u2019-]*))*)"
)


#: "A research team from X", "scientists at X", "researchers from X": the body a study's authors work at.
_TEAM_AT = re.compile(
    r"\b(?i:research team|researchers|scientists|team of (?:\w+ )?(?:researchers|scientists))(?: (?:was|were))?"
    r" (?:from|at|led by (?:scientists|researchers) (?:from|at)) (?:the )?([A-Z][^,;.]*)"
)


def _team_body(ctx: ArticleContext) -> str | None:
    """The first body the article says its study's researchers come from."""
    bodies = sorted({re.sub(r"['\u2019]s?$", "", b) for b in _bodies(ctx)}, key=len, reverse=True)
    for m in _TEAM_AT.finditer(ctx.text):
        body = next((b for b in bodies if m.group(1).startswith(b)), None)
        if body is not None:
            return body
    return None


def _journal(ctx: ArticleContext) -> str | None:
    """The one journal the article says its study was published in."""
    from quizgen.facts.journals import journal_name

    names = {journal_name(m.group(1)) for m in _PUBLISHED_IN.finditer(ctx.text)}
    return names.pop() if len(names) == 1 else None


def _body_named(noun: str, fact: Fact, ctx: ArticleContext, phrase: str) -> str | None:
    """The one body named just before ("Opec … the group"), for the nouns that stand for one."""
    from quizgen.questions.context_words import named_before

    if noun not in STANDS_FOR_NAMED:
        return None  # "the team" of researchers, "the panel" of judges: often no named body at all
    name = named_before(fact, ctx, phrase)
    return None if name is None else with_the(name, ctx.text)


def _storm(fact: Fact, ctx: ArticleContext) -> str | None:
    """The one storm the article names, the one its sentence (or the sentence before) names, or, when
    those name none, the one the story is about (named at least twice as often as any other)."""
    named = set(NAMED_STORM.findall(ctx.text))
    if len(named) <= 1:
        return named.pop() if named else None
    at = ctx.text.find(fact.sentence[:80])
    if at < 0:
        return None
    start = max(ctx.text.rfind(". ", 0, max(at - 2, 0)), ctx.text.rfind("\n", 0, max(at - 1, 0)), 0)
    near = set(NAMED_STORM.findall(ctx.text[start : at + len(fact.sentence)]))
    if near:
        return near.pop() if len(near) == 1 else None
    counts = sorted(((ctx.text.count(n.split()[-1]), n) for n in named), reverse=True)
    return counts[0][1] if counts[0][0] >= 2 * counts[1][0] else None  # the story's own storm


def _two(phrase: str) -> bool:
    """ "the two sides", "the sides", "both teams": two of them, not "the teams" of a league."""
    return bool(re.match(r"(?i)the (?:two )?sides$|the two (?:teams|clubs)$", phrase))


#: Nouns that stand for the body named just before them ("Opec … the group", "Harwick … the side"); the
#: others ("the team", "the committee", "the project") are often no named body at all.
#: ("the coalition" or "the alliance" a party joins is not that party: named only by a name ending so)
STANDS_FOR_NAMED = ORG_STAND_INS | {"group", "side", "outfit", "consortium"}


def _named_by(name: str, fact: Fact, ctx: ArticleContext) -> bool:
    """Has the article named `name` by the end of the fact's sentence (or is that sentence not found)?"""
    at = ctx.text.find(fact.sentence[:80])
    return at < 0 or ctx.text.find(name, 0, at + len(fact.sentence)) >= 0


def _bodies(ctx: ArticleContext) -> set[str]:
    return {*ctx.org_names, *(strip_the(e.text) for e in ctx.ents if e.label_ == "ORG")}


def _institution(name: str, noun: str) -> bool:
    """Is `name` a body's, ending in a document's word ("Institute for Health Research"), when the
    question's `noun` is a document's ("the research")?"""
    return noun in REFERENT_DOCUMENTS and any(w.lower() in BODY_WORDS for w in name.split())


def _named_things(ctx: ArticleContext) -> set[str]:
    """Bodies, events, laws and works the article names: "the index" may be its "Global Innovation Index"."""
    return _bodies(ctx) | {strip_the(e.text) for e in ctx.ents if e.label_ in ("EVENT", "LAW", "WORK_OF_ART")}


def _document_owner(noun: str, ctx: ArticleContext, fact: Fact, phrase: str) -> str | None:
    """The one body the article names as the author of its `noun` (a study, research, findings: any of
    the three), or None when it names none or several, or names it only after the fact's `phrase`
    ("said the study erred, and a separate study by Y found …": the study is not Y's)."""
    nouns = SCHOLARLY if noun in SCHOLARLY else (noun,)
    at, where = ctx.text.find(fact.sentence[:80]), fact.sentence.lower().find(phrase.lower())
    upto = len(ctx.text) if at < 0 else at + (where if where >= 0 else len(fact.sentence))
    owners, before = set(), set()
    for body in sorted(_bodies(ctx), key=len, reverse=True):
        if len(body) < 3 or body.isdigit():
            continue
        owned = [where for n in nouns for where in _owned_at(body, n, ctx.text)]
        if owned:
            owners.add(body)
            if min(owned) < upto:
                before.add(body)
    owners = {o for o in owners if not any(o != other and o in other for other in owners)}
    return owners.pop() if len(owners) == 1 and owners <= before else None


def _owns(body: str, noun: str, text: str) -> bool:
    """Does `text` name `noun` as `body`'s anywhere?"""
    return bool(_owned_at(body, noun, text))


def _owned_at(body: str, noun: str, text: str) -> list[int]:
    """Where `text` names `noun` as `body`'s ("Harwick Trust's report", "a report by the Harwick Trust",
    "the Harwick Trust report"). Looked for where the body stands (a pattern per body cost more)."""
    after, before = _owned_patterns(noun)
    return [
        at
        for at in starts_of(text, body)
        if after.match(text, at + len(body)) or before.search(text, max(0, at - _LOOK_BACK), at)
    ]


#: How far back "reports by the " may start before a body's name.
_LOOK_BACK = 40


@lru_cache(maxsize=64)
def _owned_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a body's name ("'s latest report", " report") and what comes before it
    ("reports by the ") when the document is the body's."""
    after = re.compile(rf"(?:['\u2019]s? (?:\w+ )?| ){noun}s?\b")
    before = re.compile(rf"{noun}s?\b (?:by|from|of|for) (?:the )?\Z")
    return after, before


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


_EPITHET_WORDS = "|".join(sorted(PERSON_EPITHETS, key=len, reverse=True))
#: "the 78-year-old cardinal", "the 73-year-old former Harwick chairman": a person called by age.
AGE_EPITHET = re.compile(rf"\b[Tt]he (\d{{1,3}})-year-old(?: (?:former|ex-|[A-Z][\w-]*|{_EPITHET_WORDS})\b)*")
#: "How old is the collector?": the age of someone the question names by an epithet.
HOW_OLD = re.compile(r"^How old (?:is|was) (the [^?]+)\?$")


def _aged_person(question: str, unquoted: str, answer: str, ctx: ArticleContext) -> str:
    """The question with a person called by age ("the 78-year-old cardinal") named, when the article
    gives that age to one person only; "How old is the collector? — 89" names the one person aged 89.
    Unchanged when no one person fits."""
    m = AGE_EPITHET.search(unquoted)
    if m is not None:
        person = _person_aged(m.group(1), ctx)
        return question if person is None else question[: m.start()] + person + question[m.end() :]
    how_old = HOW_OLD.match(unquoted)
    age = re.match(r"\d{1,3}", answer)
    if how_old is None or age is None:
        return question
    person = _person_aged(age.group(), ctx)
    return question if person is None else question[: how_old.start(1)] + person + question[how_old.end(1) :]


def _person_aged(age: str, ctx: ArticleContext) -> str | None:
    """The one person the article gives `age`: "Ann Lind, 32,", "the 32-year-old Ann Lind", or "the
    32-year-old" standing for the person the sentence before it names first."""
    bodies = _bodies(ctx)
    people = [p for p in ctx.people.people if p.name.istitle() and " " in p.name and p.name not in bodies]
    people = [p for p in people if not names_a_body(p.name, ctx.text)]  # "Harrow Rovers": a side
    people = [
        p
        for p in people
        if not re.search(rf"\b(?:of|at|for|from|in|against|beat|joined) {re.escape(p.name)}\b", ctx.text)
    ]
    found = set()
    for person in people:
        name = re.escape(person.name)
        if re.search(rf"\b{name}, {age}\b|\b{age}-year-old(?: [\w-]+){{0,4}},? {name}\b", ctx.text):
            found.add(person.name)  # "the 29-year-old gallery manager, Tess Lunn": the age is hers
    for m in re.finditer(rf"\b[Tt]he {age}-year-old\b", ctx.text):
        if _names_next(ctx.text, m.end(), people):
            continue  # "The 29-year-old manager, Tess Lunn, said": a new person, not the one named before
        if _back_to_unnamed(ctx.text, m.start(), m.end()):
            continue  # "A man barricaded himself … The 47-year-old man": the man, not the spokesman between
        start = max(ctx.text.rfind(". ", 0, max(m.start() - 2, 0)), ctx.text.rfind("\n", 0, max(m.start() - 2, 0)), 0)
        seen = [(_first_mention(p.name, p.forms, ctx.text, start, m.start()), p.name) for p in people]
        near = [(at, name) for at, name in seen if at >= 0]
        if near and _someone_unnamed(ctx.text, start, m.start()):
            continue  # "Ann Lind was attacked by her partner. The 31-year-old …": either of them
        if near:  # the news names its subject first: "Ann Lind has bought Harwick Rovers. The 61-year-old …"
            found.add(min(near)[1])
    return found.pop() if len(found) == 1 else None


#: A person brought in without a name: "a man", "her former partner", "the suspect" (but not after a
#: comma, where "Ann Lind, the driver," is the named person's own description).
_UNNAMED = re.compile(
    rf"(?<!, )\b(?:[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w-]*'s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(PERSON_NOUNS, key=len, reverse=True))})\b"
)


def _someone_unnamed(text: str, start: int, end: int) -> bool:
    """Does the text from the sentence before the epithet up to it bring in a person without a name?"""
    return _UNNAMED.search(text, start, end) is not None


def _back_to_unnamed(text: str, start: int, end: int) -> bool:
    """ "The 47-year-old man" after "A man who barricaded himself …": the age's own person noun, brought
    in earlier without a name ("a man", "a woman"), is the one the age is given to."""
    noun = re.match(r" ([a-z]+)\b", text[end : end + 30])
    if noun is None or noun.group(1) not in PERSON_NOUNS:
        return False
    return re.search(rf"\b[Aa]n? (?:[\w-]+ ){{0,2}}?{noun.group(1)}\b", text[:start]) is not None


def _names_next(text: str, end: int, people: list[Person]) -> bool:
    """Does a name follow the age within a few words ("… manager, Tess Lunn", "…, named as Tess Lunn")?"""
    after = re.match(r"(?:,? [\w-]+){0,4}?,? ([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)", text[end : end + 80])
    if after is None:
        return False
    return any(after.group(1) in (p.name, p.name.split()[-1]) or p.name in after.group(1) for p in people)


def _first_mention(name: str, forms: set[str], text: str, start: int, end: int) -> int:
    """Where `text[start:end]` first names the person (by name, surname or another form), or -1."""
    words = {name, name.split()[-1], *forms}
    return min((m.start() for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", text[start:end])), default=-1)
