"""The basis a figure is counted on, fronted before its clause: it stays with the question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.context import words_of
from quizgen.vocabulary import BASIS_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span


def with_fronted_basis(question: str, target: Span) -> str | None:
    """'Not counting one-time items, earnings per share was $0.48', 'Adjusted for inflation, wages fell
    3%': without its basis the figure would be a different one (the reported, the nominal), so the
    basis goes back at the question's end; None when it cannot be said whole."""
    verb = clause_verb(target.root)
    if verb is None:
        return question
    for child in verb.children:
        if child.i >= verb.i or child.dep_ not in ("prep", "advcl") or child.lower_ not in BASIS_WORDS:
            continue
        start = child.i - 1 if child.i and child.doc[child.i - 1].lower_ == "not" else child.i
        tokens = list(child.doc[start : child.right_edge.i + 1])  # not a dateline the parse hung on it
        if any(target.start <= t.i < target.end for t in tokens) or any(t.text in '()"“”' for t in tokens):
            return None
        words = words_of(tokens).strip(" ,")
        if words.lower() not in question.lower():
            question = f"{question[:-1]}, {words[:1].lower()}{words[1:]}?"
    return question
