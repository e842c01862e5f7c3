"""Who said what: direct quotes, embedded quoted phrases, and reported speech.

The shapes news uses (after the Gender Gap Tracker's rules): '"…," said X', '"…," X said',
'X said: "…"', 'X called it "…"', 'X said (that) …', '…, X, title, said', 'according to X',
and quotes that follow an attributed one in the same paragraph. Speakers given as surname,
title or pronoun are resolved to the full name the article introduced.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from quizgen.facts.context import PERSONAL, QUOTE_MARKS, ArticleContext, Person, clean_name
from quizgen.facts.lexicon import AS_SAID, CLAUSE_ONLY, REPORTING  # noqa: F401 (dates, events import it here)
from quizgen.facts.reported import (
    SPEAKING,
    balanced,
    clause_end,
    clause_words,
    first_sentences,
    left_edge_skip_mark,
    resolve,
    third_person,
    trim,
)
from quizgen.facts.speakers import described_speaker, pronoun_speaker
from quizgen.facts.wording import lower_first
from quizgen.models import Fact, QuoteFact, Speaker
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

GROUP_LABELS = {"GPE": "Which country", "ORG": "Which organization", "NORP": "Which group"}


@dataclass
class Previous:
    """The last attributed statement: an unattributed quote right after it is the same speaker's."""

    speaker: Speaker | None = None
    para: int = -1
    end: int = -1
    direct: bool = False


#: What `_floating` returns when the previous quote simply goes on (no new fact).
Continued = Literal["continued"]
CONTINUED: Continued = "continued"


def extract_quotes(ctx: ArticleContext) -> list[Fact]:
    """Every attributed statement in the article, one fact per statement."""
    facts: list[Fact] = []
    used_quotes: set[tuple[int, int]] = set()
    last = Previous()
    breaks = _paragraph_break_ends(ctx.text)
    for sent in ctx.doc.sents:
        if not sent.text.strip():
            continue
        para = bisect.bisect_right(breaks, sent.start_char)  # = text.count("\n\n", 0, start), in log time
        found: tuple[QuoteFact, bool] | Continued | None = _direct(ctx, sent, used_quotes) or _reported(ctx, sent)
        if found is None:
            found = _floating(ctx, sent, used_quotes, last, para)
        if found is None or found == CONTINUED:
            facts += _documents(ctx, sent)
            continue
        fact, direct = found
        facts.append(fact)
        facts += _documents(ctx, sent, fact)
        ctx.quotes_by_sentence[sent.start_char] = fact
        last = Previous(fact.speaker, para, sent.end_char, direct)
    return _dedupe(facts)


def _paragraph_break_ends(text: str) -> list[int]:
    """Where each "\n\n" that `str.count` would count ends, in order."""
    ends, at = [], text.find("\n\n")
    while at >= 0:
        ends.append(at + 2)
        at = text.find("\n\n", at + 2)
    return ends


def _quote_in(ctx: ArticleContext, sent: Span) -> list[tuple[int, int]]:
    """The quotes that overlap `sent`, found by bisection (not a scan of every quote per sentence)."""
    lo = bisect.bisect_left(ctx._quote_starts, sent.start_char - ctx.longest_quote)
    hi = bisect.bisect_left(ctx._quote_starts, sent.end_char)
    return [(a, b) for a, b in ctx.quotes[lo:hi] if b > sent.start_char]


