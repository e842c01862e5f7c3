"""The subject of a clause a question is worded from, and how it reads on its own.

"Graham Doyle, who retired in December": "who" is Graham Doyle; "a symposium held on …": the
symposium; "Its chief": the company's chief; "The court" after a wire dateline: "the court".
`clauses.ask` words the rest of the question around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clause_climbs import set_off_participle
from quizgen.facts.clause_text import clause_text, keeps_capital
from quizgen.facts.context import PERSONAL, ArticleContext
from quizgen.facts.given_names import other_given_name
from quizgen.facts.joint_doers import listed_antecedent
from quizgen.facts.lexicon import COMPANY_WORDS
from quizgen.facts.mentions import (
    antecedent,
    common_word_taken_for_name,
    fuller_mention,
    opens_name,
    recent_org,
    reporting_subject,
    subject_before,
)
from quizgen.facts.misread_participles import (
    active_past,
    misread_participle,
    swallows_a_verb,
)
from quizgen.facts.relative_heads import relative_antecedent
from quizgen.facts.subject_asides import without_asides
from quizgen.facts.wording import with_the
from quizgen.text import written_mid_sentence
from quizgen.vocabulary import DASHES

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Endings of common nouns the tagger calls proper when they open a sentence ("Construction will …").
COMMON_SUFFIX = re.compile(r"(tion|sion|ment|ness|ity|ance|ence|ure|ship|ism)$")


def clause_subject(ctx: ArticleContext, verb: Token) -> tuple[list[Token] | None, Token | None]:
    """The subject's tokens, and for a participle ("a symposium held on …") the noun it describes.
    A dateline the parse took for a second subject is none: "DUNMORE (AFP) - The court ruled"."""
    kids = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    dated = len(kids) > 1 and kids[0].i == kids[0].sent.start and kids[0].right_edge.text in DASHES
    for child in kids[1:2] if dated else kids[:1]:
        if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            # "Graham Doyle, who retired in December": the relative pronoun stands for its noun
            noun = relative_antecedent(verb)  # ("a fisherman from Dunmore, who …": the fisherman, not the town)
            doer = listed_antecedent(noun, verb) if noun is not None else None  # "A and B, which together …"
            return doer, None  # (None: "the agency aiding towns hit by floods, which …": which noun, unsure)
        return list(child.subtree), None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        if set_off_participle(verb):
            return None, None  # "on sale in Canada and the UK, priced at $349": the watch is priced, not the UK
        if swallows_a_verb(verb):
            return None, None  # "The fund, launched in 2016 with …, invested in …": the aside runs on
        if misread_participle(verb):  # "The fund invested in …, its chief said": the fund's own past verb
            return ([t for t in noun.subtree if t.i <= noun.i], None) if active_past(verb) else (None, None)
        return [t for t in noun.subtree if t.i < verb.i or t.i == noun.i], noun
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        before = verb.doc[verb.left_edge.i - 1]
        if (before.pos_ == "PROPN" and before.is_title) or (before.pos_ == "NOUN" and before.dep_ == "conj"):
            return None, None  # "… and spinner Ann Lind took six", "his seat and a by-election will be held"
        subject, acl = clause_subject(ctx, verb.head)
        if subject is not None and acl is None:
            return subject, None
    return None, None


def subject_text(ctx: ArticleContext, tokens: list[Token], head: Token) -> str | None:
    """The subject as it should read in a stand-alone question."""
    tokens = without_asides(head, tokens)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens or tokens[-1].pos_ == "ADP":
        return None  # a subject cut inside a phrase ("people waiting … as") cannot be asked
    if len(tokens) == 1 and tokens[0].lower_ in PERSONAL:
        person = ctx.pronoun_person(tokens[0])
        return person.name if person else None
    if len(tokens) == 1 and tokens[0].lower_ in ("it", "they"):
        speaker = reporting_subject(ctx, tokens[0])
        return speaker or antecedent(ctx, tokens[0])
    owner = subject_before(ctx, tokens[0]) if len(tokens) > 1 and tokens[0].lower_ == "its" else None
    if owner and tokens[0].is_sent_start:
        named = next((p for t in head.children if t.dep_ == "appos" and (p := ctx.resolve_person(t))), None)
        if named is not None:
            return named.name  # "Its chief, Ann Ruiz, took office in 2020": Ann Ruiz did
        return f"{with_the(owner, ctx.text)}'s {clause_text(ctx, tokens[1:])}"  # "Its shares" → "Acme Foods's shares"
    if len(tokens) == 2 and tokens[0].lower_ == "the" and tokens[1].lower_ in COMPANY_WORDS:
        return recent_org(ctx, tokens[0], beside=True)  # an unnamed "the company" does not stand on its own
    if head.pos_ == "PROPN" and all(t.pos_ == "PROPN" or t.dep_ == "compound" for t in tokens):
        person = ctx.resolve_person(head)  # (not when the clause says "its": "Wellesley informed its savers" is a firm)
        its = any(t.lower_ == "its" and t.dep_ == "poss" for t in head.head.subtree if t.i > head.i)
        if person is not None and not its and not other_given_name(head, tokens, person.name):
            return person.name
    text = clause_text(ctx, tokens)
    fuller = fuller_mention(ctx, head, tokens)
    if fuller is not None:
        return fuller or None  # ("": "the school" with two schools in reach is not asked)
    first = tokens[0]
    common = (
        (first.pos_ != "PROPN" and not written_mid_sentence(first.text, ctx.text))
        or first.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL", "PERCENT")
        or (f" {first.lower_} " in ctx.text and not opens_name(first))
        or (not first.ent_type_ and COMMON_SUFFIX.search(first.lower_))
        or common_word_taken_for_name(ctx, first)
    ) and not (opens_name(first) and first.lower_ != "the")  # "Construction will"; not "Harbour" of "Harbour Telecom"
    starts = (
        first.i == first.sent.start
        or ctx.doc[first.i - 1].is_space
        or (ctx.doc[first.i - 1].is_quote and ctx.in_quote(first.idx))
        or after_dateline(first)
    )
    if starts and common and not keeps_capital(first):  # "A lab", not "NASA" nor "Labour"
        if text.lower().startswith(first.lower_):  # "His accomplice" named: "Dan Price's accomplice" stays
            text = text[:1].lower() + text[1:]
    return text


def after_dateline(first: Token) -> bool:
    """ "PESHAWAR: The court …", "Bhubaneswar: The BJD …", "HALDEN (AFP) - The court …": the sentence's own
    start after a wire dateline, its capital the sentence's ("did the court rule", not "did The court rule")."""
    doc, sent = first.doc, first.sent
    before = doc[sent.start : first.i - 1]
    if (
        first.i - sent.start < 2
        or doc[first.i - 1].text not in (":", "-", "--", "\u2013", "\u2014")
        or len(before) > 12
    ):
        return False
    if any(t.is_space for t in before):
        return False
    titled = len(before) <= 3 and all(t.text.istitle() for t in before)
    placed = titled and (before[0].i == 0 or before[0].ent_type_ == "GPE")  # at the story's start, or a place
    return (before[0].text.isupper() and len(before[0].text) > 2) or placed  # "Bhubaneswar: The BJD …"
