"""A share's whole owned by the clause's subject: "depends on duties for 60 pct of its tax revenue".

Asked without its whole, the share says nothing ("For what percentage does the government depend on
duties?"), so the whole stays though its pronoun comes before the subject it stands for: "For what
percentage of its tax revenue does the government depend on duties?" reads as plainly as the sentence.
Only a possessive that can mean nothing but the subject: "its" with one thing, "their" with several.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

#: The possessive each kind of subject takes: a singular thing "its", a plural "their".
_SINGULAR = {"NN", "NNP"}
_PLURAL = {"NNS", "NNPS"}


def owned_by_subject(whole: Span, verb: Token) -> bool:
    """The whole's only pronoun is "its"/"their" on its noun, and the verb's subject agrees with it."""
    pronouns = [t for t in whole if t.pos_ == "PRON"]
    if len(pronouns) != 1 or pronouns[0].dep_ != "poss" or pronouns[0].lower_ not in ("its", "their"):
        return False
    subject = _subject(verb)
    if subject is None or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False  # "its" before "he" or "it": whose, the question could not say
    return subject.tag_ in (_SINGULAR if pronouns[0].lower_ == "its" else _PLURAL)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or for a relative clause ("Uganda, which depends on …") the noun it describes."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head
    return subject
