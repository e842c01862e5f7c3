"""Sizes written as hyphenated modifiers that `compounds.hyphen_counts` leaves alone: a length of
time on an indefinite noun ("is now under a nine-day night curfew" → How long is X's night curfew?)
and a dimension ("the 2.5-mile-wide crater" → How wide was the crater?).

An indefinite noun is asked only from its clause, which says which one is meant, and only when the
clause states a fact: no negation, no "would" or "could" (a strike that "won't be felt" may never
happen), no quote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.compounds import TIME_UNITS
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.measures import Measure
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import qualified_start, wh_for
from quizgen.facts.number_sizes import finite_tag
from quizgen.vocabulary import LENGTH_UNITS, NUMBER_WORDS, TENS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Adjectives of dimension written after a hyphenated length ("2.5-mile-wide").
DIMENSIONS = {"wide", "high", "long", "deep", "tall", "thick"}
#: Units of length a dimension is given in, and their plurals (shared with the grader).
LENGTHS = LENGTH_UNITS
_WORDS = set(NUMBER_WORDS[1:]) | set(TENS)
#: Units a thing's size is counted in, and how the size is asked: "a 40-page report" → How long a report …?
COUNTED_SIZES = {"page": "long", "storey": "tall", "bed": "large", "seat": "large"}
#: Auxiliaries that make a clause a possibility, not a fact.
_MODALS = {"would", "could", "might", "may", "should", "must", "can", "ca"}


def hyphen_sizes(ctx: ArticleContext) -> list[tuple[Token, str, str]]:
    """(number token, question, answer) for each hyphenated size this module asks."""
    from quizgen.nlp import tokens_where

    out = []
    doc = ctx.doc
    for tok in (doc[i - 1] for i in tokens_where(doc, "ORTH", "-".__eq__) if 0 < i < len(doc) - 2):  # "nine-day"
        if not (tok.like_num or tok.lower_ in _WORDS) or re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_):
            continue  # "a 94th-minute equaliser": a moment in the game, no length
        if ctx.in_quote(tok.idx):
            continue
        unit = doc[tok.i + 2].lower_
        found = None
        if unit in LENGTHS and doc[tok.i + 3].text == "-" and tok.i + 4 < len(doc):
            found = _dimension(ctx, tok, unit, doc[tok.i + 4])
        elif unit in TIME_UNITS:
            found = _hyphen_measure(ctx, tok, unit)
        elif unit in LENGTHS and doc[tok.i + 3].text != "-":  # "a 2.4-metre telescope", "a 5-km road"
            how = "long" if _long_thing(tok) else "large"
            found = _hyphen_measure(ctx, tok, unit, how=how, plural=LENGTHS[unit])
        elif unit in COUNTED_SIZES and doc[tok.i + 3].text != "-":  # "a 40-page report", "a 200-bed hospital"
            found = _hyphen_measure(ctx, tok, unit, how=COUNTED_SIZES[unit], plural=f"{unit}s")
        if found is not None:
            out.append((tok, *found))
    return out


#: Things whose length is their measure: "a 5-kilometre road" is asked "how long", a telescope "how large".
_LONG_THINGS = set(
    "road runway tunnel bridge pipeline pipe track trail wall fence line railway rail cable canal river "
    "coastline border route highway motorway stretch corridor queue beach".split()
)


def _long_thing(tok: Token) -> bool:
    """ "a 400-km high-speed rail line": the noun the size measures, not only the word after the unit,
    decides whether it is a length (a line, a road) or a size (a telescope)."""
    noun = _noun(tok, tok.i + 3)
    words = [tok.doc[tok.i + 3], *([noun] if noun is not None else [])]
    return any(w.lemma_.lower() in _LONG_THINGS or w.lower_ in _LONG_THINGS for w in words)


def _count(tok: Token, unit: str, plural: str) -> str:
    one = tok.lower_ in ("one", "1")
    return f"{tok.text if tok.like_num else tok.lower_} {unit if one else plural}"


def _noun(tok: Token, end: int) -> Token | None:
    """The noun a hyphenated size ending at token `end` - 1 modifies."""
    noun = tok.doc[end - 1].head
    while noun.dep_ in ("compound", "amod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and noun.i >= end else None


def _dimension(ctx: ArticleContext, tok: Token, unit: str, adjective: Token) -> tuple[str, str] | None:
    """'The 2.5-mile-wide crater of the volcano was mapped' → How wide was the crater of the volcano?"""
    if adjective.lower_ not in DIMENSIONS:
        return None
    noun = _noun(tok, adjective.i + 1)
    if noun is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    sized = set(range(tok.i, adjective.i + 1))
    cut = {
        t.i
        for c in noun.children
        if c.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj") and c.i > noun.i
        for t in c.subtree
    }
    tokens = [t for t in noun.subtree if t.i not in sized and t.i not in cut and not (t.is_punct and t.i < noun.i)]
    tokens = [t for t in tokens if t.i not in _other_sizes(noun)]
    if any(t.pos_ == "PRON" or t.like_num for t in tokens) or not 2 <= len(tokens) <= 10:
        return None
    plural = noun.tag_ == "NNS"
    past = finite_tag(noun) == "VBD"
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    phrase = words_of(tokens).strip(" ,")
    return f"How {adjective.lower_} {be} {phrase[:1].lower()}{phrase[1:]}?", _count(tok, unit, LENGTHS[unit])


def _other_sizes(noun: Token) -> set[int]:
    """'300-foot-deep' beside '2.5-mile-wide': the noun's sizes, left out of the question about one."""
    return {
        t.i
        for c in noun.children
        if c.i < noun.i and c.dep_ != "det" and any(t.like_num for t in c.subtree)
        for t in c.subtree
    }


