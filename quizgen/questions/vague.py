"""Statements not worth a card: an unnamed source as the answer, an aim with nothing to check.

"Who indicated that output fell? — a source close to the ministry" teaches no one's name: the
answer is anonymous by design. "Which company said it was hoping to become a 'world-class
player'?" asks an aim that says nothing checkable: an aim verb ("seek", "aim", "strive", "hope",
"want") whose goal is only "to be/become" a description with no name and no figure. "Since when
has X held a position?" asks the date of a post it never names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.models import Question

#: An answer that is an unnamed source: "a source close to X", "sources", "one source familiar with …".
#: Not one close to a body named by its name ("sources close to the CMB"), whose side is known.
ANONYMOUS = re.compile(
    r"^(?:an?|one|two|several|some|other)?\s*(?:\w+ )?sources?\b(?! of\b)(?! close to (?:the )?(?-i:[A-Z]))", re.I
)
#: A statement that only states an aim to be something: "said it was hoping to become a 'leader'".
AIM_ONLY = re.compile(
    r"\b(?:said|says|stated) (?:that )?(?:it|he|she|they|we) (?:is|are|was|were|has been|had been) "
    r"(?:seeking|aiming|striving|hoping|trying|working|looking) to (?:become|be|remain)\b(?P<goal>[^?]*)\?$"
)

#: A post held but never named: "held a position (at the agency)", "been in the job"; not "the post of …".
UNNAMED_POST = re.compile(
    r"\b(?:hold|holds|held|occupied|filled|been in|served in) (?:a|the|his|her|their) "
    r"(?:position|post|role|job)\b(?! of\b)"
)


def worth_asking(questions: list[Question]) -> list[Question]:
    """`questions` without the ones answered by an unnamed source, asking an aim with nothing to check,
    or dating a post they never name."""
    return [q for q in questions if not _vague(q)]


def _vague(question: Question) -> bool:
    if question.kind in ("date", "number") and UNNAMED_POST.search(question.question):
        return True
    if question.kind != "quote":
        return False
    if ANONYMOUS.match(question.answer):
        return True
    aim = AIM_ONLY.search(question.question)
    return aim is not None and not re.search(r"\d|(?<![\"\u201c'\u2018])\b[A-Z]", aim.group("goal"))
