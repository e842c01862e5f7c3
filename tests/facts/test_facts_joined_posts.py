"""Posts whose words a pass used to cut: two fields joined by "and" ("Agriculture and Fisheries
Minister", "arts and heritage curator"), a portfolio named with "for" ("Minister for Finance",
"Minister of State for Health (Independent Charge)", before an untagged name written surname first),
and a title a wire story's line wrap splits."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "fields-title": "Norland's Agriculture and Fisheries Minister Paul Kell said on Monday that prices fell.",
    "fields-appos": "Ann Ruiz, the 71-year-old arts and heritage curator who built the museum, spoke on Sunday.",
    "wrapped": "In Halden, Norland's Agriculture and Livestock\nDevelopment Minister Paul Kell said today\n"
    "that prices fell.",
    "for-portfolio": "Minister for Finance Mark Lund said the budget was ready, and Minister for Media Ann Hart "
    "agreed.",
    "bracketed": "Minister of State for Health (Independent Charge) Ann Roy said the clinics would open.",
    "two-fields": "Minister of State for Home Affairs Devanand Rao, speaking in Parliament on Thursday, said the "
    "board had approved 14 new clinics.",
    "judge-word-field": "Federal Minister for Law and Justice Omar Qadri Pell said on Monday that the cabinet "
    "would respect the ruling.",
    "appositive-list": "Ann Ruiz, director of the Harbor Board, Tom Vale, deputy head of the Lakeside District "
    "Council, and Mark Lund, chairman of Kestrel Development Group, spoke at the opening.\n\nRuiz said the port "
    "would grow. Vale said the council agreed. Lund said the group would invest.",
    "named-field": '"We are building a new model," said Dr. Ann Ruiz, director of the Marine Science and Data '
    "Information Technology program at Harwick University.",
    "lead-verb": 'Said Tom Vale, lead program faculty member at Harwick College, "We are bringing in students."',
    "company-owner": '"Costs will rise," wrote Harwick\'s chief executive Tom Vale.',
    "untagged-after-portfolio": "The minister will meet his colleague, Minister for Public Expenditure and Reform "
    'Paschal Dunne, before the budget.\n\n"Minister Dunne will decide on the figure," he said.',
    "surname-first": "Senior Minister of State for Transport Lim Wei Ming said on Monday that the ferry ban would "
    "start in April.\n\nMr Lim said the move followed 300 accidents.",
    "never-again": "Minister of State for Transport Lim Wei Ming said on Monday that the ferry ban would start.",
    "object-before": "A man was arrested, days after reports ambassador Ann Ruiz received threats by phone.",
    "venue": "Photo: Acting Director Ann Ruiz and Vestor President Tom Vale at the Newseum in Washington.",
    "senior-at": "Senior Researcher Ann Ruiz at Harwick University said the data was new.",
    "also-post": "Tom Varga, chairman of the Nordic Assembly (NA) Standing Committee, toured Halden from Monday "
    "to Thursday.\n\nVarga, also a member of the Standing Committee of the Political Bureau of the Nordic Labour "
    "Party (NLP) Central Committee, called for new port rules.",
    "name-and-title": "President Cho Hae-yeol visited Busan on Monday.\n\nThe summit between Cho and Trade "
    "Minister Ann Ruiz went well, Cho said.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _posts(bank: QuestionBank, article: str) -> dict[str, str]:
    """The post each person is asked to hold ("What post …"), by the question."""
    roles = asked(bank, article, "role")
    return {q.question: q.answer for q in roles if q.question.split(", ")[-1].startswith("what post")}


@pytest.mark.parametrize(
    ("article", "person", "post"),
    [
        ("fields-title", "Paul Kell", "Agriculture and Fisheries Minister"),
        ("fields-appos", "Ann Ruiz", "arts and heritage curator"),
        ("wrapped", "Paul Kell", "Agriculture and Livestock Development Minister"),
        ("for-portfolio", "Mark Lund", "Minister for Finance"),
        ("for-portfolio", "Ann Hart", "Minister for Media"),
        ("bracketed", "Ann Roy", "Minister of State for Health (Independent Charge)"),
        ("two-fields", "Devanand Rao", "Minister of State for Home Affairs"),
        ("judge-word-field", "Omar Qadri Pell", "Federal Minister for Law and Justice"),
        ("name-and-title", "Ann Ruiz", "Trade Minister"),
        ("named-field", "Ann Ruiz", "director of the Marine Science and Data Information Technology program"),
        ("lead-verb", "Tom Vale", "lead program faculty member"),
        ("object-before", "Ann Ruiz", "ambassador"),
        ("untagged-after-portfolio", "Paschal Dunne", "Minister for Public Expenditure and Reform"),
        ("surname-first", "Lim Wei Ming", "Senior Minister of State for Transport"),
    ],
)
def test_the_whole_post_is_asked(bank: QuestionBank, article: str, person: str, post: str) -> None:
    assert [a for q, a in _posts(bank, article).items() if person in q] == [post]


def test_in_a_list_of_names_with_posts_each_post_is_its_own_holders(bank: QuestionBank) -> None:
    """ "A, director of X, B, deputy head of Y": the parser hangs B off A's post; B never holds it."""
    asked_of = {(q.question, q.answer) for q in asked(bank, "appositive-list", "role")}
    vale = {a for q, a in asked_of if "Tom Vale" in q} | {q for q, a in asked_of if a == "Tom Vale"}
    assert vale and not any("Harbor Board" in text or text == "director" for text in vale)


