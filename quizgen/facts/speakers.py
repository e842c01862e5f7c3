"""Who spoke: the speaker a reporting verb's subject names — a person by name, title, post or pronoun,
a described speaker, a document, a country or a body — or None when the article leaves it open."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.facts.body_reporting import self_reported_body
from quizgen.facts.collective import collective_speaker, named_police, national_body, they_again
from quizgen.facts.context import ArticleContext, Person, clean_name
from quizgen.facts.ctx_memo import once
from quizgen.facts.described import described_speaker, points_to_unnamed
from quizgen.facts.epithets import epithet
from quizgen.facts.fact_types import Speaker
from quizgen.facts.fronted import STANCE_VERBS
from quizgen.facts.kind_owner import a_bodys_owner
from quizgen.facts.kind_recent import central_kind
from quizgen.facts.kind_speakers import bare_kind, kind_speaker, open_between
from quizgen.facts.lexicon import (
    BODY_KIND_WORDS,
    DOCUMENT_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
)
from quizgen.facts.mentions import firm_named_as_person
from quizgen.facts.org_refs import KIND_NOUNS, headed_by, may_be_called
from quizgen.facts.participle_speakers import participle_owner, quoted_as
from quizgen.facts.people import is_pronoun
from quizgen.facts.post_abbrevs import ends_in_short_post, short_post_holder
from quizgen.facts.post_holders import holders_of
from quizgen.facts.post_phrase import subject_of_next_verb
from quizgen.facts.post_speakers import post_speaker
from quizgen.facts.pronoun_speakers import epithet_speaker, pronoun_speaker
from quizgen.facts.reported import SPEAKING, joined_by_and
from quizgen.facts.titled_names import name_after_post
from quizgen.facts.titles import is_post
from quizgen.facts.trailing_body import trailing_body
from quizgen.facts.went_on import went_on_to
from quizgen.text import strip_the
from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: A company's legal suffix after a comma, which loses its full stop as a speaker's name is cleaned.
_COMMA_SUFFIX = re.compile(r",\s+(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|AG|SA|NV)\.?$")
#: Entity labels of speakers that are places or bodies, and how a question asks for them.
GROUP_LABELS = {"GPE": "Which country", "ORG": "Which organization", "NORP": "Which group"}


def speaker_of(ctx: ArticleContext, verb: Token) -> Speaker | None:
    """The speaker of a reporting verb, resolved to a person (or a country/organisation)."""
    return once(ctx, "_speaker_of", verb.i, lambda: _speaker_of(ctx, verb))  # asked again by `also_stated`


def _speaker_of(ctx: ArticleContext, verb: Token) -> Speaker | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if not subjects and verb.dep_ == "conj" and joined_by_and(verb):
        # "Lind said …, and added …", "The council imposed fines and said …": one subject for both
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    went = went_on_to(verb)
    if not subjects and went is not None:  # "She went on to say that …"
        subjects = [c for c in went.children if c.dep_ == "nsubj"]
    if not subjects:  # "The Harbour Council notes, …": the parser took the name for the verb's compound
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("compound", "nmod") and c.right_edge.i == verb.i - 1 and c.pos_ == "PROPN"
        ]
    owner = participle_owner(verb)
    if not subjects and owner is not None:  # "X refused, saying: …", "X was quoted as saying …"
        subjects = [c for c in owner.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and quoted_as(verb))]
    if not subjects:  # "With X, the Prime Minister said": the parser hung the subject on X as an appositive
        subjects = [t for t in verb.sent if t.dep_ == "appos" and t.i < verb.i and subject_of_next_verb(t)][-1:]
    if not subjects:
        # "…, Hu Li, deputy director of …, said": the name sits before the verb, unattached.
        for tok in reversed(list(ctx.doc[max(verb.sent.start, verb.i - 40) : verb.i])):
            if ctx.in_quote(tok.idx):
                break
            if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and ctx.people.find(tok.text)):
                after = ctx.doc[tok.i + 1].text if tok.i + 1 < len(ctx.doc) else ""
                # "X, deputy director of Y, said"; not "with X, the minister said" (no comma closes an aside)
                if after == verb.text or (after == "," and ctx.doc[verb.i - 1].text == ","):
                    subjects = [tok]
                    break
    body = trailing_body(verb) if not subjects else None
    if body is not None:  # "…, the Press Trust of India (PTI) said.": the name hung on the clause
        subjects = [body]
    if not subjects:
        return None
    # "NIMR chief executive Ann Ruiz told …", "with Crown Relations Minister Ann Ruiz explaining …" are
    # parsed with two subjects: the name wins, a person's over a body's.
    # "[A 2-1 loss] on Monday, the side's coach Tom Berridge said": two subjects after a torn opening word;
    # the one a name stands beside wins.
    subjects.sort(key=lambda t: (t.pos_ != "PROPN", t.ent_type_ != "PERSON", not _named_beside(t)))
    named_last = any(c.dep_ == "appos" and c.i == verb.i - 1 for c in subjects[0].children)
    if subjects[0].ent_type_ == "ORG" or named_last:  # "Harbour Board (HB) Chairman Ann Lind said", misparsed
        titled = _titled_name_before(ctx, verb)
        if titled is not None:
            return titled
    shared = _shared_title(subjects)
    if shared is not None:
        subjects = [shared]  # "GP and broadcaster Ann Lind said": one person, described twice
    if _joined_names(subjects[0]) and named_police(ctx, subjects[0]) is None:
        return None  # "Lind and Abney said …", "GP and broadcaster Ann Lind said": neither alone is the answer
    return _firm_saying_it(ctx, verb, subjects[0]) or who(ctx, subjects[0])


def _firm_saying_it(ctx: ArticleContext, verb: Token, subject: Token) -> Speaker | None:
    """'Dunkel Donuts said it earned …': a firm the tagger took for a person speaks of itself as "it";
    the firm by its full name ("Dunkel Donuts Inc.") when the article gives one and no person has the name."""
    if subject.ent_type_ != "PERSON" or not any(
        c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children) for c in verb.children
    ):
        return None
    name = firm_named_as_person(ctx, subject)
    full = next((o.text for o in ctx.org_spans if name and f" {name} " in f" {o.text} "), None)
    if name is None or full is None:
        return None
    speaker = _body(ctx, full, GROUP_LABELS["ORG"], subject)
    return replace(speaker, aliases=tuple(dict.fromkeys((*speaker.aliases, name))))


def _named_beside(subject: Token) -> bool:
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)


def _shared_title(subjects: list[Token]) -> Token | None:
    """'paper author and palaeobiologist Ann Lind', 'GP and broadcaster Dr Ann Lind': a bare singular
    noun (no article: no one of its own) joined by "and" to a name its own description opens; the
    name's head (however the parser hung the two), or None."""
    for first in subjects:
        doc = first.doc
        if first.tag_ not in ("NN", "NNP") or first.ent_type_ == "PERSON" or first.i + 2 >= len(doc):
            continue
        if any(c.dep_ in ("det", "poss", "nummod") for c in first.children) or doc[first.i + 1].lower_ != "and":
            continue
        described = doc[first.i + 2]  # "broadcaster"
        name = described.head
        # "Chairman and CEO Ann Lind": two posts of hers, both capitalised
        both_posts = is_post(first.text) and is_post(described.text)
        if described.dep_ == "compound" and ((described.is_lower and described.is_alpha) or both_posts):
            if name.ent_type_ == "PERSON" and name.pos_ in ("PROPN", "NOUN") and name.dep_ in ("nsubj", "conj"):
                return name
    return None


