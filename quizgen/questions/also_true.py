"""False options that the article makes true: "Which organization funded the study? → the Science
Foundation" must not offer an agency the article says "provided additional funding" too.

The asked event is read from the question's past-tense verbs ("funded", "approved"); a candidate
is left out when a sentence that names it carries a word of the same stem ("funding"). Question
writing sees the article's text only (the parse is released), so this works on words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.models import QuoteFact, RoleFact

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.questions.draft import Draft

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


def also_did(candidate: str, names: list[str], events: set[str], ctx: ArticleContext) -> bool:
    """Whether a sentence naming `candidate` (or another of its `names`) has a word of an event stem."""
    keys = [n.lower() for n in (candidate, *names) if len(n) > 2]
    for sentence in re.split(r"(?<=[.!?])\s+", ctx.text):
        lower = sentence.lower()
        if any(k in lower for k in keys) and events & {stem(w) for w in re.findall(r"[a-z]+", lower)}:
            return True
    return False
