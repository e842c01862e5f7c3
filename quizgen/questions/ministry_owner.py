"""A ministry answered with its country: "Which organization said …? — Ministry of Health" is no
answer in a story about two countries, each with one. When the article writes it "Singapore's Ministry
of Health", the answer is that ("Ministry of Health" still accepted); a ministry the article gives no
country, in a story naming two or more countries, is not asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.facts.places import is_country
from quizgen.questions.draft import Draft

#: A state's ministry named without its state: "Ministry of Health", "the Foreign Ministry".
_BARE_MINISTRY = re.compile(r"(?:the )?(?:Ministry of [A-Z][\w ,&]*|(?:[A-Z]\w+ ){1,3}Ministry)", re.I)
#: A country's name as a possessive before something: "Singapore's", "the United States'".
_OWNER = r"((?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(['\u2019]s?) "
_COUNTRY_WORD = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b")


def owned_ministry(d: Draft, text: str) -> Draft | None:
    """The draft with its ministry answer placed in its country (see the module); None when it cannot be."""
    answer = d.answer.strip()
    if "inistry" not in answer or not _BARE_MINISTRY.fullmatch(answer):
        return d
    if any(is_country(m.group()) for m in _COUNTRY_WORD.finditer(answer)):
        return d  # "Ministry of Health of Ghana"
    owners = {m.group(1) + m.group(2) for m in re.finditer(_OWNER + re.escape(answer), text) if is_country(m.group(1))}
    if len(owners) == 1:
        owner = next(iter(owners))
        return replace(d, answer=f"{owner} {answer}", aliases=[*d.aliases, answer])
    countries = {m.group() for m in _COUNTRY_WORD.finditer(text) if is_country(m.group())}
    return None if len(countries) >= 2 else d
