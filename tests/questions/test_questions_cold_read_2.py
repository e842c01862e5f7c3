"""Second cold read (issue 8): a firm the tagger took for a person is asked "Which company", a reported
clause is never cut inside a phrase ("… had also called …?"), and "According to Xu" names which Xu."""

from __future__ import annotations

from invented_articles import answers_to

_STORM = (
    "Storm leaves three dead\n\n"
    "HARWICK, March 3 (Reuters) - One man died after a falling tree struck him, and a woman was killed "
    "when her roof collapsed, the Coastal Weather Service said.\n\n"
    "Opposition leader Dana Mirov says that officials of the port authority have complained to her about the "
    "delays, which hold up their own work.\n\n"
    "Finance minister Jorel Pask said several regional lenders had phoned him last week, asking that their "
    "branches join the new payment scheme.\n"
)


def test_a_reported_clause_cut_before_a_pronoun_object_is_not_asked_torn() -> None:
    asked = answers_to(_STORM, kind="quote")
    assert asked.get("Who says that officials of the port authority have complained?") == "Dana Mirov"
    assert not [q for q in asked if q.endswith("\u2026?") and ("phoned" in q or "tree" in q or "complained" in q)]


_FIRM = (
    "Carmaker lends a hand\n\nNEW DELHI - Doctors in Delhi have run short of breathing machines for weeks. Breva "
    "Health founder Rohan Desai said the company had built 300 ventilators in April.\n\n"
    "Kenji Takahara, India's largest truck maker, has pledged to help Breva Health double its output after "
    "ministers urged every vehicle factory to join in.\n\n"
    "Mira Shenoy, a doctor, said hospitals had run short of oxygen.\n"
)


def test_a_firm_described_as_a_maker_is_asked_which_company_not_who() -> None:
    asked = answers_to(_FIRM, kind="quote")
    pledged = [q for q in asked if "pledged to help Breva Health" in q]
    assert pledged and all(not q.startswith("Who ") for q in pledged)
    assert all(asked[q] == "Kenji Takahara" for q in pledged)


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


def test_a_worded_share_beside_a_percent_sign_is_offered_in_figures() -> None:
    from quizgen.facts.fact_types import NumberFact
    from quizgen.questions.number_options import number_options

    def fact(answer: str, sentence: str) -> NumberFact:
        return NumberFact(
            key=answer, sentence=sentence, answer_span=None, question=f"By how much {sentence}?", answer=answer
        )

    asked = fact("20%", "a")
    assert number_options(asked, asked.answer, [asked, fact("six percent", "b")]) == ["6%"]


def test_a_poll_share_is_asked_of_those_surveyed_not_through_the_poll_s_verb() -> None:
    from quizgen.questions.named_subject import named_subject

    sentence = (
        "A Harbour Post poll published on Monday showed that only 41 pct of those surveyed trusted the council, "
        "but 62 pct still backed the mayor."
    )
    torn = "What percentage did a Harbour Post poll published on Monday show that surveyed trusted the council?"
    assert named_subject(torn, sentence) == (
        "In a Harbour Post poll, what percentage of those surveyed trusted the council?"
    )
