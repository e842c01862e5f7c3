"""A long quotation asked by its first whole sentences: "Who said “Harbour pilots keep every
working port open”?" rather than the same words run on into the next sentence and torn there with an
ellipsis ("… In an effort to realize the dream of …"). A sentence the speaker said whole needs no
ellipsis, and a cold reader takes it as said."""

from __future__ import annotations

from quizgen.facts.lexicon import ABBREVIATIONS

#: Fewest words of the first sentences asked alone: fewer say too little to tell the statement.
MIN_SENTENCE = 7


def whole_sentences(words: list[str], keep: int) -> str | None:
    """The quotation's first sentences, ended at the last full stop within `keep` words (a word or
    two over is fine) when they hold at least MIN_SENTENCE words; None when no sentence ends there."""
    for n in range(min(keep + 2, len(words) - 1), MIN_SENTENCE - 1, -1):
        word = words[n - 1]
        if word.endswith((".", "!", "?")) and words[n][:1].isupper() and not _abbreviation(word):
            return " ".join(words[:n]).rstrip(".")
    return None


def _abbreviation(word: str) -> bool:
    """'U.S.', 'Mr.', 'J.': a full stop that ends no sentence."""
    bare = word.lstrip("([\"\u201c\u2018'")
    if bare.count(".") > 1 or (len(bare) == 2 and bare[0].isupper()):
        return True
    return bare[:-1].lower() in ABBREVIATIONS
