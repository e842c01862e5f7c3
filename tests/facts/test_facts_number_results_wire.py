"""Results and plans of wire copy (sentences invented): "X said it would cut 2,500 jobs" asks how many
jobs X would cut; a loss "compared with a profit of … a year earlier" is asked as the loss alone, with
the words that say which loss, and the profit it is set against is not asked in a garbled question."""

from __future__ import annotations

from invented_articles import answers_to

RESULTS = (
    "Harwick Steel reported a third-quarter operating loss of 1.2 billion crowns, compared with a profit "
    "of 900 million crowns a year earlier. Harwick Steel employs 14,000 people."
)


def _numbers(text: str) -> dict[str, str]:
    return answers_to(text, kind="number")


def test_a_body_that_said_it_would_cut_jobs_is_asked_how_many() -> None:
    asked = _numbers("Orvik Ferries said it would cut 400 jobs at its yards in Norway. Orvik Ferries runs 30 ships.")
    assert asked.get("How many jobs would Orvik Ferries cut at its yards in Norway?") == "400", asked


def test_a_person_who_said_it_would_cost_is_not_asked() -> None:
    asked = _numbers("Mayor Ann Ruiz said it would cost 40 million dollars. The Harwick council has 31 members.")
    assert "40 million dollars" not in asked.values(), asked


def test_a_loss_set_against_a_profit_is_asked_alone() -> None:
    asked = _numbers(RESULTS)
    assert asked.get("How large a third-quarter operating loss did Harwick Steel report?") == "1.2 billion crowns"
    assert not [q for q in asked if "profit of how much" in q.lower() or "compared a year" in q], asked
