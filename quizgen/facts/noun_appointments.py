"""Posts given in a noun of choosing: "Norvane today announced the appointment of Laura Chen as chief
financial officer, effective June 17".

Press releases announce an appointment rather than say who appointed whom. The post after "as" is
the person's at the body that announces it (the subject of "announced"), unless the post names its
own. It is held when it takes effect at once ("effective immediately"); otherwise it is one to come,
asked as a post to take up, never as held.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.board_owner import board_owner
from quizgen.facts.post_phrase import AHEAD, Post, post_phrase, post_tokens

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: Nouns that name someone's choosing for a post.
CHOOSING_NOUNS = {"appointment", "election", "nomination", "promotion", "hiring", "selection"}
#: Verbs that tell of a choosing as made: others ("criticised", "opposed the nomination of …") tell a view
#: of one that may never be made, and their subject is no employer.
TELLING_VERBS = {"announce", "confirm", "approve", "ratify", "make", "report", "unveil"}


def noun_appointment(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """The post "the appointment of <name> as <post>" gives `name`."""
    of = name.head
    if name.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_ not in CHOOSING_NOUNS:
        return
    noun = of.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_ not in TELLING_VERBS:
        return  # "the union criticised the appointment of X as chief executive": not the union's post
    preps = [c for h in (noun, name) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
    post = next((c for p in preps for c in p.children if c.dep_ == "pobj"), None)
    found = post_phrase(ctx, post) if post is not None else None
    if post is None or not found:
        return
    role, org, org_prep = found
    if any(t.pos_ == "PRON" and t.i > post.i for t in post_tokens(role)):
        return  # "as chairman of its audit committee": whose committee, the post cannot say
    if org is None:
        org, org_prep = _announcer(ctx, noun), "at"
    words = {t.lower_ for t in noun.sent}
    now = bool(words & {"immediately", "immediate", "forthwith"})
    yield (role if now else [AHEAD, *role]), org, org_prep


def _announcer(ctx: ArticleContext, noun: Token) -> str | None:
    """The organisation that announces the appointment: the subject of the verb whose object it is."""
    verb = noun.head
    if noun.dep_ != "dobj":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    ent = ctx.ent_at(subject)
    if ent is None:
        return board_owner(ctx, subject)
    return ent.text if ent.label_ == "ORG" else None
