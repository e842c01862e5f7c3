"""A body quoted again by its kind ("The union said", "The company said", "the central bank said")
speaks for the body last named as of that kind, and only when no other body of the kind (or of no
stated kind) is near; "A spokesman said" speaks for the one body the sentence before is about. Every
article is our own invention; the traps must yield no speaker at all."""

from __future__ import annotations

import pytest

from quizgen.facts import extract_facts
from quizgen.facts.fact_types import QuoteFact
from quizgen.nlp import load_nlp

ARTICLES = {
    "union-named-then-kind": (
        "Ferry crews to strike\n\n"
        "Ferry crews will walk out on Friday after pay talks failed, the Harbour Crews union has confirmed.\n\n"
        "The union said its members had been offered a rise of just 2 per cent."
    ),
    "company-described": (
        "Orvane posts loss\n\n"
        "Orvane, the shipping company, reported a loss of 80 million crowns on Tuesday.\n\n"
        "The company said higher fuel costs had cut its margins.\n\n"
        "Chief executive Lena Moss said the firm would return to profit in 2027."
    ),
    "central-bank-described": (
        "Rates held\n\n"
        "The Bank of Kestria, the country's central bank, held its main rate at 4% on Thursday.\n\n"
        "The central bank said inflation would ease by the summer. Harbour Commercial Bank said it would "
        "keep its lending rates."
    ),
    "council-by-place": (
        "Families leave flooded homes in the north\n\n"
        "Kestrel County Council opened two rest centres for families on Sunday.\n\n"
        "The council said about 90 people had stayed at the centres overnight."
    ),
    "spokesman-after-subject": (
        "Floods\n\n"
        "The Fenmoor Water Agency issued nine flood warnings on Sunday. A spokeswoman said people should "
        "stay away from the river banks."
    ),
    # traps: nobody may be asked
    "trap-commercial-then-central": (
        "Banks\n\n"
        "Harbour Commercial Bank said it would raise its lending rates on Monday. The central bank said "
        "inflation would ease by the summer."
    ),
    "trap-national-then-central": (
        "Arrears rise\n\n"
        "National Kestria Bank said on Tuesday that mortgage arrears had risen again. The central bank said "
        "it would hold its main rate at 3.5 per cent."
    ),
    "trap-federal-then-central": (
        "Arrears rise\n\n"
        "Federal Orvik Bank said on Tuesday that mortgage arrears had risen again. The central bank said "
        "it would hold its main rate at 3.5 per cent."
    ),
    "trap-bank-of-then-central": (
        "Arrears rise\n\n"
        "Bank of Orvia said on Tuesday that mortgage arrears had risen again. The central bank said "
        "it would hold its main rate at 3.5 per cent."
    ),
    "trap-unnamed-bank-near": (
        "Banks split\n\n"
        "Kestria Bank and the Orvik Savings Bank gave different forecasts on Friday.\n\n"
        "Westmark said it expected a cut in November, while Orvik Savings Bank said February was likelier. "
        "The bank said unemployment would rise."
    ),
    "trap-union-and-firm": (
        "Plant talks\n\n"
        "The Dock Workers union said it would fight the closures. Talbot Holdings said talks had failed, "
        "and the Steel Guild union backed the strike. The union said 800 jobs were at risk."
    ),
    "trap-two-ministries": (
        "Pensions\n\n"
        "Ministry of Finance officials met the Ministry of Labour on Tuesday. The ministry said the plan "
        "would cost 2 billion euros a year."
    ),
    "trap-company-rival-between": (
        "Prices\n\n"
        "Greenfield Energy, a utility company, raised prices by 8 per cent. Rival Northwind Power also "
        "raised its prices. The company said the rise reflected higher wholesale costs."
    ),
    "trap-spokesman-two-bodies": (
        "Fine\n\n"
        "The regulator Ofmar fined Kestrel Water 40 million pounds. A spokeswoman said the firm accepted "
        "the ruling."
    ),
    "trap-spokesman-of-a-country": (
        "Test condemned\n\n"
        "Kestria condemned the missile test on Sunday. A spokesman said the launch broke two treaties."
    ),
    "trap-kind-inside-anothers-report": (
        "Expansion\n\n"
        "Orvik Trust reported higher profit on Monday.\n\n"
        "The Orvik Trust chairman told staff the company would underline its export push, adding he saw "
        "no purchases this year."
    ),
}


@pytest.fixture(scope="module")
def speakers() -> dict[str, list[str]]:
    nlp = load_nlp()
    found = {}
    for name, text in ARTICLES.items():
        _ctx, facts = extract_facts(nlp(text))
        found[name] = [f.speaker.name for f in facts if isinstance(f, QuoteFact)]
    return found


def test_a_kind_after_a_body_named_as_one_is_that_body(speakers):
    assert "Harbour Crews" in speakers["union-named-then-kind"]
    assert "Orvane" in speakers["company-described"]
    assert "Kestrel County Council" in speakers["council-by-place"]


def test_the_central_bank_is_only_a_bank_the_article_calls_so():
    _ctx, facts = extract_facts(load_nlp()(ARTICLES["central-bank-described"]))
    said = {f.speaker.name for f in facts if isinstance(f, QuoteFact) and "inflation" in f.text}
    assert said == {"Bank of Kestria"}  # the central bank's words, never the commercial bank's beside them


def test_a_spokesman_speaks_for_the_one_body_the_sentence_before_is_about(speakers):
    assert "a Fenmoor Water Agency spokeswoman" in speakers["spokesman-after-subject"]
    assert not any("spokes" in s for s in speakers["trap-spokesman-two-bodies"])
    assert not any("Kestria spokesman" in s for s in speakers["trap-spokesman-of-a-country"])


@pytest.mark.parametrize(
    "name, kind_said",
    [
        ("trap-commercial-then-central", "inflation"),
        ("trap-national-then-central", "main rate"),
        ("trap-federal-then-central", "main rate"),
        ("trap-bank-of-then-central", "main rate"),  # "Bank of X" may be a lender: the name must say so
        ("trap-unnamed-bank-near", "unemployment"),
        ("trap-union-and-firm", "800 jobs"),
        ("trap-two-ministries", "2 billion"),
        ("trap-company-rival-between", "wholesale"),
        ("trap-kind-inside-anothers-report", "purchases"),
    ],
)
def test_a_kind_with_another_body_near_has_no_speaker(name, kind_said):
    _ctx, facts = extract_facts(load_nlp()(ARTICLES[name]))
    assert not [f for f in facts if isinstance(f, QuoteFact) and kind_said in f.text]
