"""Whom "he said" / "she added" stands for: the person last named in the story's own voice,
never one merely talked about.

News names a speaker ("Lind said …", "the question was put to Lind") and then goes on with a
pronoun. A person named inside what someone is reported to have said ("He conceded Kuznetsova
might have …") is talked about, not talking, so such mentions do not count here. When two
fitting people were last seen in the same sentence, when someone else spoke since, or when the
pronoun's own sentence names the best candidate, the speaker stays unknown: no question beats
a wrong speaker.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.facts.context import FEMALE, MALE, ArticleContext, Person, clean_name
from quizgen.facts.described import described_speaker
from quizgen.facts.lexicon import (
    DOCUMENT_NOUNS,
    REPORTING,
    STATEMENT_NOUNS,
    TITLE_WORDS,
)
from quizgen.facts.people import is_pronoun
from quizgen.facts.post_holders import holders_of
from quizgen.facts.post_phrase import subject_of_next_verb
from quizgen.facts.reported import SPEAKING, joined_by_and
from quizgen.facts.titles import is_post
from quizgen.models import Speaker
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: How many paragraphs back a pronoun may reach for its speaker.
REACH_PARAGRAPHS = 3
#: Entity labels of speakers that are places or bodies, and how a question asks for them.
GROUP_LABELS = {"GPE": "Which country", "ORG": "Which organization", "NORP": "Which group"}
#: Subjects of a reporting verb that are plainly things, not people ("Reports have suggested …").
THING_SUBJECTS = DOCUMENT_NOUNS | {"rumour", "rumor", "news", "data", "figure"}


def is_reported_mention(token: Token) -> bool:
    """Whether the name at `token` sits inside what someone else is reported to have said
    ("Eerdekens said Kuznetsova might have …"): such a person is talked about, not talking.
    A name right before its reporting verb ("…," Ann Lind said) is talking, however it is parsed;
    so is one that what no person said is about ("Reports suggested Lind is hoping …. He said …")."""
    if _names_the_speaker(token):
        return False
    for ancestor in token.ancestors:
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_ in SPEAKING:
            return _said_by_someone(ancestor.head)
    return False


def _said_by_someone(verb: Token) -> bool:
    """Whether a person (a name, a pronoun, "the minister") may be the one who said it: not when the
    subject is plainly a thing ("Reports have suggested …", "The study found …")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return True
    return subject.lemma_.lower() not in THING_SUBJECTS


