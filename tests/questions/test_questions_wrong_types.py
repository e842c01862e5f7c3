"""Answers of the wrong kind and words torn from their sentence, caught before a learner meets them
(invented sentences, one per shape seen in outside articles)."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.facts.fact_types import QuoteFact, Speaker
from quizgen.facts.people import People
from quizgen.questions.org_answer import not_an_org
from quizgen.questions.quality import tidy
from quizgen.questions.quote_lead import whole_at_cut, with_lead

TEXT = (
    "When Cyprus gained independence, most Cypriots lost their British citizenship. "
    "Jo Okoro, from Leeds, gave details of 80 accounts to a gang. Ms Vale spoke later. "
    "The charity Sea Watch Now estimates that 96,000 seals are stranded. "
    "Apple Chief Executive Tim Cook said sales rose, Apple told Reuters Tuesday."
)


class _Ctx:
    text = TEXT
    ents: list[object] = []  # no product, no place tagged
    place_names: set[str] = set()
    acronyms: dict[str, str] = {}
    people = People()
    people.add("Lars Ekberg Tomas Brolin", 0)  # a list written without commas, read by NER as one name


@pytest.mark.parametrize(
    ("answer", "sentence"),
    [
        ("Slovakia", "said Ann Ruiz of Slovakia's Kestrel University."),
        ("Cypriots", "When Cyprus gained independence, most Cypriots lost their British citizenship."),
        ("Okoro", "The court heard that Okoro had already saved £4,000."),
        ("Vale", "Vale said the plan had worked."),
        ("Sea Watch", "The charity Sea Watch Now estimates that 96,000 seals are stranded."),
        ("Ekberg", "Ekberg holds the record of most titles with 14."),
    ],
    ids=["country", "a-people-counted", "person-from-a-place", "person-with-a-title", "name-cut-short", "in-a-name"],
)
def test_what_is_no_organization_is_not_asked_as_one(answer: str, sentence: str) -> None:
    assert not_an_org(answer, sentence, _Ctx()) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "sentence"),
    [
        ("Apple", "Apple Chief Executive Tim Cook said sales rose."),
        ("Reuters", "The firm told Reuters Tuesday that sales rose."),
        ("Sea Watch Now", "The charity Sea Watch Now estimates that 96,000 seals are stranded."),
        ("Orvell Trust", "The Orvell Trust announced the award."),
    ],
    ids=["post-after-the-name", "weekday-after-the-name", "whole-name", "plain-name"],
)
def test_organizations_stay_askable(answer: str, sentence: str) -> None:
    assert not_an_org(answer, sentence, _Ctx()) is None  # type: ignore[arg-type]


def test_a_statement_cut_inside_its_aside_is_not_asked() -> None:
    """The aside cut short took the clause's verb: "Who said that the party leader, Ann Ruiz, and the
    deputy party leader, Tom Vale?" is no statement. A clause whose verb stands before the aside keeps."""
    bank = questions_of_texts(
        {
            "aside": "Minister backs leaders\n\nArthur Lamb, the industry minister, spoke on Sunday. He said the "
            "party leader, Ann Ruiz, and the deputy party leader, Tom Vale \u2013 who have also found they are dual "
            "citizens \u2013 were right to keep voting in parliament until the court ruled.\n",
        }
    )
    asked = [q.question for q in bank.questions if q.kind == "quote"]
    assert not any(q.endswith("Tom Vale?") or "\u2013" in q for q in asked), asked
    kept = questions_of_texts(
        {
            "verb": "Teachers in demand\n\nAnn Ruiz leads the teachers' union. Ruiz said that could lift the "
            "standing of the teaching trade - which in turn might draw more graduates to the schools near them.\n",
        }
    )
    assert "Who said that could lift the standing of the teaching trade?" in [q.question for q in kept.questions]


