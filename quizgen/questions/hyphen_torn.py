"""A name cut at one of its hyphens: the tokenizer splits "Tehreek-e-Insaf" and "PML-N" at each hyphen,
and a parse that ends a phrase inside the name leaves "backed by the Pakistan Tehreek-e" or the
post "-N president". A question or answer carrying such a piece names nothing the article names."""

from __future__ import annotations

import re

from quizgen.text import apart_at, stands_apart, starts_of, word_char_at

#: A word with a hyphen inside it ("Tehreek-e"), or one starting with a hyphen ("-N").
_HYPHENED = re.compile(r"(?<![\w-])(?:\w+(?:-\w+)+|-\w+)(?![\w-])")


def torn_at_hyphen(text: str, sentence: str, *, last_pieces: bool = True) -> bool:
    """Does `text` hold a hyphened piece that `sentence` only writes as part of a longer hyphened
    word ("Tehreek-e" or "Insaf" of "Tehreek-e-Insaf", "-N" of "PML-N")? A piece the sentence never writes is
    not judged: the question may have taken it from elsewhere. Without `last_pieces`, a capitalised
    word alone is not judged (an answer may spell out "R-Texas" as "Representative from Texas").
    Words are looked for with `str.find` (a pattern compiled per word cost more than the check)."""
    if "-" not in sentence:
        return False
    for word in _CAPITALISED.findall(text) if last_pieces else ():  # "did Insaf win?"
        glued = any(_glued_at(sentence, at, word) for at in starts_of(sentence, f"-{word}"))
        if glued and not stands_apart(sentence, word):
            return True
    for piece in _HYPHENED.findall(text):
        found = starts_of(sentence, piece)
        ends_apart = [at for at in found if apart_at(sentence, at + len(piece))]
        if piece.startswith("-"):
            if any(word_char_at(sentence, at - 1) for at in ends_apart) and all(
                word_char_at(sentence, at - 1) for at in ends_apart
            ):
                return True
            continue
        if any(apart_at(sentence, at - 1) for at in ends_apart):
            continue  # the sentence writes the word as it stands
        if any(sentence[at - 1 : at] == "-" and word_char_at(sentence, at - 2) for at in ends_apart):
            return True  # "Insaf" of "Tehreek-e-Insaf"
        if any(apart_at(sentence, at - 1) and _hyphen_goes_on(sentence, at + len(piece)) for at in found):
            return True  # "Tehreek-e" of "Tehreek-e-Insaf"
    return False


def _glued_at(sentence: str, at: int, word: str) -> bool:
    """Is the "-word" at `at` the end of a hyphened word, and not "mid-May" or "R-Texas"?"""
    end = at + 1 + len(word)
    if word_char_at(sentence, end - 1) == word_char_at(sentence, end):
        return False
    if at >= 3 and sentence[at - 3 : at] == "mid" and not word_char_at(sentence, at - 4):
        return False
    return not ("A" <= sentence[at - 1 : at] <= "Z" and not word_char_at(sentence, at - 2))


def _hyphen_goes_on(sentence: str, at: int) -> bool:
    return sentence[at : at + 1] == "-" and word_char_at(sentence, at + 1)


#: A capitalised word standing alone, no hyphen touching it ("Insaf").
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z]\w+(?![\w-])")
