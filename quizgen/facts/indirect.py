"""Reported speech: 'X said (that) …', '…, X said', 'X called for …', 'according to X', and a
document stating something in a relative clause ('the report, which says …')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_text
from quizgen.facts.attributed import according, according_to, relayed, views
from quizgen.facts.clause_cuts import before_second_clause, verb_split_off
from quizgen.facts.context import FEMALE, MALE, ArticleContext
from quizgen.facts.fact_types import Fact, QuoteFact, Speaker
from quizgen.facts.lexicon import CLAUSE_ONLY, DISPUTING
from quizgen.facts.participle_speakers import participle_owner, quoted_as
from quizgen.facts.predicates import predicate, said_word, told_to
from quizgen.facts.reported import (
    SPEAKING,
    clause_end,
    clause_of_setting,
    clause_words,
    has_a_verb,
    left_edge_skip_mark,
    subject_taken_as_object,
    trim_clause,
)
from quizgen.facts.said_aside import said_aside
from quizgen.facts.speakers import speaker_of
from quizgen.facts.split_clauses import aside_split, subjectless, verbless, whole_clause
from quizgen.facts.statement import quote_fact
from quizgen.facts.told_by import relays_another, told_by_another
from quizgen.facts.trailing_body import trailing_comma
from quizgen.facts.verb_forms import they_clause
from quizgen.facts.went_on import went_on_to
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


#: Verbs whose subject states something: speaking, and "blame" ("Analysts blamed the fall on …"), a view
#: stated without a clause, which the other extractors do not take as speech.
STATING = SPEAKING | {"blame", "attribute", "reaffirm"}
#: Of those, the ones that state a view with an object, asked as they read ("Who attributed the fall to …?").
VIEW_STATING = {"attribute", "reaffirm"}


def reported(ctx: ArticleContext, sent: Span) -> QuoteFact | None:
    """The statement a sentence reports without quoting it, or None."""
    if ctx.quotes_in(sent) and all(ctx.in_quote(t.idx) for t in sent if t.is_alpha):
        return None
    # "according to X": only a sentence with that word is looked at token by token
    has_according = "according" in ctx.text[sent.start_char : sent.end_char].lower()
    for token in sent if has_according else ():
        speaker = according_to(ctx, sent, token)
        if speaker is not None and relayed(ctx, sent, token):
            break  # "The bank said …, according to the state news agency": the bank's words, passed on
        found = according(ctx, sent, token, speaker) if speaker is not None else None
        if found:
            return found
    view = views(ctx, sent)  # "Ruiz's view is that …"
    if view is not None:
        return view
    for verb in ctx.tokens_with("LEMMA", STATING, sent):  # `_reporting` takes these only
        if not _reporting(ctx, verb):
            continue
        speaker = speaker_of(ctx, verb)
        if speaker is None or told_by_another(ctx, verb, speaker) or relays_another(verb):
            continue
        found = _reported_by(ctx, sent, verb, speaker)
        if found is not None:
            return found
    return None


def _reporting(ctx: ArticleContext, verb: Token) -> bool:
    """Whether `verb` reports a statement in the story's own voice: a reporting verb outside quotes,
    not a participle or a clause modifying something, not itself inside what someone said."""
    if verb.lemma_ not in STATING or verb.pos_ != "VERB" or ctx.in_quote(verb.idx):
        return False
    if verb.dep_ == "advcl" and _conceding(verb):
        return True  # "While Lind said that …, the board …": what she said is hers
    if quoted_as(verb) or went_on_to(verb) is not None:
        return True  # "X was quoted as saying that …", "X went on to say that …"
    if verb.lemma_ in VIEW_STATING and any(a.lemma_ in SPEAKING for a in verb.ancestors):
        return False  # "Lind reaffirmed the target, the company said": the company's report of her
    if verb.tag_ in ("VBG",) or verb.dep_ in ("amod", "acl", "relcl", "advcl", "xcomp", "pcomp") or participle(verb):
        return False  # "pcomp": "a report into how Mounties responded to …" is no statement of theirs
    # "An observer said he believed …": the view is the observer's, not "he"'s
    return not (verb.dep_ == "ccomp" and verb.head.lemma_ in SPEAKING and verb.head.i < verb.i)


def _conceding(verb: Token) -> bool:
    """'While Lind said …', 'Although Lind said …': a reporting verb in a conceding clause, in the past
    tense, with a subject of its own and a clause it reports."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    parts = {c.dep_ for c in verb.children}
    conceding = bool(marks & {"while", "although", "though", "whereas"})
    return conceding and verb.tag_ == "VBD" and {"nsubj", "ccomp"} <= parts


