"""Runs of words that may be a name NER missed: untagged ("Hu Li"), a given name before a
surname the small model calls an organisation where it stands alone ("Peeni Henare … Henare said"),
which would otherwise speak as a body ("Which organization said …? — Henare"), or initials before a
surname that speaks ("J. Makumbi said", tagged an organisation)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents
from quizgen.facts.lexicon import NOT_NAME_WORDS, SPEECH_VERBS
from quizgen.facts.titled_names import untagged_names
from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span

#: Labels of a word before a surname that make it no given name ("Varna Henare", "Labour Henare").
NOT_GIVEN = {"GPE", "LOC", "NORP", "FAC", "ORG", "DATE"}


def name_runs(doc: Doc) -> Iterator[Span]:
    """`untagged_names`, then each capitalised word before a word the model calls a one-word
    organisation somewhere, as a two-word run; `ArticleContext` keeps a run only if its last word
    later speaks alone ("Henare said")."""
    yield from untagged_names(doc)
    lone = {e.text for e in doc_ents(doc) if e.label_ == "ORG" and len(e) == 1 and e.text.istitle()}
    if not lone:
        return
    from quizgen.nlp import tokens_where

    for i in tokens_where(doc, "ORTH", lone.__contains__):
        given = doc[i - 1] if i > 0 else None
        if given is None or given.pos_ != "PROPN" or not given.text.istitle() or given.ent_type_ in NOT_GIVEN:
            continue
        if doc[i].pos_ == "PROPN" and not is_post(given.text):
            yield doc[i - 1 : i + 1]


_INITIAL = re.compile(r"[A-Z]\.")


def initialled_speakers(doc: Doc) -> Iterator[Span]:
    """'J. Makumbi said', 'A. K. Rao told …': one or more initials and a surname that is the subject
    of a speech verb, whatever NER called it; a person, not "Which organization". Not part of a
    longer name ("Michael J. Fox": a name word before the initials)."""
    from quizgen.nlp import tokens_where

    for i in tokens_where(doc, "ORTH", lambda text: _INITIAL.fullmatch(text) is not None):
        if i > 0 and (_INITIAL.fullmatch(doc[i - 1].text) or doc[i - 1].pos_ == "PROPN"):
            continue  # a later initial of the same run, or a name before it
        end = i
        while end < len(doc) and _INITIAL.fullmatch(doc[end].text):
            end += 1
        last = doc[end] if end < len(doc) else None
        if last is None or last.pos_ != "PROPN" or not last.text.istitle() or len(last) < 3:
            continue
        if is_post(last.text) or last.lower_ in NOT_NAME_WORDS:
            continue
        if last.dep_ == "nsubj" and last.head.lemma_ in SPEECH_VERBS:
            yield doc[i : end + 1]
