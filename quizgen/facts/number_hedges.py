"""A hedged figure ("more than 40", "up to 300", "about 12") is asked with its hedge in the question
("More than how many …?", "By up to how many …?", "About how many …?") and answered with the bare
figure: a hedge left in the answer reads as part of what is to be learnt, and gives it away among
options. "only"/"just" hedge nothing ("just 2.5 kilograms" is 2.5 kilograms): they are dropped."""

from __future__ import annotations

import re

#: The article's hedge → the words put before the question's wh-phrase ("" for none).
_HEDGES = {
    **dict.fromkeys(["more than", "over", "upwards of", "well over", "well above", "above"], "more than"),
    **dict.fromkeys(["less than", "fewer than", "under", "below"], "less than"),
    **dict.fromkeys(["up to", "as many as", "as much as", "as high as"], "up to"),
    **dict.fromkeys(["at least", "no fewer than", "no less than"], "at least"),
    **dict.fromkeys(
        [
            "about",
            "around",
            "roughly",
            "approximately",
            "nearly",
            "almost",
            "some",
            "close to",
            "an estimated",
            "just over",
            "just under",
            "just below",
        ],
        "about",
    ),
    **dict.fromkeys(["just", "only", "exactly", "a mere"], ""),
}
#: Any one hedge, longest first, for patterns that allow a hedge before a figure ("about 25 years ago").
HEDGE_WORDS = "|".join(re.escape(h) for h in sorted(_HEDGES, key=len, reverse=True))
_HEDGE = re.compile(rf"^((?:{HEDGE_WORDS})\s+)+", re.I)
#: The wh-phrase the hedge goes in front of ("how many", "what percentage", "what amount").
_WH = re.compile(
    r"\b(how (?:many|much|long|far|old|tall|high|deep|big|often)|what (?:percentage|amount|share|proportion))\b", re.I
)
#: A bound in front of the wh-phrase: other, looser figures are right too, so no options are offered.
BOUND_ASKED = re.compile(r"\b(more than|less than|fewer than|up to|at least)\s+(how|what)\b", re.I)


def unhedged(question: str, answer: str) -> tuple[str, str] | None:
    """(question, answer) with the answer's hedge moved in front of the question's wh-phrase;
    None when the question has no wh-phrase to carry it (the bare figure would overstate the fact),
    or when the hedge is a ceiling ("less than 1 percent"), which no wording asks cleanly."""
    found = _HEDGE.match(answer)
    if found is None or not answer[found.end() :].strip():
        return question, answer
    bare = answer[found.end() :].strip()
    words = [_HEDGES.get(h.lower(), "") for h in _hedge_words(found.group(0))]
    hedge = next((w for w in words if w), "")
    if not hedge:
        return question, bare  # "just 2.5 kilograms": exact
    wh = _WH.search(question)
    if wh is None or hedge == "less than":
        return None  # "By less than what percentage did profit rise?": a ceiling asks nothing cleanly
    start = wh.start()
    if start == 0:
        return f"{hedge.capitalize()} {question[0].lower()}{question[1:]}", bare
    return f"{question[:start]}{hedge} {question[start:]}", bare


def _hedge_words(text: str) -> list[str]:
    """'just over ' → ['just over']: the longest hedges first, as the pattern read them."""
    out, rest = [], text.strip()
    while rest:
        for h in sorted(_HEDGES, key=len, reverse=True):
            if rest.lower().startswith(h) and (len(rest) == len(h) or rest[len(h)] == " "):
                out.append(h)
                rest = rest[len(h) :].strip()
                break
        else:
            break
    return out
