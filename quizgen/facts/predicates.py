"""The words after a speaker, as a question asks them: "Who warned that …?", "Who called for …?".

A reporting verb is asked as "said" when it only passes words on (added, told, noted …), else as
itself; the verb phrase after it keeps what was said and drops whom it was told to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import AS_SAID
from quizgen.facts.participle_speakers import quoted_as
from quizgen.facts.reported import SPEAKING, resolve, third_person
from quizgen.facts.went_on import went_on_to

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def told_to(verb: Token) -> bool:
    """'Lind told the crews to return to work': an order, asked with whom it was given to."""
    return verb.lemma_ == "tell" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )


def said_word(verb: Token) -> str:
    """The reporting verb as a question asks it: "said" for added, told, noted …; else its own ("Who warned …?")."""
    said = verb.lemma_ in AS_SAID or quoted_as(verb) or went_on_to(verb) is not None  # "went on to say/warn"
    return "said" if said else third_person(verb)


def predicate(ctx: ArticleContext, verb: Token, sent: Span, apart: bool = False) -> str | None:
    """The verb phrase after the speaker: 'emphasized the importance of …'. With `apart`, a joined
    statement ('… "a disgrace," but warned that …') is left out, to be asked on its own."""
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "nsubj", "cc", "conj")]
    # Verbs conjoined to the reporting verb without a subject of their own share its speaker
    # ("urged them to keep up …, protect …, and build …").
    conj = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and not any(g.dep_.startswith("nsubj") for g in c.children)
        and not (apart and c.lemma_ in SPEAKING and any(g.dep_ == "ccomp" for g in c.children))
    ]
    if right and conj:
        right += conj
    right = [c for c in right if not (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")]
    # "argued for X, while counsel Y sought Z, saying …": another subject's clause, and what follows it, go
    other = next((c for c in right if c.dep_ == "advcl" and any(g.dep_ == "nsubj" for g in c.children)), None)
    right = [c for c in right if other is None or c.i < other.i]
    if not right:
        return None
    end = max(c.right_edge.i for c in right) + 1
    while end - 1 > verb.i and ctx.doc[end - 1].is_punct and ctx.doc[end - 1].text not in '"\u201d)':
        end -= 1
    # "told journalists later that …" is asked as "said later that …": the listener goes.
    listener = {
        t.i
        for c in verb.children
        if verb.lemma_ == "tell"
        and not told_to(verb)  # "told the crews to return": whom the order is for stays
        and c.i > verb.i
        and c.dep_ in ("dobj", "dative")
        and c.pos_ in ("NOUN", "PROPN", "PRON")
        for t in c.subtree
    }
    words = []
    for tok in ctx.doc[verb.i : end]:
        if tok.i in listener:
            continue
        if tok.dep_ == "advmod" and tok.head == verb and tok.lower_ in ("also", "then", "further", "again"):
            continue
        if tok.lower_ == "only" and tok.i == verb.i + 1:  # "saying only it is …" reads "only it"
            continue
        words.append(tok)
    if len(words) < 3:
        return None
    text = resolve(ctx, words)
    first = "said" if verb.tag_ == "VBG" else "told" if told_to(verb) else said_word(verb)  # not "Who saying …"
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    if verb.tag_ == "VB" and auxiliaries:  # "will not comment on …", not "comment on …"
        first = " ".join(t.text for t in ctx.doc[auxiliaries[0].i : verb.i + 1])
    return first + text[len(verb.text) :]
