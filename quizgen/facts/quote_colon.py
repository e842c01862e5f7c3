"""'Rita Mole disagreed with the critics: "Without the ferry this town would die."': a person's
sound bite after a colon that a verb other than speech opens (disagree, praise, hit back, reflect).

News hands over to a quote so with any verb of stance; the quote is the subject's own words when
the verb heads the sentence, its subject names someone, and it takes no thing as its object (not
'Ruiz held up a sign: "…"', whose words are the sign's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon.people import PERSON_NOUNS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext


def sound_bite(ctx: ArticleContext, verb: Token, quote: tuple[int, int]) -> bool:
    """Whether the quote `verb`'s colon opens is its subject's statement (see the module's doc)."""
    heads = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and ctx.in_quote(verb.head.idx))  # hung on the quote
    if not heads or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _someone(subjects[0]):
        return False
    for child in verb.children:
        if ctx.in_quote(child.idx) or child.i < verb.i:
            continue
        if child.dep_ in ("ccomp", "xcomp", "oprd", "attr", "acomp"):
            return False  # "was asked to comment:", "seemed happy:": no stance the quote gives
        if child.dep_ in ("dobj", "dative") and not _someone(child):
            return False  # "held up a sign:", "read the message:": the words belong to the thing
    span = ctx.doc.char_span(quote[0], quote[1], alignment_mode="expand")
    opens = ctx.text[quote[0] : quote[1]].lstrip(" \"'\u201c\u2018")[:1]
    return span is not None and opens.isupper() and any(t.pos_ in ("VERB", "AUX") for t in span)


def _someone(token: Token) -> bool:
    """A person named, pointed to or described ("Lind", "she", "the 19-year-old Okafor", "the fans")."""
    if token.ent_type_ == "PERSON" or token.lower_ in ("he", "she", "they", "i", "we"):
        return True
    return token.pos_ == "PROPN" or token.lemma_.lower() in PERSON_NOUNS
