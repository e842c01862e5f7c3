"""Posts as agency, science and institutional press releases write them: a body and a long title
before the name, a title set off by a comma, a post held "for" a list of fields."""

from __future__ import annotations

import pytest
from invented_articles import answers, asked, every_question_of_texts, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "crew-title": "The capsule carrying Nordic Space Agency astronaut Thomas Brandt and his crewmates docked "
    "with the orbiting laboratory early on Friday.",
    "field-title": '"We are ready for the next step," said NSA Director of Crewed and Robotic Flight David Miller '
    "on Monday.",
    "comma-title": '"The new campaign works," Harbor Institute General Manager of Outreach, Sarah Collins said.',
    "listed-presidents": "The treaty was drafted by the President of the Baltic Council Peter Wagner and the "
    "President of the Nordic Investment Bank Michael Schneider.",
    "split-hyphen": "Karl Lindqvist, Vice-President for Fisheries and Coastal Affairs, presented the treaty to "
    "ministers.",
    "clause-after-name": "A poster showed Chinese President Wang Jun, as the coach talked to the players.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def test_occupation_after_a_body_is_held_at_it(bank: QuestionBank) -> None:
    found = answers(bank, "crew-title", "role")
    assert found["In 2024, what post did Thomas Brandt hold at the Nordic Space Agency?"] == "astronaut"
    assert "Who" not in " ".join(found)  # many astronauts: no "Who was the astronaut …?"


def test_possessive_right_after_its_owner_stays_a_pronoun(bank: QuestionBank) -> None:
    dates = answers(bank, "crew-title", "date")
    assert any("Thomas Brandt and his crewmates" in q for q in dates), dates


def test_field_of_a_title_is_no_part_of_the_name(bank: QuestionBank) -> None:
    found = answers(bank, "field-title", "role")
    assert found["In 2024, what post did David Miller hold at NSA?"] == "Director of Crewed and Robotic Flight"
    assert all("Flight David" not in q and "Director of Crewed at" not in q for q in found), found


def test_title_set_off_by_a_comma_before_a_speaker(bank: QuestionBank) -> None:
    found = answers(bank, "comma-title", "role")
    assert found["In 2024, what post did Sarah Collins hold at the Harbor Institute?"] == "General Manager of Outreach"


def test_each_president_of_a_listed_body(bank: QuestionBank) -> None:
    found = answers(bank, "listed-presidents", "role")
    assert found["In 2024, who was the President of the Baltic Council?"] == "Peter Wagner"
    assert found["In 2024, who was the President of the Nordic Investment Bank?"] == "Michael Schneider"


def test_post_for_a_list_of_fields_is_read_whole_with_no_body(bank: QuestionBank) -> None:
    found = answers(bank, "split-hyphen", "role")
    assert found == {
        "In 2024, what post did Karl Lindqvist hold?": "Vice-President for Fisheries and Coastal Affairs",
        "In 2024, who was the Vice-President for Fisheries and Coastal Affairs?": "Karl Lindqvist",
    }


def test_clause_after_a_name_is_no_post(bank: QuestionBank) -> None:
    found = answers(bank, "clause-after-name", "role")
    assert "coach" not in " ".join([*found, *found.values()]), found
    assert found["In 2024, who was the Chinese President?"] == "Wang Jun"


def test_malaysian_word_of_address_is_no_part_of_the_name() -> None:
    bank = questions_of_texts(
        {
            "datuk": "Datuk Ahmad Salleh, president of the Malaysian Traders Association, said prices would rise. "
            '"We cannot absorb the cost," said Ahmad. Ahmad said stocks would run out by May.'
        }
    )
    speakers = {q.answer for q in asked(bank, "datuk", "quote")}
    assert speakers == {"Ahmad Salleh"}
    assert answers(bank, "datuk", "role")["In 2024, who was the president of the Malaysian Traders Association?"] == (
        "Ahmad Salleh"
    )


def test_a_country_of_two_words_names_its_government_whole() -> None:
    bank = questions_of_texts({"gov": "The New Zealand government will rename the old bridge over the harbour."})
    assert {q.answer for q in asked(bank, "gov")} == {"New Zealand government"}


def test_a_student_is_asked_only_at_a_school() -> None:
    bank = questions_of_texts(
        {
            "pupil": '"It has been too long," said 18-year-old student Lars Ekberg. "I missed my friends."',
            "place": "Oslo student Maria Lund told reporters she would keep her mask on.",
            "school": "Maria Lund, a student at Harwick University, said the campus was quiet.",
        }
    )
    assert not asked(bank, "pupil", "role") and not asked(bank, "place", "role")
    assert "Harwick University" in answers(bank, "school", "role").values()


def test_a_field_of_government_before_a_post_is_part_of_it() -> None:
    bank = questions_of_texts(
        {"field": "On Saturday, Health director-general Lars Ekberg said the ministry would screen all workers."}
    )
    assert answers(bank, "field", "role")["In 2024, what post did Lars Ekberg hold?"] == "Health director-general"
    assert not [q for q in asked(bank, "field", "role") if " at Health" in q.question or " of Health" in q.question]


def test_a_bracketed_short_form_is_no_part_of_the_post() -> None:
    bank = questions_of_texts(
        {"short": "Nordic Shipping Federation (NSF) executive director Lars Ekberg said it was hard to find crews."}
    )
    found = answers(bank, "short", "role")
    assert "NSF" not in " ".join([*found, *found.values()]), found
    assert found["In 2024, who was the executive director of the Nordic Shipping Federation?"] == "Lars Ekberg"


def test_a_bare_post_is_not_given_to_a_subsidiary_named_after_its_parent() -> None:
    bank = questions_of_texts(
        {
            "parent": "NXT Freight, the cargo arm of NXT, lost a jet on Tuesday. Chief executive Carol Tome said the "
            "company was working with investigators.",
            "alone": "NXT Freight said a cargo jet crashed on Tuesday. Carol Tome, the chief executive, said the "
            "company was working with investigators.",
        }
    )
    assert not asked(bank, "parent", "role")  # the parent's post or the arm's: the article does not say
    assert answers(bank, "alone", "role")["In 2024, who was the chief executive of NXT Freight?"] == "Carol Tome"