def _joined_names(subject: Token) -> bool:
    """'Lind and Abney', 'GP (read as a body) and broadcaster Ann Lind', 'Lind and her counterpart Tom
    Vale': a name joined to another speaker, so the statement is theirs together; not 'the Prime
    Minister and Foreign Minister', two posts of one person."""
    named = GROUP_LABELS.keys() | {"PERSON"}
    return subject.ent_type_ in named and any(
        c.dep_ == "conj" and (c.ent_type_ in named or c.pos_ in ("NOUN", "PROPN")) for c in subject.children
    )


def _titled_name_before(ctx: ArticleContext, verb: Token) -> Speaker | None:
    """'Harbour Board (HB) Chairman Ann Lind said': the name right before the verb, after a post
    that follows an organisation's name (the parser may take the organisation for the subject)."""
    doc = ctx.doc
    start = verb.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and not ctx.in_quote(doc[start - 1].idx):
        start -= 1
    if start == verb.i or start < 2 or not (is_post(doc[start - 1].text) or doc[start - 1].lower_ in TITLE_WORDS):
        return None
    at = start - 2
    while at > start - 4 and at > 0 and doc[at].is_title and not doc[at].ent_type_:
        at -= 1  # "… (BBMP) Chief Commissioner …": a post of two or three words
    org = doc[at]
    if org.text == ")" and at >= 2:  # "… Industry (CBI) President …"
        org = doc[at - 1] if doc[at - 1].ent_type_ == "ORG" or at < 3 or doc[at - 2].text != "(" else doc[at - 3]
    if org.ent_type_ != "ORG":
        return None
    person = ctx.resolve_person(doc[verb.i - 1])
    return person_ref(ctx, person, doc[verb.i - 1]) if person is not None else None


