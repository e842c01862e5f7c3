"""How `--jobs N` splits a run into units of work: every article once, in input order, and the
last units small so no worker is left parsing a big one alone at the end."""

from __future__ import annotations

from quizgen.models import Article
from quizgen.parallel import LAST_UNIT_CHARS, UNIT_CHARS, _units


def articles(count: int, size: int) -> list[Article]:
    return [Article(id=f"a{i}", title="T", published=None, path="-", text="x" * size) for i in range(count)]


def test_units_cover_every_article_once_in_order() -> None:
    given = articles(300, 1_000)
    units = _units(given, jobs=2)
    assert [a.id for unit in units for a in unit] == [a.id for a in given]
    assert all(unit for unit in units)


def test_units_shrink_towards_the_end_of_a_long_run() -> None:
    units = _units(articles(400, 1_000), jobs=2)
    sizes = [sum(len(a.text) for a in unit) for unit in units]
    assert max(sizes) <= UNIT_CHARS
    assert sizes[0] == UNIT_CHARS  # the parse batches as much at the start as before
    assert all(size <= LAST_UNIT_CHARS for size in sizes[-3:])  # the workers finish within a small unit


def test_an_article_longer_than_a_unit_is_a_unit_of_its_own() -> None:
    given = [*articles(2, 1_000), *articles(1, 3 * UNIT_CHARS), *articles(2, 1_000)]
    units = _units(given, jobs=2)
    assert [len(unit) for unit in units if len(unit[0].text) > UNIT_CHARS] == [1]
