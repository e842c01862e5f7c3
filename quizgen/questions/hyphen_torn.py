"""A name cut at one of its hyphens: the tokenizer splits "Tehreek-e-Insaf" and "PML-N" at each hyphen,
and a parse that ends a phrase inside the name leaves "backed by the Pakistan Tehreek-e" or the
post "-N president". A question or answer carrying such a piece names nothing the article names."""

from __future__ import annotations

import re

#: A word with a hyphen inside it ("Tehreek-e"), or one starting with a hyphen ("-N").
_HYPHENED = re.compile(r"(?<![\w-])(?:\w+(?:-\w+)+|-\w+)(?![\w-])")


def torn_at_hyphen(text: str, sentence: str, *, last_pieces: bool = True) -> bool:
    """Does `text` hold a hyphened piece that `sentence` only writes as part of a longer hyphened
    word ("Tehreek-e" or "Insaf" of "Tehreek-e-Insaf", "-N" of "PML-N")? A piece the sentence never writes is
    not judged: the question may have taken it from elsewhere. Without `last_pieces`, a capitalised
    word alone is not judged (an answer may spell out "R-Texas" as "Representative from Texas")."""
    if "-" not in sentence:
        return False
    for word in re.findall(r"(?<![\w-])[A-Z]\w+(?![\w-])", text) if last_pieces else ():  # "did Insaf win?"
        if f"-{word}" not in sentence:
            continue  # (plain text first: a pattern per word cost more than the check)
        glued = re.search(rf"(?<!\bmid)(?<!\b[A-Z])-{re.escape(word)}\b", sentence)  # not "mid-May", "R-Texas"
        if glued and not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence):
            return True
    for word in _HYPHENED.findall(text):
        piece = re.escape(word)
        if word.startswith("-"):
            if re.search(rf"\w{piece}(?![\w-])", sentence) and not re.search(rf"(?<!\w){piece}(?![\w-])", sentence):
                return True
            continue
        if re.search(rf"(?<![\w-]){piece}(?![\w-])", sentence):
            continue  # the sentence writes the word as it stands
        if re.search(rf"\w-{piece}(?![\w-])|(?<![\w-]){piece}-\w", sentence):
            return True
    return False
