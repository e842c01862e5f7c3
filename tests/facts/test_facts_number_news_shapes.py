"""Number shapes of news English asked as a teacher would (sentences invented): clock times, ages
described beside a name, a count given as part of a larger one, a combined count, a ranking before
a name, a manner adverb the count depends on, hours, a share of a named group,
a count told by a relative clause."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "clock": (
        "A cargo capsule reached the orbiting laboratory on Friday.\n\n"
        "The capsule docked with the laboratory at 04:17 GMT on Friday. "
        "Mira Olsen, who reached the ferry terminal in Bergen at 6am, waited for hours. "
        "The museum opens between 9am and 5pm."
    ),
    "ages": (
        "Students went back to school in Lyon on Monday.\n\n"
        '"It feels strange to be back," said Pia Morel, a 16-year-old pupil. '
        "A 52-year-old baker, Hugo Brun, opened the doors at dawn. "
        "The school moved into a 200-year-old convent in 1990."
    ),
    "including": (
        "Floods hit the river valley this week.\n\n"
        "The floods have killed 31 people, including nine children, in the valley. "
        "Rescue crews searched homes, including 14 farms."
    ),
    "combined": (
        "Tennis has two famous sisters.\n\n"
        "The Ruiz sisters have won a combined 22 grand slams. Ana Ruiz has won 12 grand slams since 2015."
    ),
    "ranked": (
        "Pia Lund won the Oslo Open on Sunday. Elena Petrova of Spain was the favourite.\n\n"
        "The 48th-ranked Lund beat fifth-ranked Elena Petrova in the final. "
        "The 12th-ranked Hawks lost again."
    ),
    "manner": (
        "A storm swept the coast on Monday.\n\n"
        "The storm seriously injured 14 fishermen near Hull. "
        "About 3,000 people are internally displaced by the floods, officials said. "
        "The council recently repaired 40 bridges. The mayor essentially closed 12 libraries."
    ),
    "times": (
        "Rescuers searched the hills on Sunday.\n\n"
        "The talks lasted two hours. The crew reached the hut about 22 hours later. "
        "The council put off the vote on the levy by two weeks to May. "
        "Volunteers planted hedges for birds and rebuilt 14 of the hedges in Kent."
    ),
    "relative": (
        "Rangers counted seal pups along the coast this winter.\n\n"
        "The 16 turtle nests wardens have found since last October were the most in a decade. "
        "The 30 shops that the chain closed in March were all in Wales. "
        "The 40 pups they missed were all on the islands."
    ),
    "capital": ("The new rules for ferries start today.\n\nNew Zealand has reported 212 cases of measles this year."),
    "fronted-age": (
        "Elena Petrova won the Oslo Open on Sunday. Maria Sokolova lost in the first round.\n\n"
        "At 20, Petrova is the youngest Russian to win a title since 2002. "
        "At 19, Sokolova was picked for the national team."
    ),
    "letter-unit": (
        "Schools reopened in Lyon on Monday.\n\n"
        "In some canteens, pupils are given fixed seats spaced at least 1m apart."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def test_a_clock_time_after_at_is_asked_at_what_time(bank: QuestionBank) -> None:
    """'docked at 04:17 GMT': the tagger may miss the time or take the zone for a name; the written
    form finds it. A relative clause on a name asks of the name. A stretch of time is no moment."""
    found = {q.answer: q.question for q in asked(bank, "clock", "number")}
    assert found["04:17 GMT"] == "At what time did the capsule dock with the laboratory on Friday?"
    assert found["6am"] == "At what time did Mira Olsen reach the ferry terminal in Bergen?"
    assert not {"9am", "5pm"} & set(found)


def test_an_age_that_describes_a_noun_beside_a_name_is_the_persons(bank: QuestionBank) -> None:
    """'Pia Morel, a 16-year-old pupil', 'A 52-year-old baker, Hugo Brun': How old is …? A thing's
    age ("a 200-year-old convent") is not asked as a person's."""
    found = {q.question: q.answer for q in asked(bank, "ages", "number")}
    assert found.get("In 2024, how old was Pia Morel?") == "16"
    assert found.get("In 2024, how old was Hugo Brun?") == "52"
    assert not any("200" in a for a in found.values())


def test_a_count_after_including_is_asked_with_its_own_noun(bank: QuestionBank) -> None:
    """'killed 31 people, including nine children': each count is asked with its noun and the verb of
    the whole; the part is left out of the question about the whole. A part of an uncounted whole
    ("homes, including 14 farms") is not asked: the farms may be all the homes there were."""
    found = {q.answer: q.question for q in asked(bank, "including", "number")}
    assert found["31"] == "How many people have the floods killed in the valley?"
    assert found["nine"] == "How many children have the floods killed in the valley?"
    assert "14" not in found


