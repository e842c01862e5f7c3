"""The words of a post as a question can give them: not torn off before the name of its unit or
place, not a description too long to be a post, a student's "post" only at a school."""

from __future__ import annotations

import re

from quizgen.facts.lexicon import TORN_PLACE, TORN_UNIT


def school(org: str | None) -> bool:
    """Does `org` name a place of learning ("Harwick University", "Lakeside High School")?"""
    return org is not None and re.search(r"University|College|School|Academy|Institute|Centre|Center", org) is not None


def too_long(role: str) -> bool:
    """More than eight words is a description, not a post, unless the extra words name a field in
    capitals ("director of the Computer Science and Information Technology program")."""
    words = role.split()
    plain = [w for w in words[1:] if not w[:1].isupper() and w not in ("and", "&")]
    return len(words) > 8 and (len(words) > 14 or len(plain) > 4)


def untorn(role: str, sentence: str, org: str | None) -> str:
    """ "professor of the department" out of "… of the department of health sciences": the unit's name,
    all lower case, was torn off by the parse, so the post stands alone; "archbishop of the city"
    before "of Harwick" takes the place's name back in."""
    torn = TORN_UNIT.search(role)
    said = re.sub(r"^former ", "", role)  # "former" may be added, not said: "when X was archbishop"
    place = re.search(re.escape(said) + r" of ((?:[A-Z][\w'’-]*\b ?)+)", sentence) if TORN_PLACE.search(role) else None
    if place and not org:
        return f"{role} of {place.group(1).strip()}"  # "archbishop of the city [of Harwick]": the place, read on
    return role[: torn.start()] if torn and re.search(re.escape(role) + r" of\b", sentence) else role
