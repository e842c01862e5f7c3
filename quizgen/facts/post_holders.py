"""Who holds a post a sentence names ("the minister said", "the Opec President said"), from the posts
the roles pass found (`ctx.post_holders`): so that a post speaking is its holder, and never the holder
of a lesser post that ends the same way ("the deputy foreign minister")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token


def holders_of(ctx: ArticleContext, token: Token) -> set[str]:
    """Who holds the post `token` heads: "minister" alone, or with its words, "the Prime Minister" (not
    the Foreign Minister), "the Prime Minister and Minister for X" (whoever holds either)."""
    words = [c.lower_ for c in token.children if c.i < token.i and not c.ent_type_ and _post_word(ctx, c)]
    tagged = [c.lower_ for c in token.children if c.i < token.i and c.dep_ == "compound" and _post_word(ctx, c)]
    if tagged != words and _holders_of(ctx, " ".join([*tagged, token.lower_])):
        words = tagged  # "the Finance Minister" with "Finance" taken for a name: still a post the article gave
    named = {c.lower_ for c in token.children if c.i < token.i and c.ent_type_ and c.dep_ in ("compound", "amod")}
    if not words:  # "the minister said": whoever holds a minister's post, not a deputy minister's
        plain = {p for p in ctx.post_holders.get(token.lower_, set()) if _holds_plain(ctx, p, token.lower_)}
        return {
            p for p in plain if _named_in_post(ctx, p, named, token.lower_)
        }  # "the Labor leader": not the Nationals'
    holders = _holders_of(ctx, " ".join([*words, token.lower_]))
    for other in (c for c in token.children if c.dep_ == "conj" and is_post(c.text)):
        if not any(d.dep_ == "det" for d in other.children):
            holders |= _holders_of(ctx, " ".join(t.lower_ for t in other.subtree))
    return holders


def _named_in_post(ctx: ArticleContext, person: str, named: set[str], head: str) -> bool:
    """Whether `person` may hold the post a name qualifies ("the Labor leader"): not when each of their
    posts ending in `head` is qualified otherwise ("Nationals leader"); a bare one ("president") may be it."""
    posts = [known.split()[:-1] for known, had in ctx.post_holders.items() if person in had and known.endswith(head)]
    posts = [words for words in posts if words] or posts  # "leader" is kept beside "Greens leader": the fuller
    return not named or not posts or any(not words or named <= set(words) for words in posts)


#: Words that make a post a lesser one: "the foreign minister" is not the deputy foreign minister.
RANKS = {"deputy", "vice", "assistant", "junior", "shadow", "acting", "associate"}


def _post_word(ctx: ArticleContext, word: Token) -> bool:
    """A word before a post that is part of its name: "finance" (compound), a rank ("deputy"), or an
    adjective of a post the article gave ("the foreign minister"; not "the new minister")."""
    if word.dep_ == "compound" or word.lower_ in RANKS:
        return True
    return word.dep_ == "amod" and any(word.lower_ in known.split() for known in ctx.post_holders)


def _holds_plain(ctx: ArticleContext, person: str, head: str) -> bool:
    """Whether `person`'s posts ending in `head` include one that no rank word makes lesser."""
    posts = [known for known, had in ctx.post_holders.items() if person in had and known.split()[-1] == head]
    fuller = [known for known in posts if known != head] or posts
    return any(not RANKS & set(known.split()) for known in fuller)


def _holders_of(ctx: ArticleContext, post: str) -> set[str]:
    """Who holds `post` ("finance minister"), also when the article gave it more words ("Welsh finance
    minister"), but not a lesser post that ends the same way ("deputy finance minister")."""
    found: set[str] = set()
    for known, had in ctx.post_holders.items():
        if f" {known}".endswith(f" {post}") and not RANKS & (set(known.split()) - set(post.split())):
            found |= had
    return found
