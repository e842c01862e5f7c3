"""'The decision, said Leon Tait, "gives the harbour five more years".': a subject set before an
inverted attribution, whose sentence the quote goes on to finish.

Asked alone, the quote ("gives the harbour …") has lost what it is about; asked with its subject
it is the speaker's whole claim: 'Who said the decision "gives the harbour five more years"?'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import QUOTE_MARKS
from quizgen.facts.reported import trim
from quizgen.facts.statement import quote_fact

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import QuoteFact, Speaker

#: Subjects that stand for something said before: 'It, he said, "…"' is no claim on its own.
_POINTING = {"it", "they", "he", "she", "this", "that", "these", "those", "we", "i", "you"}


def fronted_quote(
    ctx: ArticleContext, sent: Span, quote: tuple[int, int], verb: Token, speaker: Speaker | None
) -> QuoteFact | None:
    """`speaker`'s quote asked with the subject set before its attribution ('The rise, according to
    Hale, "punishes …"', 'The pier, said Lind, "will …"'), or None when `sent` has no such shape."""
    subject = fronted_subject(ctx, sent, quote, verb, said=verb.lower_ != "according")
    if subject is None or speaker is None:
        return None
    text = ctx.text[quote[0] : quote[1]].strip(" " + QUOTE_MARKS)
    return quote_fact(ctx, sent, speaker, text, f"said {subject} \u201c{trim(text)}\u201d", direct=True)


def fronted_subject(
    ctx: ArticleContext, sent: Span, quote: tuple[int, int], verb: Token, said: bool = True
) -> str | None:
    """The subject words ("the decision") when `sent` is 'Subject, said X, "rest of the sentence".':
    the attribution set off by two commas between a subject outside quotes and a quote that opens
    in lower case, closes the sentence, and holds the verb the subject governs."""
    a, b = quote
    before = ctx.text[sent.start_char : a].rstrip(" " + QUOTE_MARKS)
    after = ctx.text[b : sent.end_char].strip(" \n.!?" + QUOTE_MARKS)
    words = ctx.text[a:b].strip(" " + QUOTE_MARKS)
    if after or not words[:1].islower() or not before.endswith(",") or before.count(",") != 2:
        return None
    cut = sent.start_char + before.index(",")
    if not cut < verb.idx < a or any(ctx.in_quote(t.idx) for t in sent if t.idx < cut):
        return None
    span = ctx.doc.char_span(sent.start_char, cut, alignment_mode="contract")
    if span is None or not 1 <= len(span) <= 8 or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = span.root.head  # the quoted verb's; or the attribution's, when the parser hung it there
    if (
        not (ctx.in_quote(head.idx) or head == verb or head in verb.ancestors)
        or span.root.lower_ in _POINTING
        or span[0].pos_ == "PRON"
    ):
        return None  # the subject must be the quoted verb's, and a thing named, not pointed back to
    if said and not any(c.dep_ == "nsubj" and span.end <= c.i and c.idx < a for c in verb.children):
        return None  # 'Regan, said to be furious, …': a participle on the subject, no attribution
    text = span.text
    return text[:1].lower() + text[1:] if span[0].pos_ == "DET" else text
