"""'Grandmother Joan Pike admitted …': a name NER missed because a description opens the sentence
before it; the words after the description are a person when they are the subject of a speech verb."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import SPEECH_VERBS
from quizgen.facts.lexicon.people import AGED_PEOPLE
from quizgen.nlp import tokens_where

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span


def described_speakers(doc: Doc) -> Iterator[Span]:
    """Each 'Pensioner Ann Lind said' name, without its description, that NER left untagged."""
    for i in tokens_where(doc, "DEP", "nsubj".__eq__):
        last = doc[i]
        if last.pos_ != "PROPN" or last.ent_type_ or last.head.lemma_ not in SPEECH_VERBS:
            continue
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == last:
            start -= 1
        words = doc[start : i + 1]
        if not 3 <= len(words) <= 4 or words[0].lower_ not in AGED_PEOPLE or any(t.ent_type_ for t in words):
            continue
        if all(t.pos_ == "PROPN" and t.text.istitle() and t.is_alpha for t in words):
            yield doc[start + 1 : i + 1]
