"""Who holds which post at which institution.

Three shapes carry almost all of it in news (Heilman & Smith's appositive statements): appositives ("X,
president of Y"; "X, a researcher at Y and academician of Z"), titles before names ("President X", "Welsh
Health Minister X"), and relative clauses ("X, who is also general secretary of Y"). spaCy's appositive arc
is weak, so each candidate is checked: a person the article names holds it, a title word heads the post.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from quizgen.facts.beats import split_beat
from quizgen.facts.context import ArticleContext, Person
from quizgen.facts.counterparts import with_counterparts
from quizgen.facts.deceased import has_died
from quizgen.facts.fact_types import Fact, RoleFact, role_key
from quizgen.facts.given_names import rank_apart, title_is_given_name
from quizgen.facts.honorifics import is_honorific
from quizgen.facts.hyphen_names import hyphen_tail, is_hyphen_tail
from quizgen.facts.lexicon import RELATION_NOUNS, SPEAK_FOR_VERBS
from quizgen.facts.name_lists import between_titled_names, listed_names, listed_post, listed_title, title_of_list
from quizgen.facts.people import capital_post, in_field, person_span, registered_start
from quizgen.facts.places import US_STATES, is_country
from quizgen.facts.post_abbrevs import short_title
from quizgen.facts.post_owner import bare_post, org_forms, owner_nearby
from quizgen.facts.post_phrase import (
    AHEAD,
    FORMER,
    ONE_OF_MANY,
    Mark,
    Post,
    conjuncts,
    dash_tail,
    post_marks,
    post_phrase,
    post_tokens,
    subject_of_next_verb,
)
from quizgen.facts.post_words import PLAYING_POSITIONS
from quizgen.facts.role_as import as_post, left_posts, removed
from quizgen.facts.role_copula import copula_posts
from quizgen.facts.role_links import display, is_shared, link_roles, qualified
from quizgen.facts.role_text import (
    left_behind,
    named_body,
    one_post,
    opens_post,
    owned_body,
    plain_post,
    school,
    tie_to_another,
    titled_in_a_past_year,
    too_long,
    untorn,
)
from quizgen.facts.role_verbs import verb_roles
from quizgen.facts.seat_places import seat_body
from quizgen.facts.titles import POST_HEADS, is_post, org_after_name, owner_before_name, read_title, title_before
from quizgen.facts.whose_body import title_owner
from quizgen.facts.wire_titles import expand_titles

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


class Roles(NamedTuple):
    """The role pass's result: its facts, and who holds each post word ("minister" → the people),
    which lets the quote pass resolve "the minister said"."""

    facts: list[Fact]
    post_holders: dict[str, set[str]]


def extract_roles(ctx: ArticleContext) -> Roles:
    found: dict[str, RoleFact] = {}
    from quizgen.nlp import tokens_where

    names = tokens_where(ctx.doc, "POS", "PROPN".__eq__)  # `_holder` takes proper nouns only: no Token for the rest
    for sent in ctx.doc.sents:
        for token in map(ctx.doc.__getitem__, names[bisect_left(names, sent.start) : bisect_left(names, sent.end)]):
            if (tail := hyphen_tail(token)).pos_ != "PROPN":
                token = tail  # "Min-[seo]": the name's last piece, tagged a noun, is never visited itself
            person = _holder(ctx, token)
            if person is None:
                continue
            for role_tokens, org, org_prep in _posts(ctx, token):
                fact = _make(ctx, person, role_tokens, org, org_prep, sent)
                if fact is not None and fact.key not in found:
                    found[fact.key] = fact
            body = _speaks_for(ctx, token)
            if body is not None:
                fact = _make(ctx, person, [], body.text, "for", sent)
                if fact is not None and fact.key not in found:
                    found[fact.key] = fact
    holders: dict[str, set[str]] = {}
    for fact in found.values():
        if fact.head:
            holders.setdefault(fact.head, set()).add(fact.person)
            holders.setdefault(fact.role.lower(), set()).add(fact.person)  # "the Finance Minister said"
    return Roles(list(link_roles(with_counterparts(ctx, [*found.values(), *verb_roles(ctx, found)]))), holders)


def _holder(ctx: ArticleContext, token: Token) -> Person | None:
    if (token.pos_ != "PROPN" and not is_hyphen_tail(token)) or ctx.in_quote(token.idx):
        return None
    if (
        token.i + 1 < len(ctx.doc)
        and ctx.doc[token.i + 1].pos_ == "PROPN"
        and ctx.doc[token.i + 1].dep_ in ("compound", "flat")
    ):
        return None  # not the last word of the name
    if not token.whitespace_ and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].text == "-":
        return None  # "Beaumont" of "Beaumont-Dark"
    person = ctx.resolve_person(token)
    return None if person is None or is_country(person.name) else person  # "Ruritania, a member of …"


def _posts(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """Every post the article attaches to a name token, in each of the shapes news uses."""
    titles, org, prep = rank_apart(read_title(ctx, _name_start(ctx, name), name))
    if not titles:  # "the Greens senators A and [B]": the plural title before the list is each one's
        titles, org, prep = title_of_list(
            name, lambda t: _holder(ctx, t) is not None, lambda t: read_title(ctx, _name_start(ctx, t), t)
        ) or (short_title(ctx, _name_start(ctx, name), name), org, prep)  # "Lands CS X"
    after = seat_body(ctx, name, titles, org_after_name(ctx, name, bool(titles)))  # "Governor X of Indiana"
    if titles and after and after[1] == "at" and named_body(titles[0]):
        after = None  # "Harwick President X at the Newseum": the title names the body; "at" is where X was
    found = [*_appositive_posts(ctx, name), *_bare_post_after(ctx, name), *_post_before_name(ctx, name)]
    found = [*found, *_relative_clause_posts(ctx, name), *as_post(ctx, name), *copula_posts(ctx, name)]
    found = left_posts(name, found)  # "Its leader, X, stepped down": then a former post
    if titles and not title_is_given_name(titles, bool(found)):
        org, prep = (after[0].text, after[1]) if after and org is None else (org, prep)
        yield [FORMER, *titles] if removed(name) else titles, org, prep  # "sacked Finance Minister X": former
        if first := listed_title(ctx, titles):
            yield first, None, "of"  # "Prime Minister and Minister for Trade X": both posts
    yield from found
    if not titles and not found:
        owner = owner_before_name(ctx, _name_start(ctx, name))
        if after or owner is not None:  # "Ann Ruiz of the Nordic Trade Council said": no post, a body
            org = after[0].text if after else owner.text if owner is not None else None
            yield [], org, (after[1] if after else "with")


def _appositive_posts(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """ "X, a researcher at Y and academician of Z"; one post each after a list of names."""
    names = listed_names(name, lambda t: _holder(ctx, t) is not None)
    if len(names) > 1:
        head = listed_post(name, names, _is_post)
        post = post_phrase(ctx, head) if head is not None else None
        if post:
            yield post
        return
    for child in name.children:
        if child.dep_ == "appos" and child.i > name.i and not subject_of_next_verb(child):
            # conjoined posts, also when the parser hangs them off the first post's organisation
            extra = [t for t in child.subtree if t.dep_ == "conj" and _is_post(t.text) and t != child]
            for head in dict.fromkeys([child, *conjuncts(child), *extra]):
                if _titles_another(ctx, name, head) or between_titled_names(ctx, _name_start(ctx, name), name, head):
                    continue  # "Ann Ruiz and Finance Minister Paul Marsh": Marsh's post, not Ruiz's
                if _hyphen_prefix(head, after=True):
                    continue  # "[Vice]-President": the tokenizer's split, read with the word after it
                post = post_phrase(ctx, head)
                if post:
                    prefix = _hyphen_prefix(head, after=False)
                    yield ([*prefix, *post[0]], *post[1:]) if prefix else post


def _hyphen_prefix(head: Token, *, after: bool) -> list[Token]:
    """ "Vice-President", split by the tokenizer into three appositives: with `after`, the hyphen
    that follows a prefix ("Vice"); else the prefix and hyphen before a head ("President")."""
    doc = head.doc
    if after:
        nxt = doc[head.i + 1] if head.i + 2 < len(doc) else None
        return [nxt] if nxt is not None and nxt.text == "-" and not head.whitespace_ and not nxt.whitespace_ else []
    if head.i < 2 or doc[head.i - 1].text != "-" or doc[head.i - 1].whitespace_ or doc[head.i - 2].whitespace_:
        return []
    return [doc[head.i - 2], doc[head.i - 1]] if doc[head.i - 2].dep_ == head.dep_ else []


def _bracketed(tok: Token) -> bool:
    """A short form in brackets ("(HB)"), no part of a post."""
    return 0 < tok.i < len(tok.doc) - 1 and tok.doc[tok.i - 1].text == "(" and tok.doc[tok.i + 1].text == ")"


def _name_start(ctx: ArticleContext, name: Token) -> Token:
    """The first word of the name ending at `name`, across hyphens the parser splits ("Jean-Claude")."""
    first = person_span(name)[0]
    ent = ctx.ent_at(name)
    if ent is not None and ent.label_ == "PERSON" and first.i < ent.start <= name.i and in_field(first):
        first = ctx.doc[ent.start]  # "Director of Human Spaceflight [David Miller]": the field is no name
    if ent is not None and ent.label_ == "PERSON" and ent.start < first.i:
        first = ctx.doc[ent.start]
        while first.i < name.i and (is_post(first.text) or is_honorific(first)):
            first = ctx.doc[first.i + 1]  # NER took the title in: "[Treasurer Jim Chalmers]"
    first = first if ent is not None else registered_start(ctx, name, first)  # "for Transport [Lim Wei Ming]"
    while first.i > 1 and ctx.doc[first.i - 1].text == "-" and ctx.doc[first.i - 2].text.istitle():
        first = ctx.doc[first.i - 2]
    titled = [t.i for t in ctx.doc[first.i : name.i] if capital_post(t)]
    return ctx.doc[titled[-1] + 1] if titled else first  # "[Fine Gael TD] John Lahan": the title ends before


def _titles_another(ctx: ArticleContext, name: Token, head: Token) -> bool:
    """Is this post the title of another person named right after it?"""
    for tok in ctx.doc[head.i + 1 : min(head.i + 20, len(ctx.doc))]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", "!", "?") or "\n" in tok.text:
            return False
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            other = ctx.resolve_person(tok)
            if other is not None and other is not ctx.resolve_person(name):
                return head in title_before(ctx, _name_start(ctx, tok))
    return False


def _bare_post_after(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """ "Ann Ruiz, Green Party housing spokeswoman said", "Ann Ruiz – NTC commissioner for trade – said":
    a post after the comma or dash, unparsed."""
    doc = ctx.doc
    if (
        name.i + 2 >= len(doc)
        or doc[name.i + 1].text not in (",", "\u2013", "\u2014", "--")
        or any(c.dep_ == "appos" and _is_post(c.text) for c in name.children)
    ):
        return
    run: list[Token] = []
    for tok in doc[name.i + 2 : name.i + 9]:
        stop = tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON") or tok.is_punct or (not run and tok.pos_ == "CCONJ")
        if stop and not (not run and opens_post(tok)):
            break  # ", and others"; ", as the teacher talked": a clause, no post
        run.append(tok)
    if run and _is_post(run[-1].text) and run[0].lower_ not in ("a", "an", "the"):
        lead = [t for t in run if t.pos_ == "PROPN" and t.i < run[-1].i]
        if any(t.pos_ == "CCONJ" or t.ent_type_ == "PERSON" for t in run[len(lead) : len(lead) + 1] + lead):
            return  # "Vale, Treasury Secretary Ann Lind and other officials": a list of people, no post
        if lead and lead[0] == run[0] and len(lead) < len(run) - (doc[name.i + 1].text == ","):
            yield [*run[len(lead) :], *dash_tail(run[-1])], " ".join(t.text for t in lead), "for"
        elif not lead:
            # "Tom Vale, site engineer at the Water Board": the body after the post
            after = org_after_name(ctx, run[-1], False)
            yield run, (after[0].text if after else None), (after[1] if after else None)


def _post_before_name(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """ "The council's leader, Mark Reynolds, …": the name is the post's appositive."""
    if not (name.dep_ == "appos" and name.head.i < name.i and _is_post(name.head.text)):
        return
    title = name.head
    if title.dep_ == "appos" and title.head.i < title.i and _holder(ctx, title.head) is not None:
        return  # "Ann Ruiz, director of X, Tom Vale, …": the post is Ruiz's, set off before the next name
    if any(c.dep_ == "appos" and title.i < c.i < name.i and _holder(ctx, c) is not None for c in title.children):
        return  # "The Minister of X, A, and the Foreign Minister of Y, B": the parse gives B the first post
    post = post_phrase(ctx, name.head)
    if post:
        role, org, org_prep = post
        of = org is not None or any(t.lower_ == "of" for t in post_tokens(role))
        org, org_prep = (
            (org, org_prep) if of or not (by := title_owner(ctx, name.head, post_tokens(role))) else (by, "of")
        )
        words = [
            t
            for t in post_tokens(role)
            if not (name.left_edge.i <= t.i <= name.right_edge.i)
            and not (t.dep_ in ("poss", "case") and t.head == name.head or t.lower_ == "whose")
            and not (t.dep_ == "case" and t.head.dep_ == "poss")
        ]
        yield [*words, *post_marks(role)], org, org_prep