def _hyphen_measure(
    ctx: ArticleContext, tok: Token, unit: str, how: str = "long", plural: str = ""
) -> tuple[str, str] | None:
    """A thing measured by a hyphened figure and unit, asked "how <how> a <thing>": 'Harbour City is
    under a nine-day curfew' → How long is Harbour City's curfew?; "will install a 2.4-metre telescope"
    → How large a telescope …?; "will build a 5-kilometre road" → How long a road …?"""
    plural = plural or unit + "s"
    noun = _noun(tok, tok.i + 3)
    if noun is None or noun.tag_ != "NN":
        return None
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an"):
        return None  # definite sizes are `compounds.hyphen_counts`'s
    if any(c.dep_ == "nummod" for c in noun.children) or not _stated(noun):
        return None
    sized = set(range(tok.i, tok.i + 3))
    cut = {
        t.i
        for c in noun.children
        if c.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "prep") and c.i > noun.i
        for t in c.subtree
    }
    kept = [t for t in noun.subtree if t.i not in sized and t.i not in cut and t != det]
    if any(t.pos_ == "PRON" or t.like_num or t.ent_type_ in ("DATE", "TIME") for t in kept):
        return None
    words = words_of(kept).strip(" ,")
    article = "an" if words[:1].lower() in "aeiou" else "a"
    phrase = ctx.doc[det.i : max(t.i for t in noun.subtree if t.i not in cut) + 1]
    found = wh_for(ctx, phrase, f"how {how} {article} {words}")
    if found is None:
        return None
    target, wh, pied = found
    verb = target.root.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "since it adds a two-year pause": what "it" is, the question could not say
    if pied and verb.lemma_ == "be" and subject.pos_ == "PROPN":  # "X is under a nine-day curfew"
        owner = words_of([t for t in subject.subtree if t.dep_ not in ("appos", "relcl", "punct")]).strip(" ,")
        return f"How {how} {'was' if verb.tag_ == 'VBD' else 'is'} {owner}'s {words}?", _count(tok, unit, plural)
    question = ask(ctx, target, wh, pied=pied, drop_dates=False)
    if question and unit in COUNTED_SIZES:  # "a 200-bed hospital in Aluva": which hospital, its phrase says
        question = _with_phrases(question, noun)
    for other in (n for n in tok.sent if n.pos_ == "NOUN" and n != noun):
        sizes = _sizes_with_commas(other)
        if question and sizes:  # the parse keeps a subject whole, so the words are cut from the question
            question = question.replace(ctx.doc[sizes[0].i : sizes[-1].i + 1].text_with_ws, "", 1)
    return (question, _count(tok, unit, plural)) if question else None


def _with_phrases(question: str, noun: Token) -> str | None:
    """The question with the noun's own phrases ("on the collapse", "in Aluva") put back at its end,
    or None when one is more than a short phrase (a clause, a list)."""
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.i > noun.i]
    words = [words_of(list(p.subtree)).strip(" ,") for p in phrases]
    if any(len(w.split()) > 6 or "," in w for w in words):
        return None
    return " ".join([question[:-1], *words]) + "?"


def _sizes_with_commas(noun: Token) -> list[Token]:
    """'the 2.5-mile-wide, 300-foot-deep crater': another noun's hyphenated sizes, which its own
    questions ask; left in, they would hand those answers out."""
    doc = noun.doc
    sized = sorted(_other_sizes(noun))
    if not any(doc[i].text == "-" for i in sized):
        return []
    end = max(sized) + 1
    while end < noun.i and doc[end].text == ",":
        end += 1
    return list(doc[min(sized) : end])