def _names_the_speaker(token: Token) -> bool:
    """'…," WHO chief Ann Lind said': the name (from `token` on) ends right before a reporting
    verb in the past or present tense; the parser may still hang it under the quote's clause."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is not None and after.lemma_ in REPORTING and after.tag_ in ("VBD", "VBZ", "VBP")


def subject_mentions(ctx: ArticleContext) -> dict[int, list[int]]:
    """Person id → where the article names them in its own voice (character offsets, in order)."""
    if ctx.own_voice_mentions is not None:
        return ctx.own_voice_mentions
    found: dict[int, list[int]] = {}
    for person in ctx.people.people:
        spots = []
        for at in ctx.mentions_of(person):
            if ctx.in_quote(at):
                continue  # '"… [opposition leader Bill] Shorten …," he said': a name quoted is talked about
            span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
            if span is not None and not is_reported_mention(span[0]):
                spots.append(at)
        found[id(person)] = spots
    ctx.own_voice_mentions = found
    return found


def pronoun_speaker(ctx: ArticleContext, pronoun: Token) -> Person | None:
    """The person a he/she that speaks stands for, or None when the article leaves it open."""
    gender = "m" if pronoun.lower_ in MALE else "f" if pronoun.lower_ in FEMALE else None
    if gender is None:
        return None
    sent = pronoun.sent
    reach = _paragraph_start(ctx, pronoun.idx, REACH_PARAGRAPHS)
    seen = subject_mentions(ctx)
    posts = _post_mentions(ctx, reach, pronoun)
    latest: list[tuple[int, Person]] = []
    for person in ctx.people.people:
        if person.gender and person.gender != gender:
            continue
        last = _last_before(seen.get(id(person), []) + posts.get(person.name, []), pronoun.idx)
        if last is not None and last >= reach:
            latest.append((last, person))
    if not latest:
        return None
    latest.sort(key=lambda pair: pair[0], reverse=True)
    best_at, best = latest[0]
    named_here = any(sent.start_char <= at < sent.end_char and at != pronoun.idx for at in ctx.mentions_of(best))
    if named_here:
        return None  # "He conceded Kuznetsova might …": the name in the clause is not the speaker
    if _someone_else_spoke(ctx, best, best_at, pronoun):
        return None
    where = ctx.doc.char_span(best_at, best_at + 1, alignment_mode="expand")
    if where is not None:
        first = where[0].sent
        others = [at for at, _ in latest[1:] if first.start_char <= at < first.end_char]
        if others and not (_speaks(where[0]) and not any(_acts(ctx, at) for at in others)):
            return None  # two fitting people spoke or acted in that sentence
    return best


def _name_head(token: Token) -> Token:
    """The word a name hangs on ("Ann" → "Lind" in "Ann Lind")."""
    while token.dep_ in ("compound", "flat") and token.head != token:
        token = token.head
    return token


def _speaks(token: Token) -> bool:
    """'…, the minister said': the mention is the subject of a reporting verb."""
    head = _name_head(token)
    if head.dep_ == "appos" and subject_of_next_verb(head):  # "with X, the minister said"
        return head.doc[head.right_edge.i + 1].lemma_ in REPORTING
    return head.dep_ == "nsubj" and head.head.lemma_ in REPORTING


def _acts(ctx: ArticleContext, at: int) -> bool:
    """Whether the mention at `at` is a subject in its sentence (not one met "with" or "for")."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    return span is None or _name_head(span[0]).dep_ in ("nsubj", "nsubjpass", "appos", "conj")


def _post_mentions(ctx: ArticleContext, reach: int, pronoun: Token) -> dict[str, list[int]]:
    """Name → where, since `reach`, "the <post>" the article gave that person alone reports
    something ("The Opec President said …"): a mention of them in the story's own voice."""
    found: dict[str, list[int]] = {}
    start = ctx.doc.char_span(reach, reach + 1, alignment_mode="expand")
    for tok in ctx.doc[start.start if start is not None else 0 : pronoun.i]:
        aside = tok.dep_ == "appos" and subject_of_next_verb(tok)  # "with X, the minister said"
        verb = ctx.doc[tok.right_edge.i + 1] if aside else tok.head
        if not (tok.dep_ == "nsubj" or aside) or verb.lemma_ not in REPORTING or ctx.in_quote(tok.idx):
            continue
        holders = holders_of(ctx, tok)
        if len(holders) == 1 and _post_of(ctx, tok, ctx.people.find(next(iter(holders)))):
            found.setdefault(next(iter(holders)), []).append(tok.idx)
    return found


def _someone_else_spoke(ctx: ArticleContext, person: Person, since: int, pronoun: Token) -> bool:
    """Whether a speaker other than `person` ("Okafor said", "a diplomat said") was named
    after `since` and before the pronoun, so that the pronoun may well be theirs."""
    start = ctx.doc.char_span(since, since + 1, alignment_mode="expand")
    if start is None:
        return False
    for tok in ctx.doc[start[-1].i + 1 : pronoun.i]:
        aside = tok.dep_ == "appos" and subject_of_next_verb(tok)  # "with X, the minister said"
        verb = ctx.doc[tok.right_edge.i + 1] if aside else tok.head
        if not (tok.dep_ == "nsubj" or aside) or verb.lemma_ not in REPORTING or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if ctx.in_quote(tok.idx) or is_reported_mention(tok):
            continue
        if ctx.resolve_person(tok) is not person and not _post_of(ctx, tok, person):
            return True
    return False


