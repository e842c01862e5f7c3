"""Wrong facts found in invented Asian official copy and court reports: an alternative penalty, a
participle hung on the wrong speaker, British police ranks, a judge's shared post, the earlier level
of a set-off change, a share of held things, and Malay names after their styles."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_text

from quizgen.articles.datelines import split_lead_dateline

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
    assert any(a == "Ellen Marsh" or "Ellen Marsh" in q for q, a in asked)  # a force has many constables
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


def test_an_asian_wire_dateline_in_title_case_is_no_subject() -> None:
    lead = "Jakarta (ANTARA) - Indonesia and Vietnam on Tuesday signed a memorandum on rice trade."
    assert split_lead_dateline(lead)[0] == "Indonesia and Vietnam on Tuesday signed a memorandum on rice trade."
    assert split_lead_dateline("Hanoi (VNA) - Exports rose.")[0] == "Exports rose."
    for plain in ("Indonesia (RI) - a nation of islands - voted.", "Ann Lee (Labor) - who won - spoke."):
        assert split_lead_dateline(plain)[0] == plain


def test_a_placed_post_does_not_share_the_next_posts_body() -> None:
    text = (
        "Xi Jinping, general secretary of the CPC Central Committee, Chinese president and chairman of the "
        "Central Military Commission, attended the conference and delivered an important speech."
    )
    assert not any("president of the Central Military Commission" in q for q, _ in _asked(text, "role"))


def test_a_body_is_not_held_its_session_is() -> None:
    text = (
        "The forum was the first since the second plenary session of the 14th Regional Party Committee, which "
        "was held in March."
    )
    assert not any("When was the 14th Regional Party Committee held" in q for q, _ in _asked(text, "date"))


def test_a_name_after_a_post_and_its_bracketed_acronym_is_a_person() -> None:
    text = '"We have frozen 14 bank accounts linked to the accused," said Deputy Commissioner of Police (EOW) '
    text += "Sangramsingh Nishandar."
    asked = _asked(text, "quote")
    assert asked and all(q.startswith("Who said") and a == "Sangramsingh Nishandar" for q, a in asked)


def test_a_day_between_were_and_its_participle_keeps_the_passive() -> None:
    text = "Three men accused of robbing a Kisumu trader were on Monday charged with robbery before a magistrate."
    dates = _asked(text, "date")
    assert dates and all("charged with robbery" in q for q, _ in dates)
    assert not any(q.endswith("trader?") for q, _ in dates + _asked(text, "number"))
