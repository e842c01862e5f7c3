"""The toll of a disaster as news reports it: "the storm hit the coast, leaving 54 dead and three
missing", "the alarm left one person dead", "the flood left over 2,100 dead or missing".

The count stands before an adjective ("54 dead") or before "people"/"person" with the adjective after
it, as the object of "leave". Each count is asked with its own state and with what left it:
"How many people did Typhoon Kora leave dead?" — never with a pronoun or an unnamed "it".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: States a toll counts people in.
STATES = {"dead", "missing", "injured", "wounded", "homeless", "stranded", "displaced"}
#: Nouns for the people a toll counts ("one person dead", "14 people dead").
PEOPLE = {"person", "people", "persons", "civilians", "residents", "villagers", "passengers", "workers"}
_CLAUSE_PARTS = ("appos", "relcl", "acl", "punct", "advcl")


def ask_casualties(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(question, answer) for a count in a toll, or None when `ent` is no such count or what left
    the toll is unclear (see `is_toll`)."""
    found = _toll(ent.root)
    if found is None:
        return None
    verb, state, people = found
    subject = _leaver(verb)
    if subject is None:
        return None
    do = _do_form(verb)
    if do is None:
        return None
    answer = ctx.doc[_qualified(ent) : ent.end].text.strip()
    place = _place(ent.root, verb)
    if (
        place is None
        or not place
        and any(c.dep_ == "conj" and any(d.lower_ == "another" for d in c.children) for c in verb.children)
    ):
        return None  # "left 23 dead and another nine in Valmore": where the 23 were, the question cannot say
    return f"How many {people} {do} {subject} leave {state}{place}?", answer


def _place(number: Token, verb: Token) -> str | None:
    """' in Kesra province': where the toll was counted, which the question keeps ("23 dead in Kesra and
    another nine in Valmore" are two tolls; "another nine in …" has its own); None when the place
    phrase holds another count."""
    holder = number if number.dep_ == "conj" and number.head == verb else verb
    prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i > number.i), None)
    where = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or where is None or not (where.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or where.pos_ == "PROPN"):
        return ""
    if any(t.like_num for t in prep.subtree):
        return None  # "in Kesra and another nine": the parse joined the second toll to the place
    return " " + words_of(list(prep.subtree)).strip(" ,")


def is_toll(ent: Span) -> bool:
    """Whether `ent` counts a toll: no other asker may word it ("How many people was the blast left …")."""
    return _toll(ent.root) is not None


def _toll(number: Token) -> tuple[Token, str, str] | None:
    """(the verb "leave", the state words, the noun counted) for a number in a toll."""
    head = number.head
    if number.dep_ == "nummod" and head.pos_ == "ADJ" and head.lower_ in STATES:
        first = head.head if head.dep_ == "conj" and head.head.lower_ in STATES else head
        verb = first.head  # "leaving 54 dead and three missing": "three missing" joins "54 dead"
        return (verb, _state(head, own=first is not head), "people") if _leaves(verb) else None
    own = next((c for c in number.children if c.dep_ in ("amod", "oprd") and c.lower_ in STATES), None)
    if own is not None and number.dep_ in ("dobj", "conj") and _leaves(head):
        return head, own.lower_, "people"  # "leaving 98 dead and five missing", the parse's other reading
    if number.dep_ == "conj" and _leaves(head) and any(c.lower_ == "another" for c in number.children):
        shared = _first_toll(head)  # "left 23 people dead in Kesra and another nine in Valmore"
        return (head, *shared) if shared is not None else None
    if number.dep_ == "nummod" and head.lower_ in PEOPLE and head.dep_ == "dobj":
        verb, noun = head.head, head.lower_
    elif number.dep_ == "dobj" and number.pos_ == "NUM":
        verb, noun = head, "people"
    else:
        return None
    state = next((c for c in verb.children if c.dep_ == "oprd" and c.lower_ in STATES), None)
    if state is None or not _leaves(verb):
        return None
    return verb, _state(state), "people" if noun in ("person", "persons") else noun


def _first_toll(verb: Token) -> tuple[str, str] | None:
    """(state, noun) of the toll "another …" follows: "left 23 people dead", whose noun it shares."""
    state = next((c for c in verb.children if c.dep_ == "oprd" and c.lower_ in STATES), None)
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in PEOPLE), None)
    if state is None or noun is None:
        return None
    return _state(state), "people" if noun.lower_ in ("person", "persons") else noun.lower_


def _state(adjective: Token, own: bool = False) -> str:
    """'dead', or 'dead or missing' when the toll joins two states under one count."""
    if own:
        return adjective.lower_
    joined = [c for c in adjective.children if c.dep_ == "conj" and c.lower_ in STATES]
    if joined and not any(t.like_num for c in joined for t in c.subtree):
        cc = next((c for c in adjective.children if c.dep_ == "cc"), None)
        return f"{adjective.lower_} {cc.lower_ if cc is not None else 'and'} {joined[0].lower_}"
    return adjective.lower_


def _leaves(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "leave"


def _leaver(verb: Token) -> str | None:
    """What left the toll, as a question can name it: the verb's subject, the subject of the clause a
    "leaving …" phrase hangs on, or the noun a "which" clause describes."""
    clause = verb
    subject = _subject_of(clause)
    if subject is None and clause.dep_ in ("advcl", "conj") and clause.tag_ in ("VBG", "VBD", "VBN"):
        clause = clause.head
        subject = _subject_of(clause)
    if subject is not None and subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
        subject = clause.head
    named = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
    if clause.lemma_ == "be" and named is not None:
        subject = named  # "The worst disaster was Typhoon Kora, leaving …": the name says which
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    relcl = next((c.i for c in subject.children if c.dep_ == "relcl"), len(subject.doc))
    # "protests that left four dead and [dozens injured]": a conjunct after the noun's own relative
    # clause is that clause's object the parser hung on the noun, not a second leaver
    parts = [a for a in subject.children if a.dep_ in _CLAUSE_PARTS or (a.dep_ in ("conj", "cc") and a.i > relcl)]
    tokens = [t for t in subject.subtree if not any(t in a.subtree for a in parts)]
    if any(t.pos_ == "PRON" or t.like_num for t in tokens):
        return None
    return lower_first(words_of(tokens))


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _do_form(verb: Token) -> str | None:
    """The form of "do" the question takes, from the tense of the toll's clause."""
    node = verb
    if node.tag_ == "VBG" and node.dep_ in ("advcl", "conj"):
        node = node.head  # "…, leaving 54 dead": the tense of the clause it hangs on
    if any(c.dep_ == "aux" for c in node.children):
        return None  # "has left", "will leave": asked plainly, the question would change the claim
    return {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(node.tag_)


def _qualified(ent: Span) -> int:
    """Where the answer starts: 'over 2,100', 'at least 12' keep their qualifier."""
    start = ent.start
    while (
        start > ent.sent.start
        and ent.doc[start - 1].dep_ in ("quantmod", "advmod")
        and ent.doc[start - 1].head.i in range(ent.start, ent.end)
    ):
        start -= 1
    return start
