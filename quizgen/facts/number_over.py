""" "Over" that belongs to the verb before it, not to the figure after it.

"The judge presided over 120 trials": the parse hangs "over" on the figure as if it were "more than
120", and the question turns a count into a bound ("More than how many trials did the judge preside?").
After a verb that takes its object through "over" the figure is exact and the "over" is the verb's, so
such a figure is not asked with a bound: it is left unasked, since the verb's preposition would be lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span

#: Verbs that take their object through "over" ("presided over", "fought over"), or may ("took over 12
#: firms": bought them, or more than 12?): either way the figure is no sure bound.
OVER_VERBS = frozenset(
    "preside rule reign watch fight argue clash quarrel feud squabble wrangle disagree row agonise agonize "
    "fret worry puzzle pore mull triumph prevail tower take hand".split()
)


def verbs_over(span: Span) -> bool:
    """`span` opens with an "over" that follows a verb taking its object through it."""
    doc = span.doc
    over = span.start if span[0].lower_ == "over" else span.start - 1
    if over < 1 or doc[over].lower_ != "over":
        return False
    before = doc[over - 1]
    return before.pos_ in ("VERB", "AUX") and before.lemma_.lower() in OVER_VERBS
