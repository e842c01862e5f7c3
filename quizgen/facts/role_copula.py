"""Posts stated with "is"/"was": "X is chairman of Y", "when X was archbishop of Melbourne".

"is" states a post held when the article was written; "was" one held at some time the story
looks back on, asked as held once (the post may have ended since, and the question must stay
true). A post in a clause reported from someone ("he said X is …"), negated, or hedged with a
modal ("X would be …", "X has been …") is no statement of the article's own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.post_phrase import FORMER, Post, conjuncts, post_phrase

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext


def copula_posts(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """The posts `name` (a person's last name word) is said to hold with "is" or "was"."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBD") or verb.dep_ == "ccomp":
        return
    if any(c.dep_ in ("neg", "aux", "auxpass") for c in verb.children):
        return
    past = verb.tag_ == "VBD"
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.i < name.i:
            continue
        for head in [attr, *conjuncts(attr)]:
            post = post_phrase(ctx, head)
            if post:
                yield ([*post[0], FORMER], post[1], post[2]) if past else post
