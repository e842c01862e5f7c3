"""`quizgen articles` and `quizgen forget`: what was studied, and removing one article's history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest

from quizgen import cli
from quizgen.locations import database_path
from quizgen.models import Question
from quizgen.srs import Grade
from quizgen.store import ReviewStore

T0 = dt.datetime(2026, 1, 2, 9, tzinfo=dt.UTC)


@pytest.fixture
def two_articles(sample_questions: list[Question]) -> list[Question]:
    """The sample article's questions plus two from a second article, all answered once or twice."""
    other = [dataclasses.replace(q, id=f"{q.id}-ferry", article="ferry-strike") for q in sample_questions[:2]]
    with ReviewStore.open(fuzz=False) as store:
        store.add_questions(
            [*sample_questions, *other],
            titles={"harbor-bridge-opens": "Harbor bridge opens after <five> years", "ferry-strike": "Ferry strike"},
            published={"harbor-bridge-opens": dt.date(2024, 3, 14), "ferry-strike": dt.date(2024, 5, 2)},
        )
        for i, question in enumerate([*sample_questions[:3], *other]):
            store.record_review(question, Grade.GOOD, T0 + dt.timedelta(minutes=i), correct=True, mode="mcq")
        store.record_review(other[0], Grade.AGAIN, T0 + dt.timedelta(days=1), correct=False, mode="typed", typed="x")
        store.add_alias(other[1].id, "Lindqvist T.", T0)
        store.suspend(sample_questions[6].id)
    return other


def rows_of(article: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(database_path())
    try:
        cards = conn.execute("SELECT * FROM cards WHERE article_id = ? ORDER BY id", (article,)).fetchall()
        reviews = conn.execute(
            "SELECT r.* FROM reviews r JOIN cards c ON c.id = r.card_id WHERE c.article_id = ? ORDER BY r.id",
            (article,),
        ).fetchall()
        aliases = conn.execute(
            "SELECT a.* FROM learner_aliases a JOIN cards c ON c.id = a.card_id WHERE c.article_id = ?", (article,)
        ).fetchall()
    finally:
        conn.close()
    return [*cards, *reviews, *aliases]


def test_articles_lists_each_article_with_its_counts(two_articles, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cli, "_clock", lambda: (T0 + dt.timedelta(hours=1), dt.UTC))
    cli.main(["articles"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Article", "Date", "Questions", "New", "Learning", "Due", "Suspended"]
    ferry = next(line for line in lines if line.startswith("Ferry strike"))
    harbor = next(line for line in lines if line.startswith("Harbor bridge opens after <five> years"))
    assert ferry.split()[2:] == ["2024-05-02", "2", "0", "2", "1", "0"]  # one was missed a day later: not due yet
    assert harbor.split()[6:] == ["2024-03-14", "7", "3", "3", "3", "1"]  # 7 cards: 3 new, 3 learning, 1 suspended
    assert lines[-1].startswith("2 articles")


def test_articles_as_json(two_articles, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cli, "_clock", lambda: (T0 + dt.timedelta(hours=1), dt.UTC))
    cli.main(["articles", "--format", "json"])
    data = {a["id"]: a for a in json.loads(capsys.readouterr().out)}
    assert data["harbor-bridge-opens"] == {
        "id": "harbor-bridge-opens",
        "title": "Harbor bridge opens after <five> years",
        "published": "2024-03-14",
        "questions": 7,
        "new": 3,
        "learning": 3,
        "due": 3,
        "suspended": 1,
    }
    assert data["ferry-strike"]["learning"] == 2


def test_no_articles_yet_says_how_to_start(capsys) -> None:  # type: ignore[no-untyped-def]
    cli.main(["articles"])
    assert "No articles yet" in capsys.readouterr().out


def test_forgetting_one_article_leaves_the_other_identical(two_articles, capsys) -> None:  # type: ignore[no-untyped-def]
    ferry_before = rows_of("ferry-strike")
    assert len(ferry_before) == 2 + 3 + 1
    cli.main(["forget", "harbor-bridge-opens", "--yes"])
    assert capsys.readouterr().err == "forgot Harbor bridge opens after <five> years: 7 cards and 3 reviews\n"
    assert rows_of("harbor-bridge-opens") == []
    assert rows_of("ferry-strike") == ferry_before
    conn = sqlite3.connect(database_path())
    assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (3,)  # no orphans
    conn.close()


def test_forget_asks_first_and_no_keeps_everything(two_articles, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = rows_of("ferry-strike")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["forget", "Ferry strike"])  # by title too
    assert exit_info.value.code != 0
    assert "Forget 'Ferry strike': 2 cards and their review history?" in capsys.readouterr().err
    assert rows_of("ferry-strike") == before
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    cli.main(["forget", "ferry STRIKE"])
    assert rows_of("ferry-strike") == []


def test_forgetting_a_missing_article_is_one_line(two_articles, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["forget", "no-such-article", "--yes"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("quizgen: error: no studied article is called 'no-such-article'")


def test_quiz_without_a_terminal_says_so_instead_of_hanging(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["quiz", "--bank", str(Path(__file__).parents[1] / "data" / "sample_bank.json")])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == (
        "quizgen: error: the quiz needs a terminal: run it in one, not with standard input redirected\n"
    )


def test_review_adds_new_cards_up_to_the_daily_limit(two_articles, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    made = {}

    class FakeApp:
        failure = None
        results = None

        def run(self) -> None:
            pass

    def fake_make_app(**kwargs):  # type: ignore[no-untyped-def]
        made.update(kwargs)
        return FakeApp()

    monkeypatch.setattr("quizgen.tui.app.make_app", fake_make_app)
    monkeypatch.setattr(cli, "_require_terminal", lambda: None)
    monkeypatch.setattr(cli, "_clock", lambda: (T0 + dt.timedelta(hours=1), dt.UTC))
    (database_path().parent / "settings.json").write_text('{"new_cards_per_day": 7}', encoding="utf-8")
    cli.main(["review"])
    questions = made["bank"].questions
    # 4 due, then new ones: 7 a day, less the 5 first answered today
    assert len(questions) == 4 + 2
    assert [q.id for q in questions[4:]] == ["q-5f1c0a04", "q-5f1c0a05"]  # never answered, not suspended
    cli.main(["review", "--new", "0"])
    assert len(made["bank"].questions) == 4


@pytest.mark.parametrize(("args", "mode", "straight"), [([], "mixed", False), (["--mode", "typed"], "typed", True)])
def test_review_with_a_mode_skips_the_start_screen(two_articles, monkeypatch, args, mode, straight) -> None:  # type: ignore[no-untyped-def]
    from quizgen.tui.app import make_app

    first_screens = []

    def first_screen_only(**kwargs):  # type: ignore[no-untyped-def]
        app = make_app(**kwargs)
        app.run = lambda: first_screens.append((app, app.get_default_screen()))  # type: ignore[method-assign]
        return app

    monkeypatch.setattr("quizgen.tui.app.make_app", first_screen_only)
    monkeypatch.setattr(cli, "_require_terminal", lambda: None)
    monkeypatch.setattr(cli, "_clock", lambda: (T0 + dt.timedelta(days=30), dt.UTC))
    cli.main(["review", *args])
    ((app, screen),) = first_screens  # the first screen the learner sees
    assert type(screen).__name__ == ("QuizScreen" if straight else "StartScreen")
    assert app.options.mode == mode
    if straight:
        assert screen.session.mode == "typed"
