"""Amounts that size a noun: "Ann Ruiz's £30m takeover of the club", "its £45m offer for the yard",
"a £12m budget for the library". The amount is no object of its own, so the question asks about
the noun it sizes: what the deal was worth, how large the sum was.

An owner written as a pronoun ("its offer", "his bid") is read as the subject of its clause, but
only when that subject is a name of the pronoun's kind (a person for "his"/"her", anything else for
"its"/"their"); otherwise nothing is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.measures import DEAL_NOUNS, VALUE_NOUNS
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import noun_phrase, qualified_start, wh_for
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Sums whose size "How large a …?" asks well ("a £12m budget", "a three billion stg reduction").
SIZED_NOUNS = DEAL_NOUNS | VALUE_NOUNS | {"cut", "reduction", "increase", "rise", "injection", "award"}
#: Sums set aside or given ("a $15 million scholarship fund", "a Rs 500-crore scheme", "a £2m gift").
SIZED_NOUNS |= {*"fund scheme programme program project bailout stimulus endowment donation gift order".split()}
#: Possessive pronouns and whether the owner they stand for is a person.
_POSSESSIVES = {"its": False, "their": False, "his": True, "her": True}
_FIGURES = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")


def ask_sized_noun(ctx: ArticleContext, span: Span, head: Token) -> tuple[str, str] | None:
    """'withdrew its £45m offer' → How much was Tessa Holdings' offer worth?; 'approved a £12m
    budget for the library' → How large a budget for the library did the council approve?"""
    noun = head.head
    if head.dep_ not in ("nummod", "compound", "amod", "nmod") or noun.i < span.end or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma not in SIZED_NOUNS:
        return None
    owner = next(
        (t for t in noun.subtree if t.dep_ == "poss" and (t.head == noun or t.head.i in range(span.start, span.end))),
        None,
    )
    if owner is not None:
        return _owned(ctx, span, noun, owner)
    if noun.tag_ != "NN" or any(c.dep_ == "det" and c.lower_ not in ("a", "an", "the") for c in noun.children):
        return None  # "loans", "this £12m budget": no "How large a …"
    phrase, words = noun_phrase(ctx, noun, span)
    if any(t.ent_type_ in _FIGURES or t.pos_ == "PRON" for t in phrase if not span.start <= t.i < span.end):
        return None  # a second figure, or a pronoun the question could not carry
    article = "an" if words[:1].lower() in "aeiou" else "a"
    found = wh_for(ctx, phrase, f"how large {article} {words}")
    if found is None:
        return None
    target, wh, pied = found
    question = ask(ctx, target, wh, pied=pied, drop_dates=False)
    return (question, span.text.strip()) if question else None


def _owned(ctx: ArticleContext, span: Span, noun: Token, owner: Token) -> tuple[str, str] | None:
    """How much was the owner's deal worth, or the owner's sum."""
    name = owner_name(ctx, owner)
    if name is None:
        return None
    cut = {t.i for c in noun.children if c.dep_ in ("appos", "relcl", "acl", "conj", "cc") for t in c.subtree}
    cut |= {t.i for t in owner.subtree}
    kept = [t for t in noun.subtree if t.i not in cut and not span.start <= t.i < span.end]
    after = [t for t in noun.doc[kept[-1].i + 1 : kept[-1].i + 4] if t.text not in ("<", ">")] if kept else []
    if after and after[0].lower_ in ("'s", "\u2019s"):
        return None  # "the purchase of Harwick Chemical's Harwick Finance": the parse lost what was bought
    if any(t.pos_ == "PRON" or t.ent_type_ in _FIGURES for t in kept):
        return None  # a second pronoun, or a second figure the question would carry
    worth = noun.lemma_.lower() in DEAL_NOUNS
    past = finite_tag(noun) == "VBD"
    phrase = f"{name}'s {words_of(kept).strip(' ,')}"
    question = f"How much {'was' if past else 'is'} {phrase}{' worth' if worth else ''}?"
    return question, span.text.strip()


