"""'The Ardent president said the company would …': "the company" of a clause reported by a body's
own officer is that body, even when the sentences before name others ("… listed on the Tokyo Stock
Exchange"). So is the company of a speaker named alone ("Delgado said the company would …") whom
the article gives a post at one body ("Maria Delgado is chief executive of Helios Energy").

Only the plain shape is read: the words before the stand-in are the speaker (a known body, with or
without "'s", then a post, then at most a name) and the reporting verb; a post that studies bodies
from outside ("analyst", "economist") speaks of another company, and is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.officer_bodies import OUTSIDE_POSTS
from quizgen.facts.titles import is_post

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact

#: Body (with "'s"), post words, an optional name between commas or not, and the reporting verb.
_SPEAKER_PHRASE = re.compile(
    r"^(?:The\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*?)(?:['\u2019]s)?\s+"
    r"(?P<post>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"(?:,?\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*,?)?"
    r"\s+(?:said|says|told \w+|added|stressed|noted)(?:\s+on\s+\w+)?\s+(?:that\s+)?$"
)

#: "Delgado said the company …": the speaker named alone, their post given elsewhere in the article.
_NAMED_ALONE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)\s+"
    r"(?:said|says|told \w+|added|stressed|noted)(?:\s+on\s+\w+)?\s+(?:that\s+)?$"
)

#: "Its chief executive, Laura Chen, said the deal would give the company …": an officer of "its" body,
#: and the stand-in a few plain words into what she said (no name, quote or comma between).
_ITS_OFFICER = re.compile(
    r"^(?:Its|Their)\s+(?P<post>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+"
    r"(?P<name>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*),\s+"
    r"(?:said|says|told \w+|added)(?:\s+on\s+\w+)?\s+(?:that\s+)?(?:[a-z][\w'-]*\s+){0,8}$"
)


def speakers_body(fact: Fact, ctx: ArticleContext, phrase: str) -> str | None:
    """The body whose officer reports the clause holding `phrase` ("the company"), named in the
    sentence just before it; None for any other shape."""
    if fact.kind != "quote":
        return None
    at = fact.sentence.find(phrase)
    if at <= 0 or fact.sentence.find(phrase, at + 1) >= 0:
        return None
    m = _ITS_OFFICER.match(fact.sentence[:at]) or _SPEAKER_PHRASE.match(fact.sentence[:at])
    if m is None:
        alone = _NAMED_ALONE.match(fact.sentence[:at])
        return None if alone is None else _held_post_body(ctx, alone.group("name"), fact)
    post = m.group("post").split()
    if not is_post(post[-1]) or any(w in OUTSIDE_POSTS for w in post):
        return None
    if m.re is _ITS_OFFICER:
        return _post_body(ctx, m.group("name"), post[-1])
    body = m.group("body")
    named = {org for org in ctx.org_names if org == body or org.startswith(body + " ")}
    return named.pop() if len(named) == 1 and ctx.text.count(body) >= 2 else None


def _held_post_body(ctx: ArticleContext, name: str, fact: Fact) -> str | None:
    """The one body the article gives the speaker `name` an inside post at ("Maria Delgado is chief
    executive of Helios Energy"), when `name` is the fact's speaker."""
    person = ctx.people.find(name)
    if person is None or getattr(getattr(fact, "speaker", None), "name", None) != person.name:
        return None
    posts = [post for post, people in ctx.post_holders.items() if person.name in people]
    if any(w in OUTSIDE_POSTS for post in posts for w in post.split()):
        return None  # an analyst's "the company" is the one they study
    named = [
        org for org in ctx.org_names if any(p.startswith(f"{org.lower()} ") and is_post(p.split()[-1]) for p in posts)
    ]
    return named[0] if len(named) == 1 else None


def _post_body(ctx: ArticleContext, name: str | None, head: str) -> str | None:
    """The one body the article gives `name`'s post (headed `head`) at, as the article names it."""
    if name is None:
        return None
    person = ctx.people.find(name)
    if person is None:
        return None
    bodies = {
        post[: -len(head) - 1]
        for post, people in ctx.post_holders.items()
        if post.endswith(f" {head}") and person.name in people
    }
    named = [org for org in ctx.org_names if org.lower() in bodies]
    return named[0] if len(named) == 1 else None
