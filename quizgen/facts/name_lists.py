"""Posts after a list of names: "A, B and C, vice premier, president and rector of X".

The parser hangs the posts off the last name only, so a rule that reads appositives name by
name would give C all three posts and A and B none. A list of posts as long as the list of names
pairs them in order (what "respectively" spells out); any other count gives nobody a post.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import TITLE_RANKS as RANKS
from quizgen.facts.post_words import is_description
from quizgen.facts.titles import MAX_TITLE, is_post, singular_post, title_before, title_word

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

IsName = Callable[["Token"], bool]
IsPost = Callable[[str], bool]


def listed_names(name: Token, is_name: IsName) -> list[Token]:
    """The last words of the names of the list `name` stands in, in order; [name] when alone."""
    root = name
    while root.dep_ in ("conj", "appos") and root.head.i < root.i and is_name(root.head):
        root = root.head
    names = [root]
    for token in names:  # grows while it is read: the chain of conjoined names
        names += [c for c in token.children if c.dep_ in ("conj", "appos") and c.i > token.i and is_name(c)]
    names.sort(key=lambda t: t.i)
    doc = name.doc
    between = [t for a, b in zip(names, names[1:], strict=False) for t in doc[a.i + 1 : b.i]]
    if any(t.pos_ != "PROPN" and t.text != "," and t.dep_ != "cc" for t in between):
        return [name]  # "A, director of X, B, deputy head of Y": each name has its own appositive
    return names


def listed_post(name: Token, names: list[Token], is_post: IsPost) -> Token | None:
    """The head of the post that falls to `name` in the list `names`, or None."""
    last = names[-1]
    first = next((c for c in last.children if c.dep_ == "appos" and c.i > last.i and is_post(c.text)), None)
    if first is None:
        return None
    heads = [first, *(t for t in first.subtree if t.dep_ in ("conj", "appos") and t.i > first.i and is_post(t.text))]
    if len(heads) != len(names):
        return None
    return heads[names.index(name)]


def listed_title(ctx: ArticleContext, run: list[Token]) -> list[Token]:
    """The first of two titles joined by "and" before one name: "Prime Minister" of "Prime Minister
    and Minister for Trade H E Ann Ruiz" (the run found was the second), also when the
    first borrows the second's post word ("Prime and Minister for Trade"); else []."""
    doc, i = ctx.doc, run[0].i - 1 if run else 0
    if not run or i < 1 or doc[i].lower_ != "and" or not run[0].text[:1].isupper():
        return []
    borrowed = next((t for t in run if is_post(t.text) and t.text[:1].isupper()), None)
    ranked = doc[i - 1].lower_ in RANKS and borrowed is not None
    if not ((is_post(doc[i - 1].text) or ranked) and doc[i - 1].text[:1].isupper()):
        return []
    first: list[Token] = []
    j = i - 1
    while j >= run[0].sent.start and len(first) < MAX_TITLE and title_word(ctx, doc[j]) and doc[j].text[:1].isupper():
        first.insert(0, doc[j])
        j -= 1
    return [*first, borrowed] if ranked and borrowed is not None else first


def between_titled_names(ctx: ArticleContext, first: Token, name: Token, head: Token) -> bool:
    """ "Mayor Ann Ruiz, Project Director at X, Lena Fors, …": in a list of titled names, a post
    between two names may be either's, so it is nobody's. `first` .. `name` is the name before it."""
    doc = ctx.doc
    comma = next((t.i for t in doc[head.i + 1 : head.right_edge.i + 2] if t.text == ","), len(doc) - 1)
    close = head.right_edge.i + 1
    while comma == len(doc) - 1 and close < comma and doc[close].text in (")", "]"):
        close += 1  # "Project Director for HRDA (Harbour … Agency), R. Kumar": the comma after the bracket
    comma = close if comma == len(doc) - 1 and close < len(doc) and doc[close].text == "," else comma
    end = comma + 1
    while end + 1 < len(doc) and doc[end].pos_ == "PROPN" and doc[end + 1].pos_ == "PROPN":
        end += 1  # "T. Rajan": the run's last word, where a name is known
    after = doc[min(end, len(doc) - 1)]
    if after.pos_ != "PROPN" or not after.is_title or not title_before(ctx, first):
        return False
    return ctx.resolve_person(after) is not ctx.resolve_person(name)  # a name NER missed counts too


ReadTitle = Callable[["Token"], tuple[list["Token"], "str | None", str]]


def title_of_list(name: Token, is_name: IsName, read: ReadTitle) -> tuple[list[Token], str | None, str] | None:
    """ "the Greens senators Ann Waters and [Tom Ludd]", "Democratic Sens. A and [B]": a plural title
    before the first of a list of names is each name's title. None for the first name, for a
    singular title ("Mayor A and B" gives B nothing), or for a plural description no body owns."""
    names = listed_names(name, is_name)
    if len(names) < 2 or name.i == names[0].i:
        return None
    titles, org, prep = read(names[0])
    last = titles[-1].lower_.rstrip(".") if titles else ""
    one = (singular_post(last) or "").lower()
    plural = bool(one)
    if is_description(one or last[:-1]) and org is None:
        return None  # "researchers A and B": a description of the group, each may hold a post of their own
    # ("Velton Securities economists A and B": the body's, each of them)
    return (titles, org, prep) if plural or last in ("sens", "reps") else None
