"""The grader on a table of (question, typed answer, verdict): never falsely right, seldom falsely wrong.

Half the rows are right answers written another way (a date format, a family name the article
uses alone, a title, the acronym of "X (ACR)"); half are wrong answers that look close (another
year, a given name, another family name one letter off, another organisation).
"""

from __future__ import annotations

import pytest

from quizgen.grading import grade_answer
from quizgen.models import Question


def _q(kind: str, question: str, answer: str, *aliases: str, choices: tuple[str, ...] = ()) -> Question:
    return Question(id="t", article="a", kind=kind, question=question, answer=answer, aliases=aliases, choices=choices)


OPENED = _q("date", "When did the ferry terminal reopen?", "May 30, 2020", "2020-05-30", "30 May 2020", "May 30")
BUILT = _q("date", "In which year was the lock built?", "1990")
MONTH = _q("date", "When will the tariff take effect?", "March 2023", "2023-03")
# Family name first; the article says "Zhao said …", so the generator gave "Zhao" as an alias.
ZHAO = _q(
    "role",
    "Who is the vice president of Lakeside Polytechnic?",
    "Zhao Minghui",
    "Zhao",
    choices=("Zhao Minghui", "Park Ji-won", "Lena Fischer", "Tom Hale"),
)
# Korean; the article says "Park told reporters …".
PARK = _q(
    "quote",
    "Who said the tunnel would open in spring?",
    "Park Ji-won",
    "Park",
    choices=("Park Ji-won", "Zhao Minghui", "Lena Fischer"),
)
# Vietnamese names are shortened to the given name, the last word: the article says "An said".
AN = _q("quote", "Who warned that rice exports would fall?", "Nguyen Van An", "An")
# Hungarian, and the article never names her again: only the full name is known to be right.
NAGY = _q("quote", "Who proposed the new rail link?", "Nagy Eszter")
MAYOR = _q(
    "role",
    "Who is the mayor of Westhaven?",
    "Tunde Okafor",
    "Okafor",
    choices=("Tunde Okafor", "Grace Ellison", "Omar Haddad"),
)
# Stored with the title the article gave her.
COUNCILLOR = _q("role", "Who chairs the housing committee?", "Councillor Priya Natarajan", "Natarajan")
LIN = _q(
    "quote",
    "Who urged scientists to rely on their own research?",
    "Lin Haoran",
    "Lin",
    choices=("Lin Haoran", "Wu Jiayi", "Chen Bo"),
)
MERCERS = _q(
    "quote",
    "Who said the mill would close?",
    "John Mercer",
    "Mercer",
    choices=("John Mercer", "Jane Mercer", "Tom Hale"),
)
FISHERIES = _q(
    "quote",
    "Which organization warned that fish stocks are falling?",
    "Coastal Fisheries Authority (CFA)",
    choices=("Coastal Fisheries Authority (CFA)", "Marine Trade Council", "Port Users Group"),
)
CUT_SHORT = _q("role", "Which organization is Ana Ruiz the chief executive of?", "Coastal Fisheries Authority (CFA")
CFA = _q(
    "acronym", "What is the abbreviation for the Coastal Fisheries Authority?", "CFA", "Coastal Fisheries Authority"
)
HARBOUR = _q(
    "org-event",
    "Which body approved the ferry timetable?",
    "Harbour Transit Authority",
    choices=("Harbour Transit Authority", "Harbour Trade Association", "City Council"),
)
POST = _q(
    "role",
    "What post does Ana Ruiz hold at the Port Authority?",
    "chief executive",
    choices=("chief executive", "finance director", "chairwoman"),
)
HOMES = _q("number", "How many homes lost power?", "1,200", choices=("1,200", "600", "1,800", "2,400"))
SHARE = _q("number", "By how much did fares rise?", "4.5%")
PER_SHARE = _q("number", "How much per share did Harbour Foods earn in the quarter?", "12 cents")
EARNED = _q("number", "How much did Harbour Foods earn in the quarter?", "$64 million")
WIDE = _q("number", "How wide was the crater of the old volcano?", "2.5 miles")
LOCKDOWN = _q("number", "How long is Harbour City's strict lockdown?", "six weeks")
# Units the grader's table may not know ("yuan"), and units that look alike: a typed unit must be the answer's.
LOAN = _q("number", "How much did Velmora Bank lend the port?", "5 million yuan")
RUN = _q("number", "How far did the winger run with the ball?", "300 yards")
RATE = _q("number", "By how much did the central bank raise its rate?", "0.5 percentage points")
LAKE = _q("number", "How long is Lake Orva?", "14 km")
REPAVED = _q("number", "How many miles of road did Orlin County repave?", "12")
RESERVE = _q("number", "How large is the Tamsin Marsh reserve?", "5 square miles")
# "pounds" alone is a weight; money has "£", "sterling" or "stg".
STATUE = _q("number", "How much does the bronze statue weigh?", "2,000 pounds")
GRANT = _q("number", "How much did the fund give each family?", "£2,000")
# "a year" says what the amount is for, not its unit.
# Wire style: "mln", "bln", "dlrs".
PROFIT = _q("number", "How much did Corvane Mills earn in the year?", "1.5 bln dlrs")
SALARY = _q("number", "How much does the club pay its coach?", "$5 million a year")
# Indian English: "crore" is ten million, "lakh" a hundred thousand, "Rs" and "₹" rupees.
METRO = _q("number", "How much did the state sanction for the metro line?", "Rs 450 crore")
REPAIRS = _q("number", "How much did the council spend on the school?", "₹12 lakh")

