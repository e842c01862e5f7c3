"""Things the article points at with "that", "those", "this" or "these", and the earlier words that name them.

"The talks with unions broke down on Monday. Those talks resume on Friday.": a question worded from
the second sentence would ask about "those talks", which read away from the article says nothing.
The nearest earlier mention of the same noun that says which one it is ("the talks with unions")
names them; when the article has none, the phrase is kept with no name and the question goes.
Worked out here while the parse is at hand; question writing reads it (questions/demonstratives.py).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_text
from quizgen.nlp import tokens_where
from quizgen.vocabulary import POINTED_TIME_NOUNS, STORY_NOUNS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: Times ("this year"), manners ("that way") and the story itself ("this study"): named well enough as they stand.
POINTED_TIMES = POINTED_TIME_NOUNS | STORY_NOUNS | {"moment", "stage", "point", "way", "manner", "fashion"}
POINTERS = frozenset({"this", "that", "these", "those"})
#: Dependencies of the words that say which one a noun is ("the pension plan", "Acme's plan").
_SAYS_WHICH = ("amod", "compound", "poss", "nmod", "nummod")
#: Prepositions whose phrase after a noun says which one it is ("talks with unions", "the plan for the port").
_WHICH_PREPS = frozenset("with on over between for to of about from by against".split())
#: Most words a naming phrase may take: a longer one is a clause, not a name.
_MAX_WORDS = 8

Pointed = dict[int, list[tuple[str, "str | None"]]]


def pointed_things(ctx: ArticleContext) -> Pointed:
    """Sentence start → each "that plan" said there outside quote marks, with its name ("the pension
    plan") or None."""
    found: Pointed = {}
    doc = ctx.doc
    for token in map(doc.__getitem__, tokens_where(doc, "LOWER", POINTERS.__contains__)):  # no Token for the rest
        if token.dep_ != "det" or ctx.in_quote(token.idx):
            continue
        noun = token.head
        if noun.i <= token.i or noun.pos_ != "NOUN" or noun.lower_ in POINTED_TIMES:
            continue
        phrase = span_text(doc[token.i : noun.i + 1])
        found.setdefault(token.sent.start_char, []).append((phrase, _earlier_name(noun, token.i)))
    return found


def _earlier_name(noun: Token, before: int) -> str | None:
    """ "the talks with unions" for "those talks": the nearest earlier mention of the noun with words
    that say which one it is, written with "the"."""
    doc = noun.doc
    nouns = tokens_where(doc, "POS", "NOUN".__eq__)  # no Token for the other words
    lemma = noun.lemma_.lower()
    for i in reversed(nouns[: bisect.bisect_left(nouns, before)]):
        other = doc[i]
        if other.lemma_.lower() == lemma:
            words = _naming_words(other)
            if words is not None:
                return words
    return None


def _naming_words(noun: Token) -> str | None:
    """The noun's phrase when it says which one it is, else None ("the plan" says no more than "that plan")."""
    left = [c for c in noun.lefts if c.dep_ in (*_SAYS_WHICH, "det")]
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an", "the") for c in left):
        return None  # "that plan" again, "no plan", "any plan": none names the one meant
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _WHICH_PREPS and c.i == noun.i + 1]
    if not any(c.dep_ in _SAYS_WHICH for c in left) and not preps:
        return None
    start = min([noun.i, *(c.left_edge.i for c in left)])
    end = preps[0].right_edge.i + 1 if preps else noun.i + 1
    words = [t for t in noun.doc[start:end] if not t.is_space]
    if len(words) > _MAX_WORDS or any(t.pos_ == "PRON" or (t.is_punct and t.text not in "'\u2019-") for t in words):
        return None  # ("its plan": whose, the question could not say either)
    text = noun.doc[start:end].text
    if words[0].lower_ in ("a", "an", "the"):
        text = text[len(words[0].text) :].lstrip()
        words = words[1:]
    return text if words and words[0].dep_ == "poss" and words[0].pos_ == "PROPN" else f"the {text}"