def test_a_one_word_owner_of_a_company_post_is_the_company(bank: QuestionBank) -> None:
    """ "Harwick's chief executive X": the small model calls Harwick a person; no person owns a chief executive."""
    assert ("what post did Tom Vale hold at Harwick?", "chief executive") in {
        (q.question.split(", ", 1)[-1], q.answer) for q in asked(bank, "company-owner", "role")
    }


def test_at_a_venue_after_a_title_naming_its_body_is_no_affiliation(bank: QuestionBank) -> None:
    """ "Vestor President X at the Newseum": X is Vestor's president, visiting the Newseum."""
    assert not any("Newseum" in q.question + q.answer for q in asked(bank, "venue", "role"))


def test_at_a_body_after_a_title_of_rank_is_the_affiliation(bank: QuestionBank) -> None:
    assert any(q.answer == "Harwick University" for q in asked(bank, "senior-at", "role"))


def test_a_post_with_two_fields_stays_out_of_its_holders_name(bank: QuestionBank) -> None:
    """ "Minister of State for Rural Affairs X said …": the field is the post's, never the speaker's name."""
    speakers = {q.answer for q in asked(bank, "two-fields", "quote")}
    assert speakers == {"Devanand Rao"}


def test_an_adverb_before_a_post_in_apposition_is_no_part_of_it(bank: QuestionBank) -> None:
    """ "Varga, also a member of the Nordic Trade Council": the post is "member", never "also member"."""
    assert not any("also" in a for a in _posts(bank, "also-post").values())


def test_a_body_read_short_of_its_name_gives_no_post(bank: QuestionBank) -> None:
    """ "chairman of the Nordic Assembly (NA) Standing Committee" is the committee's chairman; a body
    cut at "of" ("the Political Bureau of") names nothing."""
    roles = asked(bank, "also-post", "role")
    assert not any(q.answer == "Tom Varga" and "Nordic Assembly?" in q.question for q in roles)
    assert not any(q.question.endswith(" of?") for q in roles)


def test_an_untagged_name_after_a_portfolio_is_read_where_the_article_names_it_again(bank: QuestionBank) -> None:
    """ "… for Transport Lim Wei Ming": where the portfolio ends is a guess, until "Mr Lim" settles it."""
    speakers = {q.answer for q in asked(bank, "surname-first", "quote")}
    assert speakers == {"Lim Wei Ming"}
    for article in ("surname-first", "never-again"):  # never a name cut short or run into the portfolio
        answers = {q.answer for q in bank.questions if q.article == article}
        assert not answers & {"Wei Ming", "Transport Lim Wei Ming", "Ming"}, answers