def _direct(ctx: ArticleContext, sent: Span, used: set[tuple[int, int]]) -> tuple[QuoteFact, bool] | None:
    """A sentence that carries a quote and, outside it, a reporting verb with a speaker."""
    quotes = _quote_in(ctx, sent)
    if not quotes:
        return None
    for token in sent:
        if (
            token.lower_ == "according"
            and not ctx.in_quote(token.idx)
            and token.i + 1 < len(ctx.doc)
            and ctx.doc[token.i + 1].lower_ == "to"
        ):
            name = next((t for t in ctx.doc[token.i + 2 : sent.end] if t.dep_ == "pobj"), None)
            speaker = _who(ctx, name) if name is not None else None
            text = ctx.text[quotes[0][0] : quotes[0][1]].strip()
            if speaker is not None and len(text.split()) >= 4 and token.idx > quotes[0][0]:
                used.update(quotes)
                gist = first_sentences(text)
                return _fact(ctx, sent, speaker, gist, f"said \u201c{trim(gist)}\u201d", direct=True), True
    for verb in sent:
        if verb.lemma_ not in SPEAKING or verb.pos_ not in ("VERB", "AUX") or ctx.in_quote(verb.idx):
            continue
        if _participle(verb):
            continue
        speaker = _speaker(ctx, verb)
        if speaker is None:
            continue
        quote = quotes[0]
        text = ctx.text[quote[0] : quote[1]].strip()
        whole = _is_whole_quote(ctx, sent, quote, verb)
        used.update(quotes)
        if whole:
            gist = first_sentences(text)
            return _fact(ctx, sent, speaker, gist, f"said \u201c{trim(gist)}\u201d", direct=True), True
        embedded = _predicate(ctx, verb, sent)  # 'X called the target "hugely unambitious"'
        if embedded is None:
            return None
        return _fact(ctx, sent, speaker, text, embedded, direct=True), False
    return None


def _participle(verb: Token) -> bool:
    """'Regan, expected to resign, …': a participle describing someone, not a statement (the
    parser may call it a past tense; then the name and the comma right before it tell)."""
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True
    doc = verb.doc
    return (
        verb.i >= 2 and doc[verb.i - 1].text == "," and doc[verb.i - 2].dep_ == "nsubj" and doc[verb.i - 2].head == verb
    )


def _is_whole_quote(ctx: ArticleContext, sent: Span, quote: tuple[int, int], verb: Token) -> bool:
    """True for '"…," said X' and 'X said: "…"'; False for a phrase quoted inside a sentence."""
    text = ctx.text[quote[0] : quote[1]].strip()
    if len(text.split()) < 4:
        return False
    before = ctx.text[sent.start_char : quote[0]].strip(" " + QUOTE_MARKS)
    after = ctx.text[quote[1] : sent.end_char].strip(" " + QUOTE_MARKS)
    if verb.idx >= quote[1]:  # attribution after the quote
        return not before or before.endswith(":")
    return before.rstrip().endswith((":", ",")) or not after.strip(" .")


def _reported(ctx: ArticleContext, sent: Span) -> tuple[QuoteFact, bool] | None:
    """Reported speech: 'X said (that) …', 'X called for …', '…, X said', 'according to X'."""
    if _quote_in(ctx, sent) and all(ctx.in_quote(t.idx) for t in sent if t.is_alpha):
        return None
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ == "to":
            found = _according(ctx, sent, token)
            if found:
                return found, False
    for verb in sent:
        if verb.lemma_ not in SPEAKING or verb.pos_ != "VERB" or ctx.in_quote(verb.idx):
            continue
        if verb.tag_ in ("VBG",) or verb.dep_ in ("amod", "acl", "relcl", "advcl", "xcomp") or _participle(verb):
            continue
        if verb.dep_ == "ccomp" and verb.head.lemma_ in SPEAKING and verb.head.i < verb.i:
            continue  # "An observer said he believed …": the view is the observer's, not "he"'s
        speaker = _speaker(ctx, verb)
        if speaker is None:
            continue
        ccomp = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if ccomp:
            clause = ctx.doc[left_edge_skip_mark(ccomp[0]) : clause_end(ccomp[0], sent)]
            gist = clause.text.strip()
            if len(gist.split()) < 4:
                continue
            own = _own_view(ctx, ccomp[0], clause, speaker)  # "Lind said he doubted …" → "Who doubted …"
            if own is not None:
                return _fact(ctx, sent, speaker, gist, trim(own, 28), direct=False), False
            verb_word = "said" if verb.lemma_ in AS_SAID else third_person(verb)
            content = clause_words(ctx, clause, speaker)
            if content is None:
                continue
            content = re.sub(r"^that\s+", "", content)  # "said in a speech that …"
            predicate = f"{verb_word} that {trim(content, 28)}"
            return _fact(ctx, sent, speaker, gist, predicate, direct=False), False
        left = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and not ctx.in_quote(c.idx)]
        comma_before_verb = ctx.doc[verb.i - 1].text == ","
        comma_after_clause = bool(left) and ctx.doc[left[0].right_edge.i + 1].text == ","
        named_after = _subject_after_comma(verb, left[0]) if left else False  # "…, Lind told reporters."
        if left and (comma_before_verb or named_after or (speaker.token is None and comma_after_clause)):
            # "They need further testing in the lunar environment, he said."
            clause = ctx.doc[left_edge_skip_mark(left[0]) : clause_end(left[0], sent)]
            content = clause_words(ctx, clause, speaker) if len(clause) >= 4 else None
            if content is not None:
                content = trim(lower_first(content), 28)
                return _fact(ctx, sent, speaker, clause.text.strip(), f"said that {content}", direct=False), False
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
                return inverted, False
        if verb.lemma_ in CLAUSE_ONLY:
            reported = _object_clause(ctx, verb, sent)
            if reported is None:
                continue
            content = clause_words(ctx, reported, speaker)
            if content is None:
                continue
            said = f"said that {trim(content, 28)}"
            return _fact(ctx, sent, speaker, reported.text.strip(), said, direct=False), False
        if verb.lemma_ == "call" and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp") or c.lower_ in ("for", "on") for c in verb.children
        ):
            continue  # "the union will call a strike" is an act, not a statement
        action = _predicate(ctx, verb, sent)  # "X called for …", "X proposed …"
        if action is None:
            continue
        return _fact(ctx, sent, speaker, action, action, direct=False), False
    return None


