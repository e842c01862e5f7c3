"""Words that mean something only inside the article: "the club", "the company", "the pair", "today".

A question is read away from its article, so "Who said that the company faced …?" must name the
company. A stand-in for an organisation is replaced by the one organisation the article named just
before it (in the same or the previous sentence), or left as it is when its own words say which ("the
maker of the Velton Star handset"); when there is none, or more than one, or the
stand-in is no organisation ("the pair", "the latest twist", "the study"), the question is dropped.
Quoted words are the speaker's and stay as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import ORG_STAND_INS, POST_MODIFIERS, VAGUE_NOUNS
from quizgen.facts.officer_bodies import OUTSIDE_POSTS
from quizgen.facts.org_refs import may_be_firm
from quizgen.facts.places import is_country
from quizgen.facts.quote_marks import blank_quotes
from quizgen.facts.titles import is_post
from quizgen.facts.wording import with_the
from quizgen.questions.speaker_body import speakers_body
from quizgen.text import strip_the
from quizgen.vocabulary import MONTH_NAMES, WEEKDAYS

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact

STAND_IN = re.compile(
    rf"\b[Tt]he (?:(?:latest|new|same|two|whole) )?({'|'.join(sorted(ORG_STAND_INS | VAGUE_NOUNS))})\b(?!-)"
)
#: A run of capitalised words before a lower-case word: "Rovers manager", "Ardent Motors chief".
TITLED_BODY = re.compile(r"\b((?:[A-Z][\w&'\u2019-]*\s+)+)([a-z][\w-]*)")
PLACE_STAND_IN = re.compile(r"\bthe (country|nation)(?=['\u2019]s\b|\s)")
#: "… said that Potholes cost …": a capital the sentence's start gave a common noun.
SENTENCE_CAPITAL = re.compile(r"\b(that|whether) ([A-Z][a-z]+)\b")
#: A capitalised name after a preposition: "a takeover of Harwick United", "at Harbour City".
AFTER_PREPOSITION = re.compile(r"\b(?:of|at|for|with|from|by|to|in|against|over)\s+((?:[A-Z][\w&'\u2019-]*\s*)+)")
#: "the maker of the Velton Star handset", "the operator of Harbour Rail": a stand-in whose own words say which.
OF_A_NAME = re.compile(r" of (?:the )?[A-Z]")
#: A wire dateline at a line's start: "LONDON, May 3 (Reuters) - ", "PARIS (AFP) -- ".
_DATELINE = r"^\s*[A-Z]{2,}[A-Z .']*(?:,[^\n.!?]{0,30})?(?:\s*\([\w .]+\))?\s*(?:--?|[\u2013\u2014:])\s*"
DATELINE_BEFORE, LINE_DATELINES = re.compile(_DATELINE + "$", re.M), re.compile(_DATELINE, re.M)
#: Days named from the day of writing: out of the article, the question cannot say which day.
DEICTIC_DAYS = re.compile(r"\b(today|yesterday|tomorrow|tonight)\b", re.I)
_DEICTIC_WORDS = ("today", "yesterday", "tomorrow", "tonight")  # looked for before the pattern runs


def in_context(question: str, fact: Fact, ctx: ArticleContext) -> str | None:
    """The question with its stand-ins named, or None when it cannot stand on its own."""
    unquoted = blank_quotes(question)
    lower = unquoted.lower()
    if any(day in lower for day in _DEICTIC_WORDS) and DEICTIC_DAYS.search(unquoted):
        rest = _day_left_behind(question, fact)
        if rest is None:
            return None  # the day is the article's; which one it was, only the dates extractor can tell
        question, unquoted = rest, blank_quotes(rest)
    question = _sentence_capital(question, unquoted, ctx)
    question = _dateline_caps(question, unquoted, ctx)
    stand_in = "the country" in unquoted or "the nation" in unquoted  # (most questions have neither)
    for m in reversed(list(PLACE_STAND_IN.finditer(unquoted))) if stand_in else ():
        country = _country_before(fact, ctx, m.group())
        if country is not None:  # left as it is otherwise: "the country" of a story is seldom in doubt
            question = question[: m.start()] + country + question[m.end() :]
    unquoted = blank_quotes(question)
    for m in reversed(list(STAND_IN.finditer(unquoted))):
        noun = m.group(1).lower()
        if noun in ORG_STAND_INS and OF_A_NAME.match(unquoted, m.end()):
            continue  # "the maker of the Velton Star handset" is named by what it makes
        name = named_before(fact, ctx, m.group()) if noun in ORG_STAND_INS else None
        name = name or (speakers_body(fact, ctx, m.group()) if noun in ORG_STAND_INS else None)
        if name is None or not may_be_firm(name) or not may_be_firm(ctx.long_form(strip_the(name))):
            return None  # "NUM" is the National Union of Mineworkers: never "the company"
        question = question[: m.start()] + with_the(name, ctx.text) + question[m.end() :]
    return question


#: "Who said that today's sell-off was overdone, but the mood is precarious?": the statement after "but".
_BUT_CLAUSE = re.compile(r"^(Who \w+ that )(.+?), but ((?:the|a|an|its|their) [^,?]+?)\?$")
_FINITE = re.compile(r" (?:is|are|was|were|will|would|has|have|had|could|may|might|can) ")


def _day_left_behind(question: str, fact: Fact) -> str | None:
    """A reported clause "A, but B" whose day word sits in A alone is asked of B, a statement of its
    own with a verb ("…, but the mood on the markets is precarious"); None otherwise."""
    m = _BUT_CLAUSE.match(question)
    if fact.kind != "quote" or m is None or DEICTIC_DAYS.search(m.group(3)) or not _FINITE.search(m.group(3)):
        return None
    if len(m.group(3).split()) < 5 or m.group(3) not in fact.sentence:
        return None
    return m.group(1) + m.group(3) + "?"


def named_before(fact: Fact, ctx: ArticleContext, phrase: str) -> str | None:
    """The one organisation the article names, on its own, in the sentence before `phrase` or the one
    before that (or, when those name no body at all, in the nearest of the few sentences before them);
    None when any other body is named there too.

    A name that only qualifies a post ("the former Harbourside chairman") is no antecedent: the club
    that person left is not "the club" of the next clause. It still makes the reference doubtful, as
    does any other capitalised name after a preposition ("a takeover of Harwick United") that the
    tagger did not call an organisation."""
    at = ctx.text.find(fact.sentence[:80])
    if at < 0:
        return None
    inside = fact.sentence.find(phrase)
    before = ctx.text[:at].rstrip()
    start = _sentence_start(before, len(before) - 1)
    known = _known_bodies(ctx)
    found, doubtful = _bodies_in(ctx.text[start : at + max(inside, 0)], ctx, known)
    for _ in range(EARLIER_SENTENCES):  # no body named just before: the one the article last named
        if found or doubtful or start == 0:
            break
        start = _sentence_start(ctx.text, start - 2)
        found, doubtful = _bodies_in(ctx.text[start : at + max(inside, 0)], ctx, known)
    return _the_one_body(found, doubtful, known)


#: How many sentences further back a stand-in looks for its body when the two before it name none.
EARLIER_SENTENCES = 3


def _the_one_body(found: set[str], doubtful: set[str], known: dict[str, list[str]]) -> str | None:
    """The one organisation of the bodies a window names (see `_bodies_in`), when it names no other."""
    if len({_canonical(n, known) for n in found}) != 1:
        return None
    body = _canonical(next(iter(found)), known)
    if any(not _same_body(n, body, known) for n in doubtful):
        return None
    return body


def _bodies_in(window: str, ctx: ArticleContext, known: dict[str, list[str]]) -> tuple[set[str], set[str]]:
    """The bodies `window` names as bodies ("Ardent said", "the Ardent president said"), and the names
    that only make a reference doubtful: a post left behind ("the former Harbourside chairman": the
    club he left is seldom "the club" of the next clause), a name after a preposition ("an analyst
    at Fenmore Capital said the company": whose?), any other name of two or more words. `known` is
    `_known_bodies(ctx)`."""
    found = {name for name, forms in known.items() if any(_on_its_own(form, window) for form in forms)}
    doubtful: set[str] = set()
    for m in TITLED_BODY.finditer(window):
        if is_post(m.group(2)):
            words = m.group(1).split()
            name = " ".join(w for w in words if w.lower() not in POST_MODIFIERS | {"the"})
            left = any(w.lower() in LEFT_WORDS for w in words) or re.search(r"\b(former|ex-?)\s*$", window[: m.start()])
            if name and not _no_body(name, ctx) and not _opening_capital(name, window, m.start(), ctx):
                # "Harwick Capital analyst Jo Pike said the company …": an analyst speaks of another firm
                outside = m.group(2).lower() in OUTSIDE_POSTS
                (doubtful if left or outside else found).add(name)
    for m in AFTER_PREPOSITION.finditer(window):
        name = m.group(1).strip()
        if len(name) <= 2 or _titled_or_dated(name) or _region(name, ctx):
            continue  # "of U.S. banks", "with Mr Bates", "in May", "demand in Asia"
        doubtful.add(name)  # "Jo Pike, an analyst at Fenmore Capital, said the company": whose company?
    for m in CAPITAL_RUN.finditer(window):  # any other name of two or more words: "Harbour City beat …"
        name = re.sub(r"^(The|A|An|In|On|At|But|And)\s+", "", m.group(1))
        if " " in name and not _titled_or_dated(name):
            if ctx.people.find(name) is None:  # a town's name is a club's name too: "Harbour City beat …"
                doubtful.add(name)
    return found, doubtful


def _opening_capital(name: str, window: str, at: int, ctx: ArticleContext) -> bool:
    """'Island councillors welcomed …': a common word the sentence's start gave a capital, before a
    post, names no body (the article never writes it capitalised inside a sentence, nor tags it one).
    A wire dateline ("LONDON, May 3 (Reuters) - Union officials …") is no part of the sentence."""
    before = window[:at]
    opens = not before.strip() or before.rstrip()[-1:] in ".!?\n" or before.endswith("\n")
    opens = opens or DATELINE_BEFORE.search(before) is not None
    name = re.sub(r"['\u2019]s?$", "", name)
    if " " in name or not opens or any(name in e.text.split() for e in ctx.ents):
        return False
    return not re.search(rf"[a-z,;:\-] {re.escape(name)}\b", _without_datelines(ctx.text))


@lru_cache(maxsize=8)  # one article's text, asked of every name a stand-in's window holds
def _without_datelines(text: str) -> str:
    return LINE_DATELINES.sub("", text)


def _region(name: str, ctx: ArticleContext) -> bool:
    """A country or a region the tagger calls a place ("in Asia", "in Japan"): no company or body of
    the next clause. A city may be a club's name ("at Harbour City"), and stays doubtful."""
    return is_country(name) or any(e.label_ == "LOC" and e.text.strip() == name for e in ctx.ents)


def _no_body(name: str, ctx: ArticleContext) -> bool:
    """A post's qualifier that names no body: a nationality or a country ("the Portuguese midfielder",
    "the Spain coach": no club or company of the next clause), or a person. A city may be a club's
    name ("Sao Paulo's president")."""
    kinds = {e.label_ for e in ctx.ents if e.text.strip() == name}
    return "NORP" in kinds or "PERSON" in kinds or ctx.people.find(name) is not None or is_country(name)


CAPITAL_RUN = re.compile(r"\b([A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*)+)")
#: Words before a body's name that say its post was left behind.
LEFT_WORDS = {"former", "ex", "ex-", "outgoing", "erstwhile"}
HONORIFIC_WORDS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lord", "Lady"}
CALENDAR_WORDS = {w.capitalize() for w in (*MONTH_NAMES, *WEEKDAYS)}


def _titled_or_dated(name: str) -> bool:
    """A name that opens with an honorific or a month or weekday: "Mr Bates", "May", "Friday Harbour"."""
    first = name.split()[0]
    return first.rstrip(".") in HONORIFIC_WORDS or first in CALENDAR_WORDS


def _canonical(name: str, known: dict[str, list[str]]) -> str:
    """A name as the article's known body it is a form of ("Harwick" → "Harwick United")."""
    name = re.sub(r"['\u2019]s?$", "", name)
    return next((body for body in known if _same_body(name, body, known)), name)


def _sentence_capital(question: str, unquoted: str, ctx: ArticleContext) -> str:
    """Lower a reported clause's first word when it names nothing and the article never writes it
    capitalised inside a sentence ("said that Potholes cost …" → "said that potholes cost …")."""
    if "that " not in unquoted and "whether " not in unquoted:
        return question  # no reported clause (most questions)
    for m in SENTENCE_CAPITAL.finditer(unquoted):
        word = m.group(2)
        if not _named_or_mid_sentence(word, ctx):
            question = question[: m.start(2)] + word.lower() + question[m.end(2) :]
    return question


def _named_or_mid_sentence(word: str, ctx: ArticleContext) -> bool:
    """Whether the article names `word` or writes it capitalised inside a sentence (once per word and
    article: each question asks again)."""
    seen: dict[str, bool] = ctx.__dict__.setdefault("_capital_kept", {})
    if word not in seen:
        named = any(word in e.text.split() for e in ctx.ents) or ctx.people.find(word) is not None
        seen[word] = named or re.search(rf"[a-z,] {word}\b", ctx.text) is not None
    return seen[word]


_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")


def _written(word: str, ctx: ArticleContext) -> bool:
    """Whether the article writes `word` (looked for once per word and article)."""
    seen: dict[str, bool] = ctx.__dict__.setdefault("_written", {})
    if word not in seen:
        seen[word] = re.search(rf"\b{word}\b", ctx.text) is not None
    return seen[word]


def _dateline_caps(question: str, unquoted: str, ctx: ArticleContext) -> str:
    """A place in a dateline's capitals ("SINGAPORE - …") is written as the article writes it in
    its sentences ("Singapore"); an acronym the article never writes otherwise stays."""
    for m in reversed(list(_CAPITALS.finditer(unquoted))):
        word = m.group().title()
        if _written(word, ctx):
            question = question[: m.start()] + word + question[m.end() :]
    return question


def _country_before(fact: Fact, ctx: ArticleContext, phrase: str) -> str | None:
    """The one country named in the sentence before "the country" or in the one before that, when no
    other place is named there (a place the tool does not know as a country may be the one meant)."""
    at = ctx.text.find(fact.sentence[:80])
    if at < 0:
        return None
    before = ctx.text[:at].rstrip()
    inside = fact.sentence.find(phrase)
    window = ctx.text[_sentence_start(before, len(before) - 1) : at + max(inside, 0)]
    named = {place for place in ctx.place_names if re.search(rf"\b{re.escape(place)}\b", window)}
    if len(named) != 1 or not is_country(country := named.pop()) or _others_named(ctx, window, country):
        return None  # "Velmora … a partner of the United States. The country hosts …": not sure which
    return with_the(country, ctx.text)


def _others_named(ctx: ArticleContext, window: str, country: str) -> bool:
    """Whether `window` names a body, person or place besides `country`: what the tool does not know
    as a country ("Velmora", tagged a person) may be the country meant."""
    names = {e.text.strip() for e in ctx.ents if e.label_ in ("PERSON", "ORG", "GPE", "LOC")}
    return any(
        name not in country and country not in name and re.search(rf"\b{re.escape(name)}\b", window)
        for name in names
        if name[:1].isupper()
    )


def _known_bodies(ctx: ArticleContext) -> dict[str, list[str]]:
    """The organisations the story is about, with their short forms: named more than once (a person NER
    took for a body is named once in full), and no tickers ("GMT"). Worked out once per article (read-only
    after): each stand-in asked again, and every name counted in the whole text."""
    cached: dict[str, list[str]] | None = ctx.__dict__.get("_known_bodies")
    if cached is not None:
        return cached
    bodies = ctx.__dict__["_known_bodies"] = {}
    for name in ctx.org_names:
        name = re.sub(r"['\u2019]s?$", "", name)
        if (name.isupper() and name not in ctx.acronyms) or ctx.people.find(name) is not None:
            continue
        if ctx.text.count(name) >= 2:
            bodies[name] = [name, *(short for short, long in ctx.acronyms.items() if long == name)]
    return bodies


def _on_its_own(form: str, window: str) -> bool:
    """Named as a body ("Ardent said", "Ardent's plans"), not as a post's qualifier ("Ardent chief")."""
    for m in re.finditer(rf"\b{re.escape(form)}\b(['\u2019]s?)?\s*(\w*)", window):
        if m.group(1) or not is_post(m.group(2)):
            return True
    return False


def _same_body(name: str, body: str, known: dict[str, list[str]]) -> bool:
    name = re.sub(r"['\u2019]s?$", "", name)
    return name in body or body in name or name in known.get(body, [])


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (after ". " or a line break; 0 for the first)."""
    at = max(at, 0)
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
