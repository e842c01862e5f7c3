"""The last gate: leaks, dangling pronouns and broken punctuation are refused; ids do not follow wording."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_texts

from quizgen.facts.fact_types import DateFact, NumberFact, QuoteFact, Speaker
from quizgen.models import Article, QuestionBank
from quizgen.questions.draft import Draft
from quizgen.questions.quality import finalize, normal, problem, question_id, tidy

ARTICLE = Article(id="harbour-news", title="Harbour", published=dt.date(2024, 6, 12), path="h.txt", text="")


@pytest.mark.parametrize(
    ("question", "answer", "aliases", "reason"),
    [
        ("Who said that Maria Okafor would resign?", "Maria Okafor", [], "answer in question"),
        ("Who said that Okafor would resign?", "Maria Okafor", ["Okafor"], "answer in question"),
        ("What does the NRSB inspect?", "Northern Rail Safety Board", ["NRSB"], "answer in question"),
        ("Who said he would resign?", "Maria Okafor", [], "pronoun without referent"),
        ("When did they open the bridge?", "May 3, 2024", [], "pronoun without referent"),
        ("When did it open?", "May 3, 2024", [], "pronoun without referent"),
        ("What is this?", "a bridge", [], "pronoun without referent"),
        ('Who said "we will win?', "Maria Okafor", [], "unbalanced quotes"),
        ("Who said \u201cwe will win?", "Maria Okafor", [], "unbalanced quotes"),
        ("Who runs the (new office?", "Maria Okafor", [], "unbalanced brackets"),
        ("When was the summit between Alvar Cole?", "May 3, 2024", [], "between one side only"),
        ("How far did the river rise in 2012 [?", "two metres", [], "unbalanced brackets"),
        ("Who leads the?", "Maria Okafor", [], "dangling last word"),
        ("Who does n't agree?", "Maria Okafor", [], "split n't"),
        ("What does ESA stand for", "European Space Agency", [], "empty"),
        ("How many towns does the survey rate pride in, cleanliness?", "212", [], "a preposition torn from its object"),
    ],
    ids=[
        "full-name-leak",
        "alias-leak",
        "acronym-leak",
        "he",
        "they",
        "bare-it",
        "this",
        "straight-quote",
        "curly-quote",
        "bracket",
        "one-sided-between",
        "square-bracket",
        "last-word",
        "split-negation",
        "no-question-mark",
        "torn-preposition",
    ],
)
def test_bad_question_is_refused(question: str, answer: str, aliases: list[str], reason: str) -> None:
    assert problem(question, answer, aliases) == reason


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who said \u201cshe will run the harbour better than anyone\u201d?", "Maria Okafor"),
        ("Which organization said it would close the plant?", "Harwick Energy Company"),
        ("When did the Harwick Energy Company say it would close the plant?", "May 3, 2024"),
        ("How many delegates came to the 25th summit?", "25"),
        ("Who doesn't agree with the plan?", "Maria Okafor"),
        ("When was the summit between Alvar Cole and Ivo Brandt?", "May 3, 2024"),
        ("Who said \u201cwe will finish it in, say, two years\u201d?", "Maria Okafor"),
    ],
    ids=[
        "pronoun-inside-quote",
        "it-after-named-org",
        "it-after-name",
        "number-as-part-of-word",
        "negation",
        "between-two",
        "comma-after-preposition-inside-quote",
    ],
)
def test_good_question_passes(question: str, answer: str) -> None:
    assert problem(question, answer, []) is None


def test_possessive_its_without_referent_is_refused() -> None:
    assert problem("By what percentage did its profit fall?", "12%", []) == "pronoun without referent"


def test_tidy_removes_wire_tickers_split_possessives_and_doubled_words() -> None:
    assert (
        tidy("When did Tidewell Shipping Co <TWS> buy <Harbour Tugs Ltd>?")
        == "When did Tidewell Shipping Co buy Harbour Tugs Ltd?"
    )
    assert (
        tidy("When did Ghana 's minister say that that the port ,, opened?")
        == "When did Ghana's minister say that the port, opened?"
    )
    moved = "When did the agency move to the Harbour Building?"
    assert tidy("When did the agency move to the The Harbour Building?") == moved


def test_wire_feeds_doubled_apostrophes_read_as_quote_marks() -> None:
    """''top official'' and ``top official'' as some wire feeds type “top official”; an opening pair whose
    closing one the question cut away goes, and a lone closing pair is no quote the learner can read."""
    asked = "Who was the ''senior aide'' cited as backing Harwick's ''two-ferry policy?"
    assert tidy(asked) == "Who was the \u201csenior aide\u201d cited as backing Harwick's two-ferry policy?"
    assert tidy("Who was the ``senior aide'' cited?") == "Who was the \u201csenior aide\u201d cited?"
    assert problem(tidy("Who blamed the players'' union?"), "Ann Ruiz", []) == "unbalanced quotes"


def test_his_or_her_needs_a_referent_unless_who_binds_it() -> None:
    assert problem("When does his term end?", "May 3", []) == "pronoun without referent"
    assert problem("Who said his team was tired?", "Ann Ruiz", []) is None
    assert problem("When did Ann Ruiz sell her boat?", "May 3", []) is None


def test_tidy_gives_a_named_journal_its_article() -> None:
    assert tidy("When was the study published in journal Coastal Ecology?") == (
        "When was the study published in the journal Coastal Ecology?"
    )
    assert tidy("Which journal published it?") == "Which journal published it?"


def test_tidy_fixes_spacing_and_end_punctuation() -> None:
    assert tidy('  who  said  "yes" ,  ?') == 'Who said "yes"?'
    assert tidy("when did the ferry  sail .?") == "When did the ferry sail?"


def test_normal_ignores_case_possessive_and_leading_the() -> None:
    assert normal("The Harbour Board's") == normal("harbour board")


def _draft(question: str, direction: str = "who", key: str = "quote|maria okafor|we will rebuild") -> Draft:
    fact = QuoteFact(
        key=key,
        sentence='"We will rebuild," said Maria Okafor.',
        answer_span=(21, 33),
        speaker=Speaker("Maria Okafor", ("Okafor",), "Who", "maria okafor"),
        text="We will rebuild",
        predicate="said \u201cWe will rebuild\u201d",
        direct=True,
    )
    return Draft(fact, direction, question, "Maria Okafor", ["Okafor"], "person")


def test_stable_id_does_not_depend_on_wording() -> None:
    (first,) = finalize(ARTICLE, [_draft("Who said \u201cWe will rebuild the pier\u201d?")])
    (second,) = finalize(ARTICLE, [_draft("Who promised to rebuild the pier?")])
    assert first.id == second.id
    assert first.id == question_id(ARTICLE.id, "quote", "quote|maria okafor|we will rebuild", "who")
    other_fact = finalize(ARTICLE, [_draft("Who said the ferries would run?", key="quote|maria okafor|ferries")])
    other_direction = finalize(ARTICLE, [_draft("Who said the ferries would run?", direction="holder")])
    assert other_fact[0].id != first.id != other_direction[0].id


def test_finalize_drops_refused_and_duplicate_questions() -> None:
    kept = finalize(
        ARTICLE,
        [
            _draft("Who said \u201cWe will rebuild the pier\u201d?"),
            _draft("Who said \u201cWe will rebuild the pier\u201d ?", key="quote|maria okafor|other"),
            _draft("Who said that Okafor would rebuild the pier?", key="quote|maria okafor|leak"),
        ],
    )
    assert [q.question for q in kept] == ["Who said \u201cWe will rebuild the pier\u201d?"]
    assert kept[0].aliases == ("Okafor",)


def test_which_of_these_question_needs_its_choices() -> None:
    draft = _draft("Which of these people said \u201cWe will rebuild the pier\u201d?")
    draft.needs_choices = True
    assert finalize(ARTICLE, [draft]) == []
    draft.choices = ["Maria Okafor", "Daniel Whitcombe"]
    assert len(finalize(ARTICLE, [draft])) == 1


# --- every generated question, on a mixed article of our own -----------------------------------

MIXED = (
    "Peter Adjei, president of the Ghana Medical Association and director of the Korle Bu Heart Clinic, "
    "said on Tuesday that the new sugar tax would save lives.\n\n"
    "The Ghana Medical Association (GMA) has 4,200 members.\n\n"
    '"We have waited ten years for this decision," Adjei said.\n\n'
    "The tax was proposed by the Coastal Health Trust, Orvell University and the Kestrel Foundation.\n\n"
    "Kwame Mensah, director of the National Heart Foundation, said sales of sugary drinks fell by 8% in "
    "March 2024."
)


@pytest.fixture(scope="module")
def mixed() -> QuestionBank:
    return questions_of_texts({"sugar-tax": MIXED})


def test_generated_questions_pass_the_gate(mixed: QuestionBank) -> None:
    assert len(mixed.questions) >= 10
    for q in mixed.questions:
        assert problem(q.question, q.answer, list(q.aliases)) is None, q.question


def test_choices_never_hold_an_alias_or_another_right_answer(mixed: QuestionBank) -> None:
    sponsors = {"Coastal Health Trust", "Orvell University", "Kestrel Foundation"}
    for q in mixed.questions:
        if not q.choices:
            continue
        assert q.choices.count(q.answer) == 1, q
        wrong = {normal(c) for c in q.choices if c != q.answer}
        assert not wrong & {normal(a) for a in q.aliases}, q
        if q.answer in sponsors:
            assert not wrong & {normal(s) for s in sponsors}, q


# --- each question read again as a sentence of its own (invented sentences) ---------------------


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("When be the harbour talks held?", "no inversion"),
        ("In what year persuaded the engineers the council to build a bridge?", "no inversion"),
        ("How much were?", "no subject"),
        ("By when did the firm hope which to triple its sales?", "stray wh-word"),
        ("For how many years was whose daughter abroad?", "stray wh-word"),
        ("How many kinds of did the bakery sell?", "preposition before a verb"),
        ("How many ferries and 12 buses has the city bought?", "broken wh-phrase"),
        ("How many ferries going to the island?", "no finite verb"),
        ("Which organization resigned?", "too vague"),
        ("By which organization was the regatta not sponsored?", "negated: many did not"),
        ("When – A team of divers found the wreck?", "stray dash"),
        ("Until when would Ann Ruiz not bet on Ann Ruiz's chances?", "name repeated instead of a pronoun"),
        ("When will Ruiz argue Ruiz's case before the harbour board?", "name repeated instead of a pronoun"),
        ("How many places to reach the final did the rower climb?", "broken wh-phrase"),
        ("When would the ferry sail to the island instead of?", "dangling preposition"),
        ("How many. 2 did the rowing club finish in the regatta?", "broken wh-phrase"),
        ("How many budget contained a cut in the harbour fees?", "how many with a singular noun"),
    ],
)
def test_question_that_does_not_read_is_caught(question: str, reason: str) -> None:
    from quizgen.questions.grammar import grammar_problem, tag

    (doc,) = tag([question])
    assert grammar_problem(doc) == reason


@pytest.mark.parametrize(
    "question",
    [
        "When was the new quay opened?",
        "To how many members of the harbour board was the letter sent by the mayor?",
        "By what percentage, on average, did ferry fares rise last year?",
        "How many pct of the catch did the fleet export?",
        "Which company will start a ferry service to the island?",
        "How many nurses on the island are there?",
        "For how many days had the port not had a delay?",
        "How many events including races, fairs and concerts will the festival offer?",
        "Who said \u201cthe pier - and the quay - will be rebuilt\u201d?",
        "When did the mayor speak about \u201cthe harbour of tomorrow\u201d?",
        "Which organization is Ann Ruiz the director of?",
        "When did Ruiz sign the mayor's letter about Holm's ferry?",
        "When did the rowing club give up?",
        "How many staff did the bakery hire?",
    ],
)
def test_question_that_reads_well_passes(question: str) -> None:
    from quizgen.questions.grammar import grammar_problem, tag

    (doc,) = tag([question])
    assert grammar_problem(doc) is None


@pytest.mark.parametrize(
    ("question", "mended"),
    [
        ("How many kinds of did the bakery sell?", "How many kinds did the bakery sell?"),
        ("In how many races since has the yacht won?", "In how many races has the yacht won?"),
        ("When did Ann Ruiz say that Ann Ruiz would sail?", "When did Ann Ruiz say that Ruiz would sail?"),
    ],
)
def test_slips_of_wording_are_mended(question: str, mended: str) -> None:
    from quizgen.questions.grammar import repair, tag

    (doc,) = tag([question])
    assert repair(doc) == mended


def test_asides_between_dashes_are_left_out() -> None:
    from quizgen.questions.grammar import drop_asides

    assert (
        drop_asides("How many pupils will the ferry carry - mostly from the island - each day?")
        == "How many pupils will the ferry carry each day?"
    )
    last = "How many cars crossed the bridge in May - a record?"
    assert drop_asides(last) == "How many cars crossed the bridge in May?"


def _fact_draft(question: str, answer: str, kind: str = "date") -> Draft:
    record = {"date": DateFact, "number": NumberFact}[kind]
    extra = {"iso": None, "format": "surface", "surface": answer} if kind == "date" else {}
    fact = record(key=f"{kind}|{question}", sentence="", answer_span=None, question=question, answer=answer, **extra)
    return Draft(fact, "ask", question, answer, [], kind)


def test_finalize_mends_rereads_and_drops() -> None:
    kept = finalize(
        ARTICLE,
        [
            _fact_draft("How many kinds of did the bakery sell in May?", "12", "number"),
            _fact_draft("When be the harbour talks held?", "May 3, 2024"),
        ],
    )
    assert [q.question for q in kept] == ["How many kinds did the bakery sell in May?"]


@pytest.mark.parametrize(
    "question",
    [
        "When did Zhao He open the new bridge?",
        "Who said it is easier to repair the old pier than to build a new one?",
        "Who said it became clear that the ferry was too small?",
        "Who called on the harbour board to cut its fees?",
        "Who urged the ferry firms to share their terminals?",
    ],
    ids=["name-he", "expletive-it", "expletive-it-became", "its-of-the-body-told-to", "their-of-those-urged-to"],
)
def test_pronoun_look_alikes_are_not_dangling(question: str) -> None:
    from quizgen.questions.grammar import tag

    assert problem(question, "Tom Lind", []) == "pronoun without referent"  # the plain check doubts it
    (doc,) = tag([question])
    assert problem(question, "Tom Lind", [], doc) is None  # the tags clear it


def test_real_dangling_pronoun_stays_refused_with_tags() -> None:
    assert problem("Who warned that they would strike in May?", "Tom Lind", []) is None  # the speaker's "they"
    from quizgen.questions.grammar import tag

    for question in (
        "Who said it would reopen in May?",
        "Who asked the minister to explain its decision?",
        "Who ordered that they be released from the ferry port jail?",  # "they" are others: only a saying binds them
    ):
        (doc,) = tag([question])
        assert problem(question, "Tom Lind", [], doc) == "pronoun without referent", question


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Harbour Office of Tema (HOT", "Harbour Office of Tema"),
        ("<Tidewell Shipping Ltd>", "Tidewell Shipping Ltd"),
        ("the Harbour Party's", "the Harbour Party"),
        ("Nordic Trade Council (NTC)", "Nordic Trade Council (NTC)"),
        ("the 1990's", "the 1990's"),
    ],
)
def test_answers_are_cleaned_before_they_are_asked(raw: str, clean: str) -> None:
    from quizgen.questions.realize import clean_answer

    assert clean_answer(raw) == clean


def test_told_before_a_quotation_reads_said() -> None:
    from quizgen.questions.realize import spell_units

    assert (
        spell_units("When did Ann Ruiz tell \u201cthe quay is ready\u201d?")
        == "When did Ann Ruiz say \u201cthe quay is ready\u201d?"
    )
    assert spell_units("By how many pct did the fleet grow?") == "By what percentage did the fleet grow?"


def test_a_demonstrative_standing_alone_leaves_the_question_unasked() -> None:
    from quizgen.questions.grammar import tag

    alone, before_noun = tag(
        [
            "Who believes that this is currently too risky for the farmers?",
            "Who believes that this levy is currently too risky for the farmers?",
        ]
    )
    assert problem(alone.text, "Ana Ruiz", [], alone) is not None
    assert problem(before_noun.text, "Ana Ruiz", [], before_noun) is None


def test_a_name_ending_in_s_takes_a_bare_apostrophe() -> None:
    assert tidy("What share of General Motors's plants shut?") == "What share of General Motors' plants shut?"


def test_one_statement_is_asked_once_even_when_two_shapes_find_it() -> None:
    text = (
        "Transport Minister Lena Fiskaa welcomed the survey and said the ministry would rebuild "
        "the coastal railway before 2030."
    )
    bank = questions_of_texts({"rail": text})
    asked = [q.question for q in bank.questions if q.kind == "quote" and q.answer == "Lena Fiskaa"]
    assert len([q for q in asked if "rebuild the coastal railway" in q]) == 1, asked


def test_a_bodys_report_is_asked_once_as_its_statement_or_its_act() -> None:
    """ "The Tarn Commission report said …" is both the body's statement and the body's act: one question."""
    bank = questions_of_texts(
        {"report": "Halden Motors will close two plants. The Tarn Commission report said the plants were too old."}
    )
    asked = [q.question for q in bank.questions if q.answer == "Tarn Commission"]
    assert len(asked) == 1, asked


def test_a_question_about_such_things_or_a_statement_about_these_things_is_not_asked() -> None:
    """ "Who said that these figures would be published in June?": which figures, the question cannot
    say (cold readers fail it as an unclear reference); the minister's post is still asked."""
    text = (
        "Applications for work permits fell sharply this spring, the ministry said.\n\n"
        "In the six months to the end of May, 8,420 people applied for such permits, compared with 19,310 "
        "in the same period a year earlier.\n\n"
        "Minister Lena Fiskaa said these figures would be published in June."
    )
    asked = [q.question for q in questions_of_texts({"permits": text}).questions]
    assert not [q for q in asked if "such permits" in q], asked
    assert not [q for q in asked if "these figures" in q], asked
    assert "In 2024, what post did Lena Fiskaa hold?" in asked


def test_an_it_before_a_quoted_adjective_holds_the_subjects_place() -> None:
    from quizgen.questions.grammar import tag

    (asked,) = tag(['Who says it is "too hard" to tell whether the new pier will open in May?'])
    assert problem(asked.text, "a harbour spokesman", [], asked) is None
    (vague,) = tag(['Who says it is "far too small" this year?'])
    assert problem(vague.text, "a harbour spokesman", [], vague) is not None


@pytest.mark.parametrize(
    ("asked", "tidied"),
    [
        ("When were a bundle of maps for the new port found?", "When was a bundle of maps for the new port found?"),
        ("How were a set of keys lost?", "How was a set of keys lost?"),
        ("When were a number of boats found?", "When were a number of boats found?"),  # many boats
        ("When were a few of the boats sold?", "When were a few of the boats sold?"),
    ],
)
def test_one_thing_of_many_takes_was(asked: str, tidied: str) -> None:
    from quizgen.questions.quality import tidy

    assert tidy(asked) == tidied
