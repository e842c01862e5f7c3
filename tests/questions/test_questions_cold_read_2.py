"""Second cold read (issue 8): a firm the tagger took for a person is asked "Which company", a reported
clause is never cut inside a phrase ("… had also called …?"), and "According to Xu" names which Xu."""

from __future__ import annotations

from invented_articles import answers_to

_STORM = (
    "HARWICK, March 3 (Reuters) - One man died after a falling tree struck him, and a woman was killed "
    "when her roof collapsed, the Coastal Weather Service said.\n\n"
    "Opposition leader Dana Mirov says that officials of the port authority have complained to her about the "
    "delays to the point that they can't finish their own work.\n\n"
    "Finance minister Jorel Pask said several regional lenders had phoned him last week, asking that their "
    "branches join the new payment scheme.\n"
)


def test_a_reported_clause_cut_before_a_pronoun_object_is_not_asked_torn() -> None:
    asked = answers_to(_STORM, kind="quote")
    assert asked.get("Who says that officials of the port authority have complained?") == "Dana Mirov"
    assert not [q for q in asked if q.endswith("\u2026?") and ("phoned" in q or "tree" in q or "complained" in q)]


_FIRM = (
    "PUNE, India (Reuters) - Suresh Kanwal, the country's biggest passenger car maker, has pledged to help Breva "
    "Health double its output after ministers urged every vehicle factory to lend a hand.\n\n"
    'Breva Health founder Rohan Desai said the company had built 300 ventilators in April. "We never planned for '
    'a crisis this big," Desai said.\n\n'
    "Mira Shenoy, a hospital administrator in Pune, said that hospitals in the city had run short of oxygen.\n"
)


def test_a_firm_described_as_a_maker_is_asked_which_company_not_who() -> None:
    asked = answers_to(_FIRM, kind="quote")
    pledged = [q for q in asked if "pledged to help Breva Health" in q]
    assert pledged and all(not q.startswith("Who ") for q in pledged)
    assert all(asked[q] == "Suresh Kanwal" for q in pledged)


_TWO_XUS = (
    "LHASA, June 3 (Xinhua) - The government would invest 480 million yuan in the new airport at Rongda, said "
    "Xu Bo, head of the regional aviation bureau.\n\n"
    "The terminal will be ready in two years, Xu told reporters.\n\n"
    "Xu Lin, the county's party secretary, said the airport would bring tourists to the valley.\n"
)


def test_a_claim_by_a_shared_surname_names_the_one_introduced_before_it() -> None:
    asked = answers_to(_TWO_XUS, kind="number")
    assert not [q for q in asked if q.startswith("According to Xu,")]
    years = [q for q in asked if "how many years" in q]
    assert all(q.startswith("According to Xu Bo,") for q in years)
