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

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from quizgen.facts.body_people import names_a_body
from quizgen.facts.context import FEMALE, MALE, ArticleContext, Person
from quizgen.facts.ctx_memo import once
from quizgen.facts.epithets import CONTRADICTED, FITS, UNKNOWN, epithet, fit
from quizgen.facts.lexicon import DOCUMENT_NOUNS, OCCUPATIONS, PERSON_NOUNS, REPORTING
from quizgen.facts.post_holders import holders_of
from quizgen.facts.post_phrase import subject_of_next_verb
from quizgen.facts.reported import SPEAKING
from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: How many paragraphs back a pronoun may reach for its speaker.
REACH_PARAGRAPHS = 3
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
    return _topic(ctx, pronoun, lambda person: not person.gender or person.gender == gender)


def epithet_speaker(ctx: ArticleContext, token: Token) -> Person | None:
    """The person "the 32-year-old", "the Serbian" or "the three-time champion" that speaks stands
    for: found as for "he", among the people whose age and nationality, where the article gives
    them, fit; None when the article leaves it open, or when the one found cannot be checked but
    another person in reach plainly fits ("the Serbian" after "Serbian Ann Lind" is hers)."""
    memo: dict[int, Person | None] = ctx.__dict__.setdefault("_epithet_speakers", {})
    if token.i in memo:
        return memo[token.i]
    memo[token.i] = None  # an epithet reached again while it is being resolved stays open
    said = epithet(token)
    if said is None or ctx.in_quote(token.idx):
        return None
    if _introduced_unnamed(ctx, token):
        return None
    holders = holders_of(ctx, token)  # "the veteran lawmaker": one the article called so, when it did
    if not holders and token.lemma_.lower() in OCCUPATIONS:
        # "the Arab journalist said": not one the article gave another post ("Secretary of State X")
        holders = {p.name for p in ctx.people.people} - {p for had in ctx.post_holders.values() for p in had}
        holders = holders or {""}
    levels = {id(p): fit(ctx, p, said) if not holders or p.name in holders else CONTRADICTED for p in ctx.people.people}
    person = _topic(ctx, token, lambda p: levels[id(p)] != CONTRADICTED)
    if person is not None and levels[id(person)] == UNKNOWN:
        reach = _paragraph_start(ctx, token.idx, REACH_PARAGRAPHS)
        seen = subject_mentions(ctx)
        near = [p for p in ctx.people.people if (_last_before(seen.get(id(p), []), token.idx) or -1) >= reach]
        if any(levels[id(p)] == FITS for p in near):
            person = None
    memo[token.i] = person
    return person


def _introduced_unnamed(ctx: ArticleContext, token: Token) -> bool:
    """ "One journalist stood up …. '…,' the Arab journalist said": the epithet takes up someone the
    story brought in without a name ("a", "one", "another" journalist), within reach, never a person named."""
    start = ctx.doc.char_span(_paragraph_start(ctx, token.idx, REACH_PARAGRAPHS), token.idx, alignment_mode="expand")
    lemma = token.lemma_.lower()
    for tok in ctx.doc[start.start if start is not None else 0 : token.i]:
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and not ctx.in_quote(tok.idx):
            if any(c.lower_ in ("a", "an", "one", "another") for c in tok.children if c.i < tok.i):
                return True
    return False


def _topic(ctx: ArticleContext, token: Token, fits: Callable[[Person], bool]) -> Person | None:
    """The person a pronoun or epithet at `token` stands for: the last one that `fits` named in the
    story's own voice within reach, unless the sentence names them, someone else spoke since, or
    another fitting person was as much the subject of that sentence."""
    sent = token.sent
    reach = _paragraph_start(ctx, token.idx, REACH_PARAGRAPHS)
    seen = subject_mentions(ctx)
    posts = _post_mentions(ctx, reach, token)
    latest: list[tuple[int, Person]] = []
    for person in ctx.people.people:
        if not fits(person) or names_a_body(person.name, ctx.text):
            continue  # "Dunmore Rovers beat …. ¶ He also said …": a side is no "he"
        last = _last_before(seen.get(id(person), []) + posts.get(person.name, []), token.idx)
        if last is not None and last >= reach:
            latest.append((last, person))
    if not latest:
        return _chained(ctx, token, reach, fits)
    latest.sort(key=lambda pair: pair[0], reverse=True)
    best_at, best = latest[0]
    named_here = any(
        sent.start_char <= at < sent.end_char and at != token.idx and not _says_again(ctx, at, token)
        for at in ctx.mentions_of(best)
    )
    if named_here or _reporter_is_another(ctx, token, best):
        return None  # "He conceded Kuznetsova might …": the name in the clause is not the speaker
    if _someone_else_spoke(ctx, best, best_at, token):
        return None
    where = ctx.doc.char_span(best_at, best_at + 1, alignment_mode="expand")
    if where is not None and _paragraph_start(ctx, best_at, 0) < _paragraph_start(ctx, token.idx, 0):
        if not _was_subject(where[0]) and not _reports(ctx, where[0]):
            # "The council sacked X. ¶ '…,' he said": one acted on, in a paragraph before, is no sure speaker;
            # but "He also wrote to X. ¶ '…,' he said" goes on with that sentence's own "he"
            return _subject_pronoun_person(ctx, where[0], token, fits)
    if where is not None:
        first = where[0].sent
        others = [at for at, _ in latest[1:] if first.start_char <= at < first.end_char]
        if others and not (_speaks(where[0]) and not any(_acts(ctx, at) for at in others)):
            return None  # two fitting people spoke or acted in that sentence
    return best


