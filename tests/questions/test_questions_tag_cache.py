"""A question tagged again (in another batch, or after the cache let it go) reads as it did the first time."""

from __future__ import annotations

from quizgen.questions import grammar
from quizgen.questions.grammar import grammar_problem, tag

BROKEN = "How many kinds of did the ferry company order for the winter routes?"
FINE = "When did the Kestrel harbour board open its second ferry terminal?"


def _tags(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_) for t in doc]


def test_a_question_tagged_in_two_batches_gets_the_same_tags_and_verdict() -> None:
    alone = _tags(tag([BROKEN])[0])
    first, again, fine = tag([BROKEN, BROKEN, FINE])
    assert _tags(first) == _tags(again) == alone
    assert grammar_problem(first) == "preposition before a verb"
    assert grammar_problem(fine) is None


def test_questions_the_cache_let_go_are_tagged_afresh(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = _tags(tag([FINE])[0])
    monkeypatch.setattr(grammar, "TAGGED_MAX", 1)
    tag([BROKEN])  # FINE goes
    assert grammar.cached_count() == 1
    assert _tags(tag([FINE])[0]) == before


def test_a_cleared_cache_tags_afresh_with_the_same_tags() -> None:
    before = _tags(tag([FINE])[0])
    grammar.clear_cache()
    assert grammar.cached_count() == 0
    assert _tags(tag([FINE])[0]) == before
    assert grammar.cached_count() == 1
