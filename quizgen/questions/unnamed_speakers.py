"""A "Who said …?" whose answer names nobody is asked for what it is: "Which group said that the
storm came ashore near Harwick Bay? — meteorologists", "Which unnamed source said “We are losing
this race ourselves”? — a senior party strategist".

"Who" promises a name; a reader who knows the story then looks for one and finds "police" or "a
government spokesperson" a trick. The statement is still worth its question (news quotes such
sources for what it could not get on the record), so it is kept and worded for the answer it has.
"""

from __future__ import annotations

import re

from quizgen.facts.lexicon import GROUP_SPEAKERS
from quizgen.facts.quote_marks import blank_quotes

#: Words that stand for the speaker in what they said, which only a "Who" question lets them do.
_SELF = re.compile(r"\b(?:they|them|their|he|him|his|she|her)\b")
#: Where a group's description goes on past its head: "sources close to the CMB", "officials at the port".
_TAIL = re.compile(r" (?:close to|at|in|from|of|with|for|familiar with|on)\b.*$")


def _group(answer: str) -> bool:
    """'police', 'US officials', 'Swiss securities analysts', 'sources close to the CMB'."""
    words = _TAIL.sub("", answer.strip()).split()
    if not words or words[0].lower() in ("a", "an", "the"):
        return False
    if words[-1] in ("police", "Police") and len(words) > 1 and words[-2][:1].isupper() and words[-2] != "US":
        return False  # "Avon and Somerset police": a named force, a body
    return words[-1].lower() in GROUP_SPEAKERS


def _unnamed(answer: str) -> bool:
    """'a Republican political strategist', 'the former General Motors executive', 'a police spokesman'."""
    return re.match(r"(?:a|an|the) (?:[A-Z][\w.-]* )*[a-z]", answer.strip()) is not None and _no_name(answer)


def _no_name(answer: str) -> bool:
    """No person's name in the description: 'a spokesman, Mr Hale' names one."""
    return not re.search(r"\b(?:Mr|Mrs|Ms|Dr)\b\.?", answer)


def asked_for_what_it_is(question: str, answer: str) -> str:
    """`question` with "Who" made "Which group" or "Which unnamed source" when the answer names nobody."""
    if not question.startswith("Who ") or question.startswith(("Who is ", "Who was ", "Who were ", "Who are ")):
        return question
    if _SELF.search(blank_quotes(question)):
        return question  # "Who said that they had been co-operating …?": only "who" stands for the speakers
    if _group(answer):
        return "Which group " + question[4:]
    if _unnamed(answer):
        return "Which unnamed source " + question[4:]
    return question