def _subject_after_comma(verb: Token, clause: Token) -> bool:
    """'CLAUSE, president Ann Lind said': the subject follows the clause, right after its comma."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < clause.right_edge.i:
        return False
    start = subject.left_edge.i
    return start > 0 and verb.doc[start - 1].text == "," and start - 1 == clause.right_edge.i + 1


def _own_view(ctx: ArticleContext, head: Token, clause: Span, speaker: Speaker) -> str | None:
    """'Lind said he doubted the ferry would sail': the clause's subject is the speaker, so the
    question asks the clause itself ("Who doubted the ferry would sail?")."""
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
    rest = [t for t in clause if t.i > subject.i]
    words = clause_words(ctx, rest, speaker)
    if words is None or len(rest) < 4:
        return None
    return words


def _documents(ctx: ArticleContext, sent: Span, found: QuoteFact | None = None) -> list[Fact]:
    """'The Tower report, which says the plan failed, …': a document (or a described speaker)
    stating something in a relative clause, besides whatever the sentence itself reports."""
    facts: list[Fact] = []
    for verb in sent:
        if verb.dep_ != "relcl" or verb.lemma_ not in SPEAKING or ctx.in_quote(verb.idx) or verb.head.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in verb.children):
            continue
        speaker = described_speaker(ctx, verb.head)
        ccomp = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if speaker is None or not ccomp:
            continue
        clause = ctx.doc[left_edge_skip_mark(ccomp[0]) : clause_end(ccomp[0], sent)]
        content = clause_words(ctx, clause, speaker)
        if content is None or (found is not None and found.text == clause.text.strip()):
            continue
        verb_word = "said" if verb.lemma_ in AS_SAID else third_person(verb)
        facts.append(
            _fact(ctx, sent, speaker, clause.text.strip(), f"{verb_word} that {trim(content, 28)}", direct=False)
        )
    return facts


def _object_clause(ctx: ArticleContext, verb: Token, sent: Span) -> Span | None:
    """'She added the targets intended to ensure …': a clause without "that" parsed as an object."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in obj.children):
            end = clause_end(obj, sent)
            if end - obj.left_edge.i >= 5:
                return ctx.doc[obj.left_edge.i : end]
    return None


