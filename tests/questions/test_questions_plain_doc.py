"""The plain copy of a tagged question reads as spaCy's tokens do: the grammar checks read the copy
(plain_doc.py), so every attribute they read must match. Every sentence here is invented."""

from __future__ import annotations

import pytest

from quizgen.questions.grammar import tag
from quizgen.questions.plain_doc import plain

QUESTIONS = [
    'When did the Harwick Rovers\u2019 co-owner say "we are done" - and leave?',
    "How many of the 12 Velton samples, mostly from abroad, did the lab test in 2031 \u2026?",
    "Which organization's U.S. unit cut 4.5% of its staff on Tuesday?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_plain_copy_reads_as_the_tokens(question: str) -> None:
    doc = tag([question])[0]
    copy = plain(doc)
    assert copy.text == doc.text
    for t, c in zip(doc, copy, strict=True):
        assert (c.text, c.lower_, c.tag_, c.i, c.idx, c.is_punct, c.whitespace_) == (
            t.text,
            t.lower_,
            t.tag_,
            t.i,
            t.idx,
            t.is_punct,
            t.whitespace_,
        )
        if t.i:
            assert c.nbor(-1).text == t.nbor(-1).text
    for start, end in ((0, 3), (2, len(doc)), (1, 1)):
        assert copy[start:end].text == doc[start:end].text
        assert copy[start:end].text_with_ws == doc[start:end].text_with_ws
    with pytest.raises(IndexError):
        copy[0].nbor(-1)
