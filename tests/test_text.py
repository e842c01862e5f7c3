"""The one text-normalization home: the same name compares equal wherever quizgen asks."""

from __future__ import annotations

import re

import pytest

from quizgen.text import balanced, initials, name_and_acronym, normal, normalize, squeeze, strip_the


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("The Harbour Trust", "Harbour Trust"),
        ("  the  Harbour Trust ", "Harbour Trust"),
        ("Theatre Royal", "Theatre Royal"),
    ],
    ids=["leading-the", "spaces", "word-starting-with-the"],
)
def test_strip_the(text: str, bare: str) -> None:
    assert strip_the(text) == bare


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Coastal Fisheries Authority (CFA)", ("Coastal Fisheries Authority", "CFA")),
        ("Coastal Fisheries Authority (CFA", ("Coastal Fisheries Authority", "CFA")),
        ("Apollo (the mission)", None),
        ("Long March 3-A", None),
    ],
    ids=["closed", "cut-short", "words-in-brackets", "no-brackets"],
)
def test_name_and_acronym(text: str, parts: tuple[str, str] | None) -> None:
    assert name_and_acronym(text) == parts


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("the Nordic Trade Council", "NTC"),
        ("U.S. Board of Fisheries", "USBF"),
        ("Harwick Foods spokesman", "HF"),
        ("low-density polyethylene", ""),
    ],
    ids=["lower-case-the-left-out", "dotted-letters-each-count", "lower-case-words-left-out", "a-term-has-none"],
)
def test_initials_are_the_capitalised_words_first_letters(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_balanced_closes_only_a_cut_short_acronym() -> None:
    assert balanced("Coastal Fisheries Authority (CFA") == "Coastal Fisheries Authority (CFA)"
    assert balanced("Coastal Fisheries Authority (CFA)") == "Coastal Fisheries Authority (CFA)"
    assert balanced("a note (see below") == "a note (see below"


def test_normalize_drops_titles_only_when_asked_and_keeps_one_word() -> None:
    assert normalize("Mayor Tunde Okafor") == "mayor tunde okafor"
    assert normalize("Mayor Tunde Okafor", titles={"mayor"}) == "tunde okafor"
    assert normalize("Mayor", titles={"mayor"}) == "mayor"
    assert normalize("Dr. Béatrice Vandermolen's") == "beatrice vandermolen"


def test_question_key_and_snippet_comparison() -> None:
    assert normal("The Harbour Board's") == normal("harbour board")
    assert normal("4.5%") != normal("45%")
    assert squeeze("Harbour\n  Trust") == squeeze("harbour trust")


def test_whole_words_finds_what_the_word_bounded_pattern_finds():
    from quizgen.text import whole_words

    text = "Ms Holt met Holton. Jane Holt's aide, Dr. Holt_2, and HOLT-Jones: Holt-Jones and Jane Holt."
    for forms in (["Jane Holt", "Ms Holt", "Holt", "Jane"], ["Holt"], ["Dr.", "Holt-Jones"], ["Jane", "Jane Holt"]):
        pattern = "|".join(re.escape(f) for f in forms)
        assert whole_words(text, forms) == [m.start() for m in re.finditer(rf"\b(?:{pattern})\b", text)]
    assert whole_words(text, ["Jane Holt", "Jane"]) == [20, 81]  # the longer form first, no overlaps
