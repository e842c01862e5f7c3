"""Whether a reported clause cut before a pronoun (or the speaker's own name) keeps a whole phrase.

"Who says that officials have complained …?" (before "to her") and "… had also called …" (before
"him") read as torn: the cut word was what the verb or preposition kept acts on, so the question
ends inside a phrase. Cut before "to her", the clause is still whole without the ellipsis ("… have
complained?"); cut before an object or an owner ("called him", "their systems"), it is not, and the
statement is better not asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Relations of a word that completes the phrase its head opens: a verb's object, a preposition's.
_COMPLETING = {"dobj", "dative", "iobj", "pobj", "poss", "attr", "oprd", "acomp", "pcomp"}


def _kept_head(word: Token, kept: set[int]) -> Token | None:
    """The head kept before the cut that `word` completes, through a preposition ("complained [to] her")."""
    head = word.head
    while head.i not in kept and head.dep_ in ("prep", "agent", "dative") and head.head != head:
        head = head.head
    return head if head.i in kept and head != word else None


def torn_before(word: Token, kept: list[Token]) -> bool:
    """A cut before `word` leaves a verb or preposition without what completes it, and no whole
    clause: "… had also called" (him), "… after a falling tree" (struck him)."""
    if word.dep_ not in _COMPLETING:
        return False
    return _kept_head(word, {t.i for t in kept}) is not None


def whole_before(word: Token, kept: list[Token]) -> int | None:
    """How many words to keep, with no ellipsis, when the cut word is the object of a preposition
    right before it that the kept words end at: the clause reads whole without that phrase ("have
    complained [to her]", "threats made by a caller [against her]"). None otherwise."""
    if word.dep_ != "pobj" or not kept or word.i == 0:
        return None
    prep, last = word.head, kept[-1]
    if (
        prep.dep_ not in ("prep", "dative")
        or prep.i != word.i - 1
        or prep.i != last.i + 1
        or prep.head.i not in {t.i for t in kept}
    ):
        return None
    if prep.head.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "xcomp", "ccomp") for c in prep.head.children if c.i > prep.i
    ):
        return None  # "… had told [to] her the news": the verb's object comes later
    return len(kept)


def object_her(token: Token) -> bool:
    """'threats made against her': "her" as an object (not "her post"), which points back as "him" does."""
    return token.lower_ == "her" and token.tag_ == "PRP" and token.dep_ in ("dobj", "pobj")
