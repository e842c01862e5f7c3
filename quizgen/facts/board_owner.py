"""The body whose board chooses someone: "Crestline Energy today announced that its board of
directors has appointed X as chief operating officer".

Press releases let the board appoint; the post is the company's. "its" points at the subject of the
clause the board's is reported in ("Crestline Energy … announced that its board …"); the post is that
body's only when the tagger calls it an organisation, and nobody's otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: The bodies within a company that appoint its officers.
BOARDS = {"board", "directors", "trustees", "shareholders"}


def board_owner(ctx: ArticleContext, subject: Token) -> str | None:
    """The organisation "its board" (the subject of a choosing verb) belongs to, or None."""
    if subject.lemma_ not in BOARDS or not any(c.lower_ == "its" for c in subject.children):
        return None
    verb = subject.head
    while verb.dep_ in ("ccomp", "conj") and verb.head is not verb:
        verb = verb.head  # "… announced that its board has appointed": up to the announcing clause
    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ent = ctx.ent_at(owner) if owner is not None else None
    return ent.text if ent is not None and ent.label_ == "ORG" and ent.root == owner else None
