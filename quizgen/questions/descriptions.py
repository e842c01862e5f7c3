"""Things a question calls by a bare noun ("the accord", "the rocket", "the findings"), named or left out.

News names a thing once ("the Louvre accord", "the Long March 3A rocket") and then says "the accord".
A question read away from its article must say which: it names the thing when the article names one
thing of that kind ("Which minister said the Louvre accord was working?"), keeps the bare noun when
the headline shown above every question names it ("the treasure" under "Treasure chest found in the
Rockies"), and is otherwise not asked. Quoted words are the speaker's and stay. A post given as
"lead designer of the rocket" is named the same way, or not asked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import (
    COMPOUND_HEADS,
    DESCRIBED_HEADLINE_CUES,
    DESCRIBED_NAMED_AS,
    DESCRIBED_THINGS,
    REFERENT_BODIES,
    REFERENT_DOCUMENTS,
)
from quizgen.facts.quote_marks import blank_quotes
from quizgen.questions.referents import SAYS_WHICH

if TYPE_CHECKING:
    from quizgen.models import Article, Question

#: Nouns after which the described word is only a modifier: "the survey group", "the rocket engine".
_HEADS = "|".join(sorted(REFERENT_BODIES | REFERENT_DOCUMENTS | COMPOUND_HEADS))
_NOUNS = "|".join(sorted(DESCRIBED_THINGS, key=len, reverse=True))
#: "the accord", "the new accord", "the rocket".
BARE = re.compile(
    rf"\b[Tt]he ((?:new|latest|same|final|whole|first|second) )?({_NOUNS})\b(?![-'\u2019])(?! (?:{_HEADS})\b)"
)
#: Words that open a sentence or a phrase, never part of a thing's name.
_NOT_NAME = {"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And", "Its", "His"}
#: A figure or the word that hedges it: "Around 40", "Some 300", "About 1,200".
_COUNT_WORD = re.compile(r"[\d.,]+|(?i:around|about|approximately|some|nearly|almost|over|more|than|roughly|just|only)")
#: Longest word a stop may end inside a name ("St.", "Co.", "U.S.").
_SHORT_FORM = 4
_NAME_WORD = r"(?:[A-Z][\w.&'\u2019-]*|\d[\w-]*)"


def named_descriptions(article: Article, questions: list[Question]) -> list[Question]:
    """`questions` with each bare "the accord" named from the article, or left out when it cannot be."""
    out = []
    for q in questions:
        question = _named(q.question, article)
        named: Question | None = q
        if question is not None and q.kind == "role" and BARE.search(q.answer):
            named = _answer_named(q, article)  # "lead designer of the rocket": which rocket?
        if question is not None and named is not None:
            out.append(named if question == named.question else replace(named, question=question))
    return out


def _answer_named(q: Question, article: Article) -> Question | None:
    """A post answer's bare "the rocket" named ("of the Long March 9 rocket"), the article's words
    still accepted; None when the article does not name one such thing."""
    answer = _named(q.answer, article)
    if answer is None:
        return None
    choices = tuple(answer if c == q.answer else c for c in q.choices)
    return replace(q, answer=answer, aliases=(q.answer, *q.aliases), choices=choices)


def _named(question: str, article: Article) -> str | None:
    unquoted = blank_quotes(question)
    if "he " not in unquoted:
        return question  # no "the": no bare description (`BARE` needs one)
    for m in reversed(list(BARE.finditer(unquoted))):
        noun = m.group(2)
        if SAYS_WHICH.match(unquoted, m.end()) or _in_headline(noun, article.title):
            continue  # "the accord on prices", "the treasure" under a headline about the treasure
        named = _one_name(noun, article.text)
        if named is None:
            return None
        if named.lower() in question.lower():
            continue  # the question names it already
        question = f"{question[: m.start()]}the {m.group(1) or ''}{named}{question[m.end() :]}"
    return question


def _in_headline(noun: str, title: str) -> bool:
    """Does the headline name the thing ("treasure", "Treasure chest")? A plural or singular form counts."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", title, re.I):
        return True
    return bool(DESCRIBED_HEADLINE_CUES.get(noun, set()) & set(re.findall(r"[a-z]+", title.lower())))


def _one_name(noun: str, text: str) -> str | None:
    """The one thing of the kind the article names ("Louvre accord" for "the accord", "Global Innovation
    Index" for "the ranking"), or None when it names none or several."""
    kinds = "|".join(DESCRIBED_NAMED_AS.get(noun, (noun,)))
    names = {}
    for m in re.finditer(rf"\b((?:{_NAME_WORD} ){{1,4}})((?i:{kinds}))\b", text):
        words = m.group(1).split()
        ends = [i for i, w in enumerate(words) if w.endswith(".") and len(w) > _SHORT_FORM]
        words = words[ends[-1] + 1 :] if ends else words  # "Friday. Around 40": a name ends with its sentence
        while words and words[0] in _NOT_NAME:
            words = words[1:]
        if all(_COUNT_WORD.fullmatch(w) for w in words):
            words = []  # "Around 40 students": a count says how many, not which students
        if words and not words[-1].endswith(("'s", "\u2019s")):
            names[" ".join(words)] = m.group(2)
    firsts = {n for n in names if not any(n != o and n.endswith(" " + o) for o in names)}
    if len(firsts) != 1:
        return None
    name = firsts.pop()
    return f"{name} {names[name]}"
