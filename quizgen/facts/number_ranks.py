"""Ranks: an ordinal before a superlative ("Norway's third largest savings bank", "the fourth
biggest carmaker in Europe") says where something named stands in a ranking; an ordinal place
("finished in fifth place in the survey") says it outright; an ordinal run ("for the third straight
year") counts how long a streak has lasted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.number_ask import ask
from quizgen.facts.wording import lower_first
from quizgen.vocabulary import NUMBER_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Ordinal words and their figures, for the answers a learner may type ("2nd", "2").
ORDINAL_WORDS = {
    word: value
    for value, word in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
    if value
}
#: Words that make an ordinal count a streak ("the third straight year").
RUN_WORDS = {"consecutive", "straight", "successive", "running"}
#: What a streak counts.
RUN_UNITS = {"year", "season", "month", "week", "quarter", "term", "time"}
#: Nouns an ordinal names a place in a ranking with ("in fifth place").
PLACE_NOUNS = {"place", "position", "spot"}
_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
#: What a rank may not carry into its question: a second figure, or a date.
_FIGURES = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL")


def ask_rank(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'Royal Line, Norway's second largest ferry operator, …' → Counting from the largest, where
    does Royal Line rank as a ferry operator in Norway? → second. Only a named subject or head of
    the apposition is asked about, never a pronoun."""
    doc = ctx.doc
    if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].tag_ != "JJS":
        return None
    superlative = doc[ent.end]
    noun = superlative.head
    if noun.pos_ != "NOUN" or noun.i <= superlative.i:
        return None
    named, verb = _ranked(noun)
    if named is None:
        return None
    kind = words_of(doc[superlative.i + 1 : noun.i + 1])
    tail = [
        t
        for c in noun.children
        if c.dep_ == "prep" and c.i > noun.i and not any(d.ent_type_ in _FIGURES for d in c.subtree)
        for t in c.subtree
    ]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    where = ""
    if owner is not None:
        if owner.pos_ != "PROPN":
            return None  # "its second largest …": whose ranking is unclear
        owned = words_of(t for t in owner.subtree if t.dep_ != "case")
        where = f" in {owned}" if owner.ent_type_ in ("GPE", "LOC") else f" of {owned}"
    article = "an" if kind[:1].lower() in "aeiou" else "a"
    rest = f" {words_of(tail)}" if tail else ""
    question = f"Counting from the {superlative.lower_}, where {verb} {named} rank as {article} {kind}{rest}{where}?"
    return question, ent.text


def _ranked(noun: Token) -> tuple[str | None, str]:
    """Who holds the rank, and the auxiliary for "where … rank": the head of the apposition
    ("Royal Line, Norway's …") or the subject of "is" ("Vela is the fourth largest …")."""
    head: Token | None = None
    if noun.dep_ == "appos":
        head = noun.head
        skip = {t.i for c in head.children if c.dep_ in ("appos", "relcl", "acl", "prep", "punct") for t in c.subtree}
        tokens = [t for t in head.subtree if t.i not in skip]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        head = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if head is None:
            return None, ""
        tokens = list(head.subtree)
    else:
        return None, ""
    if head.pos_ != "PROPN" and not any(t.pos_ == "PROPN" for t in tokens):
        return None, ""
    if any(t.pos_ == "PRON" or t.ent_type_ in _FIGURES for t in tokens):
        return None, ""
    plural = head.tag_ in ("NNS", "NNPS")
    past = noun.dep_ == "attr" and noun.head.tag_ == "VBD"
    verb = "did" if past else "do" if plural else "does"
    return lower_first(words_of(tokens).strip(" ,")), verb


def ordinal_aliases(answer: str) -> list[str]:
    """ "second" → ["2nd", "2"]."""
    value = ORDINAL_WORDS.get(answer.lower())
    if value is None:
        return []
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(value if value < 20 else value % 10, "th")
    return [f"{value}{suffix}", str(value)]


def ordinal_value(token: Token) -> int | None:
    """ "seventh" → 7, "7th" → 7; None for any other word."""
    found = _DIGIT_ORDINAL.match(token.text)
    return int(found.group(1)) if found else ORDINAL_WORDS.get(token.lower_)


