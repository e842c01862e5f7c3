"""False options that the article makes true: "Which organization funded the study? → the Science
Foundation" must not offer an agency the article says "provided additional funding" too.

The asked event is read from the question's past-tense verbs ("funded", "approved"); a candidate
is left out when a sentence that names it carries a word of the same stem ("funding"). Question
writing sees the article's text only (the parse is released), so this works on words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import QuoteFact, RoleFact

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.questions.draft import Draft

#: A sentence's end: not the stop of an initial ("U.S. Coast Guard") or a short title ("Dr.").
SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<=[.!?])\s+")
#: Past forms too general to say two bodies did the same thing.
GENERAL = {"based", "called", "named", "used", "needed", "wanted", "asked", "added", "stated", "reported"}


def stem(word: str) -> str:
    """'funding', 'funded', 'funds' → 'fund'; 'continued', 'continue' → 'continu'."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def event_stems(draft: Draft) -> set[str]:
    """Stems of the past-tense verbs of a question whose answer is the doer of an event."""
    if isinstance(draft.fact, (QuoteFact, RoleFact)) or draft.answer_type not in ("org", "person", "country"):
        return set()
    words = re.findall(r"[a-z]+ed\b", draft.question)  # lower case only: "United" is a name
    return {stem(w) for w in words if w not in GENERAL and len(w) > 4}


def also_did(draft: Draft, candidate: str, names: list[str], events: set[str], ctx: ArticleContext) -> bool:
    """Whether a sentence naming `candidate` (or another of its `names`) has a word of an event stem.
    In the answer's own sentence only a candidate listed with the answer counts ("by A and B")."""
    keys = [n.lower() for n in (candidate, *names) if len(n) > 2]
    own = draft.fact.sentence.lower()
    for lower, stems in _sentences(ctx.text):
        if not any(k in lower for k in keys) or not events & stems:
            continue
        if own and own in lower:
            if any(_listed_with(lower, draft.answer.lower(), k) for k in keys):
                return True
            continue
        return True
    return False


@lru_cache(maxsize=8)  # one article's text, read again for every candidate of every question
def _sentences(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence of `text` in lower case, with the stems of its words."""
    lowered = [sentence.lower() for sentence in SENTENCE_END.split(text)]
    return tuple((lower, frozenset(stem(w) for w in re.findall(r"[a-z]+", lower))) for lower in lowered)


def _listed_with(text: str, answer: str, other: str) -> bool:
    """'by the A and the B', 'A, B and C': the two names are a short list apart."""
    a, b = text.find(answer), text.find(other)
    if a < 0 or b < 0:
        return False
    gap = text[a + len(answer) : b] if a < b else text[b + len(other) : a]
    return len(gap) <= 25 and bool(re.search(r"\band\b|,|\bor\b", gap))
