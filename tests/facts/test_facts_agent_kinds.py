"""A passive's agent written after the kind of body it is ("surveyed by research firm X") is asked
like any agent (sentences invented)."""

from __future__ import annotations

from invented_articles import answers_to

TEXT = (
    "Ardent Motors Inc. said on Thursday its third-quarter profit rose 18 percent.\n\n"
    "Analysts surveyed by research firm Pellham Data had expected earnings of 41 cents a share."
)


def test_an_agent_after_its_kind_is_asked() -> None:
    asked = answers_to(TEXT, kind="org-event")
    assert asked.get("By which organization were analysts surveyed?") == "Pellham Data", asked