def ask_run(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'has topped the survey for the third straight year' → For how many straight years has … topped
    the survey? → three. Only "for": "in its sixth straight year of drought" reads otherwise."""
    doc = ctx.doc
    ordinal = next((t for t in ent if ordinal_value(t) is not None), None)
    if ordinal is None or ordinal.i + 1 >= len(doc):
        return None
    row = doc[ordinal.i + 2 : ordinal.i + 5].text.lower() == "in a row"  # "for the seventh year in a row"
    if doc[ordinal.i + 1].lower_ not in RUN_WORDS and not row:
        return None
    noun = ordinal.head
    if noun.lemma_.lower() not in RUN_UNITS or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    prep = noun.head
    end = noun.i + 4 if row else noun.i + 1
    if prep.head.pos_ not in ("VERB", "AUX") or noun.right_edge.i >= end:
        return None  # "for the third straight year of growth": the streak's noun is elsewhere
    value = ordinal_value(ordinal)
    assert value is not None
    units = "times" if noun.lemma_.lower() == "time" else f"{noun.lemma_.lower()}s"
    wh = f"how many {units} in a row" if row else f"how many {doc[ordinal.i + 1].lower_} {units}"
    pied = None if units == "times" else prep.text.capitalize()  # "How many times in a row", not "For how many"
    question = ask(ctx, doc[prep.i : end], wh, pied=pied, drop_dates=False)
    count = NUMBER_WORDS[value] if value < len(NUMBER_WORDS) and not ordinal.text[0].isdigit() else str(value)
    answer = f"{count} {units if value != 1 else noun.lemma_.lower()}"  # "seven years": offered beside years
    return (question, answer) if question else None


def ask_place(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'Vela Motors finished in fifth place in the annual survey' → In what place did Vela Motors
    finish in the annual survey? Asked only with the ranking it is a place in: "is in eighth place"
    alone says nothing a learner could know."""
    if len(ent) != 1 or ordinal_value(ent[0]) is None:
        return None
    noun = ent[0].head
    if noun.lemma_.lower() not in PLACE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "at"):
        return None
    prep, verb = noun.head, noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or noun.right_edge.i > noun.i:
        return None
    ranking = [c for c in verb.children if c.dep_ == "prep" and c != prep and c.lower_ in ("in", "on", "among")]
    if not ranking:
        return None
    aside = next(  # "…, with the top three places going to …": another fact, left out
        (c for c in verb.children if c.lower_ == "with" and any(t.pos_ == "VERB" for t in c.subtree)),
        None,
    )
    question = ask(
        ctx,
        ctx.doc[prep.i : noun.i + 1],
        f"what {noun.lower_}",
        pied=prep.text.capitalize(),
        extra_drop=ctx.doc[aside.left_edge.i : aside.right_edge.i + 1] if aside is not None else None,
    )
    if question is None:
        return None
    fronted = [c for c in ranking if c.i < verb.i]
    for pp in fronted:  # "In the overall ranking, Vela is in eighth place": the ranking stays in the question
        words = words_of(list(pp.subtree)).strip(" ,")
        if words.lower() not in question.lower():
            question = f"{question[:-1]} {lower_first(words)}?"
    return question, ent.text


def ask_numbered(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'Wilson rose to number four in the world' → To what ranking did Wilson rise in the world?;
    'Norway ranked No. 3 for internet speed' → Where did Norway rank for internet speed? A rank
    written "number N" or "No. N" is asked only where a verb of ranking or of moving up or down
    says what the rank is of; "is No. 1" alone names no ranking."""
    doc = ctx.doc
    start = numbered_start(ent)
    if start is None or ctx.in_quote(ent.start_char):
        return None
    noun = ent.root.head
    if ent.root.dep_ != "nummod" or not start <= noun.i < ent.start:
        return None
    if noun.dep_ == "appos" and any(c.lower_ == "world" for c in noun.children if c.dep_ == "compound"):
        person = ctx.resolve_person(noun.head) if noun.head.pos_ == "PROPN" else None  # "Ortega, the world No. 7,"
        return (f"Where was {person.name} ranked in the world?", doc[start : ent.end].text) if person else None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.pos_ != "VERB" or subject is None or subject.pos_ == "PRON" or subject.i > verb.i:
        return None
    if doc[verb.i - 1].text == "," or (verb.tag_ == "VBD" and any(c.lower_ == "by" for c in verb.children)):
        return None  # "The festival, ranked No. 3 … by critics, named …": a participle the parser took for the verb
    answer = doc[start : ent.end].text
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_ in MOVES:
        within = [t for c in noun.children if c.dep_ == "prep" and c.i > ent.root.i for t in c.subtree]
        if any(t.ent_type_ in _FIGURES for t in within):
            return None
        wh = f"what ranking {words_of(within)}".strip()  # "number four in the world": the ranking stays
        end = max([ent.end, *(t.i + 1 for t in within)])
        question = ask(ctx, doc[noun.head.i : end], wh, pied="To", drop_dates=False)
    elif verb.lemma_ == "rank" and noun.dep_ in ("dobj", "attr", "oprd", "npadvmod"):
        question = ask(ctx, doc[start : ent.end], "where", drop_dates=False)
    else:
        return None
    return (question, answer) if question else None


#: Verbs that move a ranked name to its rank ("rose to number four").
MOVES = {"rise", "climb", "move", "jump", "fall", "drop", "slip", "slide", "return", "leap", "soar"}


def numbered_start(ent: Span) -> int | None:
    """Where "number" or "No." begins before a one-figure entity; None when neither is there."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() and ent[0].lower_ not in ORDINAL_NUMBERS:
        return None
    before = doc[max(ent.start - 2, 0) : ent.start]
    if before and before[-1].lower_ in ("number", "no."):
        return ent.start - 1
    if len(before) == 2 and before[0].text == "No" and before[1].text == ".":
        return ent.start - 2
    return None


#: Number words a rank may be written in ("number four").
ORDINAL_NUMBERS = {w for w in "one two three four five six seven eight nine ten eleven twelve".split()}