def _according(ctx: ArticleContext, sent: Span, token: Token) -> QuoteFact | None:
    """'…, according to X, title of Y.' — X said the rest of the sentence."""
    name = next((t for t in ctx.doc[token.i + 2 : sent.end] if t.dep_ == "pobj"), None)
    if name is None:
        return None
    speaker = _who(ctx, name)
    if speaker is None:
        return None
    before = ctx.text[sent.start_char : token.idx].strip(" ," + QUOTE_MARKS)
    if ctx.in_quote(sent.start_char + 1) or len(before.split()) < 4:
        return None
    gist = before
    return _fact(ctx, sent, speaker, gist, f"said that {trim(lower_first(gist), 28)}", direct=False)


def _inverted(ctx: ArticleContext, sent: Span, verb: Token, speaker: Speaker) -> QuoteFact | None:
    """'CLAUSE, Hao Xifan, deputy director of X, said in an interview.' (parsers split these badly)."""
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
    gist = clause.text.strip()
    content = clause_words(ctx, clause, speaker)
    if content is None:
        return None
    return _fact(ctx, sent, speaker, gist, f"said that {trim(lower_first(content), 28)}", direct=False)


def _floating(
    ctx: ArticleContext, sent: Span, used: set[tuple[int, int]], last: Previous, para: int
) -> tuple[QuoteFact, bool] | Continued | None:
    """A sentence wholly in quotes with no attribution: the previous speaker goes on talking."""
    quotes = [q for q in _quote_in(ctx, sent) if q not in used]
    if not quotes or last.speaker is None:
        return None
    words = [t for t in sent if t.is_alpha]
    if not words or not all(ctx.in_quote(t.idx) for t in words):
        return None
    if any(b > sent.end_char + 1 and _attributed_later(ctx, b) for _, b in quotes):
        return None  # the quote goes on into a later sentence, whose attribution names its speaker
    gap = ctx.text[last.end : sent.start_char]
    if para - last.para > 1 or len(gap) > 3:
        return None
    used.update(quotes)
    if last.direct:
        return CONTINUED  # the same quote goes on: one fact, asked by its first sentence
    text = ctx.text[quotes[0][0] : quotes[0][1]].strip()
    gist = first_sentences(text)
    if len(gist.split()) < 4:
        return None
    speaker = last.speaker
    return _fact(ctx, sent, speaker, gist, f"said \u201c{trim(gist)}\u201d", direct=True), True


def _attributed_later(ctx: ArticleContext, quote_end: int) -> bool:
    """Whether the sentence where a quote ends has words outside quotes ('…," said Mr Binks.')."""
    span = ctx.doc.char_span(quote_end - 1, quote_end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.is_alpha and not ctx.in_quote(t.idx) for t in span.sent if t.idx >= quote_end)


