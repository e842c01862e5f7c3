"""What a cold read of the questions found unclear or not worth asking, on invented sentences: a
bare month or day whose year nobody can know, …"""

from __future__ import annotations

import datetime as dt

from tests.invented_articles import questions_of_text

_SURGERY = "Dunmore Rovers said on Monday that its defender Tomas Varga had knee surgery in December."
_MATCH = (
    "Harbour manager Ray Doyle accused the referee of bias after his side lost 2-1 to Rovers at Kelso Park "
    "on Sunday. The two sides meet again on February 1 in the cup. Harbour defender Tomas Varga underwent "
    "knee surgery in December and is expected back this fall."
)


def test_a_bare_month_or_day_is_not_asked_when_no_year_can_be_known() -> None:
    for text in (_SURGERY, _MATCH):
        asked = [q.answer for q in questions_of_text(text, None, "date")]
        assert not any(a in ("February 1", "December") or a.startswith("this fall") for a in asked), asked


def test_the_month_is_asked_with_its_year_when_the_story_is_dated() -> None:
    asked = [q.answer for q in questions_of_text(_SURGERY, dt.date(2024, 3, 4), "date")]
    assert "December 2023" in asked, asked
