"""Names the small English model cuts short or misses are found again from the parse."""

from __future__ import annotations

import re

from invented_articles import questions_of_texts

LAB = (
    "Zhao He, director of the Beijing Solar Institute, said the lab would train 120 engineers over "
    "three years.\n\n"
    '"It is easier to build panels here than to ship them," Zhao He said.\n\n'
    "Energy Minister Grace Wanjiru said the lab had cost 45 million dollars."
)


def test_a_name_ending_in_a_pronoun_word_is_a_person_with_a_post_and_quotes() -> None:
    # NER tags only "Zhao"; the parser joins "Zhao He" as one proper noun
    bank = questions_of_texts({"lab": LAB})
    asked = {q.question: q.answer for q in bank.questions}
    posts = [a for q, a in asked.items() if re.search(r"post did Zhao He hold at the Beijing Solar Institute\?$", q)]
    assert posts == ["director"], asked
    quotes = [q for q, a in asked.items() if a == "Zhao He" and q.startswith("Who said")]
    assert any("easier to build panels" in q for q in quotes), asked
    assert any("train 120 engineers" in q for q in quotes), asked


def test_a_post_is_never_taken_for_a_name() -> None:
    text = (
        "Prime Minister Ana Lopes said the bridge would open in May.\n\n"
        "Speaking beside Transport Minister Rui Costa, the Prime Minister, leader of the coalition, said "
        "the tolls would fall."
    )
    bank = questions_of_texts({"bridge": text})
    people = [q for q in bank.questions if q.question.startswith("Who ")]
    assert people and not [q for q in people if q.answer in ("Prime Minister", "Minister")]
