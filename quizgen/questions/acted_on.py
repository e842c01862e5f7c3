"""The body an institution acts on, called by a stand-in: "The league fined the club £100,000", "Ofgem
fined the firm £2m", "The board overruled the council".

Asked as "Which organization fined the club £100,000?", the question does not say which club. The
answer is the one that acted, so the club is another body: the one body of the stand-in's kind the
story has named by then, other than the answer ("Blackford Rovers … The EFL fined the club").
When two bodies could be it, or a name the tagger missed might be one, nothing is named and the
question stays unasked. "The company's" is often the actor's own, and is left to the other steps.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.org_refs import may_be_firm
from quizgen.text import strip_the
from quizgen.vocabulary import CLUB_NAME_ENDS

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact

#: Stand-ins named by a body whose own name ends in the same word ("the council" → "Redmoor District Council").
NAMED_KINDS = {"council", "group", "board", "authority", "agency", "commission"}
#: Stand-ins for a sports club: named by a club's name ("Blackford Rovers", "Harbour City FC").
CLUB_NOUNS = {"club", "side"}
#: A run of capitalised words: a name the tagger may have missed ("Ashby Town said …").
_CAPITAL_RUN = re.compile(r"\b([A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*)+)")
#: A wire dateline at a line's start: "LONDON, May 3 (Reuters) - ": its agency is no body of the story.
_DATELINE = re.compile(r"^\s*[A-Z]{2,}[A-Z .']*(?:,[^\n.!?]{0,30})?\s*\([\w .]+\)\s*(?:--?|[\u2013\u2014:])", re.M)


def acted_on(fact: Fact, ctx: ArticleContext, phrase: str, after: str) -> str | None:
    """The one body `phrase` ("the club") can name in an org-event question, told by `after` (the
    question's words after it); None when the fact is no org-event or no single body fits."""
    if fact.kind != "org-event" or re.match(r"['\u2019]s?\b", after):
        return None  # "raised the company's forecast": the actor's own, maybe
    noun = phrase.split()[-1].lower()
    at = ctx.text.find(fact.sentence[:80])
    inside = fact.sentence.find(phrase)
    if at < 0 or inside < 0:
        return None
    before = _DATELINE.sub("", ctx.text[: at + inside])
    actor = [a for a in (getattr(fact, "answer", ""), *getattr(fact, "aliases", ())) if a]
    names = {re.sub(r"['\u2019]s?$", "", n) for n in ctx.org_names}
    if noun in CLUB_NOUNS:  # a club the tagger called a place or missed: "Ashby Town", "Blackford Rovers"
        names |= {strip_the(m.group(1)) for m in _CAPITAL_RUN.finditer(before) if _club_name(m.group(1))}
    found = {n for n in names if re.search(rf"\b{re.escape(n)}\b", before) and not _same(n, actor)}
    found = {n for n in found if _may_be(noun, n, ctx)}
    longest = {n for n in found if not any(n != m and n in m for m in found)}  # "Harwood" in "Harwood Shipping"
    if len(longest) != 1:
        return None
    name = longest.pop()
    if not all(n in name for n in found) or _doubtful(noun, before, [name, *actor, *names], ctx):
        return None
    return name


def _doubtful(noun: str, before: str, known: list[str], ctx: ArticleContext) -> bool:
    """Does the story name, in its sentences, a body the tagger missed that `noun` might stand for
    ("Quickcash Loans and Harbour Credit Ltd …": which firm)? Headlines and bylines are no sentences."""
    lines = before.splitlines()
    for i, line in enumerate(lines):
        if i < len(lines) - 1 and not re.search(r"[.!?\"”']\s*$", line):
            continue  # a headline, a byline
        for m in _CAPITAL_RUN.finditer(line):
            name = re.sub(r"^(?:The|A|An|In|On|At|But|And|By|For|Last|This|Next)\s+", "", m.group(1))
            if " " not in name or any(name in k or k in name for k in known):
                continue
            if any(e.label_ in _NO_BODY and name in e.text for e in ctx.ents):
                continue  # "Mr Ali Khan", "Hong Kong", "Monday May 3"
            if _may_be(noun, name, ctx):
                return True
    return False


#: Names of what is no body: people, places, dates, peoples.
_NO_BODY = {"PERSON", "GPE", "LOC", "DATE", "TIME", "NORP", "EVENT", "FAC"}


def _same(name: str, actor: list[str]) -> bool:
    return any(name in a or a in name for a in actor)


def _club_name(name: str) -> bool:
    words = name.lower().split()
    return words[-1] in CLUB_NAME_ENDS or words[0] in ("fc", "afc")


def _may_be(noun: str, name: str, ctx: ArticleContext) -> bool:
    """May `noun` ("the club", "the firm") stand for `name`? A body whose name says it is of another
    kind (a league, a ministry) cannot; a person or a place never."""
    if ctx.people.find(name) is not None or any(e.text.strip() == name and e.label_ == "GPE" for e in ctx.ents):
        return noun in CLUB_NOUNS and _club_name(name)  # "Ashby Town": a town's name is a club's too
    if noun in NAMED_KINDS:
        return name.split()[-1].lower() == noun
    return may_be_firm(name)