def _subject_pronoun_person(
    ctx: ArticleContext, acted_on: Token, token: Token, fits: Callable[[Person], bool]
) -> Person | None:
    """'He also complained to Prime Minister X about …. ¶ "…," he wrote': the one named was acted on
    by a "he" that is the subject of their clause; the later pronoun goes on with whom that "he"
    stands for (found the same way), when it is the same word and nobody else spoke since."""
    verb = _name_head(acted_on)
    while verb.dep_ not in ("ROOT",) and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < acted_on.i), None)
    if subject is None or subject.lower_ != token.lower_ or token.lower_ not in MALE | FEMALE:
        return None
    person = _topic(ctx, subject, fits)
    if person is None or _someone_else_spoke(ctx, person, subject.idx, token):
        return None
    return person


def _chained(ctx: ArticleContext, token: Token, reach: int, fits: Callable[[Person], bool]) -> Person | None:
    """'Li said …. ¶ He highlighted …. ¶ He also urged …': nobody fitting named within reach, the
    pronoun goes on with the same pronoun as the subject of an earlier sentence in reach, whom that
    one stands for (found the same way), when nobody else spoke since."""
    if token.lower_ not in MALE | FEMALE:
        return None
    start = ctx.doc.char_span(reach, token.idx, alignment_mode="expand")
    earlier = [
        t
        for t in (ctx.doc[start.start : token.sent.start] if start is not None else ())
        if t.lower_ == token.lower_ and t.dep_ == "nsubj" and not ctx.in_quote(t.idx)
    ]
    if not earlier:
        return None
    person = _topic(ctx, earlier[-1], fits)
    if person is None or _someone_else_spoke(ctx, person, earlier[-1].idx, token):
        return None
    return person


#: Verbs by which a speaker, named again in a relative clause, states a view of what the pronoun said.
_VIEW_AGAIN = SPEAKING | {"agree"}


def _says_again(ctx: ArticleContext, at: int, pronoun: Token) -> bool:
    """'He said the firm would keep its home market, which Lind and analysts agreed would stay
    vital': the mention at `at` is the subject of a relative clause's reporting verb inside the
    clause the pronoun speaks (the writer names the speaker again to say they hold that view too);
    it is no other person talked about, so it does not keep the pronoun from being that speaker."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or pronoun.dep_ != "nsubj" or pronoun.head.lemma_ not in REPORTING:
        return False
    head = _name_head(span[0])
    while head.dep_ == "conj" and head.head != head:
        head = head.head  # "Lind and analysts agreed"
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.lemma_ not in _VIEW_AGAIN:
        return False
    return pronoun.head.i < verb.i and any(t.i == pronoun.head.i for t in verb.ancestors)


def _reporter_is_another(ctx: ArticleContext, token: Token, best: Person) -> bool:
    """'His widow, Savita, said she had waited …': a he/she opening a clause reported by someone the
    story names or describes there is that someone, not the person named before."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING:
        return False
    outer = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if outer is None or outer.pos_ not in ("NOUN", "PROPN"):
        return False
    if outer.pos_ == "NOUN":
        return outer.lemma_.lower() in PERSON_NOUNS and not is_post(outer.text)
    return ctx.resolve_person(outer) not in (best, None) or outer.ent_type_ not in ("PERSON", "")


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


