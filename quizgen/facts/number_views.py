"""Figures a question cannot ask as facts: one inside what someone feels or fears ("islanders, who
feel hosting 47,000 soldiers is too heavy a burden"), and the whole a share is taken of ("half the
47,000 soldiers"), whose question would ask the share's scope of the whole number."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

#: Verbs of a view held, not stated: a figure in what they take is the holder's supposition
#: ("fear that building a runway would destroy 160 hectares"), no fact the article asserts.
HELD_VIEWS = {"feel", "think", "fear", "worry", "suspect", "doubt", "reckon"}
#: Verbs of a view that also report a claim ("police believe 20 died" is asked by their word): only a
#: figure in a gerund they take ("believe closing the homes would force 120 people …") is supposed.
CLAIMED_VIEWS = {"believe", "consider"}
#: Dependencies that put a clause inside the verb above it.
_CLAUSAL = {"ccomp", "xcomp", "csubj", "csubjpass"}
#: Shares written before "the" and a whole ("half the 47,000", "a third of the 300").
_SHARES = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}


def in_a_view(ent: Span) -> bool:
    """Whether the figure sits in a clause that a verb of feeling, fearing or thinking takes."""
    node, gerund = ent.root, False
    while node.head != node:
        child, node = node, node.head
        gerund = gerund or (child.tag_ == "VBG" and child.dep_ in _CLAUSAL)
        if child.dep_ not in _CLAUSAL and not gerund and child.pos_ in ("VERB", "AUX"):
            continue  # the figure's own clause, not yet the one the view takes
        if node.pos_ == "VERB" and child.dep_ in _CLAUSAL:
            if node.lemma_ in HELD_VIEWS or (node.lemma_ in CLAIMED_VIEWS and gerund):
                return True
    return False


def whole_of_a_share(ent: Span) -> bool:
    """'half the 47,000 US soldiers', 'a third of the 300 beds': the figure is the whole a share is
    taken of; "How many soldiers does Nahari host? — 47,000" would be false. The share itself before
    "the" with no "of" ("nearly half the basket") is no count either ("About how many the basket …?")."""
    doc, i = ent.doc, ent.start
    if ent[-1].lower_ in _SHARES and ent.end < len(doc) and doc[ent.end].lower_ == "the":
        return True
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].like_num:
        return True  # "52 of 60 economists expected …": 60 is the whole, 52 expected it
    if i >= 1 and doc[i - 1].lower_ == "the":
        i -= 1
        if i >= 1 and doc[i - 1].lower_ == "of":
            i -= 1
        return i >= 1 and (doc[i - 1].lower_ in _SHARES or doc[i - 1].like_num)  # "52 of the 60 economists"
    return False


#: "Among how many key projects … is the airport?": a membership asked with "among" fronted.
_AMONG = re.compile(r"^Among how many (?P<counted>.+) (?:is|are|was|were) (?P<member>[^,]+)\?$")


def among_them(span: Span, question: str) -> str | None:
    """'The airport is among 12 key projects …' is asked "How many key projects …, the airport among
    them?" ("Among how many key projects … is the airport?" reads badly); None when the question
    cannot be turned so (a verb besides "is", or a copula whose place is unclear)."""
    if "mong how many" not in question:
        return question  # (after "According to X, " it is asked by no one: the turn would drop the source)
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    among = counted.head
    m = _AMONG.match(question)
    if among.lower_ != "among" or among.head.lemma_ != "be" or m is None or _COPULA.search(m["counted"]):
        return None
    return f"How many {m['counted']}, {m['member']} among them?"


_COPULA = re.compile(r"\b(?:is|are|was|were)\b")