def participle(verb: Token) -> bool:
    """'Regan, expected to resign, …': a participle describing someone, not a statement (the
    parser may call it a past tense; then the name and the comma right before it tell)."""
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True
    doc = verb.doc
    return (
        verb.i >= 2 and doc[verb.i - 1].text == "," and doc[verb.i - 2].dep_ == "nsubj" and doc[verb.i - 2].head == verb
    )


def _reported_by(ctx: ArticleContext, sent: Span, verb: Token, speaker: Speaker) -> QuoteFact | None:
    """What `speaker` states with the reporting verb `verb`, in whichever shape the sentence has."""
    ccomp = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and has_a_verb(c)]
    ccomp = ccomp or clause_of_setting(verb)
    aside = said_aside(ctx, sent, verb, speaker) if not ccomp else None  # "The pier, he said, will …"
    if aside is not None:
        return aside
    if ccomp:
        return clause_after(ctx, sent, verb, ccomp[0], speaker)
    found = _clause_before(ctx, sent, verb, speaker)
    if found is not None:
        return found
    complements = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in ("dobj", "xcomp", "prep", "oprd")
        and not (c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during"))
    ]
    if not complements:
        inverted = _inverted(ctx, sent, verb, speaker)
        if inverted is not None:
            return inverted
    if verb.lemma_ in CLAUSE_ONLY and not told_to(verb):
        reported_clause = _object_clause(ctx, verb, sent)
        if reported_clause is None:
            return None
        content = clause_words(ctx, reported_clause, speaker)
        if content is None:
            return None
        said = f"said that {trim_clause(content)}"
        return quote_fact(ctx, sent, speaker, reported_clause.text.strip(), said, direct=False)
    if verb.lemma_ == "call" and not any(
        c.dep_ in ("oprd", "xcomp", "ccomp") or c.lower_ in ("for", "on") for c in verb.children
    ):
        return None  # "the union will call a strike" is an act, not a statement
    action = predicate(ctx, verb, sent)  # "X called for …", "X proposed …"
    if action is None:
        return None
    return quote_fact(ctx, sent, speaker, action, action, direct=False)


def also_stated(ctx: ArticleContext, sent: Span, found: QuoteFact | None) -> list[Fact]:
    """A second statement in a sentence: 'X called it "overdone" but warned that …', '…, the
    agency said, pointing out that …', 'X welcomed the plan, adding that …'."""
    facts: list[Fact] = []
    for verb in ctx.tokens_with("LEMMA", SPEAKING, sent):
        if verb.pos_ != "VERB" or ctx.in_quote(verb.idx):
            continue
        ccomp = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and not ctx.in_quote(c.idx)]
        # "announced X, effective 1 May": no second clause ("found X guilty" is one: it has a subject)
        ccomp = [c for c in ccomp if has_a_verb(c) or any(g.dep_ == "nsubj" for g in c.children)]
        if _as_said(verb):  # "As Heald told the paper, ozone has dropped …"
            ccomp = [verb.head]
        elif not ccomp or not (_joined_statement(verb) or _adding(verb) or _reporting(ctx, verb)):
            continue
        speaker = speaker_of(ctx, verb)
        if speaker is None or told_by_another(ctx, verb, speaker) or relays_another(verb):
            continue
        fact = clause_after(ctx, sent, verb, ccomp[0], speaker, "said" if _adding(verb) or _as_said(verb) else None)
        if fact is not None and not (found is not None and _asked_by(found, fact)):
            facts.append(fact)
    return facts


