"""Whom a description by post stands for when it speaks: "the minister said", "the 45-year-old
professor said", "a 45-year-old professor told AFP" before "… said Prof Ann Lind".

News describes a person before or after naming them. The description is that person only when it is
certain: its head is a post the article gives exactly one person (by a post found by the roles pass,
or a title before the name: "Prof Ann Lind"), an age it gives equals the age the article states for
them, and its words after the post ("the minister for health", "the chairman of the Coffee Board")
are words of that person's post or body. A wrong speaker is worse than none, so anything less is
nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, Person
from quizgen.facts.epithets import AGE, CONTRADICTED, Epithet, fit
from quizgen.facts.lexicon import SPEAKER_NOUNS, TITLE_WORDS
from quizgen.facts.post_holders import holders_of

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Titles before a name that give the person a post: "Prof Ann Lind" is a professor.
TITLE_POSTS = {"prof": "professor", "prof.": "professor", "professor": "professor"}
#: Words before a post that make it someone the story need not have named ("another minister").
OTHERS = {"another", "other", "one", "some", "former", "ex", "senior", "junior"}


def post_speaker(ctx: ArticleContext, token: Token) -> Person | None:
    """The one person the post description headed by `token` stands for: "the minister", "the
    45-year-old professor", or "a 45-year-old professor" said before the article names them; None
    when nobody or more than one fits, or the description may be someone else."""
    if token.lemma_.lower() not in TITLE_WORDS or token.tag_ not in ("NN", "NNP"):
        return None
    det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
    before = [c.lower_ for c in token.children if c.i < token.i]
    if OTHERS & set(before):
        return None
    found = AGE.search(token.doc[token.left_edge.i : token.i + 1].text)
    said = Epithet(int(found.group(1)) if found else None, None)
    if det in ("a", "an") and (said.age is None or token.lemma_.lower() in SPEAKER_NOUNS):
        return None  # "a minister said": anyone; "a 45-year-old professor told AFP": someone named next
    holders = holders_of(ctx, token) | _titled(ctx, token.lemma_.lower())
    fitting = [p for p in ctx.people.people if p.name in holders and fit(ctx, p, said) != CONTRADICTED]
    if len(fitting) != 1:
        return None
    person = fitting[0]
    if det in ("a", "an") and any(at < token.idx for at in ctx.mentions_of(person)):
        return None  # a person already named is not brought in again with "a"
    return person


def _titled(ctx: ArticleContext, post: str) -> set[str]:
    """Who the article names after a title that is this post: "Prof Ann Lind" for "professor"."""
    doc = ctx.doc
    found: set[str] = set()
    for person in ctx.people.people:
        for at in ctx.mentions_of(person):
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            if span is None:
                continue
            first = span[0]  # the mention may take the title in ("Prof Ann Lind") or not ("Ann Lind")
            title = first if first.lower_ in TITLE_POSTS or first.i == 0 else doc[first.i - 1]
            if TITLE_POSTS.get(title.lower_) == post:
                found.add(person.name)
    return found