def test_a_pronoun_is_not_given_to_a_person_named_before_another_subject() -> None:
    """ "… that Okoro had saved £4,000 … seized when she was arrested": she is Okoro, whom NER did
    not know as a person, never the last person it did know (Ann Ruiz)."""
    bank = questions_of_texts(
        {
            "rival": "Leaders spar\n\nTom Vale said on Sunday he would stay in his post. Marsh said Vale and Ann "
            "Ruiz should stand aside.\n\nThe court heard that both defendants were willing to pay and that Okoro "
            "had already saved £4,000 on top of the £1,500 which was seized when she was arrested. Dev Rana said "
            "he regretted it.\n",
        }
    )
    assert bank.questions
    assert not any("Ann Ruiz was arrested" in q.question for q in bank.questions)


def test_a_common_noun_standing_for_they_loses_its_capital() -> None:
    bank = questions_of_texts(
        {
            "savers": "Savers face losses\n\nSavers have been told their holdings could be wiped out. After being "
            "sent the details last week, they have until midnight on October 13 to decide whether to offer their "
            "support.\n",
        }
    )
    asked = [q.question for q in bank.questions if q.kind == "date"]
    assert asked == ["When do savers have to decide whether to offer their support?"]


def test_a_post_named_for_another_party_is_not_its_holder() -> None:
    """ "The Labor leader said …. However, he suggested …": the Greens leader holds no Labor post, so
    the suggestion is not his."""
    bank = questions_of_texts(
        {
            "posts": "Leaders spar over court case\n\nTom Vale, the Greens leader, said on Sunday he would stay in "
            'his post. "I have done nothing wrong," Vale told reporters.\n\nMarsh did, however, say he was willing '
            "to offer the government a truce over the crisis. The Labor leader said Vale and Ann Ruiz should stand "
            "aside until the court decides their fate but was willing to discuss the matter. However, he suggested "
            "that, if there was a close vote to be had in parliament, it should wait until the court has ruled.\n",
        }
    )
    assert any(q.answer == "Tom Vale" for q in bank.questions)
    assert not any("close vote" in q.question and q.answer == "Tom Vale" for q in bank.questions)


def test_a_country_may_answer_which_team() -> None:
    assert not_an_org("India", "India won the opening Test.", _Ctx(), "Which team won the opening Test?") is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "mended"),
    [
        ("How many goals disallowed did the Rovers have?", "How many goals did the Rovers have disallowed?"),
        ("How many shots saved did the keeper have?", "How many shots did the keeper have saved?"),
        ("How many armed officers did the unit have?", "How many armed officers did the unit have?"),
    ],
    ids=["participle-after-count", "another-participle", "adjective-before-noun-stays"],
)
def test_a_participle_left_after_its_count_goes_after_have(question: str, mended: str) -> None:
    assert tidy(question) == mended


def test_a_cut_name_is_no_false_option() -> None:
    """ "Sea Watch" is only ever the start of "Sea Watch Now": it is offered as no organization."""
    assert not_an_org("Sea Watch", TEXT, _Ctx()) is not None  # type: ignore[arg-type]


def _quote_fact(sentence: str, text: str, direct: bool = True) -> QuoteFact:
    speaker = Speaker(name="Ann Ruiz", aliases=("Ruiz",), wh="Who", key="ann ruiz")
    return QuoteFact(
        key="q", sentence=sentence, answer_span=None, speaker=speaker, text=text, predicate="", direct=direct
    )


@pytest.mark.parametrize(
    ("sentence", "text", "asked"),
    [
        (
            'Coach Ann Ruiz said the new stadium "has a long way to go."',
            "has a long way to go",
            "Who said the new stadium \u201chas a long way to go\u201d?",
        ),
        (
            'Ann Ruiz welcomed the plan "to cut waiting lists by spring".',
            "to cut waiting lists by spring",
            "Who welcomed the plan \u201cto cut waiting lists by spring\u201d?",
        ),
        (
            'However, mapping the whole reef "cannot be done from the surface," said Ann Ruiz.',
            "cannot be done from the surface",
            "Who said mapping the whole reef \u201ccannot be done from the surface\u201d?",
        ),
        (
            'Furthermore, "prices will fall," Ann Ruiz added.',
            "prices will fall",
            "Who said \u201cprices will fall\u201d?",
        ),
        (
            'Ann Ruiz said it was clear they "want the help they were promised".',
            "want the help they were promised",
            "Who said \u201cwant the help they were promised\u201d?",
        ),
    ],
    ids=["lead-after-said", "lead-after-welcomed", "lead-before-the-quote", "whole-clause-stays", "pronoun-lead-stays"],
)
def test_a_quoted_fragment_is_asked_with_its_lead_in(sentence: str, text: str, asked: str) -> None:
    fact = _quote_fact(sentence, text)
    assert with_lead(f"Who said \u201c{text}\u201d?", fact) == asked


