"""A wire dateline that opens a later paragraph (a second story run on in one page) goes, like the
first: "BERGEN, May 4 - Fjordline reported …" is never asked "How large a loss did BERGEN report?"."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_helpers import read_one, write

from quizgen.articles.datelines import without_inner_dateline
from quizgen.pipeline import questions_for


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("BERGEN, May 4 - Fjordline reported a loss.", "Fjordline reported a loss."),
        (
            "OSLO, May 4 (Reuters) - Orvane said it expected demand to recover.",
            "Orvane said it expected demand to recover.",
        ),
        ("NATO - the alliance met on Friday.", "NATO - the alliance met on Friday."),  # no date, no agency
        ("Harbour Road, May 4 - a note.", "Harbour Road, May 4 - a note."),  # no place in capitals
    ],
)
def test_only_a_capital_place_with_its_date_or_agency_goes(paragraph: str, expected: str) -> None:
    assert without_inner_dateline(paragraph) == expected


def test_a_second_dateline_is_no_subject_nor_speaker(tmp_path: Path) -> None:
    text = (
        "Shippers report losses\n\nHAMBURG, May 4 (Reuters) - Kestrel Lines, the container carrier, said on "
        "Thursday that it lost 12 million euros in the first quarter.\n\nBERGEN, May 4 - Fjordline reported a "
        "loss of 30 million crowns, its chief executive Ola Nordmann said.\n"
    )
    asked = {q.question: q.answer for q in questions_for([read_one(write(tmp_path, text))]).questions}
    assert not any("BERGEN" in q or a == "BERGEN" for q, a in asked.items()), asked
    assert "How large a loss did Fjordline report?" in asked, asked