RIGHT = [
    (OPENED, "30 May 2020", "date-day-first"),
    (OPENED, "2020-05-30", "date-iso"),
    (OPENED, "May 30th, 2020", "date-ordinal"),
    (OPENED, "may 30", "date-yearless-alias"),
    (OPENED, "30/05/2020", "date-numeric"),
    (BUILT, "in 1990", "year-with-in"),
    (MONTH, "Mar 2023", "month-abbreviated"),
    (MONTH, "2023-03", "month-iso"),
    (ZHAO, "Zhao", "family-name-first-as-the-article-uses-it"),
    (ZHAO, "Minghui Zhao", "family-name-last"),
    (ZHAO, "President Zhao", "title-and-family-name"),
    (ZHAO, "vice president Zhao Minghui", "post-as-title"),
    (ZHAO, "Zhao Minhui", "typo-in-given-name"),
    (PARK, "park", "korean-family-name"),
    (PARK, "Ji-won Park", "korean-western-order"),
    (AN, "An", "vietnamese-given-name-as-the-article-uses-it"),
    (AN, "Nguyễn Văn An", "vietnamese-with-accents"),
    (NAGY, "Nagy Eszter", "hungarian-full-name"),
    (NAGY, "Eszter Nagy", "hungarian-western-order"),
    (MAYOR, "Mayor Okafor", "title-and-surname"),
    (MAYOR, "Dr Okafor", "honorific-and-surname"),
    (MAYOR, "mayor tunde okafor", "title-and-full-name"),
    (COUNCILLOR, "Priya Natarajan", "bare-name-for-titled-answer"),
    (COUNCILLOR, "Natarajan", "surname-for-titled-answer"),
    (COUNCILLOR, "Councillor Natarajan", "title-and-surname-for-titled-answer"),
    (LIN, "President Lin", "president-and-family-name"),
    (LIN, "Chairman Lin Haoran", "other-title-and-full-name"),
    (FISHERIES, "CFA", "acronym-part"),
    (FISHERIES, "Coastal Fisheries Authority", "name-part"),
    (FISHERIES, "the coastal fisheries authority (cfa)", "whole-answer-lowercase"),
    (CUT_SHORT, "CFA", "acronym-of-unbalanced-answer"),
    (CUT_SHORT, "Coastal Fisheries Authority", "name-of-unbalanced-answer"),
    (HARBOUR, "Harbor Transit Authority", "spelling-variant"),
    (POST, "Chief Executive", "post-in-capitals"),
    (HOMES, "twelve hundred", "number-in-words"),
    (HOMES, "about 1,200 homes", "number-with-hedge"),
    (SHARE, "4.5 percent", "percent-in-words"),
    (PER_SHARE, "$0.12", "cents-written-as-dollars"),
    (PER_SHARE, "12", "cents-without-unit"),
    (EARNED, "64 million dollars", "dollars-in-words"),
    (WIDE, "2.5 mi", "unit-abbreviated"),
    (LOCKDOWN, "6 weeks", "duration-in-digits"),
    (LOAN, "5 million yuan", "unlisted-currency-named"),
    (LOAN, "5 mln yuan", "unlisted-currency-mln"),
    (LOAN, "5 million", "unlisted-currency-bare-number"),
    (RUN, "300 yds", "yards-abbreviated"),
    (RUN, "300", "yards-bare-number"),
    (RATE, "0.5 points", "points-for-percentage-points"),
    (RATE, "50 basis points", "basis-points"),
    (SHARE, "4.5 pct", "percent-as-pct"),
    (SHARE, "4.5 per cent", "percent-as-per-cent"),
    (EARNED, "64 mln dlrs", "dollars-as-dlrs"),
    (LAKE, "14 kilometres", "km-in-words"),
    (LAKE, "14 kilometers", "km-in-american-words"),
    (REPAVED, "12 miles", "unit-the-question-asks-for"),
    (RESERVE, "5 sq miles", "square-abbreviated"),
    (RESERVE, "5 square mi", "square-miles-abbreviated"),
    (STATUE, "2,000 lbs", "weight-in-lbs"),
    (STATUE, "2,000 pounds", "weight-in-pounds"),
    (GRANT, "2,000 pounds", "pounds-for-sterling"),
    (GRANT, "2,000 stg", "stg-for-sterling"),
    (PROFIT, "$1.5 billion", "bln-as-billion"),
    (SALARY, "$5 million", "amount-without-its-rate"),
    (SALARY, "$5 million per year", "rate-with-per"),
    (SALARY, "5 million dollars annually", "rate-as-annually"),
    (SALARY, "$5m a yr", "rate-abbreviated"),
    (METRO, "450 crore", "crore-without-currency"),
    (METRO, "4.5 billion rupees", "crore-as-billion-rupees"),
    (REPAIRS, "12 lakh", "lakh-without-currency"),
    (REPAIRS, "Rs 12 lakh", "rs-for-rupee-sign"),
]