@pytest.mark.parametrize(
    ("sentence", "question", "asked"),
    [
        (
            "Ruiz said she had received a letter from the city council that it would close the pier in May.",
            "Who had received a letter from the city council \u2026?",
            "Who had received a letter from the city council?",
        ),
        (
            "Ruiz said the board should build roads, schools and clinics in the north.",
            "Who said that the board should build roads \u2026?",
            "Who said that the board should build roads \u2026?",
        ),
        (
            "Ruiz said the ferry would sail on time if the weather held.",
            "Who said that the ferry would sail on time \u2026?",
            "Who said that the ferry would sail on time \u2026?",
        ),
    ],
    ids=["cut-before-that-clause", "cut-inside-a-list-stays", "cut-before-a-condition-stays"],
)
def test_a_statement_cut_where_its_clause_ended_loses_the_ellipsis(sentence: str, question: str, asked: str) -> None:
    assert whole_at_cut(question, _quote_fact(sentence, "x", direct=False)) == asked


@pytest.mark.parametrize(
    ("question", "mended"),
    [
        (
            "At the time of writing, which institution was Ann Ruiz a marine chemist of?",
            "At the time of writing, which institution was Ann Ruiz a marine chemist at?",
        ),
        ("Which organization was Ann Ruiz a member of?", "Which organization was Ann Ruiz a member of?"),
        (
            'Which organization said only it is seeking new "partners"?',
            'Which organization said only that it is seeking new "partners"?',
        ),
    ],
    ids=["profession-at", "member-of-stays", "said-only-that"],
)
def test_idiom_slips_are_mended(question: str, mended: str) -> None:
    assert tidy(question) == mended


@pytest.mark.parametrize(
    "question",
    [
        "Who said that this plan is widely backed in the party?",
        "To how many months were both sentenced?",
        "Who said that the vote on that motion should be held in the chamber?",
    ],
    ids=["this-noun-in-a-statement", "both-alone", "that-noun-after-a-preposition"],
)
def test_references_the_question_cannot_carry_are_refused(question: str) -> None:
    from quizgen.questions.quality import problem
    from quizgen.questions.slips import statement_points_back

    assert problem(question, "Ann Ruiz", []) is not None or statement_points_back(question)


def test_a_time_or_the_story_may_be_pointed_at() -> None:
    from quizgen.questions.slips import statement_points_back

    assert not statement_points_back("Who said that this year's fair was bigger than ever?")
    assert not statement_points_back("Who called for more support at this critical time?")
    assert not statement_points_back("Who said that the vote should be held at that time?")
    assert not statement_points_back("Who said that the plan is so bold that voters will back it?")


def test_a_country_before_the_employer_is_not_where_the_post_is_held() -> None:
    """ "palaeontologist Ann Ruiz of Portugal's Kestrel University" read with the country as the
    organization: no "… hold at Portugal?" and no "Which organization …? — Portugal"."""
    from quizgen.facts import extract_facts
    from quizgen.facts.fact_types import RoleFact
    from quizgen.nlp import load_nlp
    from quizgen.questions.realize import realize

    ctx, _ = extract_facts(load_nlp()("The find was made by palaeontologist Ann Ruiz, a guest of the museum."))
    fact = RoleFact(
        key="k", sentence="s", answer_span=(0, 1), person="Ann Ruiz", person_aliases=(), role="palaeontologist",
        role_display=None, org="Portugal", org_aliases=(), org_prep="of", head="palaeontologist", shared=False,
        org_is_place=False, qualified=False, unique_holder=False,
        org_question="Which organization is Ann Ruiz a palaeontologist of?",
    )  # fmt: skip
    drafts = realize(fact, ctx)
    assert drafts
    assert not [d for d in drafts if "Portugal" in d.question or d.answer == "Portugal"], [d.question for d in drafts]
