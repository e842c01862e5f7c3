"""A speaker's "the board" or "the group" is never named from a body the story only names after it:
the Kestrel Bank board is not the "Harlow Standards Board" two paragraphs on."""

from __future__ import annotations

from invented_articles import questions_of_texts

TEXTS = {
    "board": (
        "Kestrel Bank posted a higher profit on Tuesday.\n\n"
        "Union leader Fergus Doyle called on the board to freeze job cuts for another year.\n\n"
        "The Harlow Standards Board said it had opened no inquiry into Kestrel Bank."
    ),
    "group": (
        "Kestrel Bank chief executive Ines Varga said on Tuesday the lender had trimmed costs by 9 percent.\n\n"
        "She added that the merger with Osprey Savings marked a turning point for the group.\n\n"
        "Colm Reddy, who runs the Kestrel Depositors Group, said savers in coastal towns felt ignored."
    ),
}


def test_a_later_body_never_names_an_earlier_description() -> None:
    bank = questions_of_texts(TEXTS)
    quotes = [q for q in bank.questions if q.kind == "quote"]
    assert not any("Standards Board)" in q.question for q in quotes if q.article == "board")
    assert not any("Depositors Group)" in q.question for q in quotes if q.article == "group")
    assert any(q.answer == "Fergus Doyle" for q in quotes if q.article == "board")
