"""A body named after someone ("the Alzheimer's Society") is the whole name, not
its last word: the model tags only "Society", and "Which organization said …? — Society" taught nothing."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to

from quizgen.entity_fixes import owned_body_names
from quizgen.nlp import load_nlp

TEXT = (
    "Charity warns on care\n\nThe Alzheimer's Society said on Monday that waiting times for a diagnosis had "
    "doubled since 2019. The charity's chief executive, Kate Lindqvist, said the figures were alarming."
)


def test_the_owners_name_is_part_of_the_bodys() -> None:
    asked = answers_to(TEXT, dt.date(2024, 3, 4))
    bodies = [a for q, a in asked.items() if "organization" in q]
    assert bodies and all(a == "Alzheimer's Society" for a in bodies), asked


def test_a_persons_possession_is_left_alone() -> None:
    doc = owned_body_names(load_nlp()("Kate Lindqvist's team won the cup on Sunday."))
    assert not [e for e in doc.ents if e.label_ == "ORG"], [(e.text, e.label_) for e in doc.ents]