def who(ctx: ArticleContext, token: Token) -> Speaker | None:
    """The speaker `token` names: a person, a described speaker, a document, a country or a body."""
    if ctx.in_quote(token.idx):
        return None
    if is_pronoun(token):
        person = pronoun_speaker(ctx, token)
        return person_ref(ctx, person, token) if person else None
    police = named_police(ctx, token)  # "Kent police said", the place tagged a person
    if police is not None:
        return police
    phrase = ctx.doc[token.left_edge.i : token.i + 1]
    if ends_in_short_post(phrase):  # "the Water CS said": whoever the article named after that post, or nobody
        holder = short_post_holder(phrase)
        person = ctx.resolve_person(holder) if holder is not None else None
        return person_ref(ctx, person, None) if person is not None else None
    person = ctx.resolve_person(token)
    if person is not None:
        return person_ref(ctx, person, token)
    holder = name_after_post(token)  # '"…," said Minister of State for Health Ann Roy'
    person = ctx.resolve_person(holder) if holder is not None else None
    if holder is not None and person is not None:
        return person_ref(ctx, person, holder)
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    named += [t for t in token.subtree if t.ent_type_ == "PERSON" and _names_the_phrase(t, token) and t not in named]
    if (token.pos_ == "NOUN" or is_post(token.text)) and named:  # "The opposition leader, Mark Reynolds, said …"
        person = ctx.resolve_person(named[0])
        if person is not None:
            return person_ref(ctx, person, named[0])
    if bare_kind(token) or central_kind(token):  # "the bank said": the bank its clause opens with, or in reach
        body, open_ = kind_speaker(ctx, token)
        if body is not None or open_:
            return _body(ctx, body.text, GROUP_LABELS["ORG"], token) if body is not None else None
    the = any(c.lower_ == "the" for c in token.children)
    if token.pos_ in ("NOUN", "PROPN") and the and not points_to_unnamed(ctx, token):
        # "the minister said", "the Opec President said": the one person the article gave that post
        holders = holders_of(ctx, token)
        if token.lemma_.lower() in TITLE_WORDS:  # and whose stated age fits "the 45-year-old professor"
            person = post_speaker(ctx, token)
            if person is not None:
                return person_ref(ctx, person, None)
        elif len(holders) == 1:
            person = ctx.people.find(next(iter(holders)))
            return person_ref(ctx, person, None) if person else None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    if indefinite and is_post(token.text):  # "a 45-year-old professor told AFP" before "… said Prof Ann Lind"
        person = post_speaker(ctx, token)
        if person is not None:
            return person_ref(ctx, person, None)
    if epithet(token) is not None:  # "the 32-year-old said", "the Serbian explained": a person, or nobody
        person = epithet_speaker(ctx, token)
        return person_ref(ctx, person, None) if person else None
    if token.pos_ == "NOUN" and named and named[0].dep_ == "appos" and named[0].ent_type_ in GROUP_LABELS:
        if token.lemma_.lower() in PERSON_NOUNS and not a_bodys_owner(token, named[0]):
            return None  # "Mr Sharma's widow, Anjali, said": a person the tagger called a body or a place
        return _group(ctx, named[0])  # "the news agency Tass said …"
    described = described_speaker(ctx, token) or _named_body(ctx, token)  # "a Western diplomat said"
    if described is not None:
        return described
    # "police said", "the US military said", "…, they added" after "meteorologists said"
    return _group(ctx, token) or collective_speaker(token) or national_body(token) or they_again(ctx, token)


