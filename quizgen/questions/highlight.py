"""Where the answer stands in its evidence sentence: what the card highlights and Anki hides.

The extractors point at the token they started from (the post of a role, the last word of a
name, a pronoun), which is not always the answer: "Which institution is X a researcher at?"
must highlight the institution, not "researcher". So the answer itself is looked for, as a
whole word, then its parts ("WHO" of "World Health Organization (WHO)") and its aliases; the
extractor's hint decides only between occurrences, or stands alone when it is a pronoun for
the person asked about ("He said …") or the date or number the answer was read from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from quizgen.text import name_and_acronym, squeeze, word_char_at

#: A pronoun the extractor resolved to the speaker: the only stand-in worth highlighting.
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})

_THE = re.compile(r"the\s+", re.IGNORECASE)


def answer_occurrence(
    sentence: str,
    answer: str,
    aliases: Sequence[str],
    hint: tuple[int, int] | None,
    *,
    hint_is_value: bool = False,
) -> tuple[int, int] | None:
    """The span of the answer (or a form of it) in `sentence`, nearest the extractor's `hint`.

    Args:
        sentence: The evidence sentence.
        answer: The question's answer.
        aliases: Its other right forms.
        hint: The extractor's span, if any; trusted when its text is the answer or an alias.
        hint_is_value: The hint is the date or number the answer was read from ("on Friday"
            for "May 29, 2020"): the answer's own occurrence, worded differently.
    """
    forms = _forms(answer, aliases)
    if hint is not None and 0 <= hint[0] < hint[1] <= len(sentence):
        start, end = hint
        the = _THE.match(sentence[start:end])
        if the and start + the.end() < end:
            start += the.end()  # "the Harbour Trust": the name is what is asked
        if squeeze(sentence[start:end]) in {squeeze(f) for f in forms}:
            return start, end
    for form in forms:
        found = word_spans(form, sentence)
        if found:
            near = hint[0] if hint else 0
            return min(found, key=lambda span: abs(span[0] - near))
    if hint is not None and (hint_is_value or sentence[hint[0] : hint[1]].casefold() in _PRONOUNS):
        return hint
    return None


def _forms(answer: str, aliases: Sequence[str]) -> list[str]:
    """The answer, its name and acronym parts, then the aliases, longest first."""
    parts = name_and_acronym(answer)
    forms = [answer, *(parts or ())]
    forms += sorted((a for a in aliases if a not in forms), key=len, reverse=True)
    return [f.strip() for f in forms if f.strip()]


def word_spans(form: str, sentence: str) -> list[tuple[int, int]]:
    """Where `form` stands in `sentence` as `whole_word(form).finditer` finds it. A plain ASCII form
    is looked for without a pattern (compiling one per answer cost more than the scan): matching
    without case is comparing lower case, unless the sentence holds a letter that folds into ASCII
    ("ſ" matches "s") or lowers into two ("İ"); then the pattern decides."""
    if not form.isascii() or _FOLDS_TO_ASCII.intersection(sentence):
        return [(m.start(), m.end()) for m in whole_word(form).finditer(sentence)]
    words = form.lower().split()
    low = sentence.lower()
    found: list[tuple[int, int]] = []
    at = low.find(words[0])
    while at != -1:
        end = _words_end(low, words, at)
        if end is not None and not word_char_at(low, at - 1) and not word_char_at(low, end):
            found.append((at, end))
            at = low.find(words[0], end)
        else:
            at = low.find(words[0], at + 1)
    return found


#: Letters a pattern without case matches to an ASCII letter: Kelvin sign, long s, dotted and dotless i.
_FOLDS_TO_ASCII = frozenset("\u212a\u017f\u0130\u0131")


def _words_end(low: str, words: list[str], at: int) -> int | None:
    """Where `words` end when they start at `at`, one or more spaces apart, or None."""
    end = at + len(words[0])
    for word in words[1:]:
        gap = end
        while gap < len(low) and low[gap].isspace():
            gap += 1
        if gap == end or not low.startswith(word, gap):
            return None
        end = gap + len(word)
    return end


@lru_cache(maxsize=256)  # an answer recurs across its article's questions; compiling is dear
def whole_word(text: str) -> re.Pattern[str]:
    """`text` as written (any case, any run of spaces), not inside a longer word: "CAS" not in "CAST"."""
    words = [re.escape(w) for w in text.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
