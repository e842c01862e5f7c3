"""Whose claim or post a question names (sentences invented): a person by their name, not the
description before it; never a four-letter dateline; and an "Its" post never by default the story's
lead body when the body just named went untagged."""

from __future__ import annotations

from pathlib import Path

from invented_articles import answers_to

from quizgen.articles import read_articles
from quizgen.pipeline import questions_for

FISHERMAN = (
    "Harbour idle\n\nGALWAY, May 2 (Reuters) - Fishermen stayed ashore for a week after the storm.\n\n"
    "Fisherman Bruce Dalton said 300 boats had stayed in harbour for a week."
)
SHORT_DATELINE = (
    "Rain hits sowing\n\nPUNE: Farmers in the district have sown only 31 per cent of the usual area this season "
    "as the monsoon arrived late, state agriculture officials said on Monday."
)
ITS_POST = (
    "Ferry numbers climb\n\nHARWICK, May 2 (Reuters) - The Harwick County Council said on Tuesday it would keep "
    "funding the ferry.\n\nThe ferry carried 212,000 passengers last year, according to the operator, Ellis "
    "Marine. Its chief executive, Dana Croft, said fares would not rise."
)


def test_a_claim_is_named_by_the_persons_name_not_their_description() -> None:
    asked = answers_to(FISHERMAN, kind="number")
    assert any(q.startswith("According to Bruce Dalton,") for q in asked), asked
    assert not any("Fisherman" in q for q in asked), asked


def test_a_four_letter_place_before_a_colon_is_a_dateline_not_a_source(tmp_path: Path) -> None:
    path = tmp_path / "rain.txt"
    path.write_text(SHORT_DATELINE, encoding="utf-8")
    questions = [q.question for q in questions_for(read_articles([str(path)]).articles).questions]
    assert questions and not any("PUNE" in q for q in questions), questions


def test_an_its_post_is_not_the_lead_bodys_by_default() -> None:
    roles = answers_to(ITS_POST, kind="role")
    assert not any("Harwick County Council" in q for q in roles), roles