def _relative_clause_posts(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """ "X, who is also the treasurer of Y"; "X, who was mayor of Y until 2021" is a post left behind
    (news says "who is" of a post held now), never asked as held in the article's year."""
    for child in name.children:
        if child.dep_ == "relcl" and child.lemma_ == "be":
            past = child.tag_ == "VBD"
            for attr in child.children:
                if attr.dep_ == "attr":
                    for head in [attr, *conjuncts(attr)]:
                        post = post_phrase(ctx, head)
                        if post:
                            yield ([*post[0], FORMER], post[1], post[2]) if past else post


def _speaks_for(ctx: ArticleContext, name: Token) -> Span | None:
    """'For the Scottish Greens, Maria Okafor called …': the body a speaker speaks for."""
    sent = name.sent
    first = sent[0]
    if first.lower_ != "for" or name.dep_ != "nsubj" or name.head.lemma_ not in SPEAK_FOR_VERBS:
        return None
    comma = next((t for t in sent if t.text == ","), None)
    if (
        comma is None
        or comma.i >= name.i
        or any(
            not t.is_punct and t.pos_ not in ("PROPN", "DET") and not t.text[:1].isupper()
            for t in sent[1 : comma.i - sent.start]
        )
    ):
        return None
    start = sent.start + 1 + (sent[1].lower_ == "the")
    return ctx.doc[start : comma.i] if comma.i - start >= 1 else None


_is_post = is_post
#: Words that say when a post is held, never part of its name: "Former Finance Minister" → "former …".
#: Words that rank a post's holder among its others, never part of a name ("Lead author", "Senior analyst").
RANK_WORDS = {"lead", "senior", "junior", "principal", "assistant", "associate", "co-lead"}
TENURE_WORDS = {"former", "outgoing", "incoming", "acting", "interim", "ex", "retired", "late", "then"}


def _sentence_case(ctx: ArticleContext, role_tokens: list[Token]) -> str:
    """The post's words as they read inside a sentence: "Health analyst Tom Vale" and "Outgoing Harwick
    chairman X" had their capital only because the sentence started there."""
    first = role_tokens[0] if role_tokens else None
    ordered = sorted(role_tokens, key=lambda t: t.i)
    gaps = [b.i > a.i + 1 for a, b in zip(ordered, ordered[1:], strict=False)] + [False] * bool(ordered)
    role = "".join(t.text + (" " if gap else t.whitespace_) for t, gap in zip(ordered, gaps, strict=True)).strip()
    title_case = all(w.lstrip("(")[:1].isupper() for w in role.split() if w.lower() not in ("of", "for", "and", "the"))
    if (
        first is not None
        and first.is_sent_start
        and (not title_case or first.lower_ in TENURE_WORDS or first.lower_ in PLAYING_POSITIONS)
        and (
            first.lower_ in TENURE_WORDS
            or first.lower_ in POST_HEADS
            or (first.pos_ in ("NOUN", "ADJ") and not first.ent_type_ and f" {first.lower_} " in ctx.text)
            or (first.lower_ in RANK_WORDS and not title_case)  # "Lead author Mei Tanaka"
        )
    ):
        role = role[:1].lower() + role[1:]
    return role


def _held_before(ctx: ArticleContext, person: Person, post_words: Sequence[Token | Mark]) -> bool:
    """A post left behind ("resigned as", told in the past, or its holder has died); never one to come."""
    if AHEAD in post_words:
        return False
    return FORMER in post_words or left_behind(ctx.doc, post_tokens(post_words)) or has_died(ctx, person)


def _make(
    ctx: ArticleContext,
    person: Person,
    post_words: Sequence[Token | Mark],
    org: str | None,
    org_prep: str | None,
    sent: Span,
) -> RoleFact | None:
    shared, ahead, former = ONE_OF_MANY in post_words, AHEAD in post_words, _held_before(ctx, person, post_words)
    role_tokens = [t for t in post_tokens(post_words) if not _bracketed(t)]  # "Harbor Board (HB) chairman"
    if len(role_tokens) > 1 and role_tokens[0].lower_ in RELATION_NOUNS:
        role_tokens, org = role_tokens[1:], None  # "Trump's rival Ohio Gov. X": a tie, then the post
    role = re.sub(r"^(a|an|the|its|their)\s+", "", expand_titles(_sentence_case(ctx, role_tokens)), flags=re.I)
    role, then = re.subn(r"^(?:then[\s-]+|(?:formerly|previously|earlier)\s+)", "", role)  # "the then", "earlier the"
    role, org = plain_post(role, org, org_prep)  # "former sitting senator", "Inspector General" at "Police"
    if (former or then) and role and not role.lower().startswith(("former", "ex-")):
        role = f"former {role}"  # "X retired as Fed chairman"
    if (not role and not org) or tie_to_another(role_tokens):
        return None  # "his former new-ball partner, X": whose partner, not a post
    if not (former or then) and titled_in_a_past_year(role_tokens, ctx.published.year if ctx.published else None):
        return None  # "In 1997, President Bill Clinton named her …": held then, maybe not now
    text = ctx.text[sent.start_char : sent.end_char]  # = sent.text, without a Token per word
    role, org = split_beat(untorn(role, text, org), org, ctx.place_names)  # "BBC Asia correspondent"
    if (mended := owned_body(role, org, text)) is None:
        return None  # "Party secretary X": which party, the name tore off
    role, org = mended
    role = one_post(role)  # "Tom Vale, analysts with …", "Cabinet Secretaries A and B": one person, one post
    if too_long(role) or (role.split()[-1:] == ["student"] and not school(org)):
        return None  # "18-year-old student X", "Oslo student X": who someone is, not a post held at a body
    if org is None and role_tokens and bare_post(role):  # "president X said": of the company the sentence is about
        org = owner_nearby(ctx, sent, min(role_tokens, key=lambda t: t.i))
        org_prep = "of"
    org_short, org_long, aliases = org_forms(ctx, org)
    head = role.split()[-1].lower() if role else ""
    for word in role.lower().split():
        if _is_post(word):
            head = word.rstrip(".")
    if org_long and role.lower().startswith(org_long.lower()):
        role = role[len(org_long) :].strip()
    key = role_key(person.name, role, org_long)
    span_at, person_aliases = text.find(role), ctx.aliases(person)
    return RoleFact(
        key=key,
        sentence=text.strip(),
        answer_span=(span_at, span_at + len(role)) if span_at >= 0 else None,
        person=person.name,
        person_aliases=tuple(person_aliases),
        role=role,
        role_display=display(ctx, role_tokens),
        org=org_long,
        org_aliases=tuple(aliases),
        org_prep=org_prep or "of",
        head=head,
        shared=shared or is_shared(head),
        org_is_place=org_short in ctx.place_names or org_short in US_STATES,
        qualified=qualified(role, role_tokens),
        ahead=ahead,
    )