def _names_the_phrase(name: Token, head: Token) -> bool:
    """'Opposition leader, Mark Reynolds,': the name is the phrase's person; not in 'the wife of
    Ann Lind' or 'a lawyer for Ann Lind', whose speaker is someone else."""
    node = name
    while node != head and node.head != node:
        if node.dep_ in ("poss", "prep", "pobj", "relcl", "acl", "conj", "agent"):
            return False
        node = node.head
    return node == head


def _named_body(ctx: ArticleContext, token: Token) -> Speaker | None:
    """'the ministry said in a statement': the organisation named last before, whose own name
    holds the noun ("the Ministry of Transport"); None when the article named none."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not any(c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in ("amod", "compound") for c in token.children):
        return None  # "the regional ministry" may be another one
    word = token.lower_
    earlier = [s for s in ctx.org_spans if s.end <= token.i and headed_by(s.text, word)]
    if not earlier:
        return None
    return _body(ctx, earlier[-1].text, "Which organization", token)


def _group(ctx: ArticleContext, token: Token) -> Speaker | None:
    """A country, organisation or group speaking ("Japan said …"); "it said" after one."""
    if token.ent_type_ in GROUP_LABELS and token.pos_ == "PROPN":
        ent = ctx.ent_at(token)
        if ent is not None and not _cut_short(ent) and not _torn_front(ent):
            return _body(ctx, ent.text, GROUP_LABELS[ent.label_], token)
    name = _named_with_its_kind(ctx, token)
    if name is not None:  # "the pilots' union Balpa said", whatever the model took "Balpa" for
        return _body(ctx, name.text, GROUP_LABELS["ORG"], token)
    if token.lower_ in ("it",) and token.i > 0:
        prev = _previous_group_speaker(ctx, token)
        if prev:
            return replace(prev, token=None)
    if _kind_of_body(token):  # "The Holm Statistics Office reported …. '…,' the federal agency said"
        prev = _previous_group_speaker(ctx, token, alone=True)
        if prev and prev.wh == GROUP_LABELS["ORG"] and not _other_kind(ctx, prev.name, token):
            callable_ = may_be_called(prev.name, token) and not open_between(ctx, prev.name, token)
            return replace(prev, token=None) if callable_ else None
    body = self_reported_body(ctx, token)  # "Orvik Ferries posted …, the ferry company reported"
    return _body(ctx, body.text, GROUP_LABELS["ORG"], token) if body is not None else None


def _other_kind(ctx: ArticleContext, name: str, kind: Token) -> bool:
    """ "The Harbour Bank Workers Union …. The bank said": the kind word names a body of its own, one
    the earlier speaker's name holds only as a qualifier, or one the article names apart."""
    word = kind.lemma_.lower()
    if word in name.lower().split() and not headed_by(name, word):
        return True
    return any(headed_by(s.text, word) and strip_the(s.text) != name for s in ctx.org_spans if s.end <= kind.i)


def _named_with_its_kind(ctx: ArticleContext, token: Token) -> Token | None:
    """'the pilots' union Balpa', 'the charity Oxlan': the one-word name that a noun right before it
    says is a body's (the model may take it for a person's), however the parser hung the two."""
    kinds = KIND_NOUNS | BODY_KIND_WORDS
    if token.pos_ == "NOUN" and token.lemma_ in kinds and token.i + 1 < len(token.doc):
        name, kind = token.doc[token.i + 1], token  # "union" the subject, "Balpa" its apposition
        if name.head != kind or name.dep_ != "appos":
            return None
    elif token.pos_ == "PROPN" and token.i > 0:
        name, kind = token, token.doc[token.i - 1]  # "Balpa" the subject, "union" its compound
        if kind.head != name or kind.dep_ != "compound" or kind.lemma_ not in kinds:
            return None
    else:
        return None
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "") or ctx.people.find(name.text) is not None:
        return None
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return None if after is not None and after.pos_ == "PROPN" else name  # one word: not "union Harbour Workers"


