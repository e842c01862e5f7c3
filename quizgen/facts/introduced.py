"""Things a sentence introduces with "a"/"an" ("in a letter read out on Friday"), kept for question writing.

A question worded from the clause calls the thing "the letter" and loses what said which letter it
was. What question writing needs to name it again (or to give up) is read here, while the parse is
still held: see questions/introduced.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Prepositions through which a speaker or body acts by means of a thing ("in a letter", "through a statement").
MEANS = {"in", "through", "via", "with"}


@dataclass(frozen=True)
class Introduced:
    """One thing a sentence introduces: its words ("press release"), the named person or body whose
    act it was the means of ("the Ministry of Health"), the names after it that say which one it is
    ("an outbreak in Harwick"), and whether the article names the thing again elsewhere."""

    words: str
    owner: str | None
    names: frozenset[str]
    elsewhere: bool


def introduced_things(doc: Doc, text: str | None = None) -> dict[int, list[Introduced]]:
    """By the start character of their sentence, the things each sentence introduces (`text`: the
    document's, when the caller has it)."""
    from quizgen.nlp import tokens_where

    found: dict[int, list[Introduced]] = {}
    text = doc.text if text is None else text
    low = text.lower()
    for det in map(doc.__getitem__, tokens_where(doc, "DEP", "det".__eq__)):
        noun = det.head
        if det.lower_ not in ("a", "an") or noun.tag_ not in ("NN", "NNS"):
            continue
        sent = noun.sent
        words = " ".join([t.text for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.text])
        names = frozenset(p.text for c in noun.children if c.dep_ == "prep" for p in c.subtree if p.pos_ == "PROPN")
        lemma = noun.lemma_.lower()
        elsewhere = _word_from(low, lemma, 0, sent.start_char) or _word_from(low, lemma, sent.end_char, len(low))
        found.setdefault(sent.start_char, []).append(Introduced(words, _owner(noun), names, elsewhere))
    return found


#: Links climbed from the thing to the verb whose subject acted through it: "X announced the outbreak in
#: Y County in a press release" (the parser may hang the release on "County", or take "the outbreak"
#: for a clause of its own); "X told them to prepare … in a letter" (on "prepare", whose subject is X's).
CLIMB = {"prep", "pobj", "dobj", "compound", "ccomp"}


def _owner(noun: Token) -> str | None:
    """The named person or body whose act the thing was the means of: "X told the board … in a letter"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in MEANS:
        return None
    node = noun.head
    for _ in range(6):
        verb = node.pos_ in ("VERB", "AUX")
        if verb and (any(c.dep_ == "nsubj" for c in node.children) or node.dep_ != "xcomp"):
            break
        if not verb and node.dep_ not in CLIMB or node.head is node:
            return None
        node = node.head
    subjects = [c for c in node.children if c.dep_ == "nsubj"] if node.pos_ in ("VERB", "AUX") else []
    if len(subjects) != 1 or subjects[0].ent_type_ not in ("PERSON", "ORG"):
        return None
    ent = next((e for e in doc_ents(noun.doc) if e.start <= subjects[0].i < e.end), None)
    if ent is None or ent.root != subjects[0]:  # "the Ministry of Health": its head, not a part
        return None
    return re.sub(r"^The ", "the ", ent.text)


def _word_from(low: str, start: str, lo: int, hi: int) -> bool:
    """Does a word beginning with `start` stand in `low[lo:hi]`? (Plain text, not a pattern compiled
    for every noun: that cost more than the rest of the pass.)"""
    at = low.find(start, lo, hi)
    while at != -1:
        if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
            return True
        at = low.find(start, at + 1, hi)
    return False
