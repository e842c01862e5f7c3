"""Files in other encodings are decoded, with a warning returned for the front end.

All article text here is invented for the tests (see tests/data/articles/ for whole pages).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from article_helpers import TITLE, article_text, read_one, write

from quizgen.articles import read_articles

# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "words"),
    [
        pytest.param(
            "cp1252",
            "The caf\u00e9 owner \u2013 a native of Z\u00fcrich \u2013 said \u201cwelcome back\u201d.",
            id="cp1252",
        ),
        pytest.param(
            "latin-1",
            "The caf\u00e9 owner, a native of Z\u00fcrich, said the fa\u00e7ade was repainted.",
            id="latin-1",
        ),
        pytest.param(
            "utf-16",
            "The caf\u00e9 owner, a native of Z\u00fcrich, said the fa\u00e7ade was repainted.",
            id="utf-16-with-bom",
        ),
    ],
)
def test_other_encodings_are_decoded_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, words: str
) -> None:
    path = write(tmp_path, article_text(middle=(words,)), encoding=encoding)
    reading = read_articles([str(path)])
    [article] = reading.articles
    assert words in article.text
    [warning] = reading.warnings
    assert str(path) in warning and "not UTF-8" in warning
    assert capsys.readouterr().err == ""  # returned for the front end to show, never printed


def test_utf8_with_bom_is_read_silently(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + article_text().encode("utf-8"))
    article = read_one(path)
    assert article.title == TITLE
    assert capsys.readouterr().err == ""
