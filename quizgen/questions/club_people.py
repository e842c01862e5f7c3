"""A club's person the question calls by post ("the Harbour City boss"), named as the article names them.

News writes "Harbour City manager Ray Doyle" once and then "the Harbour City boss"; a question read
away from the story says who: "When did Ray Doyle discuss …?". Only when the article gives one
person that post at that club in so many words ("City manager Ray Doyle", "Ray Doyle, the City
manager"), and never when that person is the answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.quote_marks import blank_quotes

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

#: Words for one post, each the others' synonym: who runs the team, who chairs the club.
SAME_POST = ({"manager", "boss", "coach"}, {"chairman", "chairwoman"}, {"captain", "skipper"})
#: "the Harbour City boss": a club's person by post.
_BY_POST = re.compile(r"\b[Tt]he ((?:[A-Z][\w'-]*\s)+)(manager|boss|coach|chairman|chairwoman|captain|skipper)\b")
_NAME = r"((?:Sir )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)+)"


def named_club_people(question: str, answer: str, ctx: ArticleContext) -> str:
    """The question with "the <club> boss" written as the one person the article gives that post."""
    if not any(post in question for posts in SAME_POST for post in posts):
        return question  # no post named (most questions): `_BY_POST` cannot match
    for m in reversed(list(_BY_POST.finditer(blank_quotes(question)))):
        club, post = m.group(1).strip(), m.group(2)
        posts = "|".join(next((s for s in SAME_POST if post in s), {post}))
        found = {
            *re.findall(rf"\b{re.escape(club)}(?:['\u2019]s?)? (?:{posts}) {_NAME}", ctx.text),
            *re.findall(rf"{_NAME}, (?:the )?{re.escape(club)}(?:['\u2019]s?)? (?:{posts})\b", ctx.text),
        }
        people = {p.name for p in (ctx.people.find(n) for n in found) if p is not None}
        if len(people) != 1 or len(found) != len({*found}):
            continue
        name = people.pop()
        if any(w in answer for w in name.split() if len(w) > 2):
            continue  # "Who is the City boss?" asks for the very name
        question = question[: m.start()] + name + question[m.end() :]
    return question
