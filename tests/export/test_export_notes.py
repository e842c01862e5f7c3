"""What goes into an exported note: escaped HTML fields, note type, tags, deck, modification times."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.errors import ExportError
from quizgen.export import fields, ledger
from quizgen.export.notes import BASIC, CHOICE, CLOZE, plan_notes, tags_for
from quizgen.models import Article, Question, QuestionBank


def question(source: str, answer: str, span: tuple[int, int] | None = None, **extra) -> Question:  # type: ignore[no-untyped-def]
    return Question(
        id=extra.pop("id", "q1"),
        article=extra.pop("article", "city-budget"),
        kind="org-event",
        question="Who?",
        answer=answer,
        source=source,
        span=span,
        **extra,
    )


CONTEXTS = [
    pytest.param(
        question("Shares of AT&T <rose> 5%.", "AT&T", (10, 14)),
        "Shares of <b>AT&amp;T</b> &lt;rose&gt; 5%.",
        id="escape-then-bold",
    ),
    pytest.param(
        question("The council met on Monday.", "the council", (0, 11)),
        "<b>The council</b> met on Monday.",
        id="span-matches-ignoring-case",
    ),
    pytest.param(
        question("Ana Ruiz chairs the <i>board</i>.", "Ana Ruiz", (1, 9)),
        "<b>Ana Ruiz</b> chairs the &lt;i&gt;board&lt;/i&gt;.",
        id="off-by-one-span-falls-back-to-answer",
    ),
    pytest.param(
        question("It opened on Friday.", "March 3", (13, 19), aliases=("Friday",)),
        "It opened on <b>Friday</b>.",
        id="span-on-an-alias",
    ),
    pytest.param(question("Nobody & nothing.", "Ana Ruiz"), "Nobody &amp; nothing.", id="answer-absent"),
    pytest.param(
        question("The arts society (CAST) met the CAS team.", "CAS"),
        "The arts society (CAST) met the <b>CAS</b> team.",
        id="not-inside-a-longer-word",
    ),
]


@pytest.mark.parametrize(("q", "expected"), CONTEXTS)
def test_context_escapes_and_bolds_the_answer(q, expected):
    assert fields.context(q) == expected


def test_source_names_title_date_and_where():
    article = Article(
        id="a",
        title="Budget <draft> & cuts",
        published=dt.date(2025, 1, 9),
        path="news/a.txt",
        text="",
        url="https://example.org/a?x=1&y=2",
    )
    assert fields.source(article, "a") == (
        '<span class="title">Budget &lt;draft&gt; &amp; cuts</span><span class="date"> · 2025-01-09</span>'
        '<span class="where"> · <a href="https://example.org/a?x=1&amp;y=2">https://example.org/a?x=1&amp;y=2</a></span>'
    )
    local = Article(id="a", title="T", published=None, path="news/a.txt", text="", url="javascript:alert(1)")
    assert "<a " not in fields.source(local, "a")


def test_cloze_hides_only_the_answer_and_defuses_anki_syntax():
    q = question("Talks {{paused}} at 10::30 in Oslo.", "10::30", (20, 26))
    assert fields.cloze(q, (20, 26)) == "Talks &#123;&#123;paused&#125;&#125; at {{c1::10:&#58;30}} in Oslo."


BANK_ARTICLES = (
    Article(id="city-budget", title="City budget :: passes", published=None, path="a.txt", text=""),
    Article(id="river-park", title="River park", published=None, path="b.txt", text=""),
)


def test_note_type_follows_the_question():
    sentence = "Ana Ruiz chairs the board."
    bank = QuestionBank(
        articles=BANK_ARTICLES,
        questions=(
            question(sentence, "Ana Ruiz", (0, 8), id="cloze"),
            question(sentence, "Ana Ruiz", (0, 8), id="same-phrase", choices=("Ana Ruiz", "Bo Lind")),
            question(sentence, "Bo Lind", id="choices", choices=("Ana Ruiz", "Bo Lind")),
            question(sentence, "Bo Lind", id="basic", article="river-park"),
            question(sentence, "Ana Ruiz", (0, 8), id="cloze", article="river-park"),  # repeated id
        ),
    )
    notes = plan_notes(bank)
    assert [n.model for n in notes] == [CLOZE, CHOICE, CHOICE, BASIC]
    assert [n.deck for n in notes] == ["quizgen::City budget : passes"] * 3 + ["quizgen::River park"]
    assert len({n.guid for n in notes}) == 4


def test_deck_option_is_cleaned_and_must_name_something():
    bank = QuestionBank(articles=BANK_ARTICLES, questions=(question("x", "y"),))
    assert plan_notes(bank, " Civics ::  City   hall ")[0].deck == "Civics::City hall"
    with pytest.raises(ExportError, match="empty"):
        plan_notes(bank, " :: ")


def test_tags_have_no_spaces_and_no_repeats():
    q = question("x", "y", tags=("org-event", "city hall", " "))
    assert tags_for(q) == ("quizgen", "org-event", "city-budget", "city_hall")


def test_note_times_change_only_with_content():
    known = {"same": ("d1", 100), "edited": ("d1", 500), "gone": ("d9", 50)}
    stamped = ledger.stamp(known, [("same", "d1"), ("edited", "d2"), ("new", "d3")], now=400)
    # "edited" was stamped 500 by a clock ahead of this one: its change must still come out newer.
    assert stamped == {"same": ("d1", 100), "edited": ("d2", 501), "new": ("d3", 400)}


def test_note_times_round_trip(tmp_path):
    path = tmp_path / "times.json"
    ledger.save(path, {"g": ("d", 7)})
    assert ledger.load(path) == {"g": ("d", 7)}
    assert ledger.load(tmp_path / "missing.json") == {}
