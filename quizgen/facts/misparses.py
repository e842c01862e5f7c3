"""Parses the small model gets wrong in a way a question would carry: such a clause is not asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token


def disagrees(verb: Token, subject_tokens: list[Token] | None) -> bool:
    """ "A man who held four employees hostage for six hours": the tagger read "hostage" as a plural
    present verb ("VBP") of "man"; a singular noun never takes one, so the parse is wrong here."""
    if subject_tokens and len(subject_tokens) == 1 and subject_tokens[0].tag_ in ("WDT", "WP") and verb.dep_ != "relcl":
        # "a shooting in Surrey, British Columbia, that killed two": "that" read as a joined verb's subject;
        # "measures that the minister said were needed": the relative pronoun of a clause reported inside one
        return True
    if verb_lost_to_noun(verb):
        return True
    if verb.dep_ in ("ccomp", "xcomp") and any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children):
        return bool(subject_tokens)  # "allow 300,000 homes to be built": no finite verb to ask with
    if verb.tag_ != "VBP" or not subject_tokens or verb.dep_ == "conj" or any(c.dep_ == "aux" for c in verb.children):
        return False  # ("will take seven years, travel …": the conjoined verb's tag slips, its parse holds)
    head = next((t for t in subject_tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or head.tag_ not in ("NN", "NNP") or head.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY"):
        return False
    return not any(c.dep_ == "cc" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)


#: Tags of a finite verb or modal: a sentence with one has a main clause the parse found.
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def verb_lost_to_noun(verb: Token) -> bool:
    """ "The talks with unions ended on Monday": the model made "talks" the sentence's root and "ended" a
    participle of "unions" ("unions [who were] ended"), so a question would ask "When were unions ended?".
    A past participle hung on a noun inside the subject, in a sentence with no finite verb at all, is
    the lost main verb, and the noun it hangs on is not its subject."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or root.pos_ not in ("NOUN", "PROPN") or verb.head == root:
        return False  # ("The fund invested in …": on the root, misread_participles asks "did the fund invest")
    return not any(t.tag_ in _FINITE for t in verb.sent)
