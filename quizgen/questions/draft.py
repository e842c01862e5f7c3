"""A question being written: what realize, distractors and quality pass between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.facts.fact_types import Fact


@dataclass
class Draft:
    fact: Fact
    direction: str
    """Which way the fact is asked ("who", "post", "org", "short", ...): part of the stable id."""
    question: str
    answer: str
    aliases: list[str] = field(default_factory=list)
    answer_type: str = "thing"
    """person, org, date, number, role, acronym, long-form: what kind of distractors fit."""
    exclude: list[str] = field(default_factory=list)
    """Other right answers (members of the same list): never offered as distractors."""
    choices: list[str] = field(default_factory=list)
    needs_choices: bool = False
    """True when only the choices make the answer unique ("Which of these … ?")."""
