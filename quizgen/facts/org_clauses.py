"""Organisations doing something in a clause of their own: 'the Harbour Board, which commissioned
the survey, …' → "Which organization commissioned the survey?".

The parser often hangs such a clause on the wrong noun ("X, director at the Y Agency, which …"),
so the antecedent is read from the surface: the organisation right before ", which". "Which"
never stands for a person, so a post before the organisation ("director at …") cannot be it; any
other noun (the board of the Y Agency, which …) could be, and is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.asserted import not_asserted, speech_only, stative
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import OCCUPATIONS, TITLE_WORDS
from quizgen.facts.org_names import MATCH_NOUNS, MATCH_VERBS, org_name

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Marks that open a clause set off after a name: ", which", "-- which".
SET_OFF = {",", "-", "--", "\u2013", "\u2014"}


#: Plural verbs a "Which organization …?" question must put in the singular.
SINGULAR = {"have": "has", "are": "is", "were": "was", "do": "does"}


def agree(question: str, wh: str) -> str:
    """'Which organization have detained …' → 'Which organization has detained …': the question
    asks for one organisation, whatever number the article gave its name ("the authorities have")."""
    rest = question[len(wh) :].split(" ", 2)
    if wh.endswith(("authorities", "organizations", "institutions")):
        return question  # "Which authorities have …", "Which organizations have …": more than one
    if len(rest) == 3 and rest[1] in SINGULAR:
        return f"{wh} {SINGULAR[rest[1]]} {rest[2]}"
    return question


def relative_doer(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token] | None:
    """'…, which promotes the sector, …' right after `ent` → ("Which organization promotes the sector?", …)."""
    doc = ctx.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in SET_OFF:
        return None
    which = doc[ent.end + 1]
    verb = which.head
    if (
        which.lower_ not in ("which", "that")
        or which.dep_ != "nsubj"
        or verb.dep_ != "relcl"
        or verb.pos_ != "VERB"
        or stative(verb)
        or speech_only(verb)
        or not_asserted(verb)
        or not _antecedent(ent)
        or ent.root.dep_ == "conj"  # "A, B and C, which together pledged …": the list did it, not C
    ):
        return None
    said = [t for t in verb.subtree if t.i != which.i]
    while said and (said[-1].is_punct or said[-1].dep_ == "cc"):
        said.pop()
    if len(said) < 3 or any(t.is_quote or t.lower_ in ("which", "that", "who") for t in said):
        return None  # "which has": too little said; a clause inside the clause: too much
    question = agree(f"Which organization {words_of(said)}?", "Which organization")
    return question, [org_name(ctx, ent)], verb


def _antecedent(ent: Span) -> bool:
    """`ent` is what "which" stands for: it is no part of a longer noun phrase but a post's."""
    root = ent.root
    if root.dep_ != "pobj":
        return True
    prep = root.head
    if prep.head.dep_ == "appos" and prep.head.head.ent_type_ == "PERSON":
        return True  # "Tom Reyes, a surveyor at the Agency, which …"
    before = [t for t in prep.head.subtree if t.i < prep.i]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in TITLE_WORDS | OCCUPATIONS for t in before)


def object_relative(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token] | None:
    """'… the cup final, which Orvell Rovers lost 2-1, …' → "Which team lost the cup final 2-1?": the
    organisation is the subject of a clause whose object is the noun the clause describes."""
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return None
    which = next((c for c in verb.children if c.dep_ == "dobj"), None)
    noun = verb.head
    if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in MATCH_NOUNS:
        noun = noun.head.head  # "the game at Kestrel, which Rovers lost": a place is not lost, the game is
    if which is None or which.lower_ not in ("which", "that") or which.i > ent.start or noun.pos_ != "NOUN":
        return None
    if stative(verb) or speech_only(verb) or not_asserted(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    clause = {t.i for t in verb.subtree}
    named = [t for t in noun.subtree if t.i not in clause and not (t.is_punct and t.head == noun)]
    while named and named[-1].is_punct:
        named.pop()
    rest = [t for t in verb.subtree if t.i > ent.end - 1 and t.i != verb.i]
    helpers = [t for t in rest if t.i < verb.i and t.head == verb and t.dep_ in ("aux", "auxpass")]
    rest = [t for t in rest if t not in helpers]  # "… that the CQC has placed" → "has placed …", not "… has under"
    while rest and (rest[-1].is_punct or rest[-1].dep_ == "cc"):
        rest.pop()
    if any(t.is_quote or t.lower_ in ("which", "that", "who") for t in [*named, *rest]) or len(named) < 2:
        return None
    dated = [t for t in named if t.dep_ == "poss" and t.head == noun and t.ent_type_ == "DATE"]
    if dated:  # "Saturday's game" → "the game": the day is the dates' question, not this one's
        named = [t for t in named if not dated[0].left_edge.i <= t.i <= dated[0].right_edge.i]
    thing = words_of(named)
    thing = ("the " + thing) if dated else thing[:1].lower() + thing[1:] if named[0].dep_ == "det" else thing
    wh = "Which team" if verb.lemma_ in MATCH_VERBS and noun.lemma_.lower() in MATCH_NOUNS else "Which organization"
    question = " ".join(w for w in (wh, *(t.text for t in helpers), verb.text, thing, words_of(rest)) if w) + "?"
    return question, [org_name(ctx, ent)], verb


#: Participles that make a deed of a compound: "the NTC-sponsored Harbour Trade Forum". ("the
#: Kestrel-hosted forum" is left out: the host of the venue where the news was made is background.)
DOER_PARTICIPLES = "sponsored|co-sponsored|funded|organised|organized|backed|led|commissioned|brokered"
_HYPHEN_DOER = re.compile(
    rf"\b(?:the|a|an) ([A-Z][\w&]*(?: [A-Z][\w&]*)*)-({DOER_PARTICIPLES}) "
    r"([A-Z][\w&'\-]*(?: (?:\([^()\n]*\) )?(?:(?:of|for|on|and|the) )*[A-Z][\w&'\-]*)*)"
)


def hyphen_doers(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token]]]:
    """'at the NTC-sponsored Harbour Trade Forum' → "Which organization sponsored the Harbour Trade
    Forum?": an organisation joined by a hyphen to what it did to a named thing."""
    found = []
    for m in _HYPHEN_DOER.finditer(ctx.text):
        org = ctx.doc.char_span(m.start(1), m.end(1))
        verb = ctx.doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if org is None or verb is None or ctx.in_quote(m.start()):
            continue
        if not any(e.label_ == "ORG" and e.start <= org.start and org.end <= e.end for e in ctx.ents):
            continue  # "the Kestrel-led push": a place or a person, not a body
        thing = re.sub(r" \([^()]*\)", "", m.group(3))
        if len(thing.split()) < 2:
            continue
        question = f"Which organization {m.group(2)} the {thing}?"
        found.append((org, (question, [org_name(ctx, org)], verb.root)))
    return found
