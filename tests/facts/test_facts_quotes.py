"""Quote attribution: each shape news uses gives one "Who said …?" question naming the right person.

Every case is a tiny article of our own; all of them are parsed in one pass (spaCy loads once).
"""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked

from quizgen.models import Article, Question, QuestionBank
from quizgen.pipeline import questions_for

PUBLISHED = dt.date(2024, 6, 12)

#: id → (article text, words the question must contain, full name of the speaker)
CASES: dict[str, tuple[str, str, str]] = {
    "said-after-quote": (
        '"We will rebuild the old pier before the summer crowds arrive," said Maria Okafor.',
        "rebuild the old pier",
        "Maria Okafor",
    ),
    "colon-before-quote": (
        'Daniel Whitcombe said: "Every child in this borough deserves a quiet place to read after school."',
        "quiet place to read",
        "Daniel Whitcombe",
    ),
    "name-added": (
        '"We expect the first branches to reopen by the autumn," Priya Natarajan added.',
        "first branches to reopen",
        "Priya Natarajan",
    ),
    "reported-said-that": (
        "Helen Marsh said that the money would come from a reserve fund set aside for floods.",
        "reserve fund set aside for floods",
        "Helen Marsh",
    ),
    "speaker-by-post": (
        "Finance Minister Rachel Osei presented the budget to parliament.\n\n"
        '"This budget protects the families who need help most," the minister said.',
        "protects the families",
        "Rachel Osei",
    ),
    "post-before-name": (
        "The opposition leader, Mark Reynolds, said the plan would raise prices for every household in the county.",
        "raise prices for every household",
        "Mark Reynolds",
    ),
    "clause-then-pronoun": (
        "Lena Vogt runs the seed bank at the edge of the forest.\n\n"
        "The collection now holds seeds from more than four hundred local plants, she said.",
        "seeds from more than four hundred local plants",
        "Lena Vogt",
    ),
    "according-to": (
        "The reserve fund holds enough money to repair every bridge in the county, according to Helen Marsh.",
        "repair every bridge",
        "Helen Marsh",
    ),
    "pronoun-speaker": (
        "Lena Vogt runs the seed bank at the edge of the forest.\n\n"
        '"We store the seeds of four hundred local plants in the vault," she said.',
        "seeds of four hundred local plants",
        "Lena Vogt",
    ),
    "surname-speaker": (
        "Maria Okafor opened the new water treatment plant in the east of the city.\n\n"
        "Okafor said the board would hire hundreds of engineers over the next few years.",
        "hire hundreds of engineers",
        "Maria Okafor",
    ),
    "conceded": (
        "Oskar Lind chairs the harbour board.\n\n"
        "Lind conceded that the new timetable had been too tight for the winter crossings.",
        "too tight for the winter crossings",
        "Oskar Lind",
    ),
    "view-with-a-clause": (
        "Ruth Abney runs the island's only clinic.\n\n"
        "Abney doubted that the new ferry would be ready before the first winter storms.",
        "ready before the first winter storms",
        "Ruth Abney",
    ),
    "own-view": (
        "Oskar Lind chairs the harbour board.\n\n"
        "Lind said he doubted the repaired ferry would sail again before the end of March.",
        "doubted the repaired ferry would sail again",
        "Oskar Lind",
    ),
    "cut-before-pointing-word": (
        "Helen Marsh said the council was spending well below the budget it set in the spring, partly "
        "because the contractors had been slow.",
        "spending well below the budget",
        "Helen Marsh",
    ),
    "fronted-phrase-left-out": (
        "Priya Natarajan runs the library service.\n\n"
        "Besides opening three new branches in its first year, the library service has trained two hundred "
        "volunteers, she added.",
        "the library service has trained two hundred volunteers",
        "Priya Natarajan",
    ),
    "title-and-surname-speaker": (
        "Priya Natarajan, the head of library services, toured the branch on Monday.\n\n"
        '"Libraries are where many families first learn to use a computer," Ms Natarajan said.',
        "first learn to use a computer",
        "Priya Natarajan",
    ),
}

