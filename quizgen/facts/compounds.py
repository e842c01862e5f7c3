"""Numbers inside hyphenated modifiers: "the 73-year-old chairman", "the four-day walkout",
"the three-member panel", "the 131-page report".

The number sizes the noun it modifies, so the question asks about that noun: how old, how long,
how many members or pages. Only definite nouns are asked ("the", a possessive, a name): "a
six-week strike" may be hypothetical and "an 18-month deal" one of many, with no single answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import CROWD_NOUNS
from quizgen.facts.number_owners import body_owner
from quizgen.facts.wording import lower_first
from quizgen.vocabulary import MATURITY_NOUNS, NUMBER_WORDS, TENS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

TIME_UNITS = {"day", "week", "month", "year", "hour", "minute", "decade", "century"}
#: Units a hyphenated count may name ("three-member panel"), and their plurals.
COUNT_UNITS = {
    "member": "members",
    "nation": "nations",
    "page": "pages",
    "acre": "acres",
    "storey": "storeys",
    "story": "stories",
    "seat": "seats",
    "mile": "miles",
    "kilometre": "kilometres",
    "room": "rooms",
    "bed": "beds",
    "lane": "lanes",
    "country": "countries",
    "party": "parties",
    "man": "men",
    "person": "people",
    "hectare": "hectares",
    "game": "games",
    "match": "matches",
    "point": "points",
    "stage": "stages",
    "part": "parts",
    "strong": "members",
}
_WORDS = set(NUMBER_WORDS[2:]) | set(TENS)
#: Nouns a "one-day" or "five-day" names a kind of cricket or tennis of: a format, not a length.
_DAY_FORMATS = set("international internationals series cup format squad side team ranking rankings cricket".split())


def hyphen_counts(ctx: ArticleContext) -> list[tuple[Token, str, str]]:
    """(number token, question, answer) for each hyphenated size the article gives a definite noun."""
    from quizgen.nlp import tokens_where

    out = []
    doc = ctx.doc
    for tok in (doc[i - 1] for i in tokens_where(doc, "ORTH", "-".__eq__) if i > 0):  # the words before a hyphen
        if not (tok.like_num or tok.lower_ in _WORDS) or tok.i + 2 >= len(doc):
            continue
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_):
            continue  # "Rossi's 58th-minute free-kick": a moment in the game, not a length
        unit = doc[tok.i + 2]
        word = unit.lower_
        if word not in TIME_UNITS and word not in COUNT_UNITS or ctx.in_quote(tok.idx):
            continue
        end = tok.i + 3
        old = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "old"
        if old:
            end += 2
        noun = doc[end - 1].head
        while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i < end:
            continue
        if old and noun.ent_type_ == "NORP":
            continue  # "the 23-year-old Italian": a person by nationality; "How old is Italian?" says not who
        if word in ("year", "month", "week") and noun.lemma_.lower() in MATURITY_NOUNS:
            continue  # "10-year Treasury notes": a debt's maturity, not a length
        if word == "day" and noun.lower_ in _DAY_FORMATS:
            continue  # "the second one-day international", "the one-day squad": a kind of game, not its length
        phrase = _phrase(ctx, noun, range(tok.i, end))
        if phrase is None:
            continue
        plural = noun.tag_ in ("NNS", "NNPS")
        be = _be(noun, plural)
        if any(t.dep_ == "poss" and t.ent_type_ == "DATE" and t.i < noun.i for t in noun.children):
            be = "were" if plural else "was"  # "last week's walkout" is over
        count = tok.text if tok.like_num else tok.lower_
        many = int(tok.text.replace(",", "")) != 1 if tok.text.replace(",", "").isdigit() else count != "one"
        if old:
            units = word + ("s" if many else "")
            question, answer = f"How old {be} {phrase}?", f"{count} {units} old"
        elif word in TIME_UNITS:
            units = word + ("s" if many else "")
            question, answer = f"How long {be} {phrase}?", f"{count} {units}"
        elif word == "strong" and noun.lemma_.lower() in CROWD_NOUNS:  # "a 35,000-strong crowd": people, not members
            question, answer = f"How many people {'were' if be in ('was', 'were') else 'are'} in {phrase}?", count
        else:
            have = "did" if be in ("was", "were") else "do" if plural else "does"
            question, answer = f"How many {COUNT_UNITS[word]} {have} {phrase} have?", f"{count} {COUNT_UNITS[word]}"
        out.append((tok, question, answer))
    return out


def _phrase(ctx: ArticleContext, noun: Token, size: range) -> str | None:
    """The noun phrase without its size, made definite; None when it is indefinite or has no words."""
    tokens = [t for t in noun.subtree if t.i not in size]
    cut = [t for t in noun.children if t.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj") and t.i > noun.i]
    if cut:
        stop = min(t.left_edge.i for t in cut)
        tokens = [t for t in tokens if t.i < stop]
    dets = [t for t in noun.children if t.dep_ in ("det", "poss") and t.i < noun.i]
    person = ctx.resolve_person(noun) if noun.pos_ == "PROPN" else None
    if all(t.pos_ == "PROPN" or t.lower_ == "the" for t in tokens):
        if person is not None and noun.ent_type_ != "ORG":
            return person.name  # "The 24-year-old Ruiz" → "Ana Ruiz", never "the Ruiz"
        if [t for t in tokens if t.lower_ != "the"] == [noun] and noun.doc[noun.i - 1].lower_ == "old":
            return noun.text  # "the 24-year-old Odegard": a surname the model took for a place or a body
    if any(t.lower_ in ("a", "an", "some", "any", "no", "every", "each") for t in dets):
        return None
    if any(t.dep_ == "nummod" and t.i not in size for t in noun.children):
        return None  # "two additional 20-year options": several things, each of that size
    dated = [t for t in noun.children if t.dep_ == "poss" and t.ent_type_ == "DATE"]
    for date in dated:  # "Last week's walkout" → "the walkout"
        tokens = [t for t in tokens if not (date.left_edge.i <= t.i <= date.right_edge.i)]
    if not dets or dated:
        if noun.pos_ != "PROPN" or dated:
            tokens = [t for t in tokens if not (t.dep_ == "det" and t.head == noun)]
            text = "the " + words_of(tokens)
        else:
            text = words_of(tokens)
    else:
        text = words_of(tokens)
    owner = next((t for t in dets if t.lower_ in ("its", "their")), None)
    named = body_owner(ctx, owner) if owner is not None else None
    if named is not None:  # "Harbour College … its 120-year history" → "Harbour College's history"
        tokens = [t for t in tokens if t != owner]
        text = f"{named}'s {words_of(tokens)}"
    if any(
        t.lower_ in ("its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those")
        for t in tokens
    ):
        return None  # "its 14-page report", with no named body before it: whose, the question cannot say
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    if not 2 <= len(text.split()) <= (17 if named else 14):  # a body's name is read as one word
        return None
    return lower_first(text) if text.startswith("The ") else text


def _be(noun: Token, plural: bool) -> str:
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    past = verb.tag_ == "VBD" or bool(aux & {"had", "was", "were"})
    if past:
        return "were" if plural else "was"
    return "are" if plural else "is"
