"""A correspondent's beat is no part of the employer: "BBC Asia correspondent X" works for the BBC,
as its Asia correspondent; "CNN Washington correspondent X" likewise for CNN.

The title reader takes the words before a post as the organisation's name, and the tagger often
reads "BBC Asia" as one; the learner would then be asked which organization X works for and be
taught "BBC Asia", or asked for "the correspondent of Reuters Tokyo". The place goes with the post.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from quizgen.facts.lexicon import BEAT_HEADS, BEAT_REGIONS


def split_beat(role: str, org: str | None, places: Collection[str]) -> tuple[str, str | None]:
    """(role, org) with a beat moved from the organisation's end, or from after a leading acronym in
    the post ("CNN Washington correspondent"), into the post. Unchanged unless the post is a press
    post and what is left of the organisation is one word (a name such as "Reuters" or "BBC")."""
    words = role.split()
    if not words or words[-1].lower() not in BEAT_HEADS and not re.search(r"\bbureau chief$", role, re.I):
        return role, org
    if org:
        owner, beat = _trailing_place(org, places)
        if beat and len(owner.split()) == 1:
            return f"{beat} {role}", owner
        return role, org
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{2,6}", words[0]):
        _, beat = _trailing_place(" ".join(words[:-1]), places)
        if beat and beat == " ".join(words[1 : 1 + len(beat.split())]):
            return " ".join(words[1:]), words[0]
    return role, org


def _trailing_place(text: str, places: Collection[str]) -> tuple[str, str]:
    """ "BBC Asia" → ("BBC", "Asia"); ("BBC", "") when it ends in no place."""
    words = text.split()
    for size in (2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            if tail.lower() in BEAT_REGIONS or tail in places:
                return " ".join(words[:-size]), tail
    return text, ""
