"""Posts taken up later, not held: "X will join as an adviser in September", "X is to serve as
chair", "X was appointed as dean, effective 1 September", "X has been named as chief and will
start in June". Such a post is no answer to "what post did X hold?", so it is not read as one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.date_tense import WILL

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Verbs of choosing someone for a post: the choice is made now, the post may start later.
CHOOSING = frozenset({"appoint", "name", "elect", "install", "hire", "choose", "confirm", "nominate"})
#: Verbs whose infinitive goes on with a post already held ("continues to serve as chair").
GOING_ON = frozenset({"continue", "remain", "stay"})
#: Verbs of a wish or a guess: "want to appoint X as manager" chooses nobody yet, and may never.
WISHED = frozenset({"want", "hope", "plan", "seek", "aim", "wish", "try", "consider", "intend", "expect", "like"})


#: Verbs of taking up a post whose present tense with a time tells a plan: "X takes over as chair in April".
TAKING_UP = frozenset({"take", "join", "start", "begin", "return"})


def taken_up_later(verb: Token) -> bool:
    """Whether the post `verb` puts its subject in "as" lies ahead of the story's time."""
    if _ahead(verb) or (verb.dep_ == "xcomp" and _ahead(verb.head)) or _planned(verb):
        return True
    if verb.lemma_ not in CHOOSING:
        return False
    if any(c.dep_ == "conj" and _ahead(c) for c in verb.children):
        return True  # "has been appointed as dean and will start in June"
    sent = verb.sent
    words = {t.lower_ for t in sent}
    return bool(words & {"effective", "effect"}) and not words & {"immediately", "immediate", "forthwith"}


def _ahead(verb: Token) -> bool:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in WILL for a in aux):
        return True  # "will join", "would serve", "'ll take over"
    # "is to serve", "is set to join", "agrees to act as": an infinitive is not yet a post held;
    # after a past verb ("was forced to resign as minister") it tells what happened
    head = verb.head
    past = head.tag_ == "VBD" or any(
        c.lower_ in ("was", "were", "had") for c in head.children if c.dep_.startswith("aux")
    )
    return any(a.lower_ == "to" for a in aux) and head.lemma_ not in GOING_ON and not past


def _planned(verb: Token) -> bool:
    """ "X takes over as head of Y in April", "joins as adviser next month": a present tense with a
    time of its own is a plan, the post not yet held."""
    if verb.lemma_ not in TAKING_UP or verb.tag_ not in ("VBZ", "VBP"):
        return False
    times = [t for t in verb.subtree if t.dep_ in ("npadvmod", "tmod")]  # "next month", also the post's
    times += [p for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("in", "on", "from") for p in c.children]
    return any(t.ent_type_ == "DATE" and t.lower_ not in ("today", "now") for t in times)
