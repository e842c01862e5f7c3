"""A number question must say what its number is about.

"What percentage thought the mayor was doing a good job?" (of whom? the sentence said "of those
surveyed" earlier, about another figure) and "How much did analysts expect?" (expect of what?)
are clear only beside their sentence, which the learner does not see. A share whose people the
sentence names in a poll or survey gets them back ("In a Harbour Post poll, what percentage of
those surveyed thought …?"); otherwise the question is not asked.
"""

from __future__ import annotations

import re

#: "What percentage thought …", "What percentage of those thought …": a share of nobody named.
_BARE_SHARE = re.compile(
    r"^(?P<lead>(?:According to [^,]+, )?)[Ww]hat percentage (?:of those )?(?!of\b)(?P<verb>"
    r"(?:is|are|was|were|had|has|have|will|would|could|can|did|do|does)\b|\w+ed\b|"
    r"(?:thought|said|felt|knew|saw|chose|gave|took|thinks|says|feels|believe|believes|want|wants|back|backs)\b)"
)
_SURVEYED = re.compile(
    r"\bof (?:those|people|voters|respondents|adults) (?:surveyed|polled|questioned|asked|interviewed)\b"
)
_POLL = re.compile(r"\b(?:[Aa]n?|[Tt]he) ((?:[A-Z][\w.&'\u2019-]*\s+)+)(poll|survey)\b")
#: "did a Harbour Post poll released on Monday show that surveyed thought …": the share's people cut from
#: between "that" and their verb; the poll is named again in front ("In a Harbour Post poll, …").
_FOUND_THAT = re.compile(
    r"^(?:did|do|does) .{1,80}? (?:show|find|suggest)s? that (?:those )?(?:surveyed|polled|questioned) (?P<rest>.+)$"
)
#: "How much did analysts expect?": a guess of nothing the question names.
_BARE_GUESS = re.compile(
    r"^How (?:much|many) (?:did|do|does|had|have|has|would|will) [\w' -]{1,40}? "
    r"(?:expect|forecast|estimate|predict|anticipate|project|see|want)(?:ed|s)?\?$"
)


def named_subject(question: str, sentence: str) -> str | None:
    """`question` with what it counts named, or None when the sentence does not name it."""
    if _BARE_GUESS.match(question):
        return None
    share = _BARE_SHARE.match(question)
    if not share:
        return question
    surveyed, poll = _SURVEYED.search(sentence), _POLL.search(sentence)
    if not (surveyed or poll):
        return None
    whom = surveyed.group() if surveyed else "of those surveyed"
    rest = question[share.start("verb") :]
    found = _FOUND_THAT.match(rest)  # "did a Harbour Post poll show that surveyed thought …": its poll is named below
    asked = f"what percentage {whom} {found.group('rest') if found else rest}"
    if poll:
        asked = f"in a {poll.group(1).strip()} {poll.group(2)}, {asked}"
    asked = share.group("lead") + asked
    return asked[:1].upper() + asked[1:]