def _stated(noun: Token) -> bool:
    """The clause of `noun` states a fact: no negation, no modal."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else verb):
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in v.children):
            return False
    return True


def dimension_of(m: Measure) -> Token | None:
    """'40 metres long', '12 feet high': the adjective of dimension a length sizes."""
    head = m.head
    if head.dep_ != "npadvmod":
        return None
    word = head.head
    return word if word.lower_ in DIMENSIONS else None


def ask_dimension(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'The new bridge will be 2 miles long' → How long will the new bridge be?; a length that sizes
    a noun ("found a wreck 40 metres long") is asked of the noun (How long was the wreck?), never of
    the verb."""
    word = dimension_of(m)
    if word is None:
        return None
    noun = _noun_sized(m, word)
    if noun is not None:
        return _sized_noun(ctx, m, word, noun)  # "a plume 22 miles long", "a 1.2 inch wide skull"
    if word.dep_ != "acomp":
        return None
    target = ctx.doc[m.span.start : word.i + 1]
    question = ask(ctx, target, f"How {word.lower_}", drop_dates=False)
    return (question, m.span.text) if question else None


def _noun_sized(m: Measure, adjective: Token) -> Token | None:
    """The noun a dimension sizes: its head ("a 1.2 inch wide skull", "a wreck 40 metres long"), or
    the object the measure follows straight after when the parse hung the adjective on the verb
    ("detected a plume of gas at least 22 miles long")."""
    if adjective.dep_ in ("amod", "advmod") and adjective.head.pos_ == "NOUN":
        before = _before_measure(m)
        if adjective.i > adjective.head.i and before is not None and before.pos_ in ("NOUN", "PROPN"):
            return adjective.head if before == adjective.head else None  # "warnings of waves 3 m high": waves'
        return adjective.head
    verb = adjective.head
    if verb.dep_ == "prep" and verb.i == adjective.i + 1:  # "a hull 30 metres long near the pier": "long near"
        verb = verb.head
    if adjective.dep_ != "advmod" or verb.pos_ != "VERB":
        return None
    start = m.span.start
    while start > 0 and m.span.doc[start - 1].dep_ in ("advmod", "quantmod", "amod") and m.span.doc[start - 1].i > 0:
        start -= 1  # "at least", "more than"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.pos_ == "NOUN" and obj.right_edge.i + 1 == start else None


def _before_measure(m: Measure) -> Token | None:
    """The word before a measure and its qualifier ("a wreck [at least] 40 metres long" → wreck)."""
    doc, start = m.span.doc, m.span.start
    while start > 0 and doc[start - 1].dep_ in ("advmod", "quantmod") and doc[start - 1].head.i >= start - 1:
        start -= 1
    return doc[start - 1] if start > 0 else None


def _sized_noun(ctx: ArticleContext, m: Measure, adjective: Token, noun: Token) -> tuple[str, str] | None:
    """'detected a plume of gas 22 miles long' → How long is the plume of gas?: the length belongs
    to the noun, whatever the clause says of it (the clause must state a fact)."""
    if not _stated(noun) or any(c.dep_ == "det" and c.lower_ not in ("a", "an", "the") for c in noun.children):
        return None
    sized = set(range(m.span.start, m.span.end)) | {t.i for t in adjective.subtree}
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    dets = [c for n in (noun, owner) if n is not None for c in n.children if c.dep_ == "det"]
    cut = {c.i for c in dets} | {
        t.i
        for c in noun.subtree
        if c.dep_ in ("appos", "relcl", "acl", "cc", "conj") or c.i > adjective.i > noun.i
        for t in c.subtree
    }
    tokens = [t for t in noun.subtree if t.i not in sized | cut | _other_sizes(noun) and not t.is_punct]
    if any(t.pos_ == "PRON" or t.like_num for t in tokens) or not 2 <= len(tokens) <= 10:
        return None
    kept = {t.i for t in tokens}
    plural = noun.tag_ == "NNS"
    past = finite_tag(noun) == "VBD"
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    phrase = "".join(t.text + (t.whitespace_ if t.i + 1 in kept else " ") for t in tokens).strip()
    start = qualified_start(ctx, m.span)
    if start >= 2 and ctx.doc[start - 2 : start].text.lower() == "at least":
        start -= 2
    answer = ctx.doc[start : m.span.end].text  # "at least 22 miles": the hedge goes to the question
    the = "" if owner is not None and owner.pos_ == "PROPN" else "the "  # "Harbour's hull", "the ship's hull"
    if tokens[0].is_sent_start and tokens[0].pos_ != "PROPN":
        phrase = phrase[:1].lower() + phrase[1:]  # the sentence's capital, not a name's
    return f"How {adjective.lower_} {be} {the}{phrase}?", answer
