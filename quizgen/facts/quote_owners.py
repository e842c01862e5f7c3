"""A quote that belongs to another speaker's verb: 'She claimed that "…", the prosecutor said' is
her quote, which the prosecutor only reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.reported import SPEAKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext


def quoted_by_another(ctx: ArticleContext, quote: tuple[int, int], verb: Token) -> bool:
    """'She claimed that "…", the prosecutor said': the quote hangs on another reporting verb
    outside it, so its words are that verb's subject's, not `verb`'s speaker's."""
    span = ctx.doc.char_span(quote[0], quote[1], alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None else []
    if not words:
        return False
    for head in words[0].ancestors:
        if head == verb:
            return False
        if head.lemma_ in SPEAKING and head.pos_ == "VERB" and not ctx.in_quote(head.idx) and head.i < words[0].i:
            joined = head.dep_ == "conj" and head.head == verb  # 'X says …, but he adds, "…"'
            return not joined and _subject(head) != _subject(verb)
    return False


def _subject(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ == "nsubj"), None)
