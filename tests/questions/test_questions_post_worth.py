"""Posts worth a question: a part in a study is asked as a part, and neither the story's reporter nor
the office of someone only named in passing is quizzed."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for
from quizgen.questions.post_worth import generic_work, reporter_post, work_part

TEXTS = {
    "authors": (
        "Tidal marshes store more carbon than was thought, a new survey has found. "
        "\u201cThe marshes are quietly doing a huge job,\u201d said Lena Vogt, a senior lecturer at Harwick "
        "University and co-author of the survey. "
        "\u201cWe measured them for six years,\u201d said Omar Rahimi, a field ecologist at the Coastline Trust "
        "and co-author of the survey."
    ),
    "byline": (
        "The city council voted on Tuesday to close the old ferry pier. Councillor Dora Finch said the pier "
        "had become unsafe. Mayor Ivo Brandt said a new pier would open next year. "
        "Valley Radio city hall correspondent Nadia Kerr reports."
    ),
    "interviewer": (
        "The mayor lost his temper after being quizzed by veteran Valley Radio journalist Rita Vance on the "
        "budget. Later, Valley Radio host Mark Olsen asked whether the vote had been fair."
    ),
    "passing": (
        "Farmers in Dunmore County will receive drought payments under President Alvar Cole's relief plan. "
        "Agriculture Secretary Mira Tasker said the payments would start in May. "
        "Dunmore County Farm Union president Ezra Holt said the money came too late."
    ),
    "actor": (
        "President Alvar Cole signed the drought relief bill on Friday. Cole said farmers had waited long "
        "enough. Agriculture Secretary Mira Tasker said the payments would start in May."
    ),
    "analysts": (
        "Shares of Corvane Motors fell 4 percent on Monday after the carmaker cut its forecast. "
        '"The cut was bigger than anyone expected," said Lina Osei, an analyst at Brightwater Securities. '
        "Tomas Reyes, chief economist at Delmont Bank, said demand for new cars was slowing."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    day = dt.date(2025, 3, 4)
    articles = [Article(id=k, title=k, published=day, path=f"{k}.txt", text=v) for k, v in TEXTS.items()]
    return questions_for(articles)


def of(bank: QuestionBank, article: str) -> list:
    return [q for q in bank.questions if q.article == article]


def test_a_co_author_is_asked_for_their_part_in_the_study_not_a_post(bank: QuestionBank) -> None:
    questions = {q.question: q for q in of(bank, "authors")}
    part = questions["What part did Lena Vogt play in the survey?"]
    assert part.answer == "co-author of the survey"
    # offered, if at all, only beside other parts in the work, never beside "senior lecturer"
    assert not {"senior lecturer", "field ecologist"} & set(part.choices)
    assert not [q for q in questions if "what post did" in q and "co-author" in questions[q].answer]


def test_the_stories_own_reporter_is_not_quizzed(bank: QuestionBank) -> None:
    questions = of(bank, "byline")
    assert questions  # the councillor and the mayor are asked
    assert not [q for q in questions if "Nadia Kerr" in q.question or q.answer in ("Nadia Kerr", "Valley Radio")]
    assert not [q for q in questions if "Nadia Kerr" in q.choices or "correspondent" in " ".join(q.choices)]


def test_a_journalist_the_news_is_about_is_asked_with_the_outlet(bank: QuestionBank) -> None:
    """A journalist who questions the mayor is in the news, unlike the byline: the post is read without
    the praise before the outlet's name."""
    found = {(q.question, q.answer) for q in of(bank, "interviewer")}
    assert ("In 2025, which organization did journalist Rita Vance work for?", "Valley Radio") in found
    assert ("In 2025, which organization did host Mark Olsen work for?", "Valley Radio") in found
    assert not [q for q in of(bank, "interviewer") if "veteran" in q.question or "veteran" in q.answer]


def test_an_office_of_someone_named_only_in_passing_is_not_asked(bank: QuestionBank) -> None:
    passing = of(bank, "passing")
    assert not [q for q in passing if "Alvar Cole" in q.question and q.answer == "President"]
    # nor is that person, or that office, a false option beside the people and posts of the news
    assert [q for q in passing if q.choices]
    assert not [q for q in passing if "Alvar Cole" in q.choices or "President" in q.choices]
    # the same office is asked when the article reports what its holder did
    assert [q for q in of(bank, "actor") if "Alvar Cole" in q.question and q.answer == "President"]


def test_a_line_of_work_many_share_is_asked_by_its_employer_not_as_a_post(bank: QuestionBank) -> None:
    """ "What post did Lina Osei hold? — analyst" teaches nothing; the firm she works for does."""
    found = {(q.question, q.answer) for q in of(bank, "analysts")}
    assert ("In 2025, which organization did analyst Lina Osei work for?", "Brightwater Securities") in found
    assert not [a for _, a in found if a == "analyst"]
    assert not [q for q, _ in found if "the analyst at" in q]
    # a post that leads ("chief economist") is still a post worth asking
    assert [q for q, a in found if a == "chief economist" and q.startswith("In 2025, what post did Tomas Reyes hold")]


@pytest.mark.parametrize(
    ("role", "generic"),
    [
        ("analyst", True),
        ("health analyst", True),
        ("senior research scientist", True),
        ("chief scientist", False),
        ("lead researcher", False),
        ("Middle East analyst", False),
        ("analyst of the markets", False),
        ("finance director", False),
    ],
)
def test_generic_work(role: str, generic: bool) -> None:
    assert generic_work(role) is generic


@pytest.mark.parametrize(
    ("role", "work"),
    [
        ("co-author of the review", "the review"),
        ("lead author of a new report", "the new report"),
        ("coauthor of the paper", "the paper"),
        ("author", None),
        ("editor of the Daily Courier", None),
        ("senior research scientist", None),
    ],
)
def test_work_part(role: str, work: str | None) -> None:
    assert work_part(role) == work


def test_reporter_posts() -> None:
    assert reporter_post("congressional correspondent") and reporter_post("staff writer")
    assert not reporter_post("Senate Majority Leader") and not reporter_post("editor-in-chief of the Gazette")


@pytest.mark.parametrize(
    ("post", "unplaced"),
    [
        ("Finance Minister", True),  # "Who was the Finance Minister?": of which government?
        ("Minister of Foreign Affairs", True),
        ("Prime Minister", True),
        ("Welsh Health Minister", False),
        ("U.S. Treasury Secretary", False),
        ("Minister of Ghana", False),
        ("general secretary of the Harbour Workers' Union", False),
        ("envoy to the UN", False),
        ("Senate Majority Leader", False),  # no government office: left to the post's own words
    ],
)
def test_a_government_office_must_say_whose_before_its_holder_is_asked(post: str, unplaced: bool) -> None:
    from quizgen.questions.post_worth import office_without_place

    assert office_without_place(post) is unplaced


def test_an_authors_part_without_its_work_is_no_post() -> None:
    """ "What is Ann Lind's profession? — first author": a part in the study, never a profession or a post."""
    text = (
        '"Limiting salt may help these patients," said the study\'s first author, Ann Lind, M.D., of the Nutrition '
        "Branch at the Harwick Institute of Child Health (HICH). The study was published on Monday."
    )
    bank = questions_for([Article(id="author", title="author", published=dt.date(2025, 3, 4), path="a.txt", text=text)])
    assert [q.answer for q in bank.questions if q.kind == "quote"] == ["Ann Lind"]
    assert not [q for q in bank.questions if "author" in q.answer], [q.answer for q in bank.questions]
