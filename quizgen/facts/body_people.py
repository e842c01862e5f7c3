"""Names the tagger called a person that name a side or a firm ("Dunmore Rovers", "Kestrel
Holdings", "Harwick signed striker …"): a "he" or "she" never stands for one of them, so a pronoun
after a match report goes on with the person before it, or with nobody; nor does one hold a post, or
stand for "the 23-year-old". This is the one check every reader of people uses for it."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.facts.lexicon import CLUB_PEOPLE
from quizgen.facts.post_words import PLAYING_POSITIONS
from quizgen.vocabulary import CLUB_NAME_ENDS, FIRM_ENDINGS

#: Side's last words that are surnames too ("Tom Vale", "David Villa"): no sign of a side alone.
SURNAMES_TOO = frozenset({"vale", "villa", "knights", "county"})
#: Players a side signs ("signed striker Tom Hale"): a person signs a deal, a club signs a player.
_SIGNED = "|".join(sorted(CLUB_PEOPLE | PLAYING_POSITIONS | {"player", "keeper"}))
#: The end of `names_a_body`'s pattern on its own: a text without it has no name sign a player.
_SIGNS_A_PLAYER = re.compile(rf" signed (?:{_SIGNED})\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def names_a_body(name: str, text: str) -> bool:
    """Whether `name` (one the tagger called a person) is a club's or a firm's: it ends in a side's or
    a firm's word, or the article has it sign a player."""
    last = name.split()[-1].lower() if name.split() else ""
    if " " in name and (last in CLUB_NAME_ENDS - SURNAMES_TOO or last in FIRM_ENDINGS):
        return True
    if _SIGNS_A_PLAYER.search(text) is None:
        return False  # the usual article: nobody signs a player, so no pattern is built for the name
    return re.search(rf"\b{re.escape(name)} signed (?:{_SIGNED})\b", text, re.IGNORECASE) is not None
