"""Posts told by a verb ("who heads the Nordic Trade Council", "who chaired the rail board until 2019"),
a post whose body is named by "whose", owners the tagger misreads before a post ("Tenants'
campaigner", "[Migrant] Workers' Centre chairman", a club taken for a town), and a post taken away
by a verb the parse misreads ("have sacked manager X"): never a post at the wrong body, nor one held."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    # wire copy: a "who" clause with a present verb
    "heads": "OSLO (Reuters) - Ann Lind, who heads the Nordic Trade Council, said on Monday exports would rise.",
    # British paper: a party led now, beside a former post
    "leads": (
        "Former minister Tom Vale, who leads the opposition Harbour Party, backed the plan on Tuesday. "
        "Ministers said the vote would be held in May."
    ),
    # regional paper: a post held once, and a founder
    "past": (
        "Mark Orr, who chaired the Harwick Rail Board until 2019, declined to comment. Sara Ruiz, who founded "
        "Velton Insurance in 1998, said she was pleased."
    ),
    # sport: leading a team to a title, and a post to come, are no posts held
    "no post": "Ben Holt led Harwick Rovers to the title last season. Jo Kerr will head the Carden Trust from May.",
    # business wire: the post after "as" is the post, no "leader" besides
    "as": "Mira Stone leads Velta Air as chief executive and has done so since 2019.",
    # African wire: "whose president" after a court named before
    "whose": (
        "NAIROBI (AFP) - Harwick's High Court on Thursday halted the planned sale of state-owned Harwick Power, "
        "dealing a blow to the government's privatisation drive.\n\n"
        "The petition was filed by the Law Society of Harwick, whose president, Grace Otto, called the ruling "
        '"a victory for the people".\n\n'
        "Harwick Power's managing director, Paul Kiptum, declined to comment."
    ),
    # British paper: "whose" before a post that is not bare
    "whose director": (
        "The plan was criticised by the Harwick Civic Society, whose campaigns director, Mia Sohl, "
        'called it "a betrayal".'
    ),
    # British local paper: a group of people before a post, no body
    "tenants": (
        "The Harwick High Court ruled against the council on Monday.\n\n"
        "Tenants' campaigner Joan Whitby said the ruling was overdue."
    ),
    # football report: a club the tagger takes for a town, and a manager the parse misses being sacked
    "sacked": (
        "Harwick Rovers have sacked manager Neil Dorran after a seventh straight league defeat left them bottom "
        'of the table.\n\nChairman Robert Hale said: "This was a difficult decision but we have to act now."'
    ),
    # match report: a header that puts a club ahead is no post at the club
    "header": (
        "Striker Rui Tamsin headed Carden Rovers in front in the 9th minute and Ola Benn headed Harwick Town "
        "level before the break."
    ),
    # tabloid: a verb after "will" is no word of the title
    "will sack": "Harwick Rovers will sack manager Tom Vale if they lose on Saturday, sources said.",
    # Indian sports desk: a club the tagger left untagged, and a coach let go
    "club": (
        "Harwick City FC on Tuesday parted ways with head coach Marco Ruiz after the club slipped to eighth.\n\n"
        "Carden United FC's head coach Petr Vane said his side would not take Harwick lightly."
    ),
    # wire: a plural post of a named body over a list of names
    "list": "Velton Securities economists Mark Tull and Anna Berg said exports would drop by 10 percent this year.",
    # Asian paper: a body's name the tagger cut short
    "centre": (
        "New rules for dormitories take effect in April. The plan was welcomed by Migrant Workers' Centre "
        "chairman Bernard Menon and by employers."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _roles(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article and q.kind == "role"}


def test_a_body_headed_now_is_a_post_there(bank: QuestionBank) -> None:
    roles = _roles(bank, "heads")
    assert any("head of the Nordic Trade Council" in q and a == "Ann Lind" for q, a in roles.items())


def test_a_party_led_now_gives_its_leader(bank: QuestionBank) -> None:
    roles = _roles(bank, "leads")
    assert any("leader of the Harbour Party" in q and a == "Tom Vale" for q, a in roles.items())


def test_a_body_chaired_once_is_a_former_post_and_a_founder_stays_one(bank: QuestionBank) -> None:
    roles = _roles(bank, "past")
    orr = [a for q, a in roles.items() if "Mark Orr" in q or a == "Mark Orr"]
    assert orr and "chair" not in roles.values()
    assert all("time of writing" not in q for q, a in roles.items() if "Mark Orr" in q or a == "Mark Orr")
    assert any("Velton Insurance" in q and a == "founder" for q, a in roles.items())


def test_leading_a_team_to_a_title_or_a_post_to_come_is_no_post_held(bank: QuestionBank) -> None:
    roles = _roles(bank, "no post")
    assert not any(a in ("leader", "head", "former leader") for a in roles.values())
    assert not any("Ben Holt" in q or a == "Ben Holt" for q, a in roles.items())


def test_a_post_after_as_is_not_asked_twice(bank: QuestionBank) -> None:
    roles = _roles(bank, "as")
    assert "chief executive" in roles.values()
    assert "leader" not in roles.values() and not any("leader" in q for q in roles)


def test_whose_names_the_body_of_the_post(bank: QuestionBank) -> None:
    roles = _roles(bank, "whose")
    otto = {q: a for q, a in roles.items() if "Grace Otto" in q or a == "Grace Otto"}
    assert otto and all("High Court" not in q for q in otto)
    assert any("Law Society of Harwick" in q for q in otto)


def test_whose_names_the_body_of_a_post_that_says_its_field(bank: QuestionBank) -> None:
    roles = _roles(bank, "whose director")
    assert any("Mia Sohl" in q and "Harwick Civic Society" in q for q in roles), roles
    assert not any("whose" in q or "whose" in a for q, a in roles.items())


def test_a_group_of_people_before_a_post_is_no_body(bank: QuestionBank) -> None:
    roles = _roles(bank, "tenants")
    assert not any("at Tenants" in q or a == "Tenants" for q, a in roles.items())


def test_a_manager_sacked_is_a_former_one_and_the_club_is_the_chairmans_body(bank: QuestionBank) -> None:
    roles = _roles(bank, "sacked")
    dorran = {q: a for q, a in roles.items() if "Neil Dorran" in q or a == "Neil Dorran"}
    assert dorran and all("time of writing" not in q for q in dorran)
    assert "former manager" in dorran.values()
    assert any(q.endswith("who was the Chairman of Harwick Rovers?") and a == "Robert Hale" for q, a in roles.items())


def test_a_verb_after_will_is_no_part_of_the_post(bank: QuestionBank) -> None:
    roles = _roles(bank, "will sack")
    assert not any("sack" in a for a in roles.values()), roles
    assert all(a in ("manager", "Tom Vale", "Harwick Rovers") for a in roles.values()), roles


def test_a_club_the_tagger_missed_is_the_coachs_body_and_a_coach_let_go_is_no_coach_now(bank: QuestionBank) -> None:
    roles = _roles(bank, "club")
    assert any("Petr Vane" in q and "Carden United FC" in q and a == "head coach" for q, a in roles.items())
    assert not any(a == "head coach" and "Marco Ruiz" in q for q, a in roles.items())
    assert not any(a == "Marco Ruiz" and "time of writing" in q for q, a in roles.items())


def test_a_plural_post_of_a_body_is_each_listed_persons(bank: QuestionBank) -> None:
    roles = _roles(bank, "list")
    for name in ("Mark Tull", "Anna Berg"):
        assert any(name in q and "Velton Securities" in a or name in q and a == "economist" for q, a in roles.items())


def test_a_body_name_cut_short_by_the_tagger_is_asked_whole(bank: QuestionBank) -> None:
    roles = _roles(bank, "centre")
    menon = [q for q, a in roles.items() if "Bernard Menon" in q or a == "Bernard Menon"]
    assert menon and all("Migrant Workers' Centre" in q for q in menon if "Centre" in q)


def test_a_title_restated_by_a_verb_is_one_post_not_two() -> None:
    """ "Commissioner Ada Crane, who heads the Harwick Police Service": never "besides being head of …"."""
    text = "Commissioner Ada Crane, who heads the Harwick Police Service, said on Monday two officers were hurt."
    roles = {q.question: q.answer for q in every_question_of_texts({"titled": text}).questions if q.kind == "role"}
    assert not any("besides being" in q or "head of the Harwick Police Service" in q for q in roles), roles


def test_a_header_that_puts_a_club_ahead_is_no_post(bank: QuestionBank) -> None:
    roles = _roles(bank, "header")
    assert not any("head" in a or "Rovers" in q or "Town" in q for q, a in roles.items())
