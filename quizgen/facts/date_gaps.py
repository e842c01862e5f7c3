"""A date inside a relative clause whose object is the noun it describes.

"… below the 40-trip limit it set in August" and "the 14 osprey nests wardens have counted since
last March" date an act done to the noun: the question puts the noun back in the object's place
("When did the firm set the 40-trip limit?", "Since when have wardens counted the 14 osprey nests?"). The
general clause reader leaves such a clause alone (asked on its own it has a hole), so dates ask it
here, only for a plain noun with nothing after it but the clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clause_subjects import subject_text
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.clauses import DO_FORMS, object_gapped
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import SPEAKER_NOUNS
from quizgen.facts.post_words import OCCUPATIONS, TITLE_WORDS
from quizgen.facts.verb_forms import base_form
from quizgen.facts.wording import with_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Words before the noun that leave it unasked: whose it is, or which one, only the story knows.
_POINTING = frozenset("his her its their my our your this that these those such".split())


def ask_gapped(ctx: ArticleContext, verb: Token, target: Span, wh: str) -> str | None:
    """ "When did Dunmore Shipping set the 40-trip limit?" for "… the 40-trip limit it set in
    August"; None when the clause is not of that shape or a part of it cannot stand alone."""
    if verb.dep_ != "relcl" or not object_gapped(verb) or (ctx.in_quote(verb.idx) and not ctx.quoted_clauses):
        return None  # (a quoted clause is worded only as its speaker's claim, as `clauses.ask` does)
    noun = verb.head
    between = verb.doc[noun.i + 1 : verb.left_edge.i]
    if noun.pos_ != "NOUN" or len(between) or noun.right_edge.i != verb.right_edge.i:
        return None  # ("the limit, which it set": an aside; "the plan of the group it formed": which noun?)
    before = [t for t in noun.subtree if t.i <= noun.i]
    if any(t.lower_ in _POINTING for t in before) or any(t.is_punct and t.tag_ != "HYPH" for t in before):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    who = _doer(ctx, subject, noun)
    if who is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    rest = [
        c
        for c in verb.children
        if c.dep_ in ("prep", "advmod", "prt") and c.i > verb.i and not (target.start <= c.i < target.end)
        if not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
    ]
    tail = " ".join(words_of(list(c.subtree)).strip() for c in rest)
    thing = words_of(before).strip()
    thing = thing[:1].lower() + thing[1:] if before[0].pos_ != "PROPN" else thing
    if aux:
        words = [wh, aux[0].lower_, who, *(a.text for a in aux[1:]), verb.text, thing, tail]
    elif verb.tag_ in DO_FORMS:
        words = [wh, DO_FORMS[verb.tag_], who, base_form(verb), thing, tail]
    else:
        return None
    return " ".join(w for w in words if w) + "?"


def _doer(ctx: ArticleContext, subject: Token, noun: Token) -> str | None:
    """Who did it: the clause's own subject, or for "it"/"they" the subject of the clause the noun
    stands in ("the firm was sailing below the limit it set": the firm)."""
    if subject.lower_ in ("it", "they"):
        host = _subject_host(clause_verb(noun))
        owners = [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")] if host is not None else []
        plural = subject.lower_ == "they"
        if len(owners) != 1 or owners[0].pos_ not in ("NOUN", "PROPN") or _a_person(ctx, owners[0]):
            return None  # ("the minister criticised the plan it unveiled": "it" is not the minister)
        if host is not None and _another_it(host, noun, plural):
            return None  # ("fined Orvik Air, citing a rule it ignored": "it" may be the airline)
        if (owners[0].tag_ in ("NNS", "NNPS")) != plural:
            return None
        who = subject_text(ctx, list(owners[0].subtree), owners[0])
        who = who and re.sub(r"^(?:[Aa]n?) ", "the ", who)  # ("A council … the hall it has occupied")
        who = with_the(who[4:], ctx.text) if who and who.startswith("The ") else who  # ("The FBI" opening the sentence)
        return who and who + ")" * (who.count("(") - who.count(")"))  # ("the Bureau (FBI": its bracket closed)
    if subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return subject_text(ctx, list(subject.subtree), subject)


def _another_it(host: Token, noun: Token, plural: bool) -> bool:
    """Whether the host clause has an object "it" (or "they") may stand for as well as its subject:
    "The regulator fined Orvik Air on Tuesday, citing a safety rule it has ignored" (the airline, not
    the regulator). An object the subject owns ("relocating its headquarters") is its own, not another."""
    for obj in (c for c in host.children if c.dep_ in ("dobj", "dative")):
        if obj.left_edge.i <= noun.i <= obj.right_edge.i:
            continue  # (the noun the clause hangs on, or a phrase holding it)
        owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
        # (a name's number says nothing: "Orvik Ferries" is an "it")
        if (obj.pos_ == "PROPN" or obj.pos_ == "NOUN" and (obj.tag_ == "NNS") == plural) and not owned:
            return True
    return False


def _subject_host(host: Token | None) -> Token | None:
    """The clause whose subject a non-finite one shares: "A council is to sell the hall it has occupied"
    (sell → is), "…, closing the building it has occupied" (closing → the verb it hangs on)."""
    for _ in range(3):
        if host is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children):
            return host
        if host.dep_ not in ("xcomp", "advcl") or host.tag_ not in ("VB", "VBG") or host.head == host:
            return host
        host = host.head
    return host


def _a_person(ctx: ArticleContext, token: Token) -> bool:
    """Whether a subject names a person (whom "it" never stands for): a name, a post, a profession."""
    word = token.lemma_.lower()
    return (
        token.ent_type_ == "PERSON"
        or ctx.resolve_person(token) is not None
        or word in TITLE_WORDS
        or word in OCCUPATIONS
        or word in SPEAKER_NOUNS
    )
