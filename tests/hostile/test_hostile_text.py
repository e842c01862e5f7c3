"""The text-level guards behind the probes, pinned on small inputs written for the purpose."""

from __future__ import annotations

from quizgen.articles import sources
from quizgen.articles.decoding import decode_article
from quizgen.articles.sanitize import MAX_MARK_RUN, clean
from quizgen.inert import inert, one_line


def test_one_latin1_line_in_a_utf8_file_keeps_the_utf8_and_warns_once():
    data = "Café owner said so.\n".encode() + "Na\xefve line.\n".encode("latin-1") + "Zürich too.\n".encode()
    decoded = decode_article(data, "mixed.txt")
    assert decoded.text == "Café owner said so.\nNaïve line.\nZürich too.\n"
    assert decoded.warning == "mixed.txt: line 2 not UTF-8; read as cp1252, the rest as UTF-8"


def test_terminal_escapes_do_not_make_a_file_binary_and_are_removed():
    decoded = decode_article(b"\x1b[1mHeadline\x1b[0m\n\nThe mayor spoke.\x1b]0;title\x07\n", "log.txt")
    assert decoded.text == "Headline\n\nThe mayor spoke.\n"


def test_clean_removes_c1_and_bidi_controls_and_cuts_runs_of_marks():
    assert clean("Ana \u202eRuiz\u202c said \u009b2Jso\u2066.\u2069") == "Ana Ruiz said so."
    assert clean("Wait" + "!" * 1000 + " then") == "Wait" + "!" * MAX_MARK_RUN + " then"
    assert clean("a --- b ... c") == "a --- b ... c"  # ordinary punctuation is left alone


def test_a_one_sentence_file_is_an_article(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Café owner Jean Dupont said 'prices will rise' on Monday.\n", encoding="utf-8")
    (article,) = sources.read_articles([str(path)]).articles
    assert article.text == "Café owner Jean Dupont said 'prices will rise' on Monday."


def test_inert_shows_controls_as_text_and_keeps_what_is_asked():
    assert inert("a\x1b[31mb\x9bc\u202ed\n", keep="\n") == "a\\x1b[31mb\\u009bc\\u202ed\n"
    assert one_line("first\nsecond\r\nthird") == "first / second / third"
