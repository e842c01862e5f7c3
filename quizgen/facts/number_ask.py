"""The clause-to-question move for numbers, without the asides a question could not carry."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.facts.clauses import ask as ask_clause

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Conjunctions of an aside that only says what else goes on ("… as they cross the plain").
ASIDE_MARKS = {"as", "while", "whilst"}


def ask(
    ctx: ArticleContext, target: Span, wh: str, *, extra_drop: Iterable[Token] | None = None, **kwargs: object
) -> str | None:
    """`clauses.ask`, leaving out the sentence's asides (see `asides`)."""
    drop = {t.i: t for t in extra_drop} if extra_drop is not None else {}
    drop.update((t.i, t) for t in asides(target))
    return ask_clause(ctx, target, wh, extra_drop=list(drop.values()) or None, **kwargs)  # type: ignore[arg-type]


def asides(target: Span) -> list[Token]:
    """'carry two astronauts for up to 30 days as they cross the plain': a clause opened by "as" or
    "while" whose subject is a pronoun names nothing a question could carry, and the figure does not
    depend on it, so it is left out rather than the question dropped. Never a clause holding the answer."""
    out: list[Token] = []
    for tok in target.sent:
        if _set_off_comparison(tok) and not any(target.start <= t.i < target.end for t in tok.subtree):
            out.extend(tok.subtree)
            continue
        if tok.dep_ != "advcl" or any(target.start <= t.i < target.end for t in tok.subtree):
            continue
        mark = next((c for c in tok.children if c.dep_ == "mark"), None)
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if mark is None or mark.lower_ not in ASIDE_MARKS or subject is None or subject.pos_ != "PRON":
            continue
        out.extend(tok.subtree)
    return out


def _set_off_comparison(tok: Token) -> bool:
    """'have thrived for 400 million years, longer than almost any animal': a comparison after a comma
    comments on the figure; kept, it would read as part of what is asked ("thrived longer … for how long")."""
    return (
        tok.tag_ in ("RBR", "JJR")
        and tok.dep_ in ("advmod", "amod", "advcl")
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and any(c.lower_ == "than" for c in tok.children)
    )
