"""Which institution did what: organised, hosted, announced, co-sponsored, is testing …

Two shapes: an organisation as the subject of an action ("The EBU is testing different
flavours of HD formats") and as the agent of a passive ("the symposium organized by CAST",
"it is co-sponsored by A, B, C and D"). Each member of a list is its own fact; its question
names the other members, or, for long lists, offers choices in which only it is right.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext
from quizgen.facts.mentions import COMPANY_WORDS, recent_org
from quizgen.facts.quotes import REPORTING
from quizgen.facts.wording import with_the
from quizgen.models import Fact
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Verbs that say nothing an institution did.
STATIVE = {"be", "have", "say", "tell", "add", "seem", "become", "remain", "include", "mean", "get",
           "need", "want", "know", "see", "think", "make", "let", "show", "go", "come", "take", "use"}
MAX_NAMED_OTHERS = 8
#: Last words of names that NER tags ORG but that name events.
EVENT_WORDS = {"forum", "summit", "conference", "festival", "games", "championship", "championships", "expo",
               "fair", "week", "day", "congress", "olympics", "cup", "show", "exhibition", "symposium", "meeting"}


def extract_events(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    for ent in ctx.org_spans:
        if ctx.in_quote(ent.start_char) or "\n" in ent.text.strip():
            continue
        root = ent.root
        if ctx.resolve_person(root) is not None or ent[-1].lower_ in EVENT_WORDS:
            continue  # "the Global Green Shipping Forum opened": an event, not an organisation
        found = _agent(ctx, ent) or _subject(ctx, ent)
        if found is None:
            continue
        _add(ctx, facts, ent, found)
    for token in ctx.doc:
        # "The company will start broadcasts …": the company named just before
        if token.dep_ == "nsubj" and token.lower_ in COMPANY_WORDS and any(
                c.lower_ == "the" for c in token.children) and not ctx.in_quote(token.idx):
            name = recent_org(ctx, token)
            if name is None:
                continue
            ent = ctx.doc[token.i - 1 : token.i + 1]
            found = _subject(ctx, ent, wh="Which company")
            if found is not None:
                _add(ctx, facts, ent, (*found[:3], ctx.long_form(strip_the(name))))
    return list(facts.values())


def _add(ctx: ArticleContext, facts: dict[str, Fact], ent: Span, found: tuple) -> None:
    """Record one org-event fact: the question, the organisation, and the list it belongs to."""
    question, members, verb = found[:3]
    name = found[3] if len(found) > 3 else _name(ctx, ent)
    aliases = [] if len(found) > 3 else _aliases(ctx, ent, name)
    key = f"org-event|{name.lower()}|{verb.lemma_}|{verb.sent.start}"
    at = ent.start_char - ent.sent.start_char
    facts.setdefault(key, Fact(
        kind="org-event", key=key, sentence=ent.sent.text.strip(), answer_span=(at, at + len(ent.text)),
        slots={"question": question, "answer": name, "aliases": aliases, "answer_type": "org",
               "exclude": [m for m in members if m != name], "needs_choices": question.startswith("Which of")},
    ))


def _name(ctx: ArticleContext, ent: Span) -> str:
    ent = _whole(ctx, ent)
    name = strip_the(ent.text)
    return ctx.long_form(name)


def _aliases(ctx: ArticleContext, ent: Span, name: str) -> list[str]:
    short = [k for k, v in ctx.acronyms.items() if v == name]
    bare = strip_the(_whole(ctx, ent).text)
    return [a for a in dict.fromkeys([*short, bare]) if a != name]


def _list_members(ctx: ArticleContext, ent: Span) -> list[Span]:
    """Every organisation in the list `ent` opens: entities joined only by commas and "and".

    Read from the surface, because the parser often hangs list members in odd places.
    """
    ents = [p for e in ctx.ents_in(ent.sent) if e.start >= ent.start and e.label_ in ("ORG", "GPE", "FAC")
            for p in _split_pair(ctx, e)]
    members = [ents[0]] if ents else [ent]
    for nxt in ents[1:]:
        between = ctx.text[members[-1].end_char : nxt.start_char]
        if re.fullmatch(r"\s*(,|,?\s*and)\s*(the\s*)?", between, flags=re.I):
            members.append(nxt)
        else:
            break
    return [_whole(ctx, m) for m in members]


def _split_pair(ctx: ArticleContext, ent: Span) -> list[Span]:
    """'the World Intellectual Property Organization and Science magazine': NER joined two names
    into one modifier of a common noun; the noun belongs to the second ("Science magazine")."""
    after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    ands = [t for t in ent if t.lower_ == "and"]
    if after is None or not ands or not (after.pos_ == "NOUN" and after.is_lower and ent.root.head == after):
        return [ent]
    cut = ands[-1].i
    first = ctx.doc[ent.start : cut]
    second = ctx.doc[cut + 1 : after.i + 1]
    if len(second) < 2 or not first or not second[0].text[:1].isupper():
        return [ent]
    return [first, second]


def _whole(ctx: ArticleContext, ent: Span) -> Span:
    """An entity cut short by NER ("the Torch … Center of") extended to its full noun phrase."""
    if ent[-1].lower_ in ("of", "for", "and", "&") and ent.root.right_edge.i >= ent.end:
        return ctx.doc[ent.start : ent.root.right_edge.i + 1]
    return ent


def _agent(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token, str] | None:
    """'… organized by ORG', '… co-sponsored by A, B and C'."""
    by = _agent_by(ctx, ent)
    if by is None:
        return None
    top = next(c for c in by.children if c.dep_ == "pobj")
    verb = top.head.head
    if verb.tag_ != "VBN" or verb.lemma_ in STATIVE:
        return None
    first = ctx.ent_at(top)
    if first is None:  # the parser took a later word as the object of "by"
        first = next((e for e in ctx.ents_in(ent.sent) if e.start > by.i and e.label_ == "ORG"), ent)
    members = _list_members(ctx, first)
    mine_spans = [m for m in members if m.start <= ent.start < m.end or ent.start <= m.start < ent.end]
    if not mine_spans:
        return None
    names = [_name(ctx, m) for m in members]
    mine = _name(ctx, mine_spans[0])
    others = [n for n in names if n != mine]
    span = ctx.doc[top.head.i : max(top.right_edge.i, members[-1].end - 1) + 1]
    question = ask(ctx, span, "By which organization")
    if question is None:
        return None
    if others and len(others) <= MAX_NAMED_OTHERS:
        question = question[:-1] + f", along with {_join(others, ctx.text)}?"
    elif others:
        question = "Which of these organizations" + question[len("By which organization"):]
        question = _which_of(question, top.head.text)
    return question, names, verb, mine


def _agent_by(ctx: ArticleContext, ent: Span) -> Token | None:
    """The "by" of a passive whose list of agents includes `ent`."""
    start = ent.start
    while start > ent.sent.start:
        word = ctx.doc[start - 1]
        if word.lower_ == "by" and word.dep_ in ("agent", "prep"):
            return word if any(c.dep_ == "pobj" for c in word.children) else None
        if not (word.is_punct or word.lower_ in ("and", "the") or word.ent_type_ in ("ORG", "GPE", "FAC")
                or word.text[:1].isupper() or word.lower_ in ("of", "for")):
            return None
        start -= 1
    return None


def _which_of(question: str, prep: str) -> str:
    """'Which of these organizations is X co-sponsored' → '… is X co-sponsored by?'"""
    return question[:-1] + f" {prep}?"


def _join(names: list[str], text: str = "") -> str:
    names = [with_the(n, text) for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _subject(ctx: ArticleContext, ent: Span, wh: str | None = None) -> tuple[str, list[str], Token] | None:
    """'The EBU is testing …', 'BSkyB plans to ship …': an organisation doing something."""
    token = ent.root
    if token.dep_ != "nsubj":
        return None
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_ in STATIVE or verb.lemma_ in REPORTING:
        return None
    question = ask(ctx, ctx.doc[ent.start : token.right_edge.i + 1] if token.right_edge.i >= ent.end - 1 else ent,
                   wh or _wh(ctx, ent), drop_dates=False)
    if question is None:
        return None
    return question, [_name(ctx, ent)], verb


def _wh(ctx: ArticleContext, ent: Span) -> str:
    text = ent.text
    if re.search(r"University|Academy|Institute|College|School", text):
        return "Which institution"
    return "Which organization"