def _post_of(ctx: ArticleContext, token: Token, person: Person | None) -> bool:
    """'The Opec President said …': a post the article gave to `person` alone, so the one who
    spoke since was that person ("…, he said" after it is still theirs)."""
    if person is None or (token.pos_ != "NOUN" and not is_post(token.text)):
        return False
    if not any(c.lower_ == "the" for c in token.children):
        return False
    return holders_of(ctx, token) == {person.name}


def _last_before(positions: list[int], before: int) -> int | None:
    earlier = [p for p in positions if p < before]  # a name's places and its post's, not in one order
    return max(earlier) if earlier else None


def _paragraph_start(ctx: ArticleContext, at: int, back: int) -> int:
    """The offset where the paragraph `back` paragraphs before the one holding `at` starts."""
    start = at
    for _ in range(back + 1):
        found = ctx.text.rfind("\n\n", 0, start)
        if found < 0:
            return 0
        start = found
    return start


def speaker_of(ctx: ArticleContext, verb: Token) -> Speaker | None:
    """The speaker of a reporting verb, resolved to a person (or a country/organisation)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if not subjects and verb.dep_ == "conj" and joined_by_and(verb):
        # "Lind said …, and added …", "The council imposed fines and said …": one subject for both
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:  # "The Harbour Council notes, …": the parser took the name for the verb's compound
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("compound", "nmod") and c.right_edge.i == verb.i - 1 and c.pos_ == "PROPN"
        ]
    owner = participle_owner(verb)
    if not subjects and owner is not None:
        subjects = [c for c in owner.children if c.dep_ == "nsubj"]  # "X refused, saying: …"
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
    if not subjects:
        return None
    # "NIMR chief executive Ann Ruiz told …" is parsed with two subjects: the name wins.
    subjects.sort(key=lambda t: t.pos_ != "PROPN")
    if subjects[0].ent_type_ == "ORG":  # "Harbour Board (HB) Chairman Ann Lind said", misparsed
        titled = _titled_name_before(ctx, verb)
        if titled is not None:
            return titled
    shared = _shared_title(subjects)
    if shared is not None:
        subjects = [shared]  # "GP and broadcaster Ann Lind said": one person, described twice
    if _joined_names(subjects[0]):
        return None  # "Lind and Abney said …", "GP and broadcaster Ann Lind said": neither alone is the answer
    return who(ctx, subjects[0])


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
        if described.dep_ == "compound" and described.is_lower and described.is_alpha:
            if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and name.dep_ in ("nsubj", "conj"):
                return name
    return None


def _joined_names(subject: Token) -> bool:
    """'Lind and Abney', 'GP (read as a body) and broadcaster Ann Lind': a name joined to another; not
    'the Prime Minister and Foreign Minister', two posts of one person."""
    named = GROUP_LABELS.keys() | {"PERSON"}
    return subject.ent_type_ in named and any(c.dep_ == "conj" and c.ent_type_ in named for c in subject.children)


def _titled_name_before(ctx: ArticleContext, verb: Token) -> Speaker | None:
    """'Harbour Board (HB) Chairman Ann Lind said': the name right before the verb, after a post
    that follows an organisation's name (the parser may take the organisation for the subject)."""
    doc = ctx.doc
    start = verb.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and not ctx.in_quote(doc[start - 1].idx):
        start -= 1
    if start == verb.i or start < 2 or not (is_post(doc[start - 1].text) or doc[start - 1].lower_ in TITLE_WORDS):
        return None
    org = doc[start - 2]
    if org.text == ")" and start >= 4:  # "… Industry (CBI) President …"
        org = doc[start - 3]
    if org.ent_type_ != "ORG":
        return None
    person = ctx.resolve_person(doc[verb.i - 1])
    return person_ref(ctx, person, doc[verb.i - 1]) if person is not None else None