def test_a_combined_count_is_asked_as_one_and_its_noun_kept_whole(bank: QuestionBank) -> None:
    """'a combined 22 grand slams': the sum is asked as such; "12 grand", which the tagger reads as a
    measure (or a time), is a count of grand slams, never "how many slams … → 12 grand"."""
    found = {q.answer: q.question for q in asked(bank, "combined", "number")}
    assert found["22"] == "How many grand slams have the Ruiz sisters won combined?"
    assert found["12"] == "How many grand slams has Ana Ruiz won since 2015?"


def test_a_ranking_before_a_name_is_asked_where_the_person_was_ranked(bank: QuestionBank) -> None:
    """'The 48th-ranked Lund', 'fifth-ranked Elena Petrova': each ranking is asked of the person it is
    written before; a team's is not ("Where was Hawks ranked?" has no right grammar to guess)."""
    found = {q.question: q.answer for q in asked(bank, "ranked", "number")}
    assert found.get("Where was Pia Lund ranked?") == "48th"
    assert found.get("Where was Elena Petrova ranked?") == "fifth"
    assert not any("Hawks" in q for q in found)


def test_a_manner_adverb_before_the_verb_stays_in_the_question(bank: QuestionBank) -> None:
    """'seriously injured 14', 'are internally displaced': the adverb says which people are counted,
    so it stays; one that only says when ("recently repaired") is left out as before."""
    found = {q.answer: q.question for q in asked(bank, "manner", "number")}
    assert found["14"] == "How many fishermen did the storm seriously injure near Hull?"
    assert "internally displaced" in found["3,000"]
    assert found["40"] == "How many bridges did the council repair?"
    assert found["12"] == "How many libraries did the mayor close?"  # "essentially" says how sure, not how


def test_hours_are_lengths_of_time_and_a_date_run_into_one_is_cut_off(bank: QuestionBank) -> None:
    """ "two hours" is TIME to the tagger, not DATE, and "22 hours later" stops before "later": each
    is still a length of time, never "How many hours did the crew reach the hut?". "by two weeks to
    May": the tagger's one entity is a length and the date it ends at."""
    found = {q.answer: q.question for q in asked(bank, "times", "number")}
    assert found["two hours"] == "How many hours did the talks last?"
    assert found["22 hours"] == "About how many hours later did the crew reach the hut?"
    assert found["two weeks"] == "By how many weeks did the council put off the vote on the levy to May?"


def test_a_share_of_a_named_group_is_asked_with_the_group(bank: QuestionBank) -> None:
    """'rebuilt 14 of the hedges' → How many of the hedges …? ("14 of its …" would need to say whose)."""
    found = {q.answer: q.question for q in asked(bank, "times", "number")}
    assert found["14"] == "How many of the hedges in Kent did volunteers rebuild?"


def test_a_count_told_by_the_relative_clause_on_its_noun_is_asked_from_that_clause(bank: QuestionBank) -> None:
    """'The 16 turtle nests wardens have found since last October were …': the relative clause says what the
    count is of; the main clause only comments. A pronoun subject ("they missed") is not asked."""
    found = {q.answer: q.question for q in asked(bank, "relative", "number")}
    assert found["16"] == "How many turtle nests have wardens found since last October?"
    assert found["30"] == "How many shops did the chain close in March?"
    assert "40" not in found


def test_a_name_opening_the_subject_keeps_its_capital_though_its_first_word_is_common(bank: QuestionBank) -> None:
    """'New Zealand has reported …' in an article that also says "new rules": the name keeps "New"."""
    found = {q.answer: q.question for q in asked(bank, "capital", "number")}
    assert found["212"] == "How many cases of measles has New Zealand reported this year?"


def test_an_age_fronted_with_at_is_the_persons_when_the_clause_is_in_the_present(bank: QuestionBank) -> None:
    """'At 20, Petrova is the youngest …' → How old is Elena Petrova, the youngest …? (the description
    up to the phrase with a date); "At 19, Sokolova was picked" is the age at a past event, which "How
    old is …" would misstate."""
    found = {q.question: q.answer for q in asked(bank, "fronted-age", "number")}
    assert found.get("In 2024, how old was Elena Petrova, the youngest Russian to win a title?") == "20"
    assert "19" not in found.values()


def test_a_figure_whose_unit_is_a_bare_letter_is_not_counted(bank: QuestionBank) -> None:
    """'spaced at least 1m apart': a metre or a million, the letter does not say; never "How many m …"."""
    assert not asked(bank, "letter-unit", "number")
