"""Wrong facts found on invented politics copy: a body's place read as a president's country, a
minister's name read into her portfolio, a generic "his" given to a named leader, a clause's own
subject read as an object, and a post its holder has just been sacked from asked as held."""

from __future__ import annotations

from invented_articles import questions_of_texts

UK_STORY = (
    "MPs back planning bill despite Tory rebellion\n\n"
    "The government's flagship planning bill cleared its second reading in the Commons last night by"
    " 312 votes to 201, despite 14 Conservative MPs voting against it.\n\n"
    "Housing Secretary Rachel Dunmore told MPs the bill would allow 300,000 homes a year to be built"
    ' by 2029. "This is the biggest change to planning in a generation," she said.\n\n'
    "But Sir Geoffrey Marlow, the Conservative MP for North Whitfield, said the measures would "
    '"concrete over the green belt". He was joined in the No lobby by former housing minister Helen '
    "Ashby, the MP for Dunbridge East.\n\n"
    "Labour's shadow housing secretary, Daniel Okafor, said his party had abstained because the bill"
    ' "does nothing for renters". Mr Okafor said Labour would table amendments at committee stage to'
    " cap rents in new developments.\n\n"
    "The Liberal Democrats, led by Sarah Penhallow, voted against. Ms Penhallow said the bill handed"
    " too much power to ministers.\n\n"
    'Downing Street said the Prime Minister was "relaxed" about the rebellion. A No 10 spokesman '
    'said: "The bill passed with a comfortable majority and we look forward to it becoming law '
    'before the summer recess."\n\n'
    "The bill now goes to committee, where it is expected to spend six weeks. The House of Lords "
    "will consider it in the autumn."
)

TEXTS = {
    "body": "However, Employers Federation of the Philippines president Sergio Dantes warned that small"
    " shops could be forced to lay off staff.",
    "portfolio": "Assistant Minister for Rural and Regional Health Emma McBride said building work would"
    " begin in early 2025.",
    "generic": "Opposition leader Anwar Ibrahim said Pakatan Harapan backed the change. Under the amendment,"
    " an MP who leaves his party will lose his seat and a by-election will be held within 60 days.",
    "moved": "President Paul Mwangi on Tuesday reshuffled his Cabinet, moving Treasury Secretary John Kamau"
    " to the Ministry of Trade.",
    "sacked": "President Paul Mwangi on Tuesday sacked Finance Minister John Kamau, aides said.",
    "tally": "Velmora's parliament on Thursday approved a 42 billion crown budget by 88 votes to 61.",
    "reported": "The budget raises sales tax to 24 percent, measures that Finance Minister Tomas Irvell said"
    " were needed to win a 6 billion euro loan from the IMF.",
    "built": "Housing Secretary Rachel Dunmore told MPs the bill would allow 300,000 homes a year to be built by 2029.",
    "short": "President Paul Mwangi on Tuesday moved Treasury Secretary Njuguna Ndung'u to the Ministry of Trade.",
    "despite": UK_STORY,
    "law": "Law Minister Wan Junaidi Tuanku Jaafar, who tabled the bill, said it would restore public confidence.",
    "kept": "President Paul Mwangi on Tuesday met Finance Minister John Kamau in Nairobi.",
}


def _bank():
    bank = questions_of_texts(TEXTS)
    return {key: [q for q in bank.questions if q.article == key] for key in TEXTS}


def test_politics_wrongs() -> None:
    asked = _bank()
    assert not any("Philippines president" in q.answer for q in asked["body"])
    said = [q for q in asked["portfolio"] if q.kind == "quote"]
    assert said and all(q.answer == "Emma McBride" and q.question.startswith("Who") for q in said)
    generic = " ".join(q.question for q in asked["generic"])
    assert "Anwar Ibrahim's party" not in generic and "be held" not in generic
    for key in ("moved", "sacked"):
        kamau = [q for q in asked[key] if q.kind == "role" and "John Kamau" in q.question + q.answer]
        assert kamau and all("former" in q.answer for q in kamau if q.answer != "John Kamau")
    kept = [q for q in asked["kept"] if q.kind == "role" and "John Kamau" in q.question]
    assert kept and kept[0].answer == "Finance Minister"


def test_vote_tally_is_asked_whole_never_as_a_margin() -> None:
    asked = _bank()
    tally = {q.question: q.answer for q in asked["tally"] if q.kind == "number"}
    assert "By what vote did Velmora's parliament approve a 42 billion crown budget?" in tally
    assert not any(q.startswith("By how many votes") or a in ("88", "61") for q, a in tally.items())
    assert not any(" that needed" in q.question for q in asked["reported"])
    assert not any(" be built" in q.question and q.kind == "number" for q in asked["built"])
    held = [q for q in asked["short"] if q.kind == "role" and "Treasury" in q.answer]
    assert all("former" in q.answer for q in held)
    assert not any(q.question.startswith("Despite") for q in asked["despite"])
    assert not any(" be built" in q.question for q in asked["despite"] if q.kind == "number")
    assert [q.answer for q in asked["law"] if q.kind == "role"] == ["Law Minister"]
