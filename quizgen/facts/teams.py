"""Institutions people come from: 'a research team from A, B and C has found …', 'the team included
scientists from A and B'; and the members of a partnership: 'a partnership among A, B and C will test …'.

The answer is one institution; the question keeps the clause and names the others, asking for
the one left out: "The team included scientists from A and which other institution?". Only a
short list (at most two others) in a question short enough to read is asked so; a longer list
is asked "A team from which of these institutions …?" for its first member and "Besides A, a team
from which of these institutions …?" for each next one, with choices in which only one member is right
(a sitting never asks "Besides A" beside the question answered by A: `quizgen.giveaways`). A place
after a name ("University of Porto, Portugal", "… of the US") belongs to that name and is no
member of the list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.agents import MAX_LIST_WORDS, MAX_NAMED_OTHERS
from quizgen.facts.asserted import not_asserted
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.org_names import org_name
from quizgen.facts.wording import with_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: People who work for an institution and act as a group in science news (lemmas).
WORKERS = {"scientist", "researcher", "team", "expert", "engineer"}
#: Bodies acting as one, whose members follow "among" or "between" ("a partnership among A, B and C").
PARTNERSHIPS = {"partnership", "consortium", "alliance", "collaboration"}
#: Where a member's own place ends: ", Portugal", "of the US".
PLACE_TAIL = re.compile(r"(?:\s*,\s*|\s+(?:of|in)\s+(?:the\s+)?)@")
#: Names of places of research and learning: their people are asked by "which institution".
SCHOOLS = re.compile(r"University|Academy|Institute|College|School|Cent(?:er|re)|Laborator|Aquarium|Museum|Hospital")
JOINS = re.compile(r"\s*(?:,|,?\s*and)\s*(?:the\s*)?", flags=re.I)


def team_members(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token, str]]]:
    """(member, (question, all members' names, verb, member's name)) for each institution a group
    of workers in a main clause comes from."""
    found = []
    from quizgen.nlp import tokens_where

    for i in tokens_where(ctx.doc, "LEMMA", lambda lemma: lemma.lower() in WORKERS | PARTNERSHIPS):  # no Token else
        token = ctx.doc[i]
        if ctx.in_quote(token.idx):
            continue
        verb = _main_verb(token)
        joint = token.lemma_.lower() in PARTNERSHIPS
        preps = ("among", "between") if joint else ("from", "at")
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in preps), None)
        if verb is None or prep is None:
            continue
        members = _members(ctx, prep)
        if not members or (joint and len(members) < 2):
            continue  # "a partnership between X and a local firm": one named partner is no list
        names = [org_name(ctx, m) for m, _end in members]
        short = len(members) <= MAX_NAMED_OTHERS + 1
        each = [_question(ctx, verb, members, names, at) for at in range(len(members))] if short else []
        if len(members) > 1 and (not each or None in each):  # too long to name the others: "which of these"
            each = _besides(ctx, _question(ctx, verb, members, names, None), names)
        for at, question in enumerate(each):
            if question is not None:
                found.append((members[at][0], (question, names, verb, names[at])))
    return found


def _besides(ctx: ArticleContext, question: str | None, names: list[str]) -> list[str | None]:
    """One "which of these" question per member, each naming the member before it: "Besides A, a team
    from which of these institutions …?" (the choices then name one member only)."""
    if question is None:
        return [None]
    rest = question[:1].lower() + question[1:]
    return [question, *(f"Besides {with_the(name, ctx.text)}, {rest}" for name in names[:-1])]


def _main_verb(token: Token) -> Token | None:
    """The verb of the sentence the workers are subject, object or passive agent of."""
    if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    else:
        return None
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_ in REPORTING | {"be", "have"}:
        return None
    if not_asserted(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def _members(ctx: ArticleContext, prep: Token) -> list[tuple[Span, int]]:
    """The organisations right after `prep`, each with the token index its place tail ends at."""
    ents = [e for e in ctx.ents_in(prep.sent) if e.start > prep.i]
    orgs = [e for e in ents if e.label_ == "ORG"]
    if not orgs or orgs[0].start - prep.i > 2 or any(t.tag_ == "POS" or t.text.endswith("’s") for t in orgs[0]):
        return []  # "from Ardent University's Ocean Centre": the university is not the answer
    places = {e.start_char: e for e in ents if e.label_ in ("GPE", "NORP", "LOC")}
    out: list[tuple[Span, int]] = []
    for org in orgs:
        if out:
            between = ctx.text[ctx.doc[out[-1][1] - 1].idx + len(ctx.doc[out[-1][1] - 1].text) : org.start_char]
            if not JOINS.fullmatch(between):
                break
        end = org.end
        tail = _place_tail(ctx, org, places)
        if tail is not None:
            end = tail.end
        out.append((org, end))
    return out


def _place_tail(ctx: ArticleContext, org: Span, places: dict[int, Span]) -> Span | None:
    """The place right after `org` that belongs to it (", Portugal", "of the UK"), if any."""
    for start, place in places.items():
        between = ctx.text[org.end_char : start] + "@"
        if start >= org.end_char and PLACE_TAIL.fullmatch(between):
            return place
    return None


def _question(
    ctx: ArticleContext, verb: Token, members: list[tuple[Span, int]], names: list[str], at: int | None
) -> str | None:
    """The clause with the list rewritten as "A, B and which other institution" (`names`: the members'),
    or, with no member `at`, as "which of these institutions" (the choices then name one member only)."""
    doc = ctx.doc
    start, stop = verb.left_edge.i, verb.right_edge.i + 1
    while stop > start and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    if stop >= len(doc) or doc[stop].text not in (".", "!") or "(" in doc[start:stop].text:
        return None  # a sentence the parser cut short, or an aside in brackets
    first, last_end = members[0][0].start, members[-1][1]
    if not start <= first < last_end <= stop or any(t.is_quote for t in doc[start:stop]):
        return None
    others = [with_the(name, ctx.text) for i, name in enumerate(names) if i != at] if at is not None else []
    kind = "institution" if all(SCHOOLS.search(m.text) for m, _end in members) else "organization"
    asked = f"which {kind}" if not others else ", ".join(others) + f" and which other {kind}"
    if at is None:
        asked = f"which of these {kind}s"
    before, after = words_of(doc[start:first]), words_of(doc[last_end:stop])
    if re.match(r",?\s*(?:and|or)\s", after):
        return None  # "… and the Dunmore Aquarium", "… and the agritech firm X": the list goes on past the names found
    question = re.sub(r"\s+", " ", f"{before} {asked} {after}").strip() + "?"
    question = re.sub(r"(\d) - (\d)", r"\1-\2", question.replace(" ?", "?"))  # "2000 - 2050" is no aside
    if others and len(question.split()) > MAX_LIST_WORDS:
        return None
    return question[:1].upper() + question[1:]
