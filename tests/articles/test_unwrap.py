"""Hard-wrapped plain text (wire copy, e-mail, Usenet exports) comes back as whole paragraphs."""

from __future__ import annotations

from pathlib import Path

from quizgen.articles import read_articles
from quizgen.articles.body import RawArticle, compose


def paragraphs(text: str) -> list[str]:
    composed = compose(RawArticle(lines=tuple(text.split("\n"))))
    return [composed.title, *composed.paragraphs]


WIRE = """\
HARBOUR BOARD SEEKS NEW FERRY OPERATOR FOR WINTER ROUTES
    By Tessa Varga, Newswire
    PORTVALE, May 3 - The harbour board said it would invite bids
for the winter ferry routes after the current operator gave notice,
a move that could raise fares for island residents.
    "We cannot leave the islands without a service," board chairman
Oskar Lind told reporters after a meeting that lasted four hours.
    "The bids will be judged on price and on safety."
    Lind said the board expected at least three bids before the end
of the month and would choose an operator by August.
"""


def test_indented_wire_copy_keeps_each_paragraph_apart() -> None:
    got = paragraphs(WIRE)
    assert got[0] == "HARBOUR BOARD SEEKS NEW FERRY OPERATOR FOR WINTER ROUTES"
    assert (
        '"We cannot leave the islands without a service," board chairman Oskar Lind told reporters after a '
        "meeting that lasted four hours." in got
    )
    assert '"The bids will be judged on price and on safety."' in got
    assert got[-1].startswith("Lind said the board expected") and got[-1].endswith("by August.")


def test_a_long_last_line_does_not_glue_the_next_indented_paragraph_to_it(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    article = read_articles([str(path)]).articles[0]
    assert article.title == "HARBOUR BOARD SEEKS NEW FERRY OPERATOR FOR WINTER ROUTES"
    first, second = article.text.split("\n\n")[:2]
    assert first.endswith("raise fares for island residents.")
    assert second.startswith('"We cannot leave the islands')


def test_list_items_in_wrapped_text_stay_separate_lines() -> None:
    text = (
        "Council lists the roads to be repaved this summer in the old town\n"
        "\n"
        "The council said on Tuesday that three roads in the old town would be\n"
        "repaved this summer, and that the work would start in the first week of June:\n"
        "- Mill Street, from the bridge to the market square and the station;\n"
        "- Church Lane, where the surface has broken up after the winter frosts;\n"
        "- Harbour Road, which carries most of the lorries to the port each day.\n"
    )
    got = paragraphs(text)
    assert got[-3].startswith("- Mill Street") and got[-3].endswith("the station;")
    assert got[-2].startswith("- Church Lane")
    assert got[-1].startswith("- Harbour Road")


def test_a_dash_that_wraps_to_the_start_of_a_line_is_not_a_list_item() -> None:
    text = (
        "Bakers warn flour prices will rise again before the autumn harvest\n"
        "\n"
        "The bakers' guild said flour would cost more by September, and its chair\n"
        "warned that small shops would feel it first, before the large chains did\n"
        "- and that some might close before the end of the year if it went on.\n"
    )
    assert len(paragraphs(text)) == 2
