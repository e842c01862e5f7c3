"""Things and events a question leans on but does not say which: "the room", "the set of principles",
"statistics up to June", "When did the board meet?", "How much was Wenger fined?".

Read away from its article, "More than how many journalists walked out of the room?" does not say
which room, and "When did the State Council hold a plenary meeting?" not which of its many meetings.
A thing is placed by a modifier after it ("the statistics on outpatient waits", "the room at the
ministry") or a name before it ("the Harwick room"); an event that recurs (a meeting, a session, a
fine, a vote) by what follows it ("a meeting to discuss the budget", "fined for dissent"). When the
question lost that and the source sentence has it right after the event ("convened a plenary meeting
to discuss a draft work report"), it is put back; otherwise the question is not asked. Quoted words
are the speaker's and stay. See questions/referents.py for bodies and documents named from the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.quote_marks import blank_quotes
from quizgen.vocabulary import MONTH_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable

    from quizgen.facts.fact_types import Fact

#: Things news calls "the …" once it has set the scene, which a lone question cannot place: "the room"
#: of a briefing, "the incident", "the matter", "the set of principles", "the department".
NEEDS_WHICH = set(
    "room hall chamber venue incident matter case set statistics data numbers footage department "
    "meeting session vote fine proposal motion problem problems incidents situation man woman doors area".split()
)
#: Counts whose subject, bare or with "the", says nothing of what was counted ("statistics … showed").
BARE_COUNTS = {"statistics", "data", "numbers", "figures"}
#: "the room", "the current session", "the set": adjectives that still say nothing of which.
THE_THING = re.compile(
    rf"\b[Tt]he ((?:(?:current|latest|new|same|whole|full|final|last|entire|first|second|next|"
    rf"recent|previous|official|\w+-\w+) )?)({'|'.join(sorted(NEEDS_WHICH, key=len, reverse=True))})\b(?![-'\u2019])"
)
#: "Statistics up to June showed": a count with no article, the clause's subject.
BARE_COUNT = re.compile(rf"(?:^|\b(?:did|do|does|had|have|has|will|would) )({'|'.join(sorted(BARE_COUNTS))})\b")
#: What after the thing says which one it is: "the room at the ministry", "the set of nuclear
#: principles", "the statistics on waits", "the case against Pell", "the data released by Opec".
SAYS_WHICH = re.compile(
    r"\s*(?:(?:on|in|at)\b(?! (?:the )?(?:\d|[A-Z][a-z]+day|"
    + "|".join(m.capitalize() for m in MONTH_NAMES)
    + r"|the (?:weekend|end|start|time)))|"
    r"(?:of|into|about|over|against|between|for|with|by|behind|where|which|who|whose|that)\b|from (?:the )?[A-Z]|"
    r"(?:compiled|published|released|issued|collected|held|called|convened) |\(|[A-Z])"
)
#: "Of nuclear principles": what a set is of says which set only when a modifier follows ("… published in 2010").
_OF_WORDS = re.compile(r"\s*of (?:the )?((?:[a-z]+ ?){1,3})")
_MODIFIER = re.compile(r"(?:of|on|for|in|from|by|about|to|adopted|agreed|[a-z]+ed|[A-Z]\w*)\b")

#: A time set by a thing the question does not lean on: "during the meeting", "after the ruling".
_WHILE = re.compile(r"\b(?:during|after|before|since|throughout|ahead of) \Z")

#: Events a body or person has many of: "hold a meeting", "convened a plenary session", "met", "was fined".
_EVENT_NOUNS = ("meeting", "session", "vote", "talks", "summit", "hearing")
_EVENT_VERBS = ("meet", "meets", "met", "fined", "voted")
RECURRING = re.compile(
    r"\b(?:(?:hold|holds|held|convene|convened|convenes|call|called|calls|have|had|has|attend|attended)"
    rf" (?:a|an|its|their|the) (?:(?:\w+ ){{0,2}})(?:{'|'.join(_EVENT_NOUNS)})s?"
    rf"|{'|'.join(_EVENT_VERBS)}|a vote)(?=\?$)"
)
#: A court's sentence the fine is part of: "was sentenced to five years in jail and fined Rs 40,000".
_SENTENCED = re.compile(r"\b(?:sentenced|jailed|imprisoned|convicted)\b[^.;]*\band fined\b")
#: What may follow an event in its source sentence and say which one: "to discuss the budget", "that approved
#: the timetable", "for criticising the referee", "over the ferry contract", "on the budget", "for dissent".
#: It runs to a punctuation mark or the sentence's end, never cut off mid-phrase: longer, it is not put back.
PURPOSE = re.compile(
    r"\s+((?:(?:to (?!the\b|a\b|an\b)[a-z]+|that [a-z]+ed|which [a-z]+ed|for [a-z]+ing|over|about|on the) "
    r"[^,.;:\"\u201c]{3,80}?|for [a-z]+)(?=\s*(?:[,.;:!?\"\u201c\u201d)]|$)))"
)
#: Where a body's deed was done, said only as "the area" at the question's end: left out, the deed stays plain.
_AREA_TAIL = re.compile(r",? (?:around|in|across|near|for|throughout|within) the area\?$")
#: The last words `RECURRING` can end a question with: a question ending otherwise is not searched.
_RECURRING_ENDS = tuple(f"{noun}{plural}?" for noun in _EVENT_NOUNS for plural in ("", "s")) + tuple(
    f"{verb}?" for verb in _EVENT_VERBS
)
#: A time that points back to one an earlier sentence named: "that day", "that night", "that season".
THAT_TIME = re.compile(r"\bthat (?:day|night|morning|afternoon|evening|week|weekend|month|season|year)\b")
#: The forms a recurring event's verb takes, so "When did the board meet?" finds "the board met to …".
_FORMS = (
    ("meet", "meets", "met", "meeting"),
    ("hold", "holds", "held", "holding"),
    ("convene", "convenes", "convened", "convening"),
    ("fine", "fines", "fined"),
)
#: A time the source sets between an event and its purpose: "next week", "on Sunday", "yesterday".
_WHEN_SAID = re.compile(r"\s+(?:(?:next|last|this) \w+|tomorrow|today|yesterday|on [A-Z]\w+day)")

_ANOTHER = re.compile(r"\b(?:another|next|again)\b")


def named_which(
    question: str, answer: str, fact: Fact, text: str = "", placed: Callable[[str], bool] = lambda _: False
) -> str | None:
    """The question when it says which thing and which event it means (an event's purpose put back from the
    source sentence where it was lost), None when it cannot. `text` is the article, for a fine "also"
    laid in the case the sentence before reported; `placed` says whether the headline places a "the vote"."""
    if fact.kind == "org-event":  # "Which organization shut down roads around the area?": the deed without where
        question = _AREA_TAIL.sub("?", question)
    unquoted = blank_quotes(question)
    if _unplaced_thing(unquoted, placed) or (fact.kind in ("date", "number", "org-event") and _bare_count(unquoted)):
        return None
    if "that " in unquoted and THAT_TIME.search(unquoted):
        return None  # "By what score did United win that day?": which day, an earlier sentence said
    event = RECURRING.search(unquoted) if unquoted.endswith(_RECURRING_ENDS) or unquoted.endswith("\n") else None
    if event is None or _ANOTHER.search(unquoted[: event.end()][-40:]):
        return question  # "convene another meeting", "when the next assembly meets": the one asked for
    if event.group() == "fined" and _SENTENCED.search(fact.sentence):
        return question  # "was jailed for two years and fined": the penalty of the case the article reports
    if event.group() == "fined" and _also_fined(fact.sentence, text):
        return question  # "… was jailed for 12 years. Zhao, 61, was also fined …": that case's penalty
    purpose = _purpose(event.group(), fact.sentence, answer)
    if purpose is None:
        return None
    return question[: event.end()] + " " + purpose + question[event.end() :]


def _also_fined(sentence: str, text: str) -> bool:
    """ "was also fined 5 million yuan" right after a sentence that jailed or convicted someone."""
    at = text.find(sentence) if sentence and re.search(r"\balso fined\b", sentence) else -1
    before = re.split(r"(?<=[.!?])\s+", text[max(0, at - 400) : at].strip()) if at > 0 else []
    return bool(before) and re.search(r"\b(?:sentenced|jailed|imprisoned|convicted)\b", before[-1]) is not None


def _unplaced_thing(unquoted: str, placed: Callable[[str], bool] = lambda _: False) -> bool:
    for m in THE_THING.finditer(unquoted):
        if placed(m.group()):
            continue  # "Who said the vote was rigged?" under "Opposition cries foul over vote": that one
        if _WHILE.search(unquoted, 0, m.start()) or (m.group(2) == "vote" and unquoted.endswith(" of ", 0, m.start())):
            continue  # "during the meeting": only when; "57 percent of the vote": a share of the poll reported
        if not SAYS_WHICH.match(unquoted, m.end()):
            return True
        if m.group(2) == "set" and _bare_of(unquoted, m.end()):
            return True  # "the set of principles": which set, the article said before
    return False


def _bare_of(unquoted: str, at: int) -> bool:
    """Is the "of …" at `at` only a kind ("of nuclear principles is"), with no modifier saying which?"""
    m = _OF_WORDS.match(unquoted, at)
    if m is None:
        return False
    words = m.group(1).split()
    return not any(_MODIFIER.fullmatch(w) for w in words[1:]) and not _MODIFIER.match(unquoted[m.end() :])


def _bare_count(unquoted: str) -> bool:
    if not any(word in unquoted for word in BARE_COUNTS):
        return False  # (most questions: the pattern needs one of the words)
    m = BARE_COUNT.search(unquoted)
    return m is not None and not SAYS_WHICH.match(unquoted, m.end())


def _purpose(event: str, sentence: str, answer: str) -> str | None:
    """What the source says after the event that tells which one it was, without the answer."""
    last = event.split()[-1]
    forms = next((f for f in _FORMS if last in f), (last,))
    for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", sentence):
        rest = sentence[m.end() :]
        rest = rest[_past_answer(rest, answer) :]  # "held a meeting on February 20 that approved …"
        when = _WHEN_SAID.match(rest)  # "convene a meeting next week to start …"
        rest = rest if when is None else rest[when.end() :]
        found = PURPOSE.match(rest)
        if found is not None and (len(answer) < 2 or answer.lower() not in found.group(1).lower()):
            return found.group(1).strip()
    return None


def _past_answer(rest: str, answer: str) -> int:
    """Where `rest` goes on after the answer it opens with ("on February 20"), or 0."""
    ends = [rest.find(part) + len(part) for part in re.split(r",\s*", answer) if 0 <= rest.find(part) < 12 and part]
    return max(ends, default=0)
