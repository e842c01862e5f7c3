"""The title shown above a question in review is the one worked out from the whole article when the
question was written: the store keeps no article text, so an acronym the article defines in another
sentence would otherwise stand unblanked above the question it answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quizgen.models import Article, Question
from quizgen.questions.title_blank import BLANK, shown_byline, with_shown_titles
from quizgen.store import ReviewStore

TEXT = (
    "The Calder Ferry Authority (Calfa) took over the island routes in March. "
    "The authority cut two winter sailings on Tuesday, citing a shortage of deckhands."
)
DAY = dt.date(2025, 1, 9)
ARTICLE = Article(id="ferry", title="Calfa cuts winter sailings", published=DAY, path="f.txt", text=TEXT)
QUESTION = Question(
    id="q-cfa",
    article="ferry",
    kind="org-event",
    question="Which organization cut two winter sailings?",
    answer="Calder Ferry Authority",
    source="The authority cut two winter sailings on Tuesday, citing a shortage of deckhands.",
)
NOW = dt.datetime(2025, 1, 10, tzinfo=dt.UTC)


def test_review_shows_the_title_blanked_as_when_the_question_was_written(tmp_path: Path) -> None:
    [carried] = with_shown_titles(ARTICLE, [QUESTION])
    with ReviewStore.open(tmp_path / "r.sqlite3", fuzz=False) as store:
        store.add_questions([carried], titles={ARTICLE.id: ARTICLE.title}, published={ARTICLE.id: ARTICLE.published})
    with ReviewStore.open(tmp_path / "r.sqlite3", fuzz=False) as store:
        bank = store.due_bank(NOW, new=1)
    [question], [article] = bank.questions, bank.articles
    assert article.text == ""  # the store has no article text ...
    assert shown_byline(question, article) == f"{BLANK} cuts winter sailings · 9 January 2025"  # ... nor needs it


def test_a_bank_file_carries_the_shown_title() -> None:
    [carried] = with_shown_titles(ARTICLE, [QUESTION])
    read_back = Question.from_dict(carried.to_dict())
    assert read_back.shown_title == f"{BLANK} cuts winter sailings"
    assert shown_byline(read_back, Article(id="ferry", title=ARTICLE.title, published=None, path="", text="")) == (
        f"{BLANK} cuts winter sailings"
    )


def test_a_card_stored_before_shown_titles_still_blanks_what_its_sentence_shows(tmp_path: Path) -> None:
    older = Question(
        id="q-old",
        article="ferry",
        kind="org-event",
        question="Which organization took over the island routes?",
        answer="Calder Ferry Authority",
        source="The Calder Ferry Authority (Calfa) took over the island routes in March.",
    )
    with ReviewStore.open(tmp_path / "r.sqlite3", fuzz=False) as store:
        store.add_questions([older], titles={ARTICLE.id: ARTICLE.title})
        bank = store.due_bank(NOW, new=1)
    [question], [article] = bank.questions, bank.articles
    assert question.shown_title is None
    assert shown_byline(question, article).startswith(f"{BLANK} cuts winter sailings")


def test_a_title_changed_since_the_question_was_written_is_blanked_afresh() -> None:
    [carried] = with_shown_titles(ARTICLE, [QUESTION])
    renamed = Article(id="ferry", title="Calder Ferry Authority cuts sailings", published=None, path="", text="")
    assert shown_byline(carried, renamed) == f"{BLANK} cuts sailings"
