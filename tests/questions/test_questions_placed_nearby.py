"""A named speaker's reported claim about "the measures" is asked when the lines just before say which
measures, and still dropped when nothing before places them or the claim is too short to learn."""

from __future__ import annotations

from invented_articles import asked_by_article

TEXTS = {
    "placed": (
        "Airlines have criticised the quarantine plan. In a joint letter, they argue the rules for arriving "
        "passengers will be harsher than those for people who test positive.\n\n"
        "The plans have drawn anger across the tourism sector. The Department of Health has said it believes "
        "the measures will help slow the spread of the flu."
    ),
    "unplaced": (
        "Airlines have criticised the quarantine plan.\n\n"
        "The Department of Health has said it believes the measures will help slow the spread of the flu."
    ),
    "short": (
        "The council approved parking restrictions for the old town on Tuesday. The Chamber of Commerce "
        "said the changes were unfair."
    ),
    "pronoun": (
        "The council approved parking restrictions for the old town on Tuesday. Mayor Lena Dorsey welcomed "
        "the vote. She said the changes would bring shoppers back to the high street within a year."
    ),
}


def test_a_claim_about_measures_the_lines_before_place_is_asked() -> None:
    asked = asked_by_article(TEXTS, "quote")
    assert {q.question: q.answer for q in asked["placed"]} == {
        "Which organization said that it believes the measures will help slow the spread of the flu?": (
            "Department of Health"
        )
    }
    assert not any("measures" in q.question for q in asked["unplaced"])
    assert not any("changes" in q.question for q in asked["short"] + asked["pronoun"])


def test_held_words_are_followed_through_a_rewording_before_them() -> None:
    from quizgen.questions.placed_nearby import moved_spans

    before = "Which coach of the Rovers said the measures would keep fans away?"
    after = "Which coach of the Harwick Rovers said the measures would keep fans away?"
    at = before.index("the measures")
    (span,) = moved_spans([(at, at + len("the measures"))], before, after) or []
    assert after[span[0] : span[1]] == "the measures"
    assert moved_spans([(6, 11)], "Which coach said it?", "Which manager said it?") is None
