"""A quake's magnitude: "A magnitude 6.8 earthquake struck western Nepal" → What was the magnitude of
the earthquake that struck western Nepal? The figure is a measure on a scale, not a count, so the
count askers leave it (see `no_figure`); it is asked here only when the quake is its clause's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.number_ask import ask

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Nouns a magnitude is said of.
QUAKES = {"earthquake", "quake", "aftershock", "tremor"}
#: Words a passive or perfect clause opens with once its subject is the wh-word.
_AUXILIARIES = {"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might"}


def magnitude_of(ent: Span) -> Token | None:
    """The quake noun of "magnitude 6.8 earthquake", or None for any other figure."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].like_num or ent.start == 0 or ent.end >= len(doc):
        return None
    if doc[ent.start - 1].lower_ != "magnitude" or doc[ent.end].lower_ not in QUAKES:
        return None
    return doc[ent.end]


def ask_magnitude(ctx: ArticleContext, ent: Span, quake: Token) -> tuple[str, str] | None:
    """The clause the quake is the subject of, asked as the magnitude of the quake that did it."""
    if quake.dep_ not in ("nsubj", "nsubjpass") or quake.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = ctx.doc[quake.left_edge.i : quake.right_edge.i + 1]
    question = ask(ctx, subject, "What", drop_dates=False)
    if question is None or not question.startswith("What ") or not question[5:6].islower():
        return None
    if question.split()[1] in _AUXILIARIES:
        return None  # "What was felt in Tokyo?": "… the quake that was felt" reads as a repeated verb, and is cut
    return f"What was the magnitude of the {quake.lower_} that {question[5:]}", ent.text.strip()
