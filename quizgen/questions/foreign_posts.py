"""A government's office asked with whose government it is, or not asked; a post with its body.

"What post does Abdul Karim hold? — Foreign Minister" in a story from New Delhi about a pact with
Bangladesh teaches that he is India's foreign minister. A bare office ("Foreign Minister",
"President") is asked with the country the article ties its holder to ("his Bangladeshi counterpart
Abdul Karim" → "Bangladeshi Foreign Minister"); with none, it is asked only in a story about one
country, where it can only be that country's. Likewise "former provost" beside "dean at Lakeside"
reads as Lakeside's: a post keeps the body the sentence names after it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from quizgen.facts.places import DEMONYMS, demonym_country, is_country
from quizgen.questions.post_worth import office_without_place
from quizgen.text import strip_the

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import RoleFact

#: A demonym: "Bangladeshi", "Ethiopian", "Japanese", "Spanish", "Argentine", "Thai", "Greek", "Swiss".
_DEMONYM = rf"(?:{'|'.join(sorted(DEMONYMS, key=len, reverse=True))}|[A-Z][a-z]+(?:i|ian|an|ese|ish|ine|ch))"
#: The offices every country has, bare: "President", "former Prime Minister", "Vice-President".
_HEAD_OF_STATE = re.compile(r"(?i)^(?:(?:former|ex-|acting|interim|outgoing)\s+)?(?:vice[- ])?(?:president|premier)$")
#: Any post words between the tie and the name ("his Ethiopian counterpart, Foreign Minister X").
_TITLE_RUN = r"(?:(?:[A-Z][\w.-]*|of|for|and)\s+)*?"


def placed_office(fact: RoleFact, answer: str, org: str | None, ctx: ArticleContext) -> str | None:
    """`answer` as a post question should give it: placed in its country when the article ties the
    holder to one; None when the article concerns several countries and does not say whose. A post
    asked with its body (`org`) is left as it is."""
    if org:
        return answer
    answer = with_lost_body(answer, fact.sentence)
    if not (office_without_place(answer) or _HEAD_OF_STATE.match(answer)):
        return answer
    demonym = _tie(fact, ctx.text)
    if demonym is None:
        return None if several_countries(ctx) else answer
    former = re.match(r"(?i)(former|ex-|acting|interim|outgoing) ", answer)
    rest = answer[former.end() :] if former else answer
    return f"{former.group(0) if former else ''}{demonym} {rest}"


def several_countries(ctx: ArticleContext) -> bool:
    """Whether the article concerns two countries or more: a second country named, by name or by
    demonym ("Spanish" → Spain), at least twice and half as often as the most named one. A story
    about one country that names others in passing ("students from China") concerns that one."""
    counts: Counter[str] = Counter()
    for e in ctx.ents:
        country = strip_the(e.text) if e.label_ == "GPE" and is_country(strip_the(e.text)) else None
        country = _country_of(e.text) if e.label_ == "NORP" else country
        if country is not None:
            counts[_canonical(country)] += 1
    top = [n for _, n in counts.most_common(2)]
    return len(top) == 2 and top[1] >= 2 and 2 * top[1] >= top[0]


def _canonical(name: str) -> str:
    return {"U.S.": "US", "USA": "US", "America": "US", "United States": "US", "U.K.": "UK", "Britain": "UK"}.get(
        name, name
    )


def _country_of(demonym: str) -> str | None:
    """The country a one-word demonym names ("Bangladeshi" → Bangladesh, "Dutch" → Netherlands), if one does."""
    word = demonym.strip()
    return demonym_country(word) if re.fullmatch(_DEMONYM, word) else None


def _tie(fact: RoleFact, text: str) -> str | None:
    """The demonym the article ties the person to: "his Bangladeshi counterpart Abdul Karim",
    "Bangladeshi Foreign Minister Abdul Karim", "Karim, Bangladesh's …" is a post of its own."""
    if "counterpart" not in text:
        return None  # (a look before a pattern is built for each name)
    names = sorted({fact.person, *fact.person_aliases}, key=len, reverse=True)
    for name in names:
        m = re.search(rf"\b({_DEMONYM})\s+counterparts?,?\s+{_TITLE_RUN}{re.escape(name)}\b", text)
        if m is not None and _country_of(m.group(1)) is not None:
            return m.group(1)
    return None


#: A body's name after a post in the sentence: "at Prairie View A&M", "to the Bank of Korea".
_BODY_AFTER = r"\s+(at|of|to|with|for)\s+((?:the\s+)?[A-Z][\w&.'-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.'-]*))*)"


def with_lost_body(answer: str, sentence: str) -> str:
    """A post read without the body the sentence names right after it ("a former provost at Prairie
    View A&M" read as "former provost"), given back its body: bare, beside a post held at another
    body, it reads as a post held there."""
    m = re.search(rf"\b{re.escape(answer)}{_BODY_AFTER}", sentence) if answer in sentence else None
    if m is None:
        return answer
    body = re.sub(r"\s+(?:of|for|and|&)$", "", m.group(2))
    body = body if re.search(r"(?:\b[A-Z]\.){2,}$", body) else body.rstrip(".")  # "U.S.", not the full stop
    rest = sentence[m.start(2) + len(body) :]
    if " and " in body and re.match(r"\s+(?!(?:and|or)\b)[a-z]", rest):
        body = body[: body.rindex(" and ")]  # "at Kestrel University and Labour councillor": two posts
    owned = re.match(r"\s+((?:[a-z]+\s+){0,3}[a-z]+)", rest) if re.search(r"['\u2019]s$", body) else None
    if owned is not None:
        body = f"{body} {owned.group(1)}"  # "at Lakeside's medical school", not "at Lakeside's"
    return f"{answer} {m.group(1)} {body}" if body.split()[-1][:1].isupper() or owned else answer
