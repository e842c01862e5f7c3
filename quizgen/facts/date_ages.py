"""A number of years lived is no year: "has died aged 90" never dates anything to 1990.

Obituaries and sports copy give ages in shapes the tagger reads as dates ("died aged 90", "retired at
the age of 36"); asked "When …?", the answer would be a year nobody named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span


def an_age(ent: Span) -> bool:
    """A date entity that is a number right after "aged", "age" or "age of"."""
    before = ent.doc[max(ent.start - 3, 0) : ent.start].text.lower()
    return before.endswith(("aged", "age of", "age")) and ent[0].like_num
