"""quizgen parses with faster stand-ins for two of spaCy's components (the attribute ruler's matcher,
the rule lemmatizer): every word must get the same part of speech, morphology, lemma and label as
with spaCy's own pipeline, or the facts change."""

from __future__ import annotations

import pytest

from quizgen.nlp import load_nlp, model_name

#: Invented text with the shapes the ruler's rules are about: contractions and slang it lemmatises
#: by hand ("ain't", "gonna", "let's", "y'all"), "there is/are", and runs of white space.
TEXT = (
    "Y'all ain't gonna believe it, the mayor said. Let's go, c'mon, we gotta win!\n\n"
    "There is a ferry; there were two last year.  She gets the point and got the vote.\n"
    " \n   The Harbour Board's 12 members AIN'T sure.\t It's the co-operative's call, isn't it?"
)
ANNOTATIONS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")


@pytest.fixture(scope="module")
def spacy_own():
    import spacy

    return spacy.load(model_name(), exclude=[])


def test_every_word_annotated_as_spacys_own_pipeline_does(spacy_own) -> None:
    from quizgen.rule_matcher import RuleMatcher

    ours = load_nlp()
    assert isinstance(getattr(ours.get_pipe("attribute_ruler").match, "__self__", None), RuleMatcher)
    assert type(ours.get_pipe("lemmatizer")) is not type(spacy_own.get_pipe("lemmatizer"))
    for text in (TEXT, TEXT.lower(), TEXT.upper(), "", " "):
        with ours.select_pipes(disable=["quizgen_prefixes", "quizgen_paragraphs"]):
            got = ours(text)
        want = spacy_own(text)
        assert [t.text for t in got] == [t.text for t in want]
        for attr in ANNOTATIONS:
            assert got.to_array(attr).tolist() == want.to_array(attr).tolist(), (attr, text[:20])
    assert {t.lemma_ for t in spacy_own(TEXT)} >= {"be", "go", "to", "us", "get"}  # the rules did fire


def test_a_ruler_with_patterns_it_does_not_read_keeps_spacys_matcher(spacy_own) -> None:
    from quizgen.rule_matcher import install

    ruler = spacy_own.get_pipe("attribute_ruler")
    stock = ruler.match
    ruler.add([[{"LOWER": "ferry", "OP": "+"}]], {"LEMMA": "boat"})
    try:
        assert install(ruler) is False
        assert ruler.match == stock
    finally:
        ruler.initialize(lambda: [], patterns=ruler.patterns[:-1])


def test_a_lemmatizer_not_in_rule_mode_is_left_alone(spacy_own) -> None:
    from quizgen.lemmas import install

    lemmatizer = spacy_own.get_pipe("lemmatizer")
    kind = type(lemmatizer)
    lemmatizer._mode, mode = "lookup", lemmatizer.mode
    try:
        assert install(lemmatizer) is False
        assert type(lemmatizer) is kind
    finally:
        lemmatizer._mode = mode
