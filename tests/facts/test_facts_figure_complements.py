"""A figure is asked with what it measures, when the sentence says it right after the figure: a share
with its whole, time given with what it is for, money with how often and where from."""

from __future__ import annotations

from invented_articles import answers_to, questions_of_texts

TEXTS = {
    "share": "Zambia depends on copper royalties for about 30 percent of its state revenue, "
    "the finance ministry said. The mines employ 90,000 people.",
    "span": "Detectives have been given five days to question the trawler skipper who was "
    "detained off Melville Island on Sunday.",
    "span-of": "Magistrates on Friday gave investigators ten days to inspect the hull of a barge that capsized "
    "near the harbour.",
    "money": "Vietnam earns about 250 mln dlrs annually from pepper exports, trade officials said.",
    "rate": "The Harbour Board earns roughly £40 million a year from mooring fees, its chairman said.",
}


def _asked() -> dict[str, dict[str, str]]:
    bank = questions_of_texts(TEXTS)
    out: dict[str, dict[str, str]] = {k: {} for k in TEXTS}
    for q in bank.questions:
        if q.kind == "number":
            out[q.article][q.question] = q.answer
    return out


ASKED = _asked()


def test_a_share_keeps_its_whole_owned_by_the_subject() -> None:
    assert {q: a for q, a in ASKED["share"].items() if "percent" in a} == {
        "For about what percentage of its state revenue does Zambia depend on copper royalties?": "30 percent"
    }


def test_time_given_keeps_what_it_is_for_without_the_relative_clause() -> None:
    assert ASKED["span"] == {"How many days have detectives been given to question the trawler skipper?": "five days"}
    assert ASKED["span-of"] == {
        "How many days did magistrates give investigators to inspect the hull of a barge?": "ten days"
    }


def test_money_keeps_how_often_and_where_from() -> None:
    assert ASKED["money"] == {
        "According to trade officials, about how much does Vietnam earn annually from pepper exports?": (
            "250 million dollars"
        )
    }
    (question,) = ASKED["rate"]
    assert question.endswith("earn a year from mooring fees?")


def test_a_purpose_too_long_to_keep_is_still_not_asked() -> None:
    said = "Regulators gave the ferry operator six months to repair faults found by inspectors, or lose its permit."
    assert "six months" not in answers_to(said, kind="number").values()