CONTINUED = (
    "Daniel Whitcombe has run the ferry company for twenty years.\n\n"
    '"The crossing has never been busier than it was this summer," he said. '
    '"We carried more cars in August than in the whole of last year. '
    '"Next spring we will add a second boat to the morning route."'
)
TWO_SPEAKERS = (
    "Maria Okafor and Daniel Whitcombe both spoke at the harbour meeting.\n\n"
    '"The new breakwater will protect the fishing fleet from winter storms," said Okafor.\n\n'
    '"Ticket prices for the ferry will stay the same until next spring," Whitcombe said.'
)
NAMED_IN_CLAUSE = (
    "Oskar Lind chairs the harbour board.\n\n"
    "Lind said the new ferry had failed a safety check in March. He conceded Tomas Berg might have known "
    "about the fault before the sale.\n\n"
    '"We have asked the builders for a full written report," he said.'
)
SPOKE_SINCE = (
    "Oskar Lind chairs the harbour board.\n\n"
    '"The ferry will run again in May," Lind said. The engineer Tomas Bergqvist told the meeting that the '
    "hull needed new plates.\n\n"
    "Mr Bergqvist's deputy said the work would take six weeks.\n\n"
    '"We have asked the builders for a full written report," he said.'
)
PARTICIPLE = (
    "Carl Dunmore, expected to step down as treasurer next month, was blamed by the auditors for the "
    '"chaos" in the accounts.'
)
TOLD_AND_CUT = (
    "Ruth Abney runs the island's only clinic.\n\n"
    'Abney told reporters later that the new ferry was "a bold step for everyone who lives on the island.'
)
AMBIGUOUS_PRONOUN = (
    "Helen Marsh met Priya Natarajan at the town hall on Friday to discuss the flood plan.\n\n"
    '"We cannot wait another decade for the river walls to be repaired," she said.'
)


def _article(key: str, text: str) -> Article:
    return Article(id=key, title=key, published=PUBLISHED, path=f"{key}.txt", text=text)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    texts = {key: case[0] for key, case in CASES.items()}
    texts |= {
        "continued": CONTINUED,
        "two-speakers": TWO_SPEAKERS,
        "ambiguous-pronoun": AMBIGUOUS_PRONOUN,
        "named-in-clause": NAMED_IN_CLAUSE,
        "spoke-since": SPOKE_SINCE,
        "participle": PARTICIPLE,
        "told-and-cut": TOLD_AND_CUT,
    }
    return questions_for([_article(key, text) for key, text in texts.items()])


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_speaker_is_found_and_named_in_full(bank: QuestionBank, case: str) -> None:
    _, words, speaker = CASES[case]
    found = [q for q in asked(bank, case, "quote") if words in q.question]
    assert len(found) == 1, [q.question for q in asked(bank, case, "quote")]
    q = found[0]
    assert q.question.startswith("Who ")
    assert q.answer == speaker
    assert speaker.split()[-1] not in q.question  # the speaker is not given away


@pytest.mark.parametrize("case", ["surname-speaker", "title-and-surname-speaker"])
def test_surname_the_article_uses_is_also_a_right_answer(bank: QuestionBank, case: str) -> None:
    (q,) = [q for q in asked(bank, case, "quote") if CASES[case][1] in q.question]
    assert CASES[case][2].split()[-1] in q.aliases


def test_direct_quote_is_asked_between_quote_marks(bank: QuestionBank) -> None:
    (q,) = asked(bank, "said-after-quote", "quote")
    assert "\u201cWe will rebuild the old pier before the summer crowds arrive\u201d" in q.question
    assert q.source.startswith('"We will rebuild')


def test_reported_speech_is_asked_with_that(bank: QuestionBank) -> None:
    (q,) = asked(bank, "reported-said-that", "quote")
    assert q.question.startswith("Who said that ")


def test_quote_left_open_in_the_same_paragraph_is_one_fact(bank: QuestionBank) -> None:
    found = asked(bank, "continued", "quote")
    assert len(found) == 1, [q.question for q in found]
    assert "never been busier" in found[0].question
    assert found[0].answer == "Daniel Whitcombe"


def test_each_speaker_of_a_dialogue_gets_their_own_quote(bank: QuestionBank) -> None:
    by_answer = {q.answer: q.question for q in asked(bank, "two-speakers", "quote")}
    assert "breakwater" in by_answer["Maria Okafor"]
    assert "Ticket prices" in by_answer["Daniel Whitcombe"]


def test_speaker_choices_are_people_of_the_article(bank: QuestionBank) -> None:
    (q,) = [q for q in asked(bank, "two-speakers", "quote") if q.answer == "Maria Okafor"]
    assert set(q.choices) == {"Maria Okafor", "Daniel Whitcombe"}


def test_ambiguous_pronoun_speaker_is_not_asked(bank: QuestionBank) -> None:
    assert asked(bank, "ambiguous-pronoun", "quote") == []


def test_he_said_is_not_the_person_named_inside_a_reported_clause(bank: QuestionBank) -> None:
    (q,) = [q for q in asked(bank, "named-in-clause", "quote") if "written report" in q.question]
    assert q.answer == "Oskar Lind"


def test_he_said_after_someone_else_spoke_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "spoke-since", "quote") if "written report" in q.question]
    (q,) = [q for q in asked(bank, "spoke-since", "quote") if "run again in May" in q.question]
    assert q.answer == "Oskar Lind"


def test_a_participle_describing_someone_is_not_a_statement(bank: QuestionBank) -> None:
    assert asked(bank, "participle", "quote") == []


def test_told_loses_its_listener_and_a_cut_quote_is_closed(bank: QuestionBank) -> None:
    (q,) = asked(bank, "told-and-cut", "quote")
    assert q.answer == "Ruth Abney"
    assert "reporters" not in q.question
    assert q.question.count('"') % 2 == 0 and "bold step" in q.question


