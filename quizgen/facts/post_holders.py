"""Who holds a post a sentence names ("the minister said", "the Opec President said"), from the posts
the roles pass found (`ctx.post_holders`): so that a post speaking is its holder, and never the holder
of a lesser post that ends the same way ("the deputy foreign minister")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import Fact, RoleFact
from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token


def with_bodies(holders: dict[str, set[str]], facts: list[Fact]) -> dict[str, set[str]]:
    """`holders` (post → people) with each post also under its organization's name ("opec president"
    for "president of Opec"), so that "the Opec President said" finds its holder and "the Labor
    leader" does not find the Nationals leader."""
    found = {post: set(people) for post, people in holders.items()}
    for fact in facts:
        if isinstance(fact, RoleFact) and fact.head and fact.org:
            for org in (fact.org, *fact.org_aliases):
                found.setdefault(f"{org.lower()} {fact.head}", set()).add(fact.person)
    return found


def holders_of(ctx: ArticleContext, token: Token) -> set[str]:
    """Who holds the post `token` heads: "minister" alone, or with its words, "the Prime Minister" (not
    the Foreign Minister), "the Prime Minister and Minister for X" (whoever holds either). Words after
    the post ("the minister for health", "the chairman of the Coffee Board") must be words of the
    holder's post or body: the Finance Minister is not "the minister for health"."""
    after = _words_after(token)
    holders = _holders_before(ctx, token)
    return {p for p in holders if after <= _post_words_of(ctx, p)} if after else holders


def _holders_before(ctx: ArticleContext, token: Token) -> set[str]:
    """Who holds the post `token` heads, by the words before it."""
    words = [c.lower_ for c in token.children if c.i < token.i and not c.ent_type_ and _post_word(ctx, c)]
    tagged = [c.lower_ for c in token.children if c.i < token.i and c.dep_ == "compound" and _post_word(ctx, c)]
    if tagged != words and _holders_of(ctx, " ".join([*tagged, token.lower_])):
        words = tagged  # "the Finance Minister" with "Finance" taken for a name: still a post the article gave
    elif _body_words(token):  # "the Labor leader" is not the Nationals leader; "the Opec President" is Opec's
        body = _body_words(token)
        return {p for p in ctx.post_holders.get(token.lower_, set()) if _holds_at(ctx, p, body, token.lower_)}
    if not words:  # "the minister said": whoever holds a minister's post, not a deputy minister's
        return {p for p in ctx.post_holders.get(token.lower_, set()) if _holds_plain(ctx, p, token.lower_)}
    holders = _holders_of(ctx, " ".join([*words, token.lower_]))
    for other in (c for c in token.children if c.dep_ == "conj" and is_post(c.text)):
        if not any(d.dep_ == "det" for d in other.children):
            holders |= _holders_of(ctx, " ".join(t.lower_ for t in other.subtree))
    return holders


def _body_words(token: Token) -> list[str]:
    """'the Labor leader', 'the Royal Trust president': the words of a party, body or country before
    the post, which say whose post it is."""
    return [t.lower_ for c in token.children if c.i < token.i and c.ent_type_ in BODY_LABELS for t in c.subtree]


def _holds_at(ctx: ArticleContext, person: str, body: list[str], head: str) -> bool:
    """Whether `person` holds a `head` post at a body whose name those words begin ("Opec" of "Opec
    Conference", "Royal Trust" of "Royal Trustco Ltd"), as `with_bodies` filed it."""
    for post, had in ctx.post_holders.items():
        words = post.split()
        if person in had and words[-1] == head and len(words) > len(body):
            if all(any(w.startswith(b) for w in words[:-1]) for b in body):
                return True
    return False


#: Entity labels of the words that say whose post it is.
BODY_LABELS = ("ORG", "NORP", "GPE")
#: Words that make a post a lesser one: "the foreign minister" is not the deputy foreign minister.
RANKS = {"deputy", "vice", "assistant", "junior", "shadow", "acting", "associate"}


def _post_word(ctx: ArticleContext, word: Token) -> bool:
    """A word before a post that is part of its name: "finance" (compound), a rank ("deputy"), or an
    adjective of a post the article gave ("the foreign minister"; not "the new minister")."""
    if word.dep_ == "compound" or word.lower_ in RANKS:
        return True
    return word.dep_ == "amod" and any(word.lower_ in known.split() for known in ctx.post_holders)


#: Words that make a post one of its own, never called by its last word alone: "the minister" is not
#: the Prime Minister or the Chief Minister.
OWN_POSTS = {"prime", "chief"}


def _holds_plain(ctx: ArticleContext, person: str, head: str) -> bool:
    """Whether `person`'s posts ending in `head` include one that no rank word makes lesser."""
    posts = [known for known, had in ctx.post_holders.items() if person in had and known.split()[-1] == head]
    fuller = [known for known in posts if known != head] or posts
    return any(not (RANKS | OWN_POSTS) & set(known.split()) for known in fuller)


def _holders_of(ctx: ArticleContext, post: str) -> set[str]:
    """Who holds `post` ("finance minister"), also when the article gave it more words ("Welsh finance
    minister"), but not a lesser post that ends the same way ("deputy finance minister")."""
    found: set[str] = set()
    for known, had in ctx.post_holders.items():
        if f" {known}".endswith(f" {post}") and not RANKS & (set(known.split()) - set(post.split())):
            found |= had
    return found


#: Prepositions after a post that say which post it is: "minister for health", "chairman of the
#: board", "professor at Oxford", "lawmaker in the ruling party", "minister in charge of fisheries".
QUALIFYING = {"of", "for", "at", "in", "with", "from"}


def _words_after(token: Token) -> set[str]:
    """The nouns and names of the phrases after a post that qualify it ("for health" → {"health"});
    not a date ("the minister on Monday") nor "charge" of "in charge of"."""
    words: set[str] = set()
    for prep in (c for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in QUALIFYING):
        for t in prep.subtree:
            if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") and t.lower_ != "charge":
                words.add(t.lower_)
    return words


def _post_words_of(ctx: ArticleContext, person: str) -> set[str]:
    """Every word of every post (with its body, as `with_bodies` filed it) the article gives `person`."""
    return {w for post, had in ctx.post_holders.items() if person in had for w in post.split()}
