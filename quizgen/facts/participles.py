"""Participle clauses with no subject of their own, set before or after a past clause: "After
winning the league title in 2019, the Rovers struggled", "Having joined the board in 2015, Ann
Ruiz became its chair". Their subject is the main clause's, so a date inside them is asked of
that subject: "When did the Rovers win the league title?"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Prepositions that open a time clause with a gerund ("after winning", "before joining", "on arriving").
TIME_PREPS = frozenset({"after", "before", "upon", "on"})


def host_of_participle(verb: Token) -> Token | None:
    """The past-tense verb whose subject the participle clause of `verb` shares, or None.

    "having" + participle ("Having joined …") and a gerund after a time preposition ("After
    winning …") only; never "being" (a state: "being open since 2014" is no past act), nor a
    participle with a subject or a marker of its own."""
    if verb.lemma_ in ("be", "have") or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "neg") for c in verb.children):
        return None
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    ):
        host = verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in TIME_PREPS and verb.head.dep_ == "prep":
        host = verb.head.head
    else:
        return None
    if host.tag_ != "VBD" or host.pos_ != "VERB" or any(c.dep_ == "aux" for c in host.children):
        return None
    return host if any(c.dep_ == "nsubj" for c in host.children) else None


#: Participles that give a share of a whole ("…, accounting for 20 percent of the total").
SHARE_PARTICIPLES = frozenset({"account", "represent", "make", "comprise", "constitute"})
#: Verbs by which a subject holds the counted things ("is home to 2,600 firms", "has 40 mines").
_HOLDING_VERBS = frozenset({"be", "have", "house", "host", "include", "employ", "boast", "own", "contain"})


def share_of_counted(verb: Token) -> bool:
    """ "Shenzhen is home to 2,600 AI firms, accounting for 20 percent of the national total": the share is
    the firms', not Shenzhen's, so it cannot be asked of the clause's subject ("does Shenzhen account")."""
    host = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or verb.lemma_ not in SHARE_PARTICIPLES
        or host.lemma_ not in _HOLDING_VERBS
    ):
        return False
    held = [c for c in host.children if c.dep_ in ("dobj", "attr", "prep", "acomp") and c.i < verb.i]
    return any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for c in held for t in c.subtree)


#: Clauses of their own that may stand between a verb and a trailing participle hung on it.
_OWN_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "conj"})
#: The tags of a verb that makes a clause of its own ("that sank", "a ferry carrying …" excluded).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def clause_between(participle: Token) -> bool:
    """ "gave police seven days to question the captain of a ferry that sank last week, killing 31
    people": a finite clause of its own ("that sank") between the verb a trailing participle hangs on
    and the participle may be whose act it tells; the ferry's sinking killed, never the court, so
    the participle is not asked of the verb's subject."""
    between = participle.doc[participle.head.i + 1 : participle.i]
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in _OWN_CLAUSES and t.tag_ in _FINITE for t in between)
