"""Moving to a new machine: export history, import it elsewhere, lose and duplicate nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.errors import ExportError, InputError
from quizgen.models import Question
from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.store.history import export_history, import_history, read_history

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)


def study(store: ReviewStore, questions: list[Question]) -> None:
    """A few days of quizzing, with a wrong answer, an override and a typed answer."""
    store.add_questions(questions, titles={"harbor-bridge-opens": "Harbor bridge opens after <five> years"})
    for i, question in enumerate(questions[:5]):
        due = store.record_review(question, Grade.GOOD, T0 + i * MINUTE, correct=True, mode="mcq")
        store.record_review(question, Grade.GOOD, due, correct=True, mode="flash", duration_ms=2100)
    store.record_review(questions[4], Grade.AGAIN, T0 + 3 * DAY, correct=False, mode="typed", typed="12 hundred")
    store.add_alias(questions[4].id, "12 hundred", T0 + 3 * DAY)


def without_time(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_round_trip_into_a_fresh_home(sample_questions: list[Question], tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    with ReviewStore.open(tmp_path / "old.sqlite3", fuzz=False) as old:
        study(old, sample_questions)
        assert export_history(old, first, T0) == len(sample_questions)
        old_stats = old.stats(T0 + 4 * DAY)
        old_due = old.due_questions(T0 + 30 * DAY)
        old_history = old.history()

    with ReviewStore.open(tmp_path / "new.sqlite3", fuzz=False) as new:
        result = import_history(first, T0, new)
        assert (result.cards_added, result.reviews_added) == (len(sample_questions), 11)
        assert new.history() == old_history
        assert new.stats(T0 + 4 * DAY) == old_stats
        assert new.due_questions(T0 + 30 * DAY) == old_due
        assert (
            "12 hundred" in next(q for q in new.due_questions(T0 + 30 * DAY) if q.id == sample_questions[4].id).aliases
        )
        export_history(new, second, T0 + DAY)

    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert without_time(one) == without_time(two)
    assert one["schema_version"] == 4 and one["version"] == 1 and one["format"] == "quizgen-history"


def test_import_twice_adds_nothing_the_second_time(sample_questions: list[Question], tmp_path: Path) -> None:
    file = tmp_path / "h.json"
    with ReviewStore.open(tmp_path / "a.sqlite3", fuzz=False) as source:
        study(source, sample_questions)
        export_history(source, file, T0)
    with ReviewStore.open(fuzz=False) as target:
        import_history(file, T0, target)
        before = target.history()
        again = import_history(file, T0, target)
        assert (again.cards_added, again.reviews_added, again.schedules_updated) == (0, 0, 0)
        assert target.history() == before


def test_merge_keeps_both_machines_reviews_and_the_latest_schedule(
    sample_questions: list[Question], tmp_path: Path
) -> None:
    question = sample_questions[0]
    file = tmp_path / "laptop.json"
    with ReviewStore.open(tmp_path / "laptop.sqlite3", fuzz=False) as laptop:
        due = laptop.record_review(question, Grade.GOOD, T0, correct=True, mode="mcq")
        latest = laptop.record_review(question, Grade.GOOD, due, correct=True, mode="mcq")
        export_history(laptop, file, T0)
    with ReviewStore.open(fuzz=False) as desktop:
        desktop.record_review(question, Grade.AGAIN, T0 - DAY, correct=False, mode="typed", typed="Okafur")
        desktop.record_review(sample_questions[1], Grade.GOOD, T0, correct=True, mode="mcq")
        result = import_history(file, T0, desktop)
        assert (result.cards_added, result.reviews_added, result.schedules_updated) == (0, 2, 1)
        assert [r.mode for r in desktop.reviews(question.id)] == ["typed", "mcq", "mcq"]
        assert desktop.schedule(question.id).due == latest
        assert desktop.stats(T0)["reviews"] == 4


def test_local_schedule_wins_when_it_is_newer(sample_questions: list[Question], tmp_path: Path) -> None:
    question = sample_questions[0]
    file = tmp_path / "old.json"
    with ReviewStore.open(tmp_path / "old.sqlite3", fuzz=False) as old:
        old.record_review(question, Grade.GOOD, T0, correct=True, mode="mcq")
        export_history(old, file, T0)
    with ReviewStore.open(fuzz=False) as current:
        due = current.record_review(question, Grade.EASY, T0 + DAY, correct=True, mode="flash")
        import_history(file, T0, current)
        assert current.schedule(question.id).due == due


def test_export_refuses_to_overwrite_without_force(sample_questions: list[Question], tmp_path: Path) -> None:
    file = tmp_path / "h.json"
    file.write_text("keep me", encoding="utf-8")
    with ReviewStore.open(fuzz=False) as store:
        study(store, sample_questions)
        with pytest.raises(ExportError, match="--force"):
            export_history(store, file, T0)
        assert file.read_text(encoding="utf-8") == "keep me"
        export_history(store, file, T0, force=True)
    assert len(read_history(file)) == len(sample_questions)


def valid_document(sample_questions: list[Question], tmp_path: Path) -> dict:
    file = tmp_path / "valid.json"
    with ReviewStore.open(tmp_path / "v.sqlite3", fuzz=False) as store:
        study(store, sample_questions)
        export_history(store, file, T0)
    return json.loads(file.read_text(encoding="utf-8"))


BREAKAGES = {
    "not-json": lambda doc: "{ cards: [",
    "a-list": lambda doc: [],
    "wrong-format": lambda doc: {**doc, "format": "anki"},
    "newer-version": lambda doc: {**doc, "version": 99},
    "cards-not-list": lambda doc: {**doc, "cards": {"q": 1}},
    "card-without-answer": lambda doc: {
        **doc,
        "cards": [{k: v for k, v in doc["cards"][0].items() if k != "answer"}],
    },
    "naive-review-time": lambda doc: {
        **doc,
        "cards": [
            {
                **doc["cards"][0],
                "reviews": [{**doc["cards"][0]["reviews"][0], "reviewed_at": "2024-03-14T12:00:00"}],
            }
        ],
    },
    "grade-out-of-range": lambda doc: {
        **doc,
        "cards": [{**doc["cards"][0], "reviews": [{**doc["cards"][0]["reviews"][0], "grade": 7}]}],
    },
    "learning-without-due": lambda doc: {
        **doc,
        "cards": [{**doc["cards"][0], "schedule": {**doc["cards"][0]["schedule"], "due": None}}],
    },
    "span-of-one-number": lambda doc: {**doc, "cards": [{**doc["cards"][0], "span": [1]}]},
    "span-past-sqlite": lambda doc: {**doc, "cards": [{**doc["cards"][0], "span": [0, 10**20]}]},
    "choice-not-text": lambda doc: {**doc, "cards": [{**doc["cards"][0], "choices": [["Okafor"]]}]},
    "negative-stability": lambda doc: {
        **doc,
        "cards": [{**doc["cards"][0], "schedule": {**doc["cards"][0]["schedule"], "stability": -3.5}}],
    },
    "difficulty-above-ten": lambda doc: {
        **doc,
        "cards": [{**doc["cards"][0], "schedule": {**doc["cards"][0]["schedule"], "difficulty": 11}}],
    },
    "step-past-sqlite": lambda doc: {
        **doc,
        "cards": [{**doc["cards"][0], "schedule": {**doc["cards"][0]["schedule"], "step": 10**20}}],
    },
    "duration-past-sqlite": lambda doc: {
        **doc,
        "cards": [{**doc["cards"][0], "reviews": [{**doc["cards"][0]["reviews"][0], "duration_ms": 10**20}]}],
    },
    "learner-alias-not-text": lambda doc: {**doc, "cards": [{**doc["cards"][0], "learner_aliases": [7]}]},
    "nested-too-deeply": lambda doc: "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("breakage", list(BREAKAGES), ids=list(BREAKAGES))
def test_malformed_file_is_one_line_and_changes_nothing(
    sample_questions: list[Question], tmp_path: Path, breakage: str
) -> None:
    broken = BREAKAGES[breakage](valid_document(sample_questions, tmp_path))
    file = tmp_path / "broken.json"
    file.write_text(broken if isinstance(broken, str) else json.dumps(broken), encoding="utf-8")
    with ReviewStore.open(fuzz=False) as store:
        with pytest.raises(InputError) as caught:
            import_history(file, T0, store)
        assert "\n" not in str(caught.value) and str(file) in str(caught.value)
        assert store.history() == []


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZGEN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True, env=env, timeout=60)


def test_cli_export_then_import_on_another_home(sample_questions: list[Question], tmp_path: Path) -> None:
    old_home, new_home = tmp_path / "old-home", tmp_path / "new-home"
    with ReviewStore.open(old_home / "reviews.sqlite3", fuzz=False) as store:
        study(store, sample_questions)
        expected = store.history()
    file = tmp_path / "history.json"
    result = run_cli("export-history", str(file), home=old_home)
    assert result.returncode == 0, result.stderr
    assert run_cli("export-history", str(file), home=old_home).returncode != 0  # exists, no --force
    result = run_cli("import-history", str(file), home=new_home)
    assert result.returncode == 0, result.stderr
    assert "11 reviews" in result.stderr
    with ReviewStore.open(new_home / "reviews.sqlite3") as store:
        assert store.history() == expected

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "quizgen-history", "version": 1, "cards": [{"id": "x"}]}', encoding="utf-8")
    result = run_cli("import-history", str(bad), home=tmp_path / "third-home")
    assert result.returncode != 0 and result.stderr.count("\n") == 1
    assert not (tmp_path / "third-home" / "reviews.sqlite3").exists()


def test_times_in_other_zones_are_stored_as_utc(sample_questions: list[Question], tmp_path: Path) -> None:
    """A history written elsewhere with +02:00 offsets imports as the same instants."""
    doc = valid_document(sample_questions, tmp_path)
    plus_two = dt.timezone(dt.timedelta(hours=2))
    for card in doc["cards"]:
        for review in card["reviews"]:
            review["reviewed_at"] = dt.datetime.fromisoformat(review["reviewed_at"]).astimezone(plus_two).isoformat()
    file = tmp_path / "zoned.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    with ReviewStore.open(fuzz=False) as store:
        import_history(file, T0, store)
        (first, *_rest) = store.reviews(sample_questions[0].id)
    assert first.reviewed_at == T0 and first.reviewed_at.utcoffset() == dt.timedelta(0)
    assert dataclasses.asdict(first)["mode"] == "mcq"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("span", [1], "'span'"), ("schedule.stability", -3.5, "stability")],
    ids=["span-of-one-number", "negative-stability"],
)
def test_cli_import_of_a_malformed_card_is_one_input_error_line(
    sample_questions: list[Question], tmp_path: Path, field: str, value: object, message: str
) -> None:
    doc = valid_document(sample_questions, tmp_path)
    card = doc["cards"][0]
    if field.startswith("schedule."):
        card["schedule"][field.split(".")[1]] = value
    else:
        card[field] = value
    file = tmp_path / "edited.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    home = tmp_path / "fresh-home"
    result = run_cli("import-history", str(file), home=home)
    assert result.returncode == InputError.exit_code, result.stderr
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
    assert "card 1 is malformed" in result.stderr and message in result.stderr
    assert not (home / "reviews.sqlite3").exists()