def participle_owner(verb: Token) -> Token | None:
    """The verb whose subject says what a participle reports: 'X refused, saying …', 'X stepped
    up the feud by claiming …', 'X issued a statement saying …' (None when `verb` is no such
    participle)."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "by":
        head = head.head
    elif verb.dep_ == "acl" and head.lemma_.lower() in STATEMENT_NOUNS and head.dep_ in ("dobj", "pobj"):
        head = head.head if head.dep_ == "dobj" else head.head.head  # "… a statement", "in a statement …"
    elif verb.dep_ != "advcl":
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i < verb.i else None


def who(ctx: ArticleContext, token: Token) -> Speaker | None:
    """The speaker `token` names: a person, a described speaker, a document, a country or a body."""
    if ctx.in_quote(token.idx):
        return None
    if is_pronoun(token):
        person = pronoun_speaker(ctx, token)
        return person_ref(ctx, person, token) if person else None
    person = ctx.resolve_person(token)
    if person is not None:
        return person_ref(ctx, person, token)
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    named += [t for t in token.subtree if t.ent_type_ == "PERSON" and _names_the_phrase(t, token) and t not in named]
    if (token.pos_ == "NOUN" or is_post(token.text)) and named:  # "The opposition leader, Mark Reynolds, said …"
        person = ctx.resolve_person(named[0])
        if person is not None:
            return person_ref(ctx, person, named[0])
    if token.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in token.children):
        # "the minister said", "the Opec President said": the one person the article gave that post
        holders = holders_of(ctx, token)
        if len(holders) == 1:
            person = ctx.people.find(next(iter(holders)))
            return person_ref(ctx, person, None) if person else None
    if token.pos_ == "NOUN" and named and named[0].dep_ == "appos" and named[0].ent_type_ in GROUP_LABELS:
        return _group(ctx, named[0])  # "the news agency Tass said …"
    described = described_speaker(ctx, token) or _named_body(ctx, token)  # "a Western diplomat said"
    if described is not None:
        return described
    return _group(ctx, token)


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
    earlier = [s for s in ctx.org_spans if s.end <= token.i and word in s.text.lower().split()]
    if not earlier:
        return None
    return _body(ctx, earlier[-1].text, "Which organization", token)


def _group(ctx: ArticleContext, token: Token) -> Speaker | None:
    """A country, organisation or group speaking ("Japan said …"); "it said" after one."""
    if token.ent_type_ in GROUP_LABELS and token.pos_ == "PROPN":
        ent = ctx.ent_at(token)
        if ent is not None:
            return _body(ctx, ent.text, GROUP_LABELS[ent.label_], token)
    if token.lower_ in ("it",) and token.i > 0:
        prev = _previous_group_speaker(ctx, token)
        if prev:
            return replace(prev, token=None)
    return None


def _body(ctx: ArticleContext, text: str, wh: str, token: Token) -> Speaker:
    """A country or body as a speaker, by the long form of an acronym the article defined."""
    name = clean_name(strip_the(text))
    return Speaker(
        name=ctx.long_form(name),
        aliases=(name,) if ctx.long_form(name) != name else (),
        wh=wh,
        key=name.lower(),
        token=token,
    )


def _previous_group_speaker(ctx: ArticleContext, token: Token) -> Speaker | None:
    """Who "it" is in '"…," it said': the body or document that spoke in the sentence before the
    quote (sentences wholly inside the quote are skipped)."""
    sent = token.sent
    for _ in range(4):
        if sent.start == 0:
            return None
        sent = ctx.doc[sent.start - 1].sent
        if not all(ctx.in_quote(t.idx) for t in sent if t.is_alpha):
            break
    speaking = [t for t in sent if t.dep_ == "nsubj" and t.head.lemma_ in SPEAKING and not ctx.in_quote(t.idx)]
    for tok in speaking:
        if tok.ent_type_ in GROUP_LABELS:
            return who(ctx, tok)
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
