"""A date or number question asks one thing, and asks a target as a target.

"agreed to lend 400 million euros and to guarantee a further 200 million" asked for its first figure
keeps the second clause glued on ("How much did the bank agree to lend and to guarantee a further 200
million euros?"): the learner reads two asks and one blank. The clause the answer is not in is dropped.
"designed to handle 12 million passengers by 2030" is a target, not the date of a design: "By when was
the terminal designed to handle …" reads as asking when the design was done, so it is asked "By what
year is the terminal meant to handle …".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.facts.fact_types import Fact

#: A second clause coordinated onto the asked one: "… and to guarantee …", "…, and return to …".
_SECOND = re.compile(r",? and (?:to )?([a-z]+)\b[^?]*\?$")
#: A design or plan read as a target when the question puts a time limit on it.
_DESIGNED = re.compile(r"\b(?:designed|built|engineered|meant|intended) to\b")
_BY_YEAR = re.compile(r"\bby (?:the end of )?(?:1[89]|2[01])\d\d\b")


def asked_once(question: str, answer: str, fact: Fact) -> str:
    """The question with a coordinated second clause dropped and a target asked as one."""
    if fact.kind not in ("number", "date"):
        return question
    if " and " in question:
        question = _first_clause(question, fact)
    by_when = question.startswith("By when ")
    if not (by_when or _BY_YEAR.search(question)) or not _DESIGNED.search(question):
        return question  # "By when will the bridge reopen?" asks a deadline plainly
    if by_when and re.fullmatch(r"(?:1[89]|2[01])\d\d", answer.strip()):
        question = "By what year " + question[len("By when ") :]
    return _DESIGNED.sub("meant to", question)


def _first_clause(question: str, fact: Fact) -> str:
    """ "How much did X agree to lend and to guarantee a further 200 million euros?" → "… to lend?",
    when the article's "guarantee" is a verb coordinated with the asked one and the answer comes
    before it: "killed and wounded 20 people" keeps both (20 is the count of both)."""
    found = _SECOND.search(question)
    if found is None or fact.answer_span is None:
        return question
    tail = question[found.start() : -1].lstrip(",").strip()
    at = fact.sentence.find(tail)
    if at < 0 or fact.answer_span[1] > at or fact.sentence.find(tail, at + 1) >= 0:
        return question  # the answer is in the second clause, or the clause is not the article's own
    from quizgen.questions.grammar import tag

    verb = [t for t in tag([question])[0] if t.idx >= found.start() and t.text == found.group(1)]
    if not verb or verb[0].tag_ != "VB":
        return question  # "… to staff and to contractors": one ask with two parts
    return question[: found.start()].rstrip(" ,") + "?"