def test_a_clause_whose_subject_is_the_speaker_keeps_the_saying(bank: QuestionBank) -> None:
    (q,) = asked(bank, "own-view", "quote")
    assert q.question.startswith("Who said that they doubted the repaired ferry")


def test_a_reported_clause_stops_before_a_word_the_question_cannot_show(bank: QuestionBank) -> None:
    (q,) = asked(bank, "cut-before-pointing-word", "quote")
    assert q.question.endswith("\u2026?") and " it " not in q.question
    (q,) = asked(bank, "fronted-phrase-left-out", "quote")
    assert "Besides" not in q.question and " its " not in q.question


DESCRIBED = (
    "The harbour board met on Monday to discuss the winter timetable.\n\n"
    "A senior harbour official said the board would cut two crossings a day from November. "
    "Traders say the cuts will hurt the island's shops.\n\n"
    '"We will lose the Saturday visitors first," said one island trader.\n\n'
    "The trader, who asked not to be named, said she feared the bakery would close before spring."
)


@pytest.fixture(scope="module")
def described() -> list[Question]:
    questions = questions_for([_article("described", DESCRIBED)]).questions
    return [q for q in questions if q.kind == "quote"]


def test_an_unnamed_speaker_the_article_describes_is_the_answer(described: list[Question]) -> None:
    by_topic = {("two crossings" in q.question, "Saturday visitors" in q.question): q.answer for q in described}
    assert by_topic[(False, True)] == "an island trader"
    assert (True, False) not in by_topic  # "a senior harbour official" names no one they speak for


def test_the_described_speaker_is_found_again_by_its_noun(described: list[Question]) -> None:
    (q,) = [q for q in described if "bakery" in q.question]
    assert q.answer == "an island trader"
    assert q.question.startswith("Who said that they feared the bakery would close")


def test_a_bare_plural_is_too_vague_to_be_a_speaker(described: list[Question]) -> None:
    assert not [q for q in described if "hurt the island" in q.question]


def test_a_document_that_states_something_in_a_relative_clause_is_a_speaker() -> None:
    text = (
        "The Harbour Safety Board report, which says the ferry's owners ignored three warnings about the "
        "hull, was published on Monday, harbour officials said."
    )
    questions = [q for q in questions_for([_article("document", text)]).questions if q.kind == "quote"]
    (q,) = [q for q in questions if "report says" in q.question]
    assert (
        q.question == "Which organization's report says that the ferry's owners ignored three warnings about the hull?"
    )
    assert q.answer == "Harbour Safety Board"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("\u2018", "\u2019"), ("\u00ab", "\u00bb"), ("``", "''"), ("''", "''")],
    ids=["single-curly", "guillemets", "tex-style", "doubled-apostrophes"],
)
def test_quotes_in_other_marks_are_attributed(opening: str, closing: str) -> None:
    text = (
        f"{opening}We will rebuild the old pier before the summer crowds arrive,{closing} said Maria Okafor. "
        "Okafor\u2019s team starts work on Monday."
    )
    questions = [q for q in questions_for([_article("marks", text)]).questions if q.kind == "quote"]
    (q,) = questions
    assert q.question == "Who said \u201cWe will rebuild the old pier before the summer crowds arrive\u201d?"
    assert q.answer == "Maria Okafor"


def test_a_quote_is_not_torn_at_an_abbreviation() -> None:
    text = (
        "Nora Quist manages the harbour fund.\n\n"
        '"The risk is real. Talks with the U.S. Treasury have made bankers nervous about the spring," '
        "Quist said."
    )
    (q,) = [q for q in questions_for([_article("abbreviation", text)]).questions if q.kind == "quote"]
    assert "U.S. Treasury have made bankers nervous" in q.question, q.question


def test_a_long_quote_is_cut_before_a_new_clause_never_after_a_loose_word() -> None:
    from quizgen.facts.reported import trim

    quote = (
        "The new ferry terminal will carry twice as many passengers as the old pier in the busiest weeks "
        "of the summer while the council repairs the sea wall and the roads that lead to the harbour"
    )
    cut = trim(quote)
    assert cut == (
        "The new ferry terminal will carry twice as many passengers as the old pier in the busiest weeks "
        "of the summer \u2026"
    )
    assert trim("Prices will rise by a fifth over the next two years, the board said on Monday") == (
        "Prices will rise by a fifth over the next two years, the board said on Monday"
    )  # a few words over the limit: asked whole


def test_doubled_apostrophes_inside_a_sentence_close_an_inner_quote_first() -> None:
    from quizgen.facts.quote_marks import quote_spans

    text = "''The boys kept calling me, `Go and win it for us,''' said Maria Okafor. ''It's done.''"
    found = [text[a:b] for a, b in quote_spans(text)]
    assert found == ["The boys kept calling me, `Go and win it for us,'", "It's done."]