def _speaker(ctx: ArticleContext, verb: Token) -> Speaker | None:
    """The speaker of a reporting verb, resolved to a person (or a country/organisation)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if not subjects and verb.dep_ == "conj" and verb.head.lemma_ in SPEAKING:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        # "…, Hao Xifan, deputy director of …, said": the name sits before the verb, unattached.
        for tok in reversed(list(ctx.doc[max(verb.sent.start, verb.i - 40) : verb.i])):
            if ctx.in_quote(tok.idx):
                break
            if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and ctx.people.find(tok.text)):
                if tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].text in (",", verb.text):
                    subjects = [tok]
                    break
    if not subjects:
        return None
    # "ICN chief executive Howard Catton told …" is parsed with two subjects: the name wins.
    subjects.sort(key=lambda t: t.pos_ != "PROPN")
    return _who(ctx, subjects[0])


def _who(ctx: ArticleContext, token: Token) -> Speaker | None:
    if ctx.in_quote(token.idx):
        return None
    if token.lower_ in PERSONAL:
        person = pronoun_speaker(ctx, token)
        return _person_ref(ctx, person, token) if person else None
    person = ctx.resolve_person(token)
    if person is not None:
        return _person_ref(ctx, person, token)
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    named += [t for t in token.subtree if t.ent_type_ == "PERSON" and t.dep_ != "poss" and t not in named]
    if token.pos_ == "NOUN" and named:  # "The opposition leader, Mark Reynolds, said …"
        person = ctx.resolve_person(named[0])
        if person is not None:
            return _person_ref(ctx, person, named[0])
    if token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children):
        # "the minister said": the one person the article gave that post
        holders = ctx.post_holders.get(token.lower_, set())
        if len(holders) == 1:
            person = ctx.people.find(next(iter(holders)))
            return _person_ref(ctx, person, None) if person else None
    described = described_speaker(ctx, token)  # "a Western diplomat said", "the report said"
    if described is not None:
        return described
    if token.ent_type_ in GROUP_LABELS and token.pos_ == "PROPN":
        ent = ctx.ent_at(token)
        if ent is not None:
            name = clean_name(strip_the(ent.text))
            return Speaker(
                name=ctx.long_form(name),
                aliases=(name,) if ctx.long_form(name) != name else (),
                wh=GROUP_LABELS[ent.label_],
                key=name.lower(),
                token=token,
            )
    if token.lower_ in ("it",) and token.i > 0:
        prev = _previous_group_speaker(ctx, token)
        if prev:
            return replace(prev, token=None)
    return None


def _previous_group_speaker(ctx: ArticleContext, token: Token) -> Speaker | None:
    sent = token.sent
    if sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ == "nsubj" and tok.head.lemma_ in SPEAKING and tok.ent_type_ in GROUP_LABELS:
            return _who(ctx, tok)
    return None


def _person_ref(ctx: ArticleContext, person: Person, token: Token | None) -> Speaker:
    return Speaker(
        name=person.name,
        aliases=tuple(ctx.aliases(person)),
        wh="Who",
        key=person.name.lower(),
        token=token if token is not None and token.lower_ not in PERSONAL else None,
        mention=token,
    )


def _predicate(ctx: ArticleContext, verb: Token, sent: Span) -> str | None:
    """The verb phrase after the speaker: 'emphasized the importance of …'."""
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "nsubj", "cc", "conj")]
    # Verbs conjoined to the reporting verb without a subject of their own share its speaker
    # ("called on them to carry forward …, maintain …, and create …").
    conj = [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.i > verb.i and not any(g.dep_.startswith("nsubj") for g in c.children)
    ]
    if right and conj:
        right += conj
    right = [c for c in right if not (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")]
    if not right:
        return None
    end = max(c.right_edge.i for c in right) + 1
    while end - 1 > verb.i and ctx.doc[end - 1].is_punct and ctx.doc[end - 1].text not in '"\u201d)':
        end -= 1
    # "told journalists later that …" is asked as "said later that …": the listener goes.
    listener = {
        t.i
        for c in verb.children
        if verb.lemma_ == "tell"
        and c.i > verb.i
        and c.dep_ in ("dobj", "dative")
        and c.pos_ in ("NOUN", "PROPN", "PRON")
        for t in c.subtree
    }
    words = []
    for tok in ctx.doc[verb.i : end]:
        if tok.i in listener:
            continue
        if tok.dep_ == "advmod" and tok.head == verb and tok.lower_ in ("also", "then", "further", "again"):
            continue
        words.append(tok)
    if len(words) < 3:
        return None
    text = resolve(ctx, words)
    first = "said" if verb.lemma_ in AS_SAID else third_person(verb)
    return first + text[len(verb.text) :]


def _fact(ctx: ArticleContext, sent: Span, speaker: Speaker, gist: str, predicate: str, direct: bool) -> QuoteFact:
    predicate = balanced(predicate.strip())
    gist = gist.strip().strip(QUOTE_MARKS + " ")
    key_words = re.findall(r"[a-z0-9]+", gist.lower())[:10]
    span = None
    token = speaker.token or speaker.mention  # a pronoun is still where they are named
    if token is not None and token.sent == sent:
        start = token.idx - sent.start_char
        span = (start, start + len(token.text))
    return QuoteFact(
        key="quote|" + speaker.key + "|" + " ".join(key_words),
        sentence=sent.text.strip(),
        answer_span=span,
        speaker=replace(speaker, token=None, mention=None),
        text=gist,
        predicate=predicate.strip(),
        direct=direct,
    )


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    out = []
    for fact in facts:
        if fact.key not in seen:
            seen.add(fact.key)
            out.append(fact)
    return out
