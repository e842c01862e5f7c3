"""A figure or date someone claims, asked as their claim ("According to X, …"): inside a direct quote,
or in a clause a verb of saying reports."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from quizgen.facts.claimants import GROUP_PRONOUNS, claimant_name, group_antecedent
from quizgen.facts.clause_cuts import without_comma_clause
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.clauses import DEICTIC
from quizgen.facts.context import words_of
from quizgen.facts.date_doubts import weighed
from quizgen.facts.lexicon import DISPUTING, DOCUMENT_NOUNS, REPORTING
from quizgen.facts.org_names import with_name_tail
from quizgen.facts.participle_speakers import participle_owner
from quizgen.facts.quote_scope import claims_context
from quizgen.facts.tail_claims import claimed_at_tail
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import QuoteFact

T = TypeVar("T")
_PRONOUN = re.compile(r"\b(it|its|they|their|he|his|she|her)\b", re.I)


def according_to(
    ctx: ArticleContext,
    span: Span,
    ask_it: Callable[[ArticleContext], T | None],
    *,
    continued: bool = False,
    asked_text: Callable[[T], str] | None = None,
) -> tuple[T, str] | None:
    """Ask about a figure inside a direct quote, as the speaker's claim: ("…", "According to X").

    Only a quoted sentence whose speaker the quote extractor found, and with no pronoun or
    "this"/"here" whose meaning the question could not carry. With `continued`, a sentence inside
    a quote that opened in an earlier sentence is that quote's speaker's too. With `asked_text`
    (the question's words), those words are read for pronouns, not the whole sentence: "why sharks
    have thrived for 400 million years" can be asked though "these predators" stands in another clause.
    """
    sent = span.sent
    found = ctx.quote_at(sent.start_char)
    if found is None and continued:
        found = _opened_before(ctx, span)
    if found is None or not found.direct or not found.speaker.name:
        return None
    if asked_text is None and any(t.lower_ in DEICTIC and ctx.in_quote(t.idx) for t in sent):
        return None
    asked = ask_it(claims_context(ctx))
    if asked is not None and asked_text is not None and DEICTIC & set(re.findall(r"[a-z]+", asked_text(asked).lower())):
        return None
    return (asked, f"According to {found.speaker.name}") if asked is not None else None


def _opened_before(ctx: ArticleContext, span: Span) -> QuoteFact | None:
    """The quote fact of the sentence where the quote holding `span` opened, when that is an earlier
    one; or, for a sentence all in quote marks with no speaker of its own, of the nearest sentence
    before it with one, when every sentence between is all quote too (a statement going on over
    paragraphs, each opening with a new mark)."""
    sent = span.sent
    opened = next((a for a, b in ctx.quotes_in(sent) if a <= span.start_char < b), None)
    if opened is None:
        return None
    if opened < sent.start_char:
        first = ctx.doc.char_span(opened, opened + 1, alignment_mode="expand")
        return ctx.quote_at(first[0].sent.start_char) if first is not None and len(first) else None
    for _ in range(6):
        if not _all_quoted(ctx, sent) or sent.start == 0:
            return None
        sent = ctx.doc[sent.start - 1].sent
        while sent.start > 0 and not sent.text.strip():
            sent = ctx.doc[sent.start - 1].sent
        found = ctx.quote_at(sent.start_char)
        if found is not None:
            return found
    return None


def _all_quoted(ctx: ArticleContext, sent: Span) -> bool:
    words = [t for t in sent if not (t.is_punct or t.is_space or t.is_quote)]
    return bool(words) and all(ctx.in_quote(t.idx) for t in words)


#: Verbs of a forecast the figure is: "Mbadi projected the economy would expand 5.2 pct" is his forecast,
#: never asked as if the growth were fact ("By what percentage would the economy expand?").
_PROJECTING = {"project"}


def reported_claim(ent: Span, question: str, ctx: ArticleContext | None = None) -> str | None:
    """A figure someone reported is asked as their claim: "a source close to the cartel indicated that
    output was 15 mln bpd" → According to a source close to the cartel, how many …? Only a subject
    named in the sentence, never a pronoun. None for the claim of a relative clause ("a survey which
    estimated that output was …"): whose claim it is, the question could not say. A pronoun subject is
    read as whom it stands for (`claimants`); a "they" that stands for no one named is no one's claim."""
    if claimed_at_tail(ent.root):
        return None  # "… 131 seats, the poll forecast.": whose forecast, the parse lost
    verb = clause_verb(ent.root)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "said the city had promised 300 and built only 90": the 90 is said too
    if verb is not None and weighed(verb):
        return _weighed_claim(verb, question)
    head = verb.head if verb is not None and verb.dep_ == "ccomp" else None
    lemma = "" if head is None else head.lemma_.lower()
    if lemma in DENIALS:
        return None  # "X denied that 35 fighters were killed": the figure is the one X disputes
    if head is None or lemma not in REPORTING | DISPUTING | _PROJECTING:
        return _with_according(verb, question)
    disputed = lemma in DISPUTING
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    owner = participle_owner(head) if subject is None else None  # "declared X the winner, saying he had won"
    if owner is not None:
        subject = next((c for c in owner.children if c.dep_ == "nsubj"), None)
    if head.dep_ == "relcl" and subject is not None and subject.tag_ in ("WDT", "WP"):
        return None
    if subject is not None and subject.pos_ == "PRON" and not _PRONOUN.search(question):
        group, name = group_antecedent(subject), claimant_name(ctx, subject)
        if name is not None and name.lower() not in question.lower():
            return as_claim(name, question)
        if group is None and subject.lower_ in GROUP_PRONOUNS:
            return None  # "They estimated that …" after no plural subject: whose guess, no one can say
        subject = group or subject
    if subject is None or any(t.pos_ == "PRON" for t in without_comma_clause(subject)) or _PRONOUN.search(question):
        return None if disputed else question  # "he said": whose claim is for the quote extractor to say
    who = lower_first(words_of(with_name_tail(without_comma_clause(subject))))  # "the charity Bone Health Now"
    first = next(iter(subject.subtree))
    if _opens_sentence(first) and first.pos_ in ("NOUN", "ADJ") and (not first.ent_type_ or first.tag_ == "NNS"):
        who = who[:1].lower() + who[1:]  # "Officials said …": the capital was the sentence's (a plural, no name)
    if who.lower() in question.lower():
        return None if disputed else question  # "X claimed X had won": no source could be put in front
    return as_claim(who, question)


def _opens_sentence(token: Token) -> bool:
    """Whether `token` is its sentence's first word: a paragraph's line break may come first."""
    return all(t.is_space or t.is_punct for t in token.doc[token.sent.start : token.i])


def as_claim(who: str, question: str) -> str:
    """ "How many …?" asked as `who`'s word: "According to the UN, how many …?"."""
    return f"According to {who}, {question[:1].lower()}{question[1:]}"


#: Sources whose word a clause only weighed as possible may still be asked by: "reports may be correct that …".
WEIGHED_SOURCES = DOCUMENT_NOUNS | {"estimate", "account", "source"}


def _weighed_claim(verb: Token, question: str) -> str | None:
    """ "Reports may be correct that 40 people died": the figure is the reports', asked as theirs
    ("According to reports, how many …?"); "it is likely that …", "chances are …": no one's, not asked."""
    node = verb.head.head if verb.head.dep_ in ("acomp", "attr") else verb.head
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in WEIGHED_SOURCES:
        return None
    who = words_of(without_comma_clause(subject))
    return as_claim(who[:1].lower() + who[1:], question)  # ("Reports may …": the sentence's capital)


#: Verbs whose clause is what the subject disputes: a figure there is asked by no one's word.
DENIALS = frozenset("deny dispute reject dismiss refute".split())


def _with_according(verb: Token | None, question: str) -> str:
    """'According to the UN, 15,000 people have fled': the figure is the source's, and the question says so."""
    while verb is not None:
        lead = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None)
        to = None if lead is None else next((c for c in lead.children if c.lower_ == "to"), None)
        source = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is not None:
            if any(t.pos_ == "PRON" for t in source.subtree) or question.startswith("According to"):
                return question
            who = words_of(with_name_tail(without_comma_clause(source)))
            return as_claim(lower_first(who), question)
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head == verb:
            return question
        verb = verb.head
    return question


#: Claimants whose word is one side of a quarrel: what they say a thing costs or when it opens is theirs.
CONTESTING = frozenset(
    "opposition critic opponent detractor sceptic skeptic rival campaigner activist protester challenger "
    "dissident".split()
)


#: Verbs whose clause is a guess at what is to come: a date there is the guesser's, not the story's.
FORECASTING = frozenset("estimate forecast predict project".split())


def contested_claim(ent: Span, question: str, ctx: ArticleContext | None = None) -> str | None:
    """A date or figure in what a critic or opponent says, what anyone "claims" or "insists", or a
    guess ("they estimated that by 2050 …"), is asked as theirs ("According to the opposition, on
    what date will the tax be introduced?"), or not at all when the question cannot say whose it is;
    any other question is returned as it was."""
    verb = clause_verb(ent.root)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head
    head = verb.head if verb is not None and verb.dep_ == "ccomp" else None
    if head is None or question.startswith("According to"):
        return question
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    subject = (group_antecedent(subject) or subject) if subject is not None else None  # "Critics … They say"
    contested = head.lemma_.lower() in DISPUTING | FORECASTING or (
        subject is not None and any(t.lemma_.lower() in CONTESTING for t in subject.subtree)
    )
    if not contested:
        return question
    claimed = reported_claim(ent, question, ctx)
    return None if claimed is None or not claimed.startswith("According to") else claimed
