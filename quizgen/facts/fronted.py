"""What a reported clause opens with before its subject, and whether it belongs to what was said.

"Besides being digital since 2014, Ipos has …" keeps its setting unless the setting points back
("its"), runs long, or is the saying's own ("said on Tuesday it would cut …"): then the clause starts
at its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.date_words import OCCASIONS
from quizgen.facts.lexicon import REPORTING, VIEW_VERBS
from quizgen.facts.pointing import POINTING, POINTING_AFTER_A_NAME

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Verbs whose subject is the one a statement or view belongs to.
SPEAKING = REPORTING | VIEW_VERBS
#: Verbs of a stand a body takes that news goes on to explain with "It says …": "The state government has
#: objected to the dam's height. It says the reservoir will flood villages" (facts/speakers.py).
STANCE_VERBS = set("object oppose reject protest dispute challenge contest criticise criticize condemn".split())
#: A quote this many words over the limit is asked whole: cutting it would save little.
SLACK_WORDS = 6


def without_fronted(tokens: list[Token]) -> list[Token]:
    """'Besides being digital since 2014, Ipos has …' → 'Ipos has …': a fronted phrase that
    points back ("its", "their") is left out rather than cut the clause short."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head == t]
    if len(heads) != 1:
        return tokens
    head = heads[0]
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return tokens
    start = subject.left_edge.i
    fronted = [t for t in tokens if t.i < start]
    # "When the Harbour Council began its work, it …": an "its" after the fronted clause's own subject
    # points to that subject, not back into the article
    own = next((t.i for t in fronted if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")), None)
    pointing = any(t.lower_ in POINTING | POINTING_AFTER_A_NAME for t in fronted if own is None or t.i < own)
    if not pointing and not _long_setting(tokens, fronted, head) and not _saying_setting(fronted, head):
        return tokens
    if any(t.dep_ in ("nsubj", "nsubjpass", "aux", "neg") and t.head == head for t in fronted):
        return tokens
    return [t for t in tokens if t.i >= start]


def _saying_setting(fronted: list[Token], head: Token) -> bool:
    """'Kestrel said on Tuesday it would cut 2,500 jobs', 'said in a statement the plant would close':
    the parser hangs the saying's day or occasion on the reported verb. Right after the speech verb,
    with no comma, it is the saying's ("said that on Tuesday it would cut" misquotes)."""
    if not fronted or fronted[0].i == 0:
        return False
    verb = head.doc[fronted[0].i - 1]
    while verb.dep_ == "advmod" and verb.head.i < verb.i:  # "said late on Friday"
        verb = verb.head
    if verb.lemma_ not in SPEAKING:
        return False
    tops = [t for t in fronted if t.head == head]
    if not tops or any(t.dep_ not in ("prep", "npadvmod", "advmod") for t in tops) or any(t.is_punct for t in fronted):
        return False
    words = [t for t in fronted if t.dep_ not in ("prep", "det", "amod", "advmod")]
    return all(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in OCCASIONS for t in words)


#: Words past which a reported clause is cut (`trim`): a setting fronted to a longer one goes instead.
LONG_CLAUSE = 28 + SLACK_WORDS


def _long_setting(tokens: list[Token], fronted: list[Token], head: Token) -> bool:
    """'At a meeting in Tokyo of the ministers of seven nations, Norland outlined …, X said': a
    fronted setting (a prepositional phrase and its comma) in a clause too long to ask whole; cut,
    the question would keep the setting and lose the statement."""
    words = sum(not t.is_punct for t in tokens)
    heads = [t for t in fronted if t.head == head]
    return (
        words > LONG_CLAUSE
        and bool(heads)
        and all(t.dep_ in ("prep", "punct", "npadvmod", "advmod") for t in heads)
        and fronted[-1].text == ","
    )
