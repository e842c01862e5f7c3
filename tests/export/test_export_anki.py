"""The .apkg export, checked by importing it with Anki's own backend into fresh collections."""

from __future__ import annotations

import dataclasses
import html
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizgen.export import write_export
from quizgen.models import KINDS, Question, QuestionBank

anki_collection = pytest.importorskip("anki.collection")

NOW = 1_700_000_000.0  # 2023-11-14: earlier than any edit a test makes in a collection today

# A question with no choices whose answer is not in its sentence: the one "quizgen Q&A" note.
RIBBON = Question(
    id="q-ribbon-08",
    article="harbor-bridge-opens",
    kind="role",
    question="Who cut the ribbon at the <script>alert(1)</script> opening?",
    answer="Mayor Lena Ortiz",
    source="The mayor cut the ribbon at noon & waved.",
    tags=("opening day",),
)


@pytest.fixture
def bank(sample_bank: QuestionBank) -> QuestionBank:
    """The sample bank and RIBBON."""
    return dataclasses.replace(sample_bank, questions=(*sample_bank.questions, RIBBON))


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[anki_collection.Collection]:
    """A fresh, empty Anki collection."""
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture(autouse=True)
def _own_tmpdir(private_tmpdir: Path) -> Path:
    """Every export test gets a TMPDIR of its own (see conftest.private_tmpdir)."""
    return private_tmpdir


def import_apkg(col, path: Path):  # type: ignore[no-untyped-def]
    """Import like Anki's default dialog does (update notes only when newer) and return the log."""
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(path),
        options=anki_collection.ImportAnkiPackageOptions(
            merge_notetypes=False, with_scheduling=False, with_deck_configs=False
        ),
    )
    return col.import_anki_package(request).log


def visible(card_html: str) -> str:
    """What a learner reads on a rendered card side: no style sheet, no tags, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", card_html.split("</style>")[-1]))


def shown(card_html: str) -> str:
    """`visible`, without the spans anki.css hides on a card's front line (`.from .where`)."""
    assert re.search(r"\.from \.where \{ display: none; \}", card_html.split("</style>")[0])
    return visible(re.sub(r'<span class="where[^"]*">.*?</span>', "", card_html))


def notes_by_guid(col) -> dict:  # type: ignore[no-untyped-def]
    return {note.guid: note for note in (col.get_note(nid) for nid in col.find_notes(""))}


def test_one_note_per_question_with_types_fields_tags_and_deck(bank, collection, tmp_path):
    result = write_export(bank, tmp_path / "harbor.apkg", now=NOW)
    log = import_apkg(collection, result.path)

    assert result.notes == 8 and len(log.new) == 8
    assert collection.note_count() == 8
    # One card per note: "quizgen Q&A" and "quizgen multiple choice" have one template each, and
    # each cloze note hides exactly one span ({{c1::...}}).
    assert collection.card_count() == 8
    types = sorted(collection.get_note(nid).note_type()["name"] for nid in collection.find_notes(""))
    # Five answers stand verbatim in their sentence (cloze); the date's sentence says "Tuesday"
    # and the organization question repeats the acronym question's phrase (multiple choice);
    # the ribbon question has neither choices nor its answer in the sentence (Q&A).
    assert types == ["quizgen Q&A"] + ["quizgen cloze"] * 5 + ["quizgen multiple choice"] * 2

    decks = {collection.decks.name(collection.get_card(cid).did) for cid in collection.find_cards("")}
    assert decks == {"quizgen::Harbor bridge opens after <five> years"}

    ribbon = next(n for n in notes_by_guid(collection).values() if n.note_type()["name"] == "quizgen Q&A")
    assert ribbon["Answer"] == "Mayor Lena Ortiz"
    assert ribbon["Kind"] == "role"
    assert sorted(ribbon.tags) == ["harbor-bridge-opens", "opening_day", "quizgen", "role"]
    assert "Harbor bridge opens after &lt;five&gt; years" in ribbon["Source"]
    assert "2024-03-14" in ribbon["Source"] and "tests/data/harbor.txt" in ribbon["Source"]


