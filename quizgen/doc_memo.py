"""What the extractors work out about one parsed document and ask for again and again (its
sentences, its entities), kept while that document is being read.

spaCy builds a new `Span` on every `token.sent`, `doc.ents` or slice, and each costs three `Token`
objects; the passes ask for the same sentence or entity list thousands of times per article.
The memo lives here, beside the document rather than in it: a `Span` kept in `doc.user_data`
would hold its document in a reference cycle, and documents would then wait for the garbage
collector instead of going as soon as their facts are extracted. Only the latest document's
memo is kept (one document, not a growing cache), and only while its facts are extracted: it
must not change meanwhile.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

T = TypeVar("T")

#: [the document, its memo]: the one document being read now.
_LATEST: list[Any] = [None, {}]


def doc_memo(doc: Doc) -> dict[str, Any]:
    """The memo of `doc` while its facts are extracted (`reading`); for any other document an empty
    one, kept nowhere: a document only parsed must go as soon as it is let go."""
    memo: dict[str, Any] = _LATEST[1] if _LATEST[0] is doc else {}
    return memo


def reading(doc: Doc, text: str) -> None:
    """Start keeping what is worked out about `doc`, whose facts are extracted now; `text`: the
    text it was parsed from (see `span_text`). The memo goes with `forget` or the next document."""
    _LATEST[0], _LATEST[1] = doc, {"text": text}


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents` of a parsed document, built once: spaCy makes every entity again on each access."""
    memo = doc_memo(doc)
    if "ents" not in memo:
        memo["ents"] = doc.ents
    ents: tuple[Span, ...] = memo["ents"]
    return ents


def span_ents(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside `span`), found among the document's kept ones: spaCy
    builds every entity of the document again to pick a sentence's few."""
    ents, memo = doc_ents(span.doc), doc_memo(span.doc)
    starts: list[int] = memo.get("ent starts") or memo.setdefault("ent starts", [e.start for e in ents])
    lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
    return [e for e in ents[lo:hi] if e.end <= span.end]


def span_text(span: Span) -> str:
    """`span.text`, cut from its document's text when that is kept: spaCy makes a `Token` for each
    word to join them again (a sentence's text: as many as it has words)."""
    text: str | None = doc_memo(span.doc).get("text")
    return span.text if text is None else text[span.start_char : span.end_char]


def forget(doc: Doc) -> None:
    """Drop the memo of `doc` when it is the one kept (its facts are extracted)."""
    if _LATEST[0] is doc:
        _LATEST[0], _LATEST[1] = None, {}


def per_sentence(sent: Span, make: Callable[[Span], T]) -> T:
    """`make(sent)`, worked out once per sentence of the document being read: what each entity of a
    sentence asks of the sentence as a whole (its dashes, where a gapped list starts) is the same."""
    memo: dict[int, T] = doc_memo(sent.doc).setdefault(f"{make.__module__}.{make.__qualname__}", {})
    if sent.start not in memo:
        memo[sent.start] = make(sent)
    return memo[sent.start]


def spaced_dashes(sent: Span) -> list[int]:
    """The token indices of the dashes set off by spaces in `sent` ("the city - which … - banning"),
    found once per sentence: each date of the sentence asks whether it stands beside an aside."""
    return per_sentence(sent, _spaced_dashes)


def _spaced_dashes(sent: Span) -> list[int]:
    doc = sent.doc
    return [
        t.i
        for t in sent
        if t.text in ("-", "\u2013", "\u2014") and t.i > 0 and t.whitespace_ and doc[t.i - 1].whitespace_
    ]
