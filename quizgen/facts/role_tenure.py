"""A post's tenure shared across a list of posts: "X, a former minister of transport and Interpol
president" left both posts ("former" is said once for the list), while "a former banker and now
chair of Y" holds the second. Read so that a post left is never asked as held at the time of writing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Token

#: Words that say a post was left, written once before the first of a list.
LEFT = {"former", "ex", "ex-", "erstwhile"}
#: Words that give a later post of the list a tenure of its own ("and now chair of Y").
OWN_TENURE = {"now", "current", "currently", "also", "today", "incumbent", "present", "acting", "interim", "new"}


def shares_former(head: Token) -> bool:
    """Is `head` a later post in a list whose first post is marked "former", with no tenure of its own?"""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is head:
        return False
    if first.dep_ == "pobj" and first.head.dep_ == "prep":
        first = first.head.head  # "former chief of Harbour Bank and chair of Y": hung on the body
    left = [t for t in first.lefts if t.dep_ in ("amod", "advmod", "compound", "nmod")]
    if not any(t.lower_ in LEFT or t.lower_.startswith("ex-") for t in left):
        return False
    between = head.doc[first.i + 1 : head.i + 1]
    return not any(t.lower_ in OWN_TENURE or t.lower_ in LEFT for t in between)


def former_list_before(doc: Doc, first: int) -> bool:
    """Does the title starting at token `first` close a list of titles that "former" opens ("Former
    Harbour Bank chief executive and Nordic Trade Council chair Ruth Olsen")?"""
    start = doc[first].sent.start
    while first > start + 1 and doc[first - 1].pos_ in ("PROPN", "NOUN") and doc[first - 1].lower_ != "and":
        first -= 1  # the body's name before the post ("Nordic Trade Council chair")
    if first < 3 or doc[first - 1].lower_ != "and":
        return False
    run = []
    for tok in reversed(doc[max(first - 9, start) : first - 1]):
        if tok.pos_ == "DET":
            return False  # "the former minister and Trade Council chair X": maybe two people
        if tok.pos_ in ("VERB", "AUX", "ADP", "PRON") or (tok.is_punct and tok.text != "-"):
            break
        run.append(tok)
    opens = bool(run) and (run[-1].lower_ in LEFT or run[-1].lower_.startswith("ex-"))
    return opens and any(is_post(t.text) for t in run)
