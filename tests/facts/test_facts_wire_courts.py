"""Wrong facts found in invented Asian official copy and court reports: an alternative penalty, a
participle hung on the wrong speaker, British police ranks, a judge's shared post, the earlier level
of a set-off change, a share of held things, and Malay names after their styles."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_text

DAY = dt.date(2024, 7, 5)


def _asked(text: str, kind: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in questions_of_text(text, DAY, kind)]


def test_a_term_served_only_in_default_of_a_fine_is_not_asked() -> None:
    text = "A former land registrar has been fined Sh2 million or in default serve three years in prison."
    assert not any(a == "three years" for _, a in _asked(text, "number"))


def test_a_participle_after_another_subjects_clause_is_that_subjects() -> None:
    text = (
        "State prosecutor Nimal Perera argued for a long jail term, while defence counsel Ruwan Silva sought a "
        "suspended sentence, saying the accused had no previous convictions."
    )
    asked = _asked(text, "quote")
    said = [a for q, a in asked if "no previous convictions" in q]
    assert said and all(a == "Ruwan Silva" for a in said)
    assert ("Who argued for a long jail term?", "Nimal Perera") in asked


def test_british_police_ranks_are_no_part_of_the_name() -> None:
    text = 'Det Con Ellen Marsh, of Avon Police, said: "We are grateful to the witnesses who came forward."'
    asked = _asked(text, "quote") + _asked(text, "role")
    assert any(a == "Ellen Marsh" for _, a in asked)
    assert not any("Con Ellen" in a or a == "Det Con" for _, a in asked)


def test_a_judge_is_not_asked_as_the_one_judge() -> None:
    text = "U.S. District Judge Alma Reyes ordered him to pay $90,000 in restitution on Tuesday."
    assert not any(a == "Alma Reyes" for _, a in _asked(text, "role"))


def test_the_earlier_level_of_a_set_off_change_is_not_asked_with_the_clause_verb() -> None:
    text = (
        "The output of the province's battery industry will exceed 500 billion yuan by 2028, up from about "
        "180 billion yuan last year."
    )
    assert not any(a.startswith("180") for _, a in _asked(text, "number"))


def test_a_share_of_things_held_is_not_the_holders() -> None:
    text = "Hefei is home to more than 1,300 battery firms, accounting for about 15 percent of the national total."
    assert not any("Hefei account" in q for q, _ in _asked(text, "number"))


def test_a_malay_name_after_its_styles_is_whole() -> None:
    text = (
        "Works Minister Datuk Seri Alexander Nanta Linggi said the highway would open in March. Meanwhile, "
        "Finance Minister Tengku Datuk Seri Hamzah Tengku Abdul Rahman said revenue rose 4.2 per cent."
    )
    said = [a for q, a in _asked(text, "quote") if "revenue" in q]
    assert said == ["Hamzah Tengku Abdul Rahman"]
