"""A figure or date of "the economy", "the industry", "the business": which one, only the article says.

"By what percentage would the economy expand this year?", "What share of workers does the industry
employ?" and "How much did the business owe?" read well inside the story, whose headline or lead
names the country, the crop or the company. Away from it the learner cannot tell whose economy or
which business, so a question whose subject is such a word, and that names nothing else, is not asked.
A question that names something ("Canada's economy", "the coffee industry in Uganda") is left alone.
"""

from __future__ import annotations

import re

from quizgen.facts.quote_marks import blank_quotes

#: The word as the question's subject, right after its auxiliary: "would the economy", "does the industry".
_SUBJECT = re.compile(
    r"\b(?:do|does|did|is|are|was|were|has|have|had|will|would|could|can|may|might|should) the "
    r"(?:economy|industry|business|sector|market)\b(?!['’])"
)
#: A name anywhere after the question's first word: "the Ugandan industry", "According to Ana Pohe, …".
_NAMED = re.compile(r"(?<!^)\b[A-Z0-9]")


def unplaced_subject(question: str) -> bool:
    """True when the question's subject is a generic economy, industry or business it does not name."""
    text = blank_quotes(question)
    return _SUBJECT.search(text) is not None and _NAMED.search(text, 1) is None
