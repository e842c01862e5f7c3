"""CSV/TSV for Anki's text import, Quizlet lines, and JSON exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.export import write_export
from quizgen.models import Question, QuestionBank

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("name", "separator", "word"),
    [("deck.csv", ",", "Comma"), ("deck.tsv", "\t", "Tab")],
    ids=["csv", "tsv"],
)
def test_header_lines_tell_anki_how_to_read_the_file(sample_bank, tmp_path, name, separator, word):
    result = write_export(sample_bank, tmp_path / name, now=NOW)
    lines = result.path.read_text(encoding="utf-8").splitlines()
    assert lines[:7] == [
        f"#separator:{word}",
        "#html:true",
        "#notetype:Basic",
        f"#columns:Front{separator}Back{separator}Tags{separator}Deck{separator}GUID",
        "#tags column:3",
        "#deck column:4",
        "#guid column:5",
    ]
    assert len(lines) == 7 + len(sample_bank.questions)
    # Quoted fields: no data line can start with "#" and be taken for a header.
    assert all(line.startswith('"') for line in lines[7:])


@pytest.mark.parametrize("name", ["deck.csv", "deck.tsv"])
def test_anki_imports_the_text_file_and_updates_on_reimport(sample_bank, tmp_path, name):
    anki_collection = pytest.importorskip("anki.collection")
    path = write_export(sample_bank, tmp_path / name, now=NOW).path
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        for _ in range(2):
            metadata = col.get_csv_metadata(path=str(path), delimiter=None)
            col.import_csv(anki_collection.ImportCsvRequest(path=str(path), metadata=metadata))
        assert col.note_count() == len(sample_bank.questions)
        notes = [col.get_note(nid) for nid in col.find_notes("")]
        workers = next(n for n in notes if "number" in n.tags)
        assert workers["Front"] == (
            "<small>From: <i>Harbor bridge opens after &lt;five&gt; years</i> · 2024-03-14</small><br>"
            "How many workers built the Harbor Bridge?"
        )
        assert workers["Back"].startswith("<b>1,200</b><br><br>Some <b>1,200</b> workers")
        assert "&lt;b&gt;$2.1 billion&lt;/b&gt; &amp; more" in workers["Back"]
        assert sorted(workers.tags) == ["harbor-bridge-opens", "number", "quizgen"]
        deck = col.decks.name(workers.cards()[0].did)
        assert deck == "quizgen::Harbor bridge opens after <five> years"
    finally:
        col.close()


def test_quizlet_lines_are_term_tab_definition(sample_bank, tmp_path):
    tabbed = Question(
        id="q-tab",
        article=sample_bank.articles[0].id,
        kind="number",
        question="How long\tis the\nbridge?",
        answer="2.4 km",
    )
    two = QuestionBank(articles=sample_bank.articles, questions=(*sample_bank.questions[:1], tabbed))
    result = write_export(two, tmp_path / "cards.quizlet.tsv", now=NOW)
    assert result.fmt == "quizlet"
    assert result.path.read_text(encoding="utf-8") == (
        'Who said "this bridge joins two cities that always belonged together"?\tMaria Okafor\n'
        "How long is the bridge?\t2.4 km\n"
    )


def test_quizlet_format_option_with_any_name(sample_bank, tmp_path):
    result = write_export(sample_bank, tmp_path / "cards.txt", fmt="quizlet", now=NOW)
    assert result.path.read_text(encoding="utf-8").count("\n") == len(sample_bank.questions)


def test_json_is_what_generate_prints(sample_bank, tmp_path):
    result = write_export(sample_bank, tmp_path / "bank.json", now=NOW)
    data = json.loads(Path(result.path).read_text(encoding="utf-8"))
    assert data == sample_bank.to_dict()
    assert data["questions"][4]["source"].endswith("<b>$2.1 billion</b> & more.")


def test_csv_front_blanks_the_answer_the_title_names(sample_bank, tmp_path):
    import dataclasses

    article = dataclasses.replace(sample_bank.articles[0], title="Harbor Transit Authority opens bridge")
    renamed = dataclasses.replace(sample_bank, articles=(article,))
    text = write_export(renamed, tmp_path / "deck.csv", now=NOW).path.read_text(encoding="utf-8")
    paid = next(line for line in text.splitlines() if "Which organization paid" in line)
    assert "<small>From: <i>___ opens bridge</i> · 2024-03-14</small><br>" in paid
    workers = next(line for line in text.splitlines() if "How many workers" in line)
    assert "From: <i>Harbor Transit Authority opens bridge</i>" in workers


def test_csv_front_leaves_out_the_date_that_answers_the_question(sample_bank, tmp_path):
    import dataclasses

    from quizgen.models import Question

    article = sample_bank.articles[0]
    dated = Question(
        id="q-on-the-day",
        article=article.id,
        kind="date",
        question="When did the bridge open?",
        answer=f"{article.published:%B} {article.published.day}, {article.published.year}",
        source="The bridge opened today.",
    )
    bank = dataclasses.replace(sample_bank, questions=(*sample_bank.questions, dated))
    text = write_export(bank, tmp_path / "deck.csv", now=NOW).path.read_text(encoding="utf-8")
    front = next(line for line in text.splitlines() if "When did the bridge open" in line)
    assert f"From: <i>{article.title}</i></small>" in front.replace("&lt;", "<").replace("&gt;", ">")
    assert article.published.isoformat() not in front
    others = [line for line in text.splitlines() if "How many workers" in line]
    assert others and article.published.isoformat() in others[0]
