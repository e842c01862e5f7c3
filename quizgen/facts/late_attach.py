"""A time phrase closing a sentence that the parser hung on the last participle before it.

"approved payments to companies linked to his relatives between 2016 and 2018", "to submit a report
on the compensation paid to the families within two weeks": the small parser attaches the closing
phrase to the nearest verb, a participle describing a noun deep in the clause, though the phrase
dates or bounds the clause's own verb. After the participle's agent ("the booking system used by
thousands of surgeries for nine hours on Wednesday") any time phrase may be the clause's. Asked of
the participle ("When were companies linked to his relatives?"), the question would teach a false
fact, so it is not asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

#: Prepositions of a span or a deadline, which bound a whole clause's deed more often than a participle's
#: ("between 2016 and 2018", "within two weeks"); a plain "on Friday" closing "a letter read out to the
#: assembly on Friday" is the participle's own.
_SPAN_PREPS = {"between", "within", "by", "until", "till", "over", "during"}
#: Prepositions that carry a participle's own argument ("paid to", "linked to", "charged with").
_ARGUMENT_PREPS = {"to", "with", "for", "by", "against", "from"}


def hung_on_late_participle(ent: Span) -> bool:
    """Does `ent` close its sentence in a span or deadline phrase on a participle describing a noun
    (acl, VBN) after that participle's own argument ("paid [to the families] within two weeks")?"""
    root = ent.root
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None  # "[between 2016 and 2018]"
    verb = prep.head if prep is not None and prep.dep_ == "prep" else None
    if prep is None or verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if verb.head.dep_ not in ("pobj", "dobj"):
        return False  # "the symposium held …" as the subject: the phrase is the participle's own
    if ent.label_ in ("DATE", "TIME") and any(c.dep_ == "agent" and c.i < prep.i for c in verb.children):
        return True  # "took down the system used by 6,000 surgeries for nine hours on Wednesday"
    if prep.lower_ not in _SPAN_PREPS:
        return False
    argument = any(c.dep_ == "prep" and c.lower_ in _ARGUMENT_PREPS and c.i < prep.i for c in verb.children)
    return argument and _ends_its_sentence(ent)


#: Participles of a state that lasts, which no day dates ("a consortium led by …", "a man wanted by …").
_STATES = frozenset("lead own run back head control chair manage operate want hold employ".split())


def owning_verb(ent: Span) -> Token | None:
    """The clause's verb a day closing a participle's agent dates: "awarded the contract to a consortium
    led by Van Oord on Oct 28" tells when the contract was awarded (a consortium is not led on a day).
    Only a participle of a lasting state ("led", "owned"; "a firm founded by two engineers in 2015" was
    founded then), and a plain "on"/"in" day or month after the agent, on a participle whose noun is the
    verb's own object (or the object of the verb's preposition); None otherwise: the date is left unasked."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
        return None
    verb = prep.head
    if ent.label_ != "DATE" or verb.dep_ != "acl" or verb.lemma_ not in _STATES:
        return None
    if not any(c.dep_ == "agent" and c.i < prep.i for c in verb.children):
        return None
    noun = verb.head
    owner = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if noun.dep_ == "pobj" and noun.head.dep_ != "prep":
        return None
    if owner is None or owner.pos_ != "VERB" or owner.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    return owner


def _ends_its_sentence(ent: Span) -> bool:
    sent, end = ent.sent, ent.end
    return end >= sent.end or all(t.is_punct or t.is_space for t in ent.doc[end : sent.end])