def owner_name(ctx: ArticleContext, owner: Token) -> str | None:
    """The owner as a name: "Ann Ruiz's" → "Ann Ruiz"; "its" → the clause subject it stands for."""
    if owner.pos_ == "PROPN":
        tokens = [t for t in owner.subtree if t.dep_ != "case"]
        doc, first = owner.doc, min(t.i for t in tokens)
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].whitespace_ == " ":
            first -= 1  # "Velmora Trust's": the parse may cut the name's first word off
            tokens.append(doc[first])
        return lower_first(words_of(tokens))
    person = _POSSESSIVES.get(owner.lower_)
    if person is None:
        return None
    verb = clause_verb(owner)
    subject = None
    while verb is not None and subject is None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1:
            return None  # two subjects of one verb ("LONDON, May 3 - Union officials have …"): a misparse
        subject = subjects[0] if subjects else None
        verb = verb.head if subject is None and verb.dep_ == "conj" and verb.head != verb else None
    if subject is None or subject.pos_ != "PROPN" or not subject.ent_type_:
        return None
    skip = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl", "punct", "prep") for t in c.subtree}
    tokens = [t for t in subject.subtree if t.i not in skip]
    if any(t.pos_ == "PRON" or t.ent_type_ in _FIGURES for t in tokens):
        return None
    name = lower_first(words_of(tokens).strip(" ,"))
    if (subject.ent_type_ == "PERSON" or ctx.people.find(name) is not None) != person:
        return None  # "Tessa Holdings … his offer": the pronoun is someone else's
    return name


def finite_tag(token: Token) -> str:
    """The tense tag of the finite verb of the clause a token stands in ("was criticised" → VBD)."""
    for verb in token.ancestors:
        tags = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        finite = [t for t in tags if t in ("VBD", "VBZ", "VBP", "MD")]
        if finite:
            return finite[0]
    return ""


#: Things a side plays, not has: "have lost three of their four matches" → never "How many matches do
#: Delhi have?" (four played so far this season, not four held).
_PLAYED = {"match", "game", "fixture", "race", "test", "innings", "start", "appearance", "outing", "bout", "tie"}


def ask_possessed_count(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """A count its owner has: 'will close 40 of its 300 branches' → How many branches does Harbour
    Bank have?; 'too few schools for its 90 million people' → How many people does Vietnam have?"""
    root = ent.root
    noun = root.head
    if root.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() in _PLAYED:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < ent.start), None)
    name = owner_name(ctx, owner) if owner is not None else None
    if owner is None or name is None:
        return None
    cut = {t.i for c in noun.children if c.dep_ in ("appos", "relcl", "acl", "conj", "cc", "prep") for t in c.subtree}
    cut |= {t.i for t in owner.subtree} | set(range(ent.start, ent.end))
    kept = [t for t in noun.subtree if t.i not in cut and t.dep_ != "det" and t.i <= noun.i]
    if any(t.pos_ == "PRON" or t.ent_type_ in (*_FIGURES, "DATE", "TIME") for t in kept):
        return None
    do = "did" if finite_tag(noun) == "VBD" else "do" if owner.lower_ == "their" else "does"
    question = f"How many {words_of(kept).strip(' ,')} {do} {name} have?"
    return question, ctx.doc[ent.start : ent.end].text.strip()


def ask_fronted_price(ctx: ArticleContext, span: Span, head: Token) -> tuple[str, str] | None:
    """'Priced at around $2,000, the Alder ventilator is …' → At how much is the Alder ventilator
    priced?: a participle before the subject says what the subject costs or is worth."""
    if head.dep_ in ("nummod", "compound") and head.head.dep_ == "pobj":
        head = head.head  # "at about US$1,500 (S$2,020)": the parse hangs the amount on its conversion
    prep = head.head
    participle = prep.head
    if head.dep_ != "pobj" or prep.lower_ != "at" or participle.tag_ != "VBN" or participle.dep_ != "advcl":
        return None
    main = participle.head
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not participle.i < subject.i or any(c.dep_ == "nsubjpass" for c in participle.children):
        return None
    skip = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl", "punct") for t in c.subtree}
    tokens = [t for t in subject.subtree if t.i not in skip]
    if any(t.pos_ == "PRON" or t.ent_type_ in _FIGURES for t in tokens):
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    past = finite_tag(subject) == "VBD"
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"At how much {be} {lower_first(words_of(tokens))} {participle.lower_}?", span.text.strip()