def _as_said(verb: Token) -> bool:
    """'As Heald told the paper, CLAUSE': a fronted "as" clause that attributes the main clause."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _asked_by(found: QuoteFact, fact: QuoteFact) -> bool:
    """Whether the sentence's main question already asks the same ("said A" and "said that A …"), or
    its quote is part of the clause ('told reporters the ferry was "a bold step"')."""

    def words(predicate: str) -> str:
        found = re.findall(r"\w+", predicate.lower())
        return " ".join(found[:1] + found[2:] if found[1:2] == ["that"] else found)

    one, other = sorted((words(found.predicate), words(fact.predicate)), key=len)
    quoted, clause = (" ".join(re.findall(r"\w+", f.text.lower())) for f in (found, fact))
    whole = found.predicate.startswith("said \u201c")  # the main question asks the quote itself
    return other.startswith(one) or (whole and (quoted in clause or clause in quoted))


def _joined_statement(verb: Token) -> bool:
    """'… called it "overdone" but warned that …': a verb joined to a reporting verb, sharing its subject."""
    head = verb.head
    own_subject = any(c.dep_.startswith("nsubj") for c in verb.children)
    return verb.dep_ == "conj" and head.lemma_ in SPEAKING and not own_subject


def _adding(verb: Token) -> bool:
    """'…, saying/adding/pointing out that …', '… by claiming that …': a participle whose subject
    is the verb's before it."""
    return participle_owner(verb) is not None


def clause_after(
    ctx: ArticleContext, sent: Span, verb: Token, head: Token, speaker: Speaker, verb_word: str | None = None
) -> QuoteFact | None:
    """'X said (that) CLAUSE', asked "Who said that CLAUSE?" (or "Who doubted …?" for a view)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "Fraser did not say when the boats would be replaced": no statement was made
    start = left_edge_skip_mark(head)
    if verb.head == head and head.i > verb.i:  # "As Heald told the paper, CLAUSE": after the comma
        start = verb.right_edge.i + 1
        while start < head.i and ctx.doc[start].is_punct:
            start += 1
    if ctx.doc[start].lower_ == "only" and ctx.doc[start].head == head:
        start += 1  # "saying only it would …": "only" limits the saying, not the clause
    moved = subject_taken_as_object(verb, head, start)
    verb_word = verb_word or said_word(verb)
    split = aside_split(verb, head)  # "said the deal, a 4% rise, fell short": one clause, the aside dropped
    if split is not None:
        return _rejoined(ctx, sent, split, speaker, verb_word)
    if (moved == start and subjectless(head)) or verbless(head):
        return None  # "said that fell short of …", "said that the deal, a 4% rise": no clause to ask
    last = verb_split_off(head)  # "that drivers found over the limit | would be arrested"
    clause = ctx.doc[moved : before_second_clause(last, clause_end(last, sent))]
    gist = span_text(clause).strip()
    if len(gist.split()) < 4:
        return None
    own = _own_view(ctx, head, clause, speaker)  # "Lind said she doubted …" → "Who said that they doubted …"
    if verb.lemma_.lower() in DISPUTING:
        own = None  # "X claimed he had won": "Who had won?" would teach the claim as the fact
    if own is not None:
        return quote_fact(ctx, sent, speaker, gist, f"{verb_word} that they {trim_clause(own)}", direct=False)
    content = clause_words(ctx, clause, speaker)
    if content is None:
        return None
    content = re.sub(r"^that\s+", "", content)  # "said in a speech that …"
    that = "" if any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children) else "that "  # "expected X to …"
    if _small_clause(head):
        that = ""  # "found Ann Varga guilty of fraud": no "that" the sentence never had
    return quote_fact(ctx, sent, speaker, gist, f"{verb_word} {that}{trim_clause(content)}", direct=False)


def _rejoined(
    ctx: ArticleContext, sent: Span, split: tuple[Token, Token], speaker: Speaker, verb_word: str
) -> QuoteFact | None:
    """The clause the parser tore around an aside on its subject, asked whole without the aside."""
    subject, rest = split
    end = before_second_clause(rest, clause_end(rest, sent))
    tokens = whole_clause(subject, rest, end)
    content = clause_words(ctx, tokens, speaker) if len(tokens) >= 4 else None
    if content is None:
        return None
    gist = span_text(ctx.doc[tokens[0].i : end]).strip()
    return quote_fact(ctx, sent, speaker, gist, f"{verb_word} that {trim_clause(content)}", direct=False)


def _small_clause(head: Token) -> bool:
    """ "found [X guilty of …]": an adjective with a subject and no verb, no copula, no "that"."""
    return head.pos_ == "ADJ" and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in head.children)


def _clause_before(ctx: ArticleContext, sent: Span, verb: Token, speaker: Speaker) -> QuoteFact | None:
    """'CLAUSE, he said.' / 'CLAUSE, president Ann Lind said.'"""
    left = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and not ctx.in_quote(c.idx)]
    comma_before_verb = ctx.doc[verb.i - 1].text == ","
    comma_after_clause = bool(left) and ctx.doc[left[0].right_edge.i + 1].text == ","
    named_after = _subject_after_comma(verb, left[0]) if left else False  # "…, Lind told reporters."
    body_comma = trailing_comma(verb)  # "…, the Press Trust of India (PTI) said.": the name hung on the clause
    if left and (comma_before_verb or named_after or body_comma or (speaker.token is None and comma_after_clause)):
        # "The pumps need more trials in cold weather, he said."
        end = clause_end(left[0], sent) if body_comma is None else body_comma
        clause = ctx.doc[left_edge_skip_mark(left[0]) : end]
        content = clause_words(ctx, clause, speaker) if len(clause) >= 4 else None
        if content is not None:
            content = trim_clause(lower_first(content))
            return quote_fact(ctx, sent, speaker, clause.text.strip(), f"said that {content}", direct=False)
    return None


def _subject_after_comma(verb: Token, clause: Token) -> bool:
    """'CLAUSE, president Ann Lind said': the subject follows the clause, right after its comma (and
    the mark closing a phrase the clause ends on quoting: '… a "greener port," Ann Lind said')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < clause.right_edge.i:
        return False
    start = subject.left_edge.i
    if start > 1 and verb.doc[start - 1].tag_ == "''" and verb.doc[start - 2].text == ",":
        start -= 1
    return start > 0 and verb.doc[start - 1].text == "," and start - 1 == clause.right_edge.i + 1


