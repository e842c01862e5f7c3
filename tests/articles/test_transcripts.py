"""A programme transcript ("JOHN DALE: …") is read as a story: each speaker's line is what they said,
and the programme's own voices ("REPORTER:") are narration. Every line here is invented."""

from __future__ import annotations

from pathlib import Path

from article_helpers import read_one, write

from quizgen.articles.transcripts import attributed_transcript
from quizgen.pipeline import questions_for

TRANSCRIPT = """Police seek warrant for suspect

PRESENTER: Police in the territory say they will seek a warrant over the missing tourist.

REPORTER: Superintendent John Dale says the search of the highway is over.

JOHN DALE: We have enough evidence to ask the court for a warrant this week.

DALE: The search has been one of the largest this state has seen.
"""


def test_a_speaker_line_becomes_a_quotation_with_its_speaker(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, TRANSCRIPT))
    assert article.text.split("\n\n") == [
        "Police in the territory say they will seek a warrant over the missing tourist.",
        "Superintendent John Dale says the search of the highway is over.",
        '"We have enough evidence to ask the court for a warrant this week," John Dale said.',
        '"The search has been one of the largest this state has seen," John Dale said.',
    ]


def test_a_transcript_speaker_is_asked_about_their_words(tmp_path: Path) -> None:
    bank = questions_for([read_one(write(tmp_path, TRANSCRIPT))])
    asked = {q.question: q.answer for q in bank.questions if q.kind == "quote"}
    words = "We have enough evidence to ask the court for a warrant this week"
    assert asked[f"Who said \u201c{words}\u201d?"] == "John Dale"
    assert asked["Who says that the search of the highway is over?"] == "John Dale"


def test_one_label_is_no_transcript() -> None:
    """ "WARNING: …" or "UPDATE: …" alone opens no transcript: the line stays as written."""
    lines = ["UPDATE: The ferry sailed at noon.", "The harbour reopened on Monday."]
    assert attributed_transcript(lines) == lines


def test_labels_that_name_no_one_in_the_story_are_left_as_written() -> None:
    """ "NOTE:" and "UPDATE:" are no speakers; a speaker's name is written as the story writes it."""
    lines = ["NOTE: The ferry sailed at noon.", "UPDATE: The harbour reopened on Monday."]
    assert attributed_transcript(lines) == lines
    story = ["Ann McKean, the harbour master, spoke.", "MCKEAN: The pier is safe.", "REPORTER: Boats sailed."]
    assert attributed_transcript(story)[1:] == ['"The pier is safe," Ann McKean said.', "Boats sailed."]
