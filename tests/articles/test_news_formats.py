"""The formats news arrives in — a transcript with posts in its labels, a live blog, a press release,
a story with a correction note — teach only the story's facts. Every line here is invented."""

from __future__ import annotations

from pathlib import Path

from article_helpers import read_one, write

from quizgen.articles.liveblog import unstamped
from quizgen.pipeline import questions_for

TRANSCRIPT = """Morning Report: Transcript, 3 October 2023

ANNA LEIGH, PRESENTER: Good morning. The Central Bank has raised rates. Our economics editor Tom Varga is here.

TOM VARGA, ECONOMICS EDITOR: Thanks Anna. The bank lifted its main rate to 4.75 per cent.
Governor Helen Marsh said inflation was still too high at 6.1 per cent.

ANNA LEIGH: How did the markets react?

TOM VARGA: The currency rose about half a per cent.

PAUL DENNISON, SHADOW TREASURER: Good morning. Families with mortgages are being squeezed.
"""

LIVE = """Election night live: results as they come in

23:41 Green Party leader Ola Brenner has held her seat in Westfield by 2,140 votes.

23:15 The first result is in: Kevin Maddox wins Eastgate with 18,320 votes.

22:30 Welcome to our live coverage. Counting has begun in 120 constituencies.
"""

RELEASE = """Norvik Robotics Opens $85 Million Plant in Tampere

TAMPERE, Finland, June 18, 2024 /PRNewswire/ -- Norvik Robotics today opened an $85 million plant in Tampere.

Norvik said it expects revenue of $310 million in 2024, up from $240 million in 2023.

About Norvik Robotics
Founded in 2011 in Oslo, Norvik Robotics designs robots for warehouses.
The company has more than 1,100 employees in nine countries.

Media contact:
Kaisa Virtanen, Head of Communications

###
"""

CORRECTED = """Museum returns bronze heads to Benin City

By Clara Oyelaran, 9 November 2023

Correction: An earlier version of this article said the museum returned 12 bronzes. It returned 21.

Editor's note: This article was updated on 10 November to add comments from the Nigerian government.

The Royal Pitt Museum in Oxford handed back 21 bronze heads to Nigeria on Thursday.

Nigeria's culture minister Hannatu Musa said the bronzes would go on show at a new museum in Benin City in 2025.
"""


def _questions(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    bank = questions_for([read_one(write(tmp_path, text))])
    return [(q.question, q.answer) for q in bank.questions]


def test_a_presenter_named_in_a_later_label_is_still_the_programme_s_voice(tmp_path: Path) -> None:
    text = read_one(write(tmp_path, TRANSCRIPT)).text
    assert "How did the markets react?\n" in text + "\n"  # her question, no one's quotation
    assert '"The currency rose about half a per cent," Tom Varga said.' in text
    asked = _questions(tmp_path, TRANSCRIPT)
    assert not any("markets react" in q for q, _ in asked)
    assert not any(q.startswith("Who said") and "Thanks Anna" in q for q, _ in asked)
    # The figure Varga reports is the governor's, not his.
    assert ("Who said that inflation was still too high at 6.1 per cent?", "Helen Marsh") in asked
    assert any(a == "Paul Dennison" and "Families with mortgages" in q for q, a in asked)


def test_a_live_blog_entry_loses_its_posting_time() -> None:
    entries = ["23:41 Ola Brenner held her seat.", "10.05am BST: Police said the road was shut."]
    assert unstamped(entries) == ["Ola Brenner held her seat.", "Police said the road was shut."]
    assert unstamped(["10:30 was the hour set for the vote."]) == ["10:30 was the hour set for the vote."]


def test_no_live_blog_question_carries_a_posting_time(tmp_path: Path) -> None:
    asked = _questions(tmp_path, LIVE)
    assert asked and not any(":" in q.split("?")[0].split(" ")[-1] or "23:" in q for q, _ in asked)


def test_a_press_release_s_boilerplate_and_a_forecast_s_baseline_are_not_asked(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, RELEASE))
    assert "1,100" not in article.text and "Kaisa" not in article.text
    asked = _questions(tmp_path, RELEASE)
    assert asked and not any(a in ("1,100", "$240 million") for _, a in asked)


def test_a_correction_note_s_wrong_figure_is_never_taught(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, CORRECTED))
    assert "12" not in article.text and "Editor" not in article.text
    asked = _questions(tmp_path, CORRECTED)
    assert any(a == "21" for _, a in asked)
    assert not any("12" in q or a == "12" or "orrection" in q for q, a in asked)


NEWSLETTER = """The Morning Brief

1. Record heat in the south

Temperatures reached 41.2 degrees Celsius in Castelmar on Sunday, the weather service said.

Forecaster Lina Mori said the heat would ease by Thursday.

2. Rail fares frozen

Transport secretary Alan Pryce said rail fares would be frozen for 2024.
"""


def test_a_capitalised_description_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    asked = _questions(tmp_path, NEWSLETTER)
    assert ("Who said that the heat would ease by Thursday?", "Lina Mori") in asked


WIRE = """UPDATE 2-Dunmore Mining cuts output forecast as strike drags on

    JOHANNESBURG, Aug 8 (Reuters) - Dunmore Mining <DUNJ.J> on
Tuesday cut its full-year platinum output forecast by 12 percent
as a strike at its Kopano shaft entered its third week.
    Chief executive Pieter Botha said talks with the union would
resume on Thursday, and the Mineworkers' Alliance said it wanted
a 15 percent pay rise for the 6,000 workers at the shaft.
"""


def test_wire_copy_loses_its_desk_slug_and_instrument_codes(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, WIRE))
    assert article.title == "Dunmore Mining cuts output forecast as strike drags on"
    assert "<" not in article.text and "Dunmore Mining on Tuesday cut" in article.text
    assert not any("<" in q for q, _ in _questions(tmp_path, WIRE))


UK_RELEASE = """Greenhill Council unveils cycle plan

Greenhill Council today announced a 2 million pound plan to build 18 kilometres of cycle lanes by 2027.

ENDS

Notes to editors
1. Greenhill Council serves 240,000 residents and was formed in 1974.
"""


def test_a_release_s_notes_to_editors_are_not_the_news(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, UK_RELEASE))
    assert "240,000" not in article.text and "1974" not in article.text
    assert "18 kilometres" in article.text