def _was_subject(token: Token) -> bool:
    """Whether the name at `token` is its clause's subject (also set beside or joined to one, or the
    agent of a passive): the one acting, not one acted on or met "with"."""
    head = _name_head(token)
    while head.dep_ in ("appos", "conj", "compound") and head.head != head:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def _reports(ctx: ArticleContext, token: Token) -> bool:
    """Whether the name at `token` is set as a speaker however the parse reads it: "according to X",
    "X, deputy director of Y, said" (a long name's parse is often astray, its order is not); never
    "complained to X about …"."""
    doc, head = token.doc, _name_head(token)
    start, end = head.left_edge.i, head.right_edge.i + 1
    while end < len(doc) and doc[end].text in (",", "\u2013", "-"):
        end += 1
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lemma_ in REPORTING and not ctx.in_quote(after.idx):
        return True
    if head.dep_ == "appos" and head.head.i < head.i:
        start = head.head.left_edge.i  # "according to the captain's brother, Tomas Ribas"
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.lower_ == "to" and start > 1 and doc[start - 2].lower_ == "according"


def _acts(ctx: ArticleContext, at: int) -> bool:
    """Whether the mention at `at` is a subject in its sentence (not one met "with" or "for")."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    return span is None or _name_head(span[0]).dep_ in ("nsubj", "nsubjpass", "appos", "conj")


def _post_mentions(ctx: ArticleContext, reach: int, pronoun: Token) -> dict[str, list[int]]:
    """Name → where, since `reach`, "the <post>" the article gave that person alone reports
    something ("The Opec President said …"): a mention of them in the story's own voice."""
    found: dict[str, list[int]] = {}
    start = ctx.doc.char_span(reach, reach + 1, alignment_mode="expand")
    for tok in _reporting_subjects(ctx, start.start if start is not None else 0, pronoun.i):
        holders = _holders(ctx, tok)
        if len(holders) == 1 and _post_of(ctx, tok, ctx.people.find(next(iter(holders)))):
            found.setdefault(next(iter(holders)), []).append(tok.idx)
        elif not holders and (person := epithet_speaker(ctx, tok)) is not None:
            found.setdefault(person.name, []).append(tok.idx)  # '"…," the Serbian said. "…," he added'
    return found


def _holders(ctx: ArticleContext, token: Token) -> set[str]:
    """`holders_of(ctx, token)`, worked out once per word while the posts stay the same: each pronoun
    asks again of the subjects before it. (The set is shared: not to be changed.)"""
    return once(ctx, "_subject_holders", token.i, lambda: holders_of(ctx, token))


def _someone_else_spoke(ctx: ArticleContext, person: Person, since: int, pronoun: Token) -> bool:
    """Whether a speaker other than `person` ("Okafor said", "a diplomat said") was named
    after `since` and before the pronoun, so that the pronoun may well be theirs."""
    start = ctx.doc.char_span(since, since + 1, alignment_mode="expand")
    if start is None:
        return False
    for tok in _reporting_subjects(ctx, start[-1].i + 1, pronoun.i):
        if tok.pos_ not in ("PROPN", "NOUN") or is_reported_mention(tok):
            continue
        if ctx.resolve_person(tok) is not person and not _post_of(ctx, tok, person):
            if not holders_of(ctx, tok) and epithet_speaker(ctx, tok) is person:
                continue  # "the 32-year-old said" was this person again
            return True
    return False


_SUBJECT_OR_ASIDE = frozenset({"nsubj", "appos"})


def _reporting_subjects(ctx: ArticleContext, start: int, end: int) -> list[Token]:
    """The subjects of a reporting verb in the story's own voice ("Okafor said", "with X, the minister
    said") from token `start` up to `end`, in order: found once per article, as every pronoun and
    epithet looks back over them (a walk over every word back to each would grow with the square
    of a long article)."""
    found: list[int] | None = ctx.__dict__.get("_reporting_subjects")
    if found is None:
        from quizgen.nlp import tokens_where

        found = ctx.__dict__["_reporting_subjects"] = []
        doc = ctx.doc
        for tok in map(doc.__getitem__, tokens_where(doc, "DEP", _SUBJECT_OR_ASIDE.__contains__)):
            aside = tok.dep_ == "appos" and subject_of_next_verb(tok)  # "with X, the minister said"
            verb = doc[tok.right_edge.i + 1] if aside else tok.head
            if (tok.dep_ == "nsubj" or aside) and verb.lemma_ in REPORTING and not ctx.in_quote(tok.idx):
                found.append(tok.i)
    return [ctx.doc[i] for i in found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]]


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
