"""Text exports: CSV/TSV for Anki's text importer, and term–definition lines for Quizlet.

Anki (2.1.55+) reads the `#key:value` header lines, so File ▸ Import needs no setup: the stock
"Basic" note type (Front, Back; Anki falls back to the current type if it is missing), HTML
fields, tags, deck and GUID columns. The GUID is the one the .apkg uses, so re-importing an
updated file updates notes instead of adding twins. Every field is quoted, so no line of data
starts with `#` (which Anki would read as a header).

A cell that starts with `=`, `+`, `-` or `@` would run as a formula if the file were opened in
a spreadsheet (OWASP's "CSV injection"). Anki's HTML fields spell that first character as an
HTML entity instead (`&#61;`), which Anki shows as the character itself. Deck names (quizgen::
and a title, or the learner's own --deck) and GUIDs are left as they are: Anki reads a changed
deck name as another deck, a changed GUID as another note (a twin, not an update), and a GUID
is a hash that no article can steer into a formula.

Quizlet's importer takes plain text: one card a line, term and definition split by a tab. It has
no HTML, so tabs and line breaks inside a field become spaces.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from quizgen.export import fields
from quizgen.export.notes import NoteSpec
from quizgen.models import Question, QuestionBank
from quizgen.questions.title_blank import shown_article, shown_title

SEPARATORS = {"csv": (",", "Comma"), "tsv": ("\t", "Tab")}
COLUMNS = ("Front", "Back", "Tags", "Deck", "GUID")

_BREAKS = re.compile(r"[\t\r\n]+")
#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(text: str) -> str:
    """A plain CSV cell that a spreadsheet shows as text: a formula-like one gets a leading `'`."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _inert_html(text: str) -> str:
    """An HTML field whose first character cannot start a formula, shown the same by Anki."""
    return f"&#{ord(text[0])};{text[1:]}" if text.startswith(FORMULA_STARTS) else text


def back(question: Question, source: str) -> str:
    """The Back field: the answer, then the source sentence (answer in bold), then the source."""
    parts = [f"<b>{fields.plain(question.answer)}</b>"]
    if question.source:
        parts.append(fields.context(question))
    if source:
        parts.append(f"<small>{source}</small>")
    return "<br><br>".join(parts)


def anki_text(bank: QuestionBank, specs: Sequence[NoteSpec], fmt: str) -> str:
    """The `.csv`/`.tsv` file for Anki's text import (`fmt` is "csv" or "tsv")."""
    separator, name = SEPARATORS[fmt]
    articles = {a.id: a for a in bank.articles}
    out = io.StringIO()
    out.write(f"#separator:{name}\n#html:true\n#notetype:Basic\n")
    out.write(f"#columns:{separator.join(COLUMNS)}\n")
    out.write("#tags column:3\n#deck column:4\n#guid column:5\n")
    writer = csv.writer(out, delimiter=separator, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for spec in specs:
        question = spec.question
        article = articles.get(question.article)
        title = shown_title(question, article)
        shown = shown_article(question, article)  # no date on the front that answers the question
        source = fields.source(shown, question.article, title)
        writer.writerow(
            [
                _inert_html(fields.from_line(shown, title) + fields.plain(question.question)),
                _inert_html(back(question, source)),
                inert_cell(" ".join(spec.tags)),
                spec.deck,
                spec.guid,
            ]
        )
    return out.getvalue()


def quizlet(bank: QuestionBank) -> str:
    """Quizlet import text: `question<TAB>answer`, one card a line, no header, no HTML."""
    lines = (f"{_BREAKS.sub(' ', q.question).strip()}\t{_BREAKS.sub(' ', q.answer).strip()}" for q in bank.questions)
    return "".join(f"{line}\n" for line in lines)