def _kind_of_body(token: Token) -> bool:
    """'the company', 'the federal agency': a body's kind after "the", with no word but a plain
    adjective that could make it another body ("the regional council" may be)."""
    if token.tag_ != "NN" or token.lemma_.lower() not in KIND_NOUNS:
        return False
    before = [c for c in token.children if c.i < token.i]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in before) and all(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_lower) for c in before
    )


def _cut_short(ent: Span) -> bool:
    """'The charity Breast Cancer Now estimates …': a name the model ended before a capitalised word
    that goes on with it (no verb, no date), so its answer would be wrong."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None or not (after.is_title and after.is_alpha) or after.pos_ in ("VERB", "AUX"):
        return False
    return not after.ent_type_ and after.lower_ not in WEEKDAYS


def _torn_front(ent: Span) -> bool:
    """'The Tehreek-e-Taliban Pakistan (TTP) claimed …' read as "Pakistan": a name the model began
    after a capitalised word, or a hyphen, that the parser hangs on it; the country would be a wrong answer."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if before is None or before.is_sent_start or is_post(before.text):
        return False
    hyphened = before.text in ("-", "\u2013") and not before.whitespace_
    return hyphened or (before.pos_ == "PROPN" and before.is_title and before.head.i in range(ent.start, ent.end))


def _body(ctx: ArticleContext, text: str, wh: str, token: Token) -> Speaker:
    """A country or body as a speaker, by the long form of an acronym the article defined."""
    name = _COMMA_SUFFIX.sub("", clean_name(strip_the(text)))  # "Kellerman Therapeutics, Inc." has lost its dot
    return Speaker(
        name=ctx.long_form(name),
        aliases=(name,) if ctx.long_form(name) != name else (),
        wh=wh,
        key=name.lower(),
        token=token,
    )


def _previous_group_speaker(ctx: ArticleContext, token: Token, alone: bool = False) -> Speaker | None:
    """Who "it" is in '"…," it said': the body or document that spoke in the sentence before the
    quote (sentences wholly inside the quote are skipped); with `alone`, only when nobody else
    spoke there ("the company said" after two companies spoke is either)."""
    sent = token.sent
    for _ in range(4):
        if sent.start == 0:
            return None
        sent = ctx.doc[sent.start - 1].sent
        if not all(ctx.in_quote(t.idx) for t in sent if t.is_alpha):
            break
    verbs = SPEAKING if alone else SPEAKING | STANCE_VERBS  # "… has objected to the height. It says …"
    speaking = [t for t in sent if t.dep_ == "nsubj" and t.head.lemma_ in verbs and not ctx.in_quote(t.idx)]
    if alone and len(speaking) != 1:
        return None
    for tok in speaking:
        if tok.ent_type_ in GROUP_LABELS:
            return who(ctx, tok)
    # "The court said …. It added that …": the body "the court" was found to be, when it spoke alone there
    one = speaking[0] if len(speaking) == 1 else None
    if one is not None and one.pos_ == "NOUN" and any(c.lower_ == "the" for c in one.children):
        found = who(ctx, one)
        if found is not None and found.wh == GROUP_LABELS["ORG"]:
            return found
    documents = [t for t in speaking if t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS]
    if len(documents) == 1:  # "… the report suggests …. '…,' it said."
        return described_speaker(ctx, documents[0])
    return None


def person_ref(ctx: ArticleContext, person: Person, token: Token | None) -> Speaker:
    """A named person as a speaker: full name, the aliases the article uses, where named."""
    return Speaker(
        name=person.name,
        aliases=tuple(ctx.aliases(person)),
        wh="Who",
        key=person.name.lower(),
        token=token if token is not None and not is_pronoun(token) else None,
        mention=token,
    )
