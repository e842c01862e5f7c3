"""A thing the question leans on, named as the article named it first: "What percentage of the
problems have been overcome?" reads "… of the problems at Harwick Rovers …" when an earlier line spoke
of "the problems at Harwick Rovers", and "the incident" becomes "the incident at the depot".

Only when the article names the thing one way (one place or body after it); otherwise the question is
left as it was, and questions/which_one.py decides whether it can be asked at all.
"""

from __future__ import annotations

import re

from quizgen.facts.quote_marks import blank_quotes

#: Things news calls "the …" once the scene is set, with nothing after them that says which.
LEANS_ON = ("problems", "incident", "incidents", "attack", "attacks", "project", "plan", "accident", "crash")
_BARE = re.compile(rf"\bthe ({'|'.join(LEANS_ON)})\b(?![-'\u2019])(?! (?:at|of|in|on|against|to|by|for|with|near)\b)")
#: A capitalised name (a body or place), "the" allowed before it: "Harwick Rovers", "the Kestrel depot".
_NAME = r"((?:the )?[A-Z][\w&'.-]*(?: (?:of |and )?[A-Z][\w&'.-]*)*)"


def named_earlier(question: str, sentence: str, text: str) -> str:
    """The question with each bare "the problems" named as the article first named it (see the module)."""
    if "the " not in question or not any(noun in question for noun in LEANS_ON):
        return question
    at = text.find(sentence) if sentence else -1
    before = text[: at + len(sentence)] if at >= 0 else ""
    asked = blank_quotes(question)
    for m in reversed(list(_BARE.finditer(asked))):
        noun = m.group(1)
        named = {(p, n.rstrip(".")) for p, n in re.findall(rf"\bthe {noun} (at|of|in|on|against) {_NAME}", before)}
        if len(named) == 1:
            prep, name = next(iter(named))
            question = f"{question[: m.end()]} {prep} {name}{question[m.end() :]}"
    return question
