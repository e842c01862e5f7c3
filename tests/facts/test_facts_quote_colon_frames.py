"""A speaker's words after a colon that a verb other than "say" opens: "X put it this way: …",
"X summed it up: …", "X offered this twist: …", "X had this to say: …" (news uses these to hand
over to a sound bite); never a sign, banner or other thing a person holds up or puts up.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

ARTICLES = {
    "put-it": (
        "Ann Ruiz chairs the ferry board.\n\n"
        'Ferry board chair Ann Ruiz put it this way: "We will keep the night boat running until the bridge '
        'opens, whatever it costs."'
    ),
    "this-twist": (
        "Oskar Lind runs the harbour.\n\n"
        'Harbour master Oskar Lind offered this twist: "The new pier will be ready before the old one is '
        'pulled down. Nobody believed me."'
    ),
    "summed-up": (
        'Ann Ruiz, the island\'s mayor, summed it up: "Three ferries a day are not enough for a town of this size."'
    ),
    "held-a-sign": 'Ann Ruiz held up a sign: "No more cuts to the island ferry service this winter."',
    "put-up-a-banner": 'Oskar Lind put up a banner: "Save the night ferry before the council sells it off."',
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(ARTICLES)


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        ("put-it", "keep the night boat running", "Ann Ruiz"),
        ("this-twist", "new pier will be ready", "Oskar Lind"),
        ("summed-up", "Three ferries a day", "Ann Ruiz"),
    ],
)
def test_the_quote_a_framing_verbs_colon_opens_is_the_subjects(
    bank: QuestionBank, article: str, words: str, speaker: str
) -> None:
    found = [q for q in asked(bank, article, "quote") if words in q.question]
    assert [q.answer for q in found] == [speaker], [q.question for q in asked(bank, article, "quote")]


@pytest.mark.parametrize("article", ["held-a-sign", "put-up-a-banner"])
def test_words_on_a_sign_or_banner_are_nobodys_quote(bank: QuestionBank, article: str) -> None:
    assert asked(bank, article, "quote") == []
