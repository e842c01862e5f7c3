"""Where articles come from: folders, ids, standard input, and bad input as one-line errors.

All article text here is invented for the tests (see tests/data/articles/ for whole pages).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from article_helpers import LEAD, SECOND, TITLE, article_text, run_quizgen, write

from quizgen.articles import MAX_ARTICLE_BYTES, read_articles, slugify
from quizgen.errors import InputError

# --- folders and ids ------------------------------------------------------------------------


def test_folder_reads_article_files_sorted_and_skips_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    write(folder, article_text(title="Second story arrives"), "b-second.md")
    write(folder, article_text(title="First story arrives"), "a-first.txt")
    (folder / "c-third.html").write_text(f"<html><body><h1>Third</h1><p>{LEAD}</p></body></html>")
    (folder / "notes.json").write_text('{"not": "an article"}')
    (folder / ".hidden.txt").write_text(article_text())
    (folder / "sub").mkdir()
    write(folder / "sub", article_text(), "deeper.txt")
    articles = read_articles([str(folder)]).articles
    assert [a.id for a in articles] == ["a-first", "b-second", "c-third"]
    assert [a.path for a in articles] == [str(folder / n) for n in ("a-first.txt", "b-second.md", "c-third.html")]
    assert [a.title for a in articles][:2] == ["First story arrives", "Second story arrives"]


def test_ids_are_slugs_and_stay_unique(tmp_path: Path) -> None:
    write(tmp_path, article_text(), "Holm Ferry (2022).txt")
    write(tmp_path, article_text(), "holm-ferry-2022.md")
    articles = read_articles([str(tmp_path)]).articles
    assert [a.id for a in articles] == ["holm-ferry-2022", "holm-ferry-2022-2"]
    assert read_articles([str(tmp_path)]).articles == articles  # the same input gives the same ids


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, article_text())
    assert len(read_articles([str(path), str(tmp_path)]).articles) == 1


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        pytest.param("Night market returns!", "night-market-returns", id="punctuation"),
        pytest.param("Caf\u00e9 in Z\u00fcrich", "cafe-in-zurich", id="accents"),
        pytest.param("\u2014 \u2014", "article", id="nothing-left"),
        pytest.param("word " * 30, ("word-" * 12)[:59], id="long"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


# --- stdin ----------------------------------------------------------------------------------


def test_stdin_article_is_named_after_its_headline(tmp_path: Path) -> None:
    result = run_quizgen("generate", "-", stdin=article_text(header=("Updated: 2022-05-02",)))
    assert result.returncode == 0, result.stderr
    [info] = json.loads(result.stdout)["articles"]
    assert info == {"id": slugify(TITLE), "title": TITLE, "published": "2022-05-02", "path": "-"}


@pytest.mark.parametrize(
    ("data", "title"),
    [
        pytest.param(
            f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{LEAD}</p><p>{SECOND}</p></article></body></html>",
            TITLE,
            id="html",
        ),
        pytest.param(f"# {TITLE}\n\n**{LEAD}**\n\n{SECOND}\n", TITLE, id="markdown"),
        pytest.param(article_text(), TITLE, id="plain-text"),
    ],
)
def test_stdin_format_is_recognised(data: str, title: str) -> None:
    [article] = read_articles(["-"], stdin=io.BytesIO(data.encode())).articles
    assert (article.title, article.path, article.id) == (title, "-", slugify(title))
    assert article.text.split("\n\n")[:2] == [LEAD, SECOND]


# --- bad input ------------------------------------------------------------------------------


def _bytes(name: str, data: bytes) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        (folder / name).write_bytes(data)
        return str(folder / name)

    return make


def _folder(*files: str) -> Callable[[Path], str]:
    def make(parent: Path) -> str:
        folder = parent / "news"
        folder.mkdir()
        for name in files:
            (folder / name).write_text("{}")
        return str(folder)

    return make


BAD_INPUT = [
    pytest.param(lambda d: str(d / "missing.txt"), "no such file or folder", id="missing-path"),
    pytest.param(lambda d: "", "no such file or folder", id="empty-path"),
    pytest.param(_bytes("empty.txt", b""), "is empty", id="empty-file"),
    pytest.param(_bytes("blank.txt", " \n\t\n\u00a0\n".encode()), "only whitespace", id="whitespace"),
    pytest.param(
        _bytes("bar.txt", b"Share this article\nPrint E-mail Bookmark and Share\n"),
        "no article text",
        id="only-furniture",
    ),
    pytest.param(_bytes("title.txt", TITLE.encode()), "no article text", id="only-a-headline"),
    pytest.param(
        _bytes("bare.html", b"<html><body><nav>Home</nav></body></html>"),
        "no article text",
        id="html-without-text",
    ),
    pytest.param(_bytes("pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary", id="binary-nul-bytes"),
    pytest.param(_bytes("ctl.txt", bytes(range(1, 9)) * 50), "binary", id="binary-control-bytes"),
    pytest.param(_bytes("huge.txt", b"a" * (MAX_ARTICLE_BYTES + 1)), "over the 5 MB limit", id="too-big"),
    pytest.param(_folder(), "folder is empty", id="empty-folder"),
    pytest.param(_folder("notes.json", "index.csv"), "no article files", id="folder-without-articles"),
]
CLI_CASES = {"missing-path", "empty-file", "binary-nul-bytes", "empty-folder"}


@pytest.mark.parametrize(("make", "message"), BAD_INPUT)
def test_bad_input_raises_one_clear_line(tmp_path: Path, make: Callable[[Path], str], message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_articles([path])
    text = str(caught.value)
    assert message in text and "\n" not in text
    assert text.startswith(path)


def test_no_paths_is_an_error() -> None:
    with pytest.raises(InputError, match="no article given"):
        read_articles([])


def test_stdin_can_be_named_only_once() -> None:
    with pytest.raises(InputError, match="only once"):
        read_articles(["-", "-"], stdin=io.BytesIO(article_text().encode()))


def test_stdin_over_the_limit_is_refused() -> None:
    with pytest.raises(InputError, match="5 MB"):
        read_articles(["-"], stdin=io.BytesIO(b"a" * (MAX_ARTICLE_BYTES + 1)))


@pytest.mark.parametrize(
    ("make", "message"),
    [case for case in BAD_INPUT if case.id in CLI_CASES],
)
def test_cli_reports_bad_input_as_one_line(tmp_path: Path, make: Callable[[Path], str], message: str) -> None:
    result = run_quizgen("generate", make(tmp_path))
    assert result.returncode == InputError.exit_code
    assert result.stdout == ""
    assert result.stderr.startswith("quizgen: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr


def test_cli_reports_empty_stdin_as_one_line() -> None:
    result = run_quizgen("generate", "-", stdin="")
    assert result.returncode == InputError.exit_code
    assert result.stderr == "quizgen: error: -: the file is empty\n"


def test_an_unusable_file_in_a_folder_is_skipped_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-empty.txt").write_text("Only a headline\n", encoding="utf-8")
    (tmp_path / "b-story.txt").write_text(
        "Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n", encoding="utf-8"
    )
    reading = read_articles([str(tmp_path)])
    assert [a.title for a in reading.articles] == ["Harbour reopens"]
    [warning] = reading.warnings
    assert "a-empty.txt" in warning and "skipped" in warning
    assert capsys.readouterr().err == ""  # returned for the front end to show, never printed


def test_a_folder_with_no_usable_file_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text("Only a headline\n", encoding="utf-8")
    with pytest.raises(InputError, match="only.txt"):
        read_articles([str(tmp_path)])
