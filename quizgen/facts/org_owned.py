"""What an organisation owns or runs, named with a possessive: "NASA's Chandra observatory",
"the broadcaster's Morning Desk programme" → "Which organization does the Chandra observatory
belong to?"; and the company that owns another: "Nordgen, a subsidiary of the drugmaker Ardent" →
"Which company is Nordgen a subsidiary of?".

News names telescopes, ships, programmes and plans by their owner ("the Harbor Board's Blue Line
plan"); the owner is a fair quiz answer. Only a named thing counts — a proper noun in it, or a
programme-like noun with its own modifiers ("NSC's coastal ecology program") — never a person ("NASA's
Jane Roe"), a post ("the BBC's political editor"), a place, a time, or what the body says (a
report or a statement: events.py asks those).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import DOCUMENT_NOUNS, STATEMENT_NOUNS
from quizgen.facts.org_names import asked_as, org_name
from quizgen.facts.post_words import TITLE_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Nouns (lemmas) for things a body runs, fair to ask of even without a proper name in them.
RUN_NOUNS = {
    "program",
    "programme",
    "project",
    "mission",
    "initiative",
    "scheme",
    "fund",
    "telescope",
    "observatory",
    "satellite",
    "spacecraft",
    "rover",
    "probe",
    "vessel",
    "ship",
    "laboratory",
    "lab",
    "array",
}

#: Entity labels a named thing cannot have: people, places, times, amounts, other bodies.
NOT_THINGS = {"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"}


def owned_things(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token]]]:
    """(owner, (question, [its name], the thing's head noun)) for each "Body's Named Thing"."""
    found, seen = [], set()
    for ent in ctx.org_spans:
        thing = _thing(ctx, ent)
        if thing is None or ctx.in_quote(ent.start_char):
            continue
        name = org_name(ctx, ent)
        text = words_of(thing)
        if (name.lower(), text.lower()) in seen or name.lower() in text.lower():
            continue
        seen.add((name.lower(), text.lower()))
        wh = asked_as(name)
        the = "" if thing[0].lower_ == "the" else "the "
        question = f"{wh} does {the}{text} belong to?"
        found.append((ent, (question, [name], thing[-1])))
    return found


def _thing(ctx: ArticleContext, ent: Span) -> list[Token] | None:
    """The words after "Body's" up to their head noun, when they name a thing the body owns."""
    doc, owner = ctx.doc, ent.root
    case = ent.end if ent[-1].dep_ != "case" else ent.end - 1
    if owner.dep_ != "poss" or case >= len(doc) or doc[case].dep_ != "case" or doc[case].head.i != owner.i:
        return None
    head = owner.head
    words = list(doc[case + 1 : head.i + 1])
    if not words or head.i <= case or any(t.is_punct or not case < t.head.i <= head.i for t in words[:-1]):
        return None  # "NASA's new, larger rover": not one name
    runs = head.lemma_.lower() in RUN_NOUNS
    if head.pos_ not in ("NOUN", "PROPN") or ctx.resolve_person(head) is not None or head.ent_type_ in NOT_THINGS:
        return None
    if (
        (head.ent_type_ == "ORG" and not runs)
        or head.lower_ in TITLE_WORDS
        or head.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS
    ):
        return None  # "Alphabet's Google", "the BBC's Political Editor", "the board's Annual Report"
    if any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in words) and not runs:
        return None  # "NASA's Chandra observatory" names an observatory, though NER took "Chandra" for a person
    named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
    return words if named or (runs and len(words) >= 2) else None


#: Nouns (lemmas) for a company another one owns.
PART_NOUNS = {"subsidiary", "unit", "division", "affiliate", "offshoot"}


def parent_companies(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token]]]:
    """(owner, (question, [its name], the part noun)) for each "Child, a subsidiary of [the company] Owner"."""
    found = []
    for ent in ctx.org_spans:
        root = ent.root
        of = root.head if root.dep_ == "pobj" else root.head.head if root.dep_ == "appos" else None
        part = of.head if of is not None and of.lower_ == "of" else None
        if (
            part is None
            or part.lemma_.lower() not in PART_NOUNS
            or part.dep_ != "appos"
            or ctx.in_quote(ent.start_char)
        ):
            continue
        if root.dep_ == "appos" and root.head.lemma_.lower() not in ("company", "firm", "group", "maker", "giant"):
            continue  # "of the [biotechnology company] Ardent": only a word for a company before the name
        owned = part.head
        if owned.ent_type_ in ("GPE", "LOC") and owned.dep_ == "pobj" and owned.head.lower_ == "in":
            owned = owned.head.head  # "Nordgen Genetics in Norway, a subsidiary of …"
        child = ctx.ent_at(owned)
        if child is None or child.label_ != "ORG" or child.end > part.i or any(c.dep_ == "conj" for c in root.children):
            continue
        name = org_name(ctx, ent)
        wh = "Which company" if root.dep_ == "appos" else asked_as(name)  # "a unit of the ministry" is no company's
        found.append((ent, (f"{wh} is {org_name(ctx, child)} a {part.lower_} of?", [name], part)))
    return found
