"""A paragraph left open in quotes that the next paragraph's attribution closes.

News runs a long quote over paragraphs: each opens with a mark, only the last closes, and the
attribution comes at the end ('"A. ¶ "B," said X.'). A is X's too, though no verb stands beside
it. `quotes` asks it only when X is the story's current speaker (or none was named before): a
press release that leaves a mark open before quoting someone else ('X says … ¶ "A. ¶ "B," adds
Y.') leaves A nobody's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from quizgen.facts.context import QUOTE_MARKS, ArticleContext

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.fact_types import QuoteFact, Speaker


#: Marks that close a quote.
CLOSING_MARKS = "\"\u201d\u00bb'\u2019"


class LeftOpen(NamedTuple):
    """A paragraph wholly in a quote that never closes: where it is and what it says."""

    sent: Span
    text: str
    para: int
    #: The speaker the story last attributed a statement to before it, if any.
    before: Speaker | None
    #: The statement already made of it as the speaker before's going on, if any.
    asked: QuoteFact | None


def left_open(
    ctx: ArticleContext, sent: Span, para: int, before: Speaker | None, asked: QuoteFact | None
) -> LeftOpen | None:
    """The quote `sent` opens, when the sentence starts a paragraph that the quote fills to its
    end without a closing mark ('"There are 700,000 workers yet to be registered.' and a new line)."""
    quotes = ctx.quotes_in(sent)
    if len(quotes) != 1:
        return None
    a, b = quotes[0]
    line_end = ctx.text.find("\n", b)
    if not _opens_paragraph(ctx, a) or ctx.text[b : len(ctx.text) if line_end < 0 else line_end].strip():
        return None
    if sent.start_char > a:
        return None  # a later sentence of the same quote
    return LeftOpen(sent, ctx.text[a:b].strip(), para, before, asked)


def goes_on_in(ctx: ArticleContext, pending: LeftOpen, sent: Span, para: int) -> bool:
    """Whether the attributed quote in `sent` goes on from `pending`: it opens the next paragraph."""
    if para != pending.para + 1:
        return False
    quotes = ctx.quotes_in(sent)
    return bool(quotes) and _opens_paragraph(ctx, quotes[0][0])


def _opens_paragraph(ctx: ArticleContext, start: int) -> bool:
    """Whether the quote starting at `start` opens its paragraph (only its mark before it)."""
    return not ctx.text[ctx.text.rfind("\n", 0, start) + 1 : start].strip(" " + QUOTE_MARKS)


def opened_to_run_on(ctx: ArticleContext, sent: Span) -> bool:
    """'"A," X said. "B … ¶ "C," he added.': a quote that opens in `sent` (after one that closed) and
    runs to its paragraph's end, the next paragraph opening with a mark: a new statement told over
    paragraphs, not the one before going on."""
    quotes = ctx.quotes_in(sent)
    if not quotes or quotes[-1][0] < sent.start_char or ctx.text[quotes[-1][0] - 1] not in QUOTE_MARKS:
        return False
    end = quotes[-1][1]
    line_end = ctx.text.find("\n", end)
    if line_end < 0 or ctx.text[end:line_end].strip(" " + CLOSING_MARKS):
        return False
    rest = ctx.text[line_end:].lstrip()
    return bool(rest) and rest[0] in QUOTE_MARKS
