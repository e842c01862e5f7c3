"""A quoted fragment asked with the article's words that lead into it.

News often quotes part of a sentence: Ruiz said the plan "has a long way to go". Asked alone,
"Who said “has a long way to go”?" quotes words that say nothing by themselves. The lead-in makes
them a statement again: "Who said the plan “has a long way to go”?"; "Lind welcomed the targets
“to cut waiting lists”" is asked "Who welcomed the targets “to cut waiting lists”?".
"""

from __future__ import annotations

import re

from quizgen.facts.fact_types import QuoteFact
from quizgen.facts.wording import lower_first

#: Reporting verbs as the article writes them, after which the lead-in starts.
LEAD_VERBS = re.compile(
    r"\b(said|says|added|adds|noted|notes|warned|warns|welcomed|welcomes|argued|argues|claimed|claims"
    r"|insisted|insists|explained|explains|described|describes|called|calls|stressed|stresses)\b"
)
#: Words the lead-in may not hold: a pronoun the question could not resolve, a listener ("told X").
UNSAFE = re.compile(
    r"\b(he|she|they|it|we|i|you|his|her|their|its|our|him|them|us|me|this|these|those|told|tells)\b", re.I
)
#: A quotation that opens with its own subject is a whole clause ("we don't think …"), not a fragment.
OWN_SUBJECT = re.compile(r"^(?:i|we|you|he|she|it|they|there|whoever|whatever|this|these|that)\b")
#: A lead-in ending so is a sentence of its own before the quotation ("Furthermore,", "…, and").
CLOSED = re.compile(r"(?:[,;:\u2013\u2014-]|\b(?:and|but|or|adding|saying|noting))$")
#: Words that join the sentence to the one before, no part of the statement ("However, the plan …").
OPENING = re.compile(r"^(?:However|But|And|Yet|Still|So|Meanwhile|Now|Indeed),?\s+")
#: The longest lead-in worth the question's length.
MAX_LEAD_WORDS = 16
_ASKED = re.compile(r"^(Who|Which \w+) said ([\u201c\"])")


def with_lead(question: str, fact: QuoteFact) -> str:
    """The question with the lead-in of a quoted fragment (one starting lower-case), or as it was."""
    asked = _ASKED.match(question)
    if asked is None or not fact.direct or not fact.text[:1].islower():
        return question
    start = fact.sentence.find(fact.text[:24])
    if start <= 0 or fact.sentence[start - 1] not in "\"\u201c\u2018'":
        return question
    lead = fact.sentence[: start - 1].rstrip()
    if CLOSED.search(lead) or OWN_SUBJECT.match(fact.text):
        return question
    verbs = list(LEAD_VERBS.finditer(lead))
    verb = verbs[-1].group(1) if verbs else "said"
    lead = lead[verbs[-1].end() :] if verbs else lower_first(OPENING.sub("", lead))
    lead = re.sub(r"^\s*(?:that\s*)?", "", lead).strip(" ,:")
    names = {w for name in (fact.speaker.name, *fact.speaker.aliases) for w in name.split()}
    words = lead.split()
    if not words or len(words) > MAX_LEAD_WORDS or UNSAFE.search(lead) or names & set(words) or '"' in lead:
        return question
    return f"{asked.group(1)} {verb} {lead} {question[asked.end(2) - 1 :]}"


#: What may follow a statement cut whole: a clause of its own that adds a reason or a contrast, or a
#: "that" clause with its own subject ("advice … that it considered him …"). Not a comma (a list goes
#: on: "industries, universities …"), a relative clause ("the policies that are …") nor a condition
#: or a time ("if …", "when …"), which would leave the statement saying more than the article.
CLAUSE_OPENERS = re.compile(
    r"\s*(?:[;:\u2013\u2014]|\s-\s|(?:because|but|although|though|whereas)\b"
    r"|that (?:it|he|she|they|we|there|the|a|an|his|her|its|their)\b)"
)


def whole_at_cut(question: str, fact: QuoteFact) -> str:
    """ "Who had received advice from the Home Office …?" → "… from the Home Office?": a reported
    statement cut where a clause of its own began ("… that it considered him …") reads whole."""
    if fact.direct or not question.endswith(" \u2026?"):
        return question
    kept = question[:-3]
    tail = " ".join(kept.split()[-4:])
    at = fact.sentence.find(tail)
    if len(tail.split()) < 4 or at < 0:
        return question  # the cut's last words were reworded (a pronoun named): the article cannot say
    return kept + "?" if CLAUSE_OPENERS.match(fact.sentence, at + len(tail)) else question
