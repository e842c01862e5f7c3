"""A body named again by its kind ("the reserve", "the museum") is named in the question: read away
from its article, "Who was the deputy chief of the reserve's bureau?" does not say which reserve.

Only when the article names exactly one body whose name ends in that word ("Harwick Nature Reserve"),
and names it before the fact's sentence ends: "the agency" of a NASA story is not the European Space
Agency a later paragraph brings in. Otherwise the question keeps the article's words. Places ("the
state", "the city") are not bodies and are left alone, as are quoted words, which are the speaker's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.quote_marks import blank_quotes
from quizgen.facts.wording import with_the
from quizgen.text import strip_the

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

#: Last words of a body's name that news uses alone for it after naming it once.
KIND_HEADS = (
    "reserve", "park", "zoo", "museum", "hospital", "university", "college", "institute", "observatory",
    "laboratory", "agency", "commission", "foundation", "academy", "library", "aquarium",
)  # fmt: skip
_KIND = re.compile(rf"\bthe ({'|'.join(KIND_HEADS)})\b(?!-)")


def name_the_kind(question: str, ctx: ArticleContext, sentence: str = "") -> str:
    """The question with "the reserve" read as the one reserve the article names (by the end of
    `sentence`, the fact's), where there is one."""
    if "the " not in question:
        return question
    found = list(_KIND.finditer(blank_quotes(question)))
    at = ctx.text.find(sentence) if sentence else -1
    end = at + len(sentence) if at >= 0 else len(ctx.text)
    bodies: set[str] = set()
    if found:
        names = {*ctx.org_names, *(strip_the(e.text) for e in ctx.ents if e.label_ in ("ORG", "FAC"))}
        short: dict[str, list[str]] = {}
        for acronym, name in ctx.acronyms.items():
            short.setdefault(name, []).append(acronym)
        bodies = {n for n in names if _first_at(ctx.text, [n, *short.get(n, [])]) < end}
    for m in reversed(found):
        names = {n for n in bodies if n.split()[-1].lower() == m.group(1)}
        if len(names) == 1 and next(iter(names)) not in question:  # "According to the university, has X …"
            question = question[: m.start()] + with_the(names.pop(), ctx.text) + question[m.end() :]
    return question


def _first_at(text: str, forms: list[str]) -> int:
    """Where the first of `forms` first stands in `text` as whole words (its length when none does)."""
    hits = (re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms)
    return min((m.start() for m in hits if m), default=len(text))