def test_markup_in_articles_shows_as_text(bank, collection, tmp_path):
    import_apkg(collection, write_export(bank, tmp_path / "harbor.apkg", now=NOW).path)
    notes = list(notes_by_guid(collection).values())

    workers = next(n for n in notes if n["Kind"] == "number")
    assert "&lt;b&gt;$2.1 billion&lt;/b&gt; &amp; more" in workers["Text"]
    ribbon = next(n for n in notes if n.note_type()["name"] == "quizgen Q&A")
    card = ribbon.cards()[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card.question()
    assert "<script>" not in card.question()
    assert "Who cut the ribbon at the <script>alert(1)</script> opening?" in visible(card.question())
    assert "The mayor cut the ribbon at noon & waved." in visible(card.answer())


def test_answer_is_bold_in_the_source_sentence(bank, collection, tmp_path):
    import_apkg(collection, write_export(bank, tmp_path / "harbor.apkg", now=NOW).path)
    date = next(n for n in notes_by_guid(collection).values() if n["Kind"] == "date")
    assert date["Context"] == "The Harbor Bridge opened to traffic on <b>Tuesday</b>."
    assert "<b>Tuesday</b>" in date.cards()[0].answer()


def test_cloze_card_hides_the_answer_in_its_sentence(bank, collection, tmp_path):
    import_apkg(collection, write_export(bank, tmp_path / "harbor.apkg", now=NOW).path)
    role = next(n for n in notes_by_guid(collection).values() if n["Kind"] == "role" and "Text" in n)
    card = role.cards()[0]
    assert shown(card.question()).endswith("\n[...], chief engineer of the Harbor Transit Authority, led the work.")
    assert "Tomas Lindqvist, chief engineer" in visible(card.answer())


def test_braces_and_colons_in_a_cloze_sentence_stay_text(sample_bank, collection, tmp_path):
    tricky = Question(
        id="q-tricky",
        article="harbor-bridge-opens",
        kind="date",
        question="When do the doors open?",
        answer="9:30",
        source="Doors open at 9:30, said the {{sign}}.",
        span=(13, 17),
    )
    bank = dataclasses.replace(sample_bank, questions=(tricky,))
    import_apkg(collection, write_export(bank, tmp_path / "tricky.apkg", now=NOW).path)

    card = collection.get_card(collection.find_cards("")[0])
    front, back = visible(card.question()), visible(card.answer())
    assert collection.card_count() == 1
    assert "[...]" in front and "9:30" not in front and "{{sign}}" in front
    assert "9:30" in back and "{{sign}}" in back


def test_deck_option_puts_every_note_in_that_deck(bank, collection, tmp_path):
    result = write_export(bank, tmp_path / "harbor.apkg", deck=" News :: Harbor ", now=NOW)
    import_apkg(collection, result.path)
    assert result.decks == ("News::Harbor",)
    decks = {collection.decks.name(collection.get_card(cid).did) for cid in collection.find_cards("")}
    assert decks == {"News::Harbor"}


def test_exporting_again_does_not_duplicate_notes(bank, collection, tmp_path):
    import_apkg(collection, write_export(bank, tmp_path / "first.apkg", now=NOW).path)
    log = import_apkg(collection, write_export(bank, tmp_path / "second.apkg", now=NOW + 3600).path)
    assert (len(log.new), len(log.updated)) == (0, 0)
    assert collection.note_count() == 8


def test_reworded_question_updates_the_existing_note(bank, collection, tmp_path):
    import_apkg(collection, write_export(bank, tmp_path / "first.apkg", now=NOW).path)
    before = notes_by_guid(collection)

    reworded = dataclasses.replace(bank.questions[2], question="On what date did the Harbor Bridge open?")
    changed = dataclasses.replace(bank, questions=(*bank.questions[:2], reworded, *bank.questions[3:]))
    # The same export time on purpose: a changed note must still come out newer.
    log = import_apkg(collection, write_export(changed, tmp_path / "second.apkg", now=NOW).path)

    assert len(log.updated) == 1 and len(log.new) == 0
    after = notes_by_guid(collection)
    assert after.keys() == before.keys()
    date = next(n for n in after.values() if n["Kind"] == "date")
    assert date["Question"] == "On what date did the Harbor Bridge open?"


def test_unchanged_export_keeps_the_learners_own_edit(bank, collection, tmp_path):
    import_apkg(collection, write_export(bank, tmp_path / "first.apkg", now=NOW).path)
    ribbon = next(n for n in notes_by_guid(collection).values() if n.note_type()["name"] == "quizgen Q&A")
    ribbon["Answer"] = "Mayor Lena Ortiz (my note: first woman mayor)"
    collection.update_note(ribbon)

    # Exported after the edit: a package stamped with its build time would overwrite the edit.
    later = time.time() + 3600
    import_apkg(collection, write_export(bank, tmp_path / "second.apkg", now=later).path)
    assert collection.get_note(ribbon.id)["Answer"] == "Mayor Lena Ortiz (my note: first woman mayor)"


def test_no_temporary_files_are_left(bank, tmp_path, private_tmpdir):
    out = tmp_path / "out"
    out.mkdir()
    for number in range(3):
        write_export(bank, out / f"deck{number}.apkg", now=NOW)
    assert list(private_tmpdir.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["deck0.apkg", "deck1.apkg", "deck2.apkg"]


def test_note_guid_matches_genanki():
    import genanki

    from quizgen.export.notes import note_guid

    for question_id in ("q-5f1c0a01", "harbor|role|tomas lindqvist", "ünïcode-id", ""):
        assert note_guid(question_id) == genanki.guid_for("quizgen", question_id)


# A deck exported by quizgen at aa9076c (before the front named the article), from the sample bank.
PREVIOUS_DECK = Path(__file__).parents[1] / "data" / "deck-aa9076c.apkg"


def test_front_names_the_article_by_title_and_date_not_link(bank, collection, tmp_path):
    import_apkg(collection, write_export(bank, tmp_path / "harbor.apkg", now=NOW).path)
    for note in notes_by_guid(collection).values():
        front = shown(note.cards()[0].question())
        assert "\nFrom: Harbor bridge opens after <five> years · 2024-03-14\n" in front
        assert "harbor.txt" not in front  # the link or file is on the back only
        assert "harbor.txt" in visible(note.cards()[0].answer())
    assert "<five>" not in "".join(n.cards()[0].question() for n in notes_by_guid(collection).values())


def test_new_export_updates_an_old_deck_in_place_and_shows_the_title(sample_bank, collection, tmp_path):
    log = import_apkg(collection, PREVIOUS_DECK)
    old = notes_by_guid(collection)
    assert len(log.new) == len(old) == 7
    assert all("From:" not in visible(n.cards()[0].question()) for n in old.values())

    result = write_export(sample_bank, tmp_path / "harbor.apkg", now=time.time())
    log = import_apkg(collection, result.path)

    assert len(log.new) == 0 and len(log.conflicting) == 0
    new = notes_by_guid(collection)
    assert new.keys() == old.keys() and collection.note_count() == 7
    assert {n.id for n in new.values()} == {n.id for n in old.values()}
    for note in new.values():
        assert "From: Harbor bridge opens after <five> years" in visible(note.cards()[0].question())


def test_a_title_that_names_the_answer_is_blanked_on_that_note_only(sample_bank, collection, tmp_path):
    import_apkg(collection, PREVIOUS_DECK)
    old = notes_by_guid(collection)
    article = dataclasses.replace(sample_bank.articles[0], title="Harbor Transit Authority opens bridge")
    renamed = dataclasses.replace(sample_bank, articles=(article,))

    log = import_apkg(collection, write_export(renamed, tmp_path / "harbor.apkg", now=time.time()).path)

    assert len(log.new) == 0 and len(log.conflicting) == 0
    new = notes_by_guid(collection)
    assert {n.id for n in new.values()} == {n.id for n in old.values()}
    fronts = {next(t for t in n.tags if t in KINDS): shown(n.cards()[0].question()) for n in new.values()}
    # "Which organization paid for the Harbor Bridge?" (Harbor Transit Authority), "What does HTA stand for?"
    assert "From: ___ opens bridge · 2024-03-14" in fronts["org-event"]
    assert "From: ___ opens bridge · 2024-03-14" in fronts["acronym"]
    assert "From: Harbor Transit Authority opens bridge · 2024-03-14" in fronts["number"]
