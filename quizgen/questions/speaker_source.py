"""The source sentence of a statement whose speaker the sentence calls "he" or "the minister".

"Who said the pier would reopen? — Ann Lind" shown with "The pier will reopen in May, she said" does
not show the learner why Ann Lind is right. The sentence before it that names her is shown first
("Ann Lind, the port's director, visited the site. … The pier will reopen in May, she said."), with
her name as the highlighted answer; a sentence that names its speaker is shown alone, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.text import whole_words

if TYPE_CHECKING:
    from quizgen.models import Article, Question

#: How far back (characters) the sentence naming the speaker may be: a few paragraphs.
REACH = 1500
#: Where one sentence ends and the next begins.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])|\n+")


def with_speaker_named(article: Article, questions: list[Question]) -> list[Question]:
    """`questions` whose statement's source does not name its speaker shown with the sentence that does."""
    return [_named_source(q, article.text) if q.kind == "quote" else q for q in questions]


def _names(question: Question) -> list[str]:
    return [n for n in (question.answer, *question.aliases) if len(n) >= 3 and n[:1].isupper()]


def _named_source(question: Question, text: str) -> Question:
    names = _names(question)
    if not names or any(_has(question.source, n) for n in names):
        return question
    at = text.find(question.source[:80])
    if at < 0:
        return question
    naming = _last_naming(text[max(0, at - REACH) : at], names)
    if naming is None:
        return question
    sentence, adjacent = naming
    sentence = _short(sentence, names)
    prefix = f"{sentence} " if adjacent or sentence.endswith("…") else f"{sentence} … "
    source = prefix + question.source
    found = next(((at, at + len(n)) for n in names for at in whole_words(sentence, [n])), None)
    # the name, or the surname, is what the learner looks for (`_short` always keeps it)
    span = found
    return replace(question, source=source, span=span)


#: How long a naming sentence is shown whole; a longer one is cut a few words after the name.
SHOWN = 160


def _short(sentence: str, names: list[str]) -> str:
    """`sentence`, or its start up to a few words past the speaker's name when it is long."""
    if len(sentence) <= SHOWN:
        return sentence
    end = min(at + len(n) for n in names for at in whole_words(sentence, [n]))
    cut = sentence.find(" ", max(end + 40, SHOWN // 2))
    return sentence if cut < 0 or cut > len(sentence) - 20 else sentence[:cut].rstrip(",;:") + " …"


def _has(sentence: str, name: str) -> bool:
    return bool(whole_words(sentence, [name]))


def _last_naming(before: str, names: list[str]) -> tuple[str, bool] | None:
    """The last whole sentence of `before` that names the speaker, and whether it ends right where
    the statement's sentence begins."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(before))]
    sentences = [(before[a:b].strip(), b) for a, b in zip(cuts, [*cuts[1:], len(before)], strict=True)]
    if sentences and len(before) == REACH:
        sentences = sentences[1:]  # the first piece may be a sentence cut in half by the reach
    for sentence, end in reversed(sentences):
        if sentence and any(_has(sentence, n) for n in names):
            return sentence, not before[end:].strip()
    return None
