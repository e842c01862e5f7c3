"""Whether `clauses.ask` may word a question from a clause inside a direct quote.

As a rule it may not: a quoted sentence is the speaker's claim, not the article's fact. claims.py
lifts the rule while it asks such a claim as the speaker's ("According to X, …"): it hands the
asking function `claims_context(ctx)`, the same article with `quoted_clauses` set, and
`clauses.ask` reads the flag from the context it is given.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext


def claims_context(ctx: ArticleContext) -> ArticleContext:
    """`ctx` as a speaker's claim is asked in: quoted clauses may be worded. A shallow copy, so it
    shares everything the article's context has worked out; `ctx` itself is left as it was."""
    view = copy.copy(ctx)
    view.quoted_clauses = True
    return view