WRONG = [
    (OPENED, "May 30, 2021", "date-other-year-despite-yearless-alias"),
    (OPENED, "May 31, 2020", "date-other-day"),
    (OPENED, "June 30, 2020", "date-other-month"),
    (OPENED, "May 2020", "date-too-vague"),
    (OPENED, "2020", "date-year-only"),
    (OPENED, "30 May 2019", "date-other-year-day-first"),
    (OPENED, "May 31", "date-yearless-other-day"),
    (BUILT, "1991", "year-one-off"),
    (MONTH, "March 2022", "month-other-year"),
    (MONTH, "April 2023", "month-other-month"),
    (ZHAO, "Minghui", "given-name-of-family-name-first"),
    (ZHAO, "Zhang Minghui", "other-family-name-one-letter-off"),
    (ZHAO, "President Minghui", "title-and-given-name"),
    (PARK, "Ji-won", "korean-given-name"),
    (PARK, "Park Ji-woo", "korean-other-given-name"),
    (AN, "Nguyen", "vietnamese-family-name-the-article-never-uses"),
    (NAGY, "Nagy", "hungarian-family-name-unconfirmed"),
    (NAGY, "Eszter", "hungarian-given-name"),
    (MAYOR, "Tunde", "given-name"),
    (MAYOR, "Mayor Tunde", "title-and-given-name-western"),
    (MAYOR, "Grace Ellison", "another-person"),
    (COUNCILLOR, "Priya", "given-name-of-titled-answer"),
    (COUNCILLOR, "Councillor", "title-alone"),
    (LIN, "President Haoran", "president-and-given-name"),
    (LIN, "Wu Jiayi", "the-other-speaker"),
    (MERCERS, "Mercer", "surname-shared-with-a-wrong-choice"),
    (MERCERS, "Jane Mercer", "namesake"),
    (FISHERIES, "CFB", "acronym-one-letter-off"),
    (FISHERIES, "Coastal Forestry Authority", "organisation-one-word-off"),
    (HARBOUR, "HTA", "acronym-shared-by-a-wrong-choice"),
    (CFA, "Coastal Forestry Authority", "other-name-with-the-same-initials"),
    (POST, "chief", "part-of-post"),
    (HOMES, "1,300", "number-one-digit-off"),
    (HOMES, "12,000", "number-ten-times"),
    (SHARE, "45%", "percent-without-point"),
    (SHARE, "4.6%", "percent-one-tenth-off"),
    (PER_SHARE, "$12", "dollars-for-cents"),
    (PER_SHARE, "12 dollars", "dollars-in-words-for-cents"),
    (EARNED, "£64 million", "other-currency"),
    (WIDE, "2.5 km", "other-length-unit"),
    (LOCKDOWN, "six months", "other-time-unit"),
    (LOCKDOWN, "6 hrs", "abbreviated-other-time-unit"),
    (LOAN, "$5 million", "dollars-for-unlisted-currency"),
    (LOAN, "5 million dollars", "dollars-in-words-for-unlisted-currency"),
    (LOAN, "£5 million", "sterling-for-unlisted-currency"),
    (RUN, "300 metres", "metres-for-yards"),
    (RUN, "300 feet", "feet-for-yards"),
    (RATE, "0.5%", "percent-for-percentage-points"),
    (RATE, "0.5 percent", "percent-in-words-for-percentage-points"),
    (SHARE, "4.5 percentage points", "percentage-points-for-percent"),
    (HOMES, "$1,200", "money-for-a-count"),
    (REPAVED, "12 km", "other-unit-than-the-question-asks-for"),
    (RESERVE, "5 miles", "length-for-area"),
    (RESERVE, "5 square km", "other-area-unit"),
    (RESERVE, "5 acres", "acres-for-square-miles"),
    (STATUE, "£2,000", "sterling-for-weight"),
    (STATUE, "2,000 pounds sterling", "pounds-sterling-for-weight"),
    (GRANT, "2,000 lbs", "weight-for-sterling"),
    (PROFIT, "$1.5", "bln-dropped"),
    (SALARY, "$5 million a month", "other-rate"),
    (SALARY, "£5 million a year", "other-currency-same-rate"),
    (METRO, "450 lakh", "lakh-for-crore"),
    (METRO, "$450 crore", "dollars-for-rupees"),
    (METRO, "460 crore", "crore-ten-off"),
    (REPAIRS, "12 crore", "crore-for-lakh"),
    (REPAIRS, "12", "lakh-dropped"),
]

ROWS = [pytest.param(q, typed, True, id=f"right-{name}") for q, typed, name in RIGHT] + [
    pytest.param(q, typed, False, id=f"wrong-{name}") for q, typed, name in WRONG
]


def test_table_is_large_and_balanced() -> None:
    assert len(ROWS) >= 60
    assert min(len(RIGHT), len(WRONG)) >= 0.45 * len(ROWS)


@pytest.mark.parametrize(("question", "typed", "right"), ROWS)
def test_verdict(question: Question, typed: str, right: bool) -> None:
    verdict = grade_answer(typed, question)
    assert verdict.correct is right, verdict


def test_learner_aliases_never_make_a_different_date_right() -> None:
    assert not grade_answer("May 30 2021", OPENED, extra_aliases=["May 30 2021"]).correct


def test_learner_aliases_never_make_a_different_number_right() -> None:
    assert not grade_answer("1,300", HOMES, extra_aliases=["1,300"]).correct
