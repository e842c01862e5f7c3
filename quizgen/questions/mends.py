"""Small mends of a question's surface that read as a slip to a learner.

A hard-wrapped source leaves "co- founder"; a moved clause leaves an aside the article closed
further on ("How many troops, mostly from abroad does …") or a rate before its noun ("below how
many barrels per day ceiling was …"). Each is mended in place rather than dropped: the fact is sound.
"""

from __future__ import annotations

import re

#: "co- founder", "year-over- year": a word's hyphen with a stray space after it (a line the source
#: broke there); "short- and long-term" keeps its space.
_TORN_HYPHEN = re.compile(r"\b([A-Za-z]+)- (?!(?:and|or|nor|to|but|as|then)\b)(?=[a-z])")
_AUX = r"(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\b"
#: An aside the article opened with a comma and closed past the words the question kept.
OPEN_ASIDE = re.compile(
    r"^((?:How many|How much|Which|What) [^,?\"\u201c]*?), (?:mostly|mainly|largely|chiefly|many|most|some|all"
    r"|both|especially|including)\b(?:(?!\b(?:which|whom|whose|who|of)\b)[^,?\"\u201c])*? (?=" + _AUX + ")"
)
#: A count with its rate before the noun it measures: "how many barrels per day ceiling was …".
RATE_NOUN = re.compile(r"\b([Hh])ow many ((?:[a-z]+ ){0,2}?[a-z]+s) per ([a-z]+) ([a-z]+[^s\W])(?= " + _AUX + ")")


#: A count whose participle the clause left after its noun: "How many goals disallowed did the club have?"
COUNTED_PARTICIPLE = re.compile(r"^How many ([a-z]+s) ([a-z]{3,}(?:ed|en)) (did|does|do) (.+?) have\b")


def mend_participle(question: str) -> str:
    """ "How many goals disallowed did the club have?" → "How many goals did the club have disallowed?"."""
    return COUNTED_PARTICIPLE.sub(r"How many \1 \3 \4 have \2", question) if " have" in question else question


#: "Which institution was Ruiz a palaeontologist of?": a profession is practised at a place, not "of" it
#: (a member, a fellow or a founder is "of", and stays).
AFFILIATION = re.compile(
    r"^((?:.*, )?[Ww]hich (?:institution|organization|university) was .+ an? "
    r"(?:[a-z-]+ ){0,3}(?!(?:member|fellow|founder|co-founder|leader|partner|owner)\b)[a-z-]+(?:ist|er|or|an)) of\?$"
)


def mend_affiliation(question: str) -> str:
    """ "… which institution was Ruiz a palaeontologist of?" → "… a palaeontologist at?"."""
    return AFFILIATION.sub(r"\1 at?", question) if question.endswith(" of?") else question


def mend_hyphen(text: str) -> str:
    """ "co- founder" → "co-founder"."""
    return _TORN_HYPHEN.sub(r"\1-", text) if "- " in text else text


#: A single quote opened (after a space) and not closed before the question mark: "… a 'loss of trust?".
_OPEN_SINGLE = re.compile(r"(\s'[A-Za-z][^'\u2019]*?)\?$")


def mend_single_quote(question: str) -> str:
    """ "… due to a 'loss of trust?" → "… due to a 'loss of trust'?": the closing mark the cut took."""
    return _OPEN_SINGLE.sub(r"\1'?", question) if "'" in question else question


def mend_measures(question: str) -> str:
    """ "How many troops, mostly from abroad does …" → "How many troops does …"; "below how many
    barrels per day ceiling was …" → "below what ceiling, in barrels per day, was …"."""
    if "," in question:
        question = OPEN_ASIDE.sub(r"\1 ", question)
    if " per " in question:
        question = RATE_NOUN.sub(_rate_noun, question)
    return question


def _rate_noun(m: re.Match[str]) -> str:
    """The noun is asked; the rate says its unit."""
    what = "What" if m.group(1) == "H" else "what"
    return f"{what} {m.group(4)}, in {m.group(2)} per {m.group(3)},"