def cost_phrase(ctx: ArticleContext, span: Span) -> Token | None:
    """The "at" of "… at a cost of $9.6 million" holding `span`, or None."""
    head = span.root
    of = head.head if head.dep_ == "pobj" else None
    cost = of.head if of is not None and of.lower_ == "of" else None
    at = cost.head if cost is not None and cost.lower_ == "cost" and cost.dep_ == "pobj" else None
    return at if at is not None and at.lower_ == "at" else None


def ask_cost(ctx: ArticleContext, span: Span, at: Token) -> tuple[str, str] | None:
    """'built a bridge at a cost of $12m', 'a library at a cost of $3.3m' → How much did the bridge
    cost? The thing costed is the noun the phrase hangs on, or the one object of its verb; with two
    things or two costs it is unclear which cost is whose, and nothing is asked."""
    owner = at.head
    verb: Token | None = None
    if owner.pos_ == "VERB" and owner.dep_ == "acl" and owner.tag_ == "VBN" and owner.head.pos_ == "NOUN":
        owner = owner.head  # "a bus stand built at a cost of …"
    if owner.pos_ == "VERB":
        objects = [c for c in owner.children if c.dep_ == "dobj"]
        if len(objects) != 1 or any(c.dep_ == "conj" for c in objects[0].children):
            return None
        thing, verb = objects[0], owner
    elif owner.pos_ in ("NOUN", "PROPN"):
        thing, verb = owner, clause_verb(owner)
    else:
        return None
    if sum(1 for c in thing.children if c.dep_ == "prep" and c.lower_ == "at") > 1:
        return None
    cut = {"conj", "cc", "appos", "relcl", "acl", "punct", "prep"}
    tokens = [t for t in thing.subtree if not any(c.dep_ in cut and t in c.subtree for c in thing.children)]
    tokens += [t for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    if any(t.pos_ == "PRON" or t.ent_type_ in _FIGURES for t in tokens):
        return None
    words = words_of(tokens)
    words = "the " + words.split(" ", 1)[1] if words.split(" ")[0].lower() in ("a", "an") else words
    past = verb is not None and (verb.tag_ == "VBD" or any(c.lemma_ == "have" for c in verb.children))
    return f"How much {'did' if past else 'will'} {lower_first(words)} cost?", span.text.strip()


def ask_participle_count(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'The campaign, targeting over 20,000 children, is run by …' → How many children does the
    campaign target?: a count in a participle set off after the subject says what the subject does."""
    noun = ent.root.head
    if ent.root.dep_ != "nummod" or noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return None
    participle = noun.head
    subject = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "acl" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if participle.i == 0 or ctx.doc[participle.i - 1].text != ",":
        return None
    cut = {"appos", "acl", "relcl", "punct", "prep", "conj", "cc"}
    tokens = [t for t in subject.subtree if not any(c.dep_ in cut and t in c.subtree for c in subject.children)]
    if tokens[0].lower_ in ("a", "an") or any(t.pos_ == "PRON" or t.ent_type_ in _FIGURES for t in tokens):
        return None  # "a campaign, targeting …": which one, the question could not say
    counted = [t for t in noun.subtree if ent.end <= t.i <= noun.i]
    verb = subject.head
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    do = "did" if past else "do" if subject.tag_ in ("NNS", "NNPS") else "does"
    question = f"How many {words_of(counted)} {do} {lower_first(words_of(tokens))} {participle.lemma_}?"
    return question, ctx.doc[qualified_start(ctx, ent) : ent.end].text.strip()
