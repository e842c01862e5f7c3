"""`nlp.tokens_where` finds tokens by an attribute through an index kept with the parsed document:
it must answer exactly what a loop over every token would, in order, however often it is asked."""

from __future__ import annotations

from quizgen.nlp import load_nlp

TEXT = (
    "Mayor Ann Ruiz said the co-operative would open in May. The Harbour Board, the port's owner, "
    "agreed. Ruiz told reporters the 12-year lease was signed."
)


def test_every_question_answered_as_a_loop_over_the_tokens_would() -> None:
    from quizgen.nlp import tokens_where

    doc = load_nlp()(TEXT)
    asked = [
        ("POS", "PROPN".__eq__, lambda t: t.pos_ == "PROPN"),
        ("DEP", lambda dep: dep.startswith("nsubj"), lambda t: t.dep_.startswith("nsubj")),
        ("ORTH", "-".__eq__, lambda t: t.text == "-"),
        ("LOWER", {"ruiz", "the"}.__contains__, lambda t: t.lower_ in {"ruiz", "the"}),
        ("LEMMA", "nothing-here".__eq__, lambda t: False),
        ("LEMMA", frozenset({"sign", "say", "tell"}).__contains__, lambda t: t.lemma_ in {"sign", "say", "tell"}),
        ("DEP", frozenset({"nsubj", "dobj", "pobj"}).__contains__, lambda t: t.dep_ in {"nsubj", "dobj", "pobj"}),
    ]
    for _ in range(2):  # the second time from the document's index
        for attr, test, by_token in asked:
            assert tokens_where(doc, attr, test) == [t.i for t in doc if by_token(t)], attr
    assert tokens_where(doc, "LOWER", {"ruiz", "the"}.__contains__)  # a real question, not an empty one
    assert len(tokens_where(doc, "LEMMA", frozenset({"sign", "say", "tell"}).__contains__)) == 3


def test_a_prefixed_word_stays_whole_before_the_index_is_made() -> None:
    doc = load_nlp()("The co-operative and the anti-smoking group met.")
    assert "co-operative" in [t.text for t in doc]
    assert "anti-smoking" in [t.text for t in doc]
