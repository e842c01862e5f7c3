"""A quake's magnitude: "A magnitude 6.8 earthquake struck western Nepal" → What was the magnitude of
the earthquake that struck western Nepal? The figure is a measure on a scale, not a count, so the
count askers leave it (see `no_figure`); it is asked here only when the quake is its clause's subject
("a magnitude 6.1 quake was felt in Tokyo" → the magnitude of the quake felt in Tokyo)."""

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
    if ent[-1].lower_ == "magnitude" and ent[0].like_num and ent.end < len(doc) and doc[ent.end].lower_ in QUAKES:
        return doc[ent.end]  # "a 6.8-magnitude quake", tagged whole as one quantity
    if len(ent) != 1 or not ent[0].like_num or ent.start == 0 or ent.end >= len(doc):
        return None
    if doc[ent.start - 1].lower_ == "magnitude" and doc[ent.end].lower_ in QUAKES:
        return doc[ent.end]
    after = [t for t in doc[ent.end : ent.end + 3] if t.text != "-"]  # "a 6.8-magnitude quake", "a 6.8 magnitude quake"
    if len(after) >= 2 and after[0].lower_ == "magnitude" and after[1].lower_ in QUAKES:
        return after[1]
    return None


def ask_magnitude(ctx: ArticleContext, ent: Span, quake: Token) -> tuple[str, str] | None:
    """The clause the quake is the subject of, asked as the magnitude of the quake that did it."""
    if quake.dep_ not in ("nsubj", "nsubjpass") or quake.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = ctx.doc[quake.left_edge.i : quake.right_edge.i + 1]
    question = ask(ctx, subject, "What", drop_dates=False)
    if question is None or not question.startswith("What ") or not question[5:6].islower():
        return None
    words = question.split()
    if (
        quake.dep_ == "nsubjpass"
        and words[1] in ("was", "were")
        and quake.head.tag_ == "VBN"
        and words[2] == quake.head.text
    ):
        return f"What was the magnitude of the {quake.lower_} {question[len('What was ') :]}", ent[0].text
    if words[1] in _AUXILIARIES:
        return None  # "What has hit …?": "… the quake that has hit" is cut; a plain passive drops its "was" above
    return f"What was the magnitude of the {quake.lower_} that {question[5:]}", ent[0].text
