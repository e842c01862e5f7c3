"""Someone named between a person and a later "he" or "she", whom the pronoun may stand for instead.

`ArticleContext.pronoun_person` takes the latest fitting person named before a pronoun. Two kinds of
subject it cannot see may be the one meant: a name NER never called a person ("… and that Okoro had
saved £4,000 … seized when she was arrested") and a post standing for someone ("The party leader
said … However, he suggested …"). When one stands between, the pronoun is left open: a question
naming the wrong person is worse than no question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import PERSON_NOUNS
from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext, Person

SUBJECTS = ("nsubj", "nsubjpass")
#: Entity labels a person's name may wrongly carry (a lone surname is often tagged ORG or GPE).
NAME_LABELS = ("", "PERSON", "ORG", "GPE")


def rival_between(ctx: ArticleContext, person: Person, after: int, pronoun: Token) -> bool:
    """Whether a subject in the pronoun's sentence or the one before, after `after` (the character
    where `person` was last named), may be whom the pronoun stands for instead of `person`."""
    if _own_subject(pronoun, after):
        return True
    sent = pronoun.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start else sent.start
    for token in ctx.doc[start : pronoun.i]:
        if token.idx <= after or token.dep_ not in SUBJECTS or ctx.in_quote(token.idx):
            continue
        if _unknown_name(ctx, token) or _post_of_another(ctx, person, token) or _unnamed_person(token):
            return True
    return False


def _own_subject(pronoun: Token, at: int) -> bool:
    """ "Judge Ann Holt ordered him to pay": an object "him"/"her" never stands for the subject of
    its own verb (that would be "herself"), so a person named there is not whom it means."""
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ == "poss":
        return False
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for head in (
        (verb, verb.head) if pronoun.dep_ in SUBJECTS and verb.dep_ == "xcomp" else (verb,)
    ):  # ("ordered him to pay": the parse may make "him" the subject of "pay")
        for sub in head.children:
            if sub.dep_ in SUBJECTS and sub.left_edge.idx <= at <= sub.right_edge.idx:
                return True
    return False


def _unknown_name(ctx: ArticleContext, token: Token) -> bool:
    """A one-word name, not an acronym, that the article never gave as a person's nor as a company's
    with a company word after it."""
    if token.pos_ != "PROPN" or token.ent_type_ not in NAME_LABELS or not token.text.istitle():
        return False
    if any((c.dep_ == "compound" or c.pos_ == "PROPN") and not _initial(c) for c in token.children):
        return False  # "Ardent Motors", "Mr Ruiz": more than one word, read elsewhere ("J. Orrin" is not)
    return ctx.resolve_person(token) is None


def _initial(token: Token) -> bool:
    """ "J." of "J. Orrin": a given name cut to its initial."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _post_of_another(ctx: ArticleContext, person: Person, token: Token) -> bool:
    """ "The party leader said …": a post as subject whose holder the article has not shown to be `person`."""
    if token.pos_ != "NOUN" or not is_post(token.text):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children):
        return False  # "party members", "officials": not one person
    from quizgen.facts.post_holders import holders_of

    return person.name not in holders_of(ctx, token)


def _unnamed_person(token: Token) -> bool:
    """ "The widow of one depositor said she …", "a survivor …": one person described, not named (no
    post, whose holder the article may give), who may be the "she"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PERSON_NOUNS or is_post(token.text):
        return False
    return any(c.dep_ in ("det", "poss") for c in token.children)


def chained_subject(ctx: ArticleContext, person: Person, at: int, pronoun: Token) -> Person | None:
    """ "He married Ann Lind in 1957. He was elected mayor in 1975.": a subject "he" right after a
    sentence whose subject was the same "he" goes on with that sentence's subject, not with a person
    it named only as an object. The person the first "he" stood for, or None when the chain does
    not apply (`person` was named at `at`, the latest before `pronoun`)."""
    sent = pronoun.sent
    if pronoun.dep_ not in SUBJECTS or sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    if not before.start_char <= at < before.end_char:
        return None
    named = [t for t in before if t.idx >= at and t.ent_type_ == "PERSON"]
    subject = next((t for t in before if t.dep_ in SUBJECTS and t.head == before.root), None)
    if subject is None or subject.lower_ != pronoun.lower_ or any(t.dep_ in SUBJECTS for t in named):
        return None
    found = ctx.pronoun_person(subject)
    return found if found is not None and found is not person else None


def quoted_speaker_unsure(
    ctx: ArticleContext, person: Person, at: int, others: list[Person], gender: str | None
) -> bool:
    """ "… Lind's life's work," said Tom Vale. She was appointed …": after a quote's speaker of unknown
    sex, a pronoun may go back to the story's subject, whom the article calls by it; when someone
    named before is known to fit, the pronoun is either's, and is left open."""
    if person.gender is not None or gender is None:
        return False
    sent = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if sent is None or not ctx.quotes_in(sent.sent):
        return False
    return any(p.gender == gender for p in others)
