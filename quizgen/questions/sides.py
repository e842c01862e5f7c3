"""The bodies "the two sides" and "the panel" stand for, when the article leaves only one reading.

Sport news names its two clubs through their people ("the Harwick Rovers manager", "his Dunmore
counterpart") and then calls them "the two sides"; a question read alone says "Dunmore and Harwick
Rovers" instead. A report names its commission ("the Pell Commission report") and then calls it "the
panel" or "the board"; a question says "the Pell Commission", unless the article ever introduces a
panel of its own ("a panel of judges"), which may be another body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import CLUB_PEOPLE, PANEL_NAMES, PANEL_WORDS

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

#: "the Harwick Rovers manager", "his Dunmore counterpart", "Harwick Rovers' coach": a club named by its people.
_CLUB = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) ((?:[A-Z][\w'-]*\s)*?[A-Z][\w'-]*)(?:['\u2019]s?)? "
    rf"(?:{'|'.join(sorted(CLUB_PEOPLE))})\b"
)


def two_sides(ctx: ArticleContext) -> str | None:
    """ "Dunmore and Harwick Rovers": the two clubs the article names by their people, in the order it
    names them; None unless there are exactly two ("United" is the "Manchester United" named too)."""
    clubs: list[str] = []
    nationalities = {e.text for e in ctx.ents if e.label_ == "NORP"}
    for m in _CLUB.finditer(ctx.text):
        name = m.group(1)
        if name.split()[0] in ("The", "A", "An") or ctx.people.find(name) is not None or name in nationalities:
            continue  # "the The …", a person ("the Ann Lee coach"), a people ("his Chinese counterpart"): no club
        longer = next((c for c in clubs if c.endswith(" " + name)), None)
        if longer is not None or name in clubs:
            continue
        clubs = [c for c in clubs if not name.endswith(" " + c)] + [name]
    return f"{clubs[0]} and {clubs[1]}" if len(clubs) == 2 else None


def _clubs_named(ctx: ArticleContext) -> list[str]:
    """Every club the article names by its people, read from its text once (not per question)."""
    found: list[str] | None = ctx.__dict__.get("_clubs_named")
    if found is None:
        found = ctx.__dict__["_clubs_named"] = [m.group(1) for m in _CLUB.finditer(ctx.text)]
    return found


def full_clubs(question: str, ctx: ArticleContext) -> str:
    """The question with a club's short name before its people ("the United boss") written in full
    ("the Manchester United boss"), when the article names one club ending so."""
    if not any(" " in club for club in _clubs_named(ctx)):
        return question  # no club named in two words or more (most articles): none to write in full
    for m in reversed(list(_CLUB.finditer(question))):
        short = m.group(1)
        found = {c for c in _clubs_named(ctx) if c.endswith(" " + short)}
        if len(found) == 1:
            question = question[: m.start(1)] + found.pop() + question[m.end(1) :]
    return question


#: A named commission: "the Tower Commission", "the Harwick Inquiry", "Calder Review Board".
_NAMED_PANEL = re.compile(rf"\b((?:[A-Z][\w'-]*\s)+(?:{'|'.join(sorted(PANEL_NAMES))}))\b")


def the_panel(noun: str, ctx: ArticleContext) -> str | None:
    """The one commission the article names before it first writes "the panel", when it never brings
    in a panel as a new one ("a panel of judges", "an expert panel")."""
    if noun not in PANEL_WORDS:
        return None
    first = re.search(rf"\b[Tt]he (?:[\w-]+ ){{0,2}}{noun}\b", ctx.text)
    if first is None or re.search(rf"\b(?:[Aa]n?|[Oo]ne) (?:[\w-]+ ){{0,2}}{noun}\b", ctx.text):
        return None
    named = {re.sub(r"^The ", "", m.group(1)) for m in _NAMED_PANEL.finditer(ctx.text[: first.start()])}
    return named.pop() if len(named) == 1 else None
