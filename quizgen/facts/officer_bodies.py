"""'Klaus Becker, managing director of Nordwind, said the company had …': "the company" in a clause
reported by a body's own officer is that body, whatever firm the sentences before named. Reported by
someone who studies firms from outside ("Jo Pike, an analyst at Fenmore Capital, said the company
…"), it is some other company, and which one the sentence does not say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import REPORTING
from quizgen.facts.org_refs import may_be_firm
from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: Posts that run the firm they are held at: its "the company" is that firm (a spokesman may speak
#: for a regulator or a union, about some company).
_RUNS_A_FIRM = set("executive director chairman chairwoman chair president founder ceo owner boss".split())
#: Posts held by people who speak about other companies, not for their own.
OUTSIDE_POSTS = {"analyst", "analysts", "economist", "economists", "strategist", "strategists", "observer"}


def officers_body(ctx: ArticleContext, token: Token) -> tuple[bool, str | None]:
    """(Is the clause holding `token` reported by a person the sentence ties to a body by a post?
    That body's name, when the post is held inside it and the article names it as a body.)"""
    speaker = _reporting_person(ctx, token)
    if speaker is None:
        return False, None
    tied = _post_and_body(speaker)
    if tied is None:
        return False, None
    post, body = tied
    if post.lower_ in OUTSIDE_POSTS:
        return True, None
    name = " ".join(t.text for t in body)
    own = post.lower_ in _RUNS_A_FIRM and may_be_firm(name) and name in ctx.org_names
    return True, (name if own else None)  # a regulator's spokesman, a union's secretary: some other company


def _reporting_person(ctx: ArticleContext, token: Token) -> Token | None:
    """The person who reports the clause `token` stands in ("X said the company had …"), if any."""
    node = token
    for _ in range(8):
        if node.dep_ == "ccomp" and node.head.lemma_ in REPORTING:
            subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            person = subject is not None and (subject.ent_type_ == "PERSON" or ctx.resolve_person(subject) is not None)
            return subject if person else None
        if node.head == node:
            return None
        node = node.head
    return None


def _post_and_body(speaker: Token) -> tuple[Token, list[Token]] | None:
    """The speaker's post and the body it names: "X, managing director of Nordwind," (an apposition
    with "of"/"at"/"for") or "Nordwind managing director X" (the body's name before the post)."""
    for post in speaker.children:
        if post.dep_ == "appos" and is_post(post.lower_):
            for prep in post.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
                    body = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree if t.pos_ == "PROPN"]
                    return (post, body) if body else None
    for post in speaker.lefts:
        if post.dep_ == "compound" and is_post(post.lower_):
            body = [t for t in post.subtree if t.pos_ == "PROPN" and t.i < post.i]
            return (post, body) if body else None
    return None