def _own_view(ctx: ArticleContext, head: Token, clause: Span, speaker: Speaker) -> str | None:
    """'Lind said she doubted the ferry would sail': the clause's subject is the speaker, so the
    question asks the clause after it, its verb as it reads after "they": "Who said that they doubted
    the ferry would sail?" keeps the saying (asked "Who doubted …?", several may hold the view) and
    tells no sex."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("he", "she") or speaker.wh != "Who":
        return None
    person = ctx.people.find(speaker.name)
    gender = "m" if subject.lower_ == "he" else "f"
    if person is not None and person.gender and person.gender != gender:
        return None  # (no person: a described speaker, "a Western diplomat said he believed …")
    between = ctx.doc[subject.sent.start : subject.i]
    if any(t.ent_type_ == "PERSON" and (person is None or ctx.resolve_person(t) is not person) for t in between):
        return None  # someone else was named before the pronoun: it may be theirs
    family = MALE if gender == "m" else FEMALE  # "Her pupil, Tom Vale, said she taught …": "she" is the pupil's "her"
    said = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    owners = [] if said is None else [said, said.head] if said.dep_ == "appos" else [said]
    if any(c.dep_ == "poss" and c.lower_ in family for o in owners for c in o.children):
        return None
    rest = [t for t in clause if t.i > subject.i]
    words = clause_words(ctx, rest, speaker)
    if words is None or len(rest) < 4:
        return None
    return they_clause(head, rest, words, gender)  # "held no ill will towards their accuser"


def _object_clause(ctx: ArticleContext, verb: Token, sent: Span) -> Span | None:
    """'He added the rules meant to ensure …': a clause without "that" parsed as an object."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in obj.children):
            end = clause_end(obj, sent)
            if end - obj.left_edge.i >= 5:
                return ctx.doc[obj.left_edge.i : end]
    return None


def _inverted(ctx: ArticleContext, sent: Span, verb: Token, speaker: Speaker) -> QuoteFact | None:
    """'CLAUSE, Hu Li, deputy director of X, said in an interview.' (parsers split these badly)."""
    anchor = speaker.token
    if anchor is None:
        return None
    start = anchor.i
    while start > sent.start and ctx.doc[start - 1].dep_ in ("compound", "det", "amod", "flat"):
        start -= 1
    if start <= sent.start + 3 or ctx.doc[start - 1].text != ",":
        return None
    clause = ctx.doc[sent.start : start - 1]
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in clause) or len(clause) < 5:
        return None
    gist = span_text(clause).strip()
    content = clause_words(ctx, clause, speaker)
    if content is None:
        return None
    return quote_fact(ctx, sent, speaker, gist, f"said that {trim_clause(lower_first(content))}", direct=False)
