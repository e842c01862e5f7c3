"""A year that is part of what the subject is called: "The 2030 Island Games will cost …".

The year names which one of a recurring event (or which year's report, merger, season) the
sentence is about, so the question asks for it by the rest of the name: "Which year's Island
Games will cost …?" — one year answers it, and the event's own words stay in the question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents
from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

YEAR = re.compile(r"(19|20)\d\d(/\d\d)?")
#: Common nouns a year before them names one of ("the 2019 report", "the 1995 merger"); a
#: capitalised name ("the 2030 Island Games") needs no list.
YEARED_NOUNS = frozenset(
    "budget report merger sale takeover season edition census election elections games festival summit "
    "congress conference championship championships tournament cup final finals crisis survey study "
    "agreement deal plan strategy review accord treaty".split()
)


def ask_year_of_name(ctx: ArticleContext, ent: Span) -> str | None:
    """ "Which year's <name> …?" for a year (or fiscal year, "2011/12") written before the
    subject's noun, or None. Only a subject: the question keeps the sentence's own order. Not
    when the sentence dates its event too ("The 2019 Forum will open on May 4"): that date is
    the one to ask, and the year would only repeat it."""
    noun, doc = ent.root.head, ent.doc
    if not YEAR.fullmatch(ent.text.strip()) or ent.root.dep_ not in ("nummod", "compound", "nmod", "amod"):
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.i < ent.end or any(c.dep_ == "poss" for c in noun.children):
        return None  # ("the agency's 2019 report": "Which year's report" would lose whose it was)
    between = list(doc[ent.end : noun.i])
    named = noun.pos_ == "PROPN" and all(t.is_title or t.lower_ in ("of", "and", "&") for t in (*between, noun))
    if not named and (noun.lower_ not in YEARED_NOUNS or any(t.pos_ not in ("ADJ", "NOUN") for t in between)):
        return None  # ("the 2000 runners": a number the parse took for a year; only names and known nouns)
    others = [e for e in doc_ents(doc) if e.label_ in ("DATE", "TIME") and e.sent == ent.sent and e.start != ent.start]
    if others:
        return None
    name = " ".join(t.text if t.pos_ == "PROPN" or t.is_upper else t.lower_ for t in (*between, noun))
    return ask(ctx, doc[noun.left_edge.i : noun.i + 1], f"Which year's {name}")
