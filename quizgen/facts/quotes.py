"""Who said what: direct quotes, embedded quoted phrases, and reported speech.

The shapes news uses (after the Gender Gap Tracker's rules): '"…," said X', 'X said: "…"', 'X called
it "…"', 'X said (that) …', '…, X, title, said', 'according to X', and quotes that follow an attributed
one in the same paragraph. Speakers given as surname, title or pronoun are resolved to the full name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from quizgen.facts.attributed import according_to, relayed
from quizgen.facts.context import QUOTE_MARKS, ArticleContext
from quizgen.facts.described import faceless
from quizgen.facts.fact_types import Fact, QuoteFact, Speaker
from quizgen.facts.indirect import also_stated, participle, reported
from quizgen.facts.lexicon import COLON_FRAMES, QUOTE_VERBS, REPORTING  # noqa: F401 (dates, events import REPORTING here)
from quizgen.facts.open_quotes import CLOSING_MARKS, LeftOpen, goes_on_in, left_open, opened_to_run_on
from quizgen.facts.pointing import extraposed
from quizgen.facts.predicates import predicate
from quizgen.facts.quote_colon import sound_bite
from quizgen.facts.quote_fronted import fronted_quote, fronted_subject
from quizgen.facts.quote_owners import quoted_by_another
from quizgen.facts.relative_statements import documents
from quizgen.facts.reported import SPEAKING, first_sentences, trim
from quizgen.facts.speakers import speaker_of
from quizgen.facts.statement import dedupe, quote_fact, says_something
from quizgen.facts.that_clauses import second_that

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


@dataclass
class Previous:
    """The last attributed statement: an unattributed quote right after it is the same speaker's."""

    speaker: Speaker | None = None
    para: int = -1
    start: int = -1
    end: int = -1
    direct: bool = False
    #: Whether its quote closed with a mark (not left open to run on into the next paragraph).
    closed: bool = False


#: What `_floating` returns when the previous quote simply goes on (no new fact).
Continued = Literal["continued"]
CONTINUED: Continued = "continued"


class Quotes(NamedTuple):
    """The quote pass's result: its facts, and the main statement of each sentence (by the
    sentence's first character), which lets dates and numbers in a quote be asked as its speaker's."""

    facts: list[Fact]
    by_sentence: dict[int, QuoteFact]


def extract_quotes(ctx: ArticleContext) -> Quotes:
    """Every attributed statement in the article, one fact per statement."""
    facts: list[Fact] = []
    by_sentence: dict[int, QuoteFact] = {}
    used_quotes: set[tuple[int, int]] = set()
    last = Previous()
    pending: LeftOpen | None = None  # '"A. ¶ "B," said X.': A waits for the attribution of B
    breaks = _paragraph_break_ends(ctx.text)
    for sent in ctx.doc.sents:
        if not ctx.text[sent.start_char : sent.end_char].strip():  # = sent.text, without a Token per word
            continue
        para = bisect.bisect_right(breaks, sent.start_char)  # = text.count("\n\n", 0, start), in log time
        found: tuple[QuoteFact, bool] | Continued | None = _direct(ctx, sent, used_quotes)
        if found is None:
            fact = reported(ctx, sent)
            found = (fact, False) if fact is not None else None
        if found is None:
            found = _floating(ctx, sent, used_quotes, last, para)
            opened = left_open(ctx, sent, para, last.speaker, found[0] if isinstance(found, tuple) else None)
            pending = opened or pending
        if found == CONTINUED:
            last.closed = False  # '"A," he said. "B. "C.': the quote left open runs on to its end
        if found == CONTINUED or (found is None and _goes_on(ctx, sent, used_quotes)):
            last.end = sent.end_char  # a quote after this one is next to the speaker's last words
        if found is None or found == CONTINUED:
            stated = also_stated(ctx, sent, None) if found is None else []
            facts += stated + documents(ctx, sent)
            said = [f for f in stated if isinstance(f, QuoteFact)]
            if said:  # 'As Abney told the paper, …. "…"': the quote after it is hers
                last = Previous(said[-1].speaker, para, sent.start_char, sent.end_char, False)
            continue
        fact, direct = found
        if direct and pending is not None and goes_on_in(ctx, pending, sent, para):
            facts, pending = _settle_open(ctx, facts, pending, fact.speaker), None
        facts.append(fact)
        facts += also_stated(ctx, sent, fact) + second_that(ctx, sent, fact)  # "…, but that …"
        facts += _other_quotes(ctx, sent, fact)
        facts += documents(ctx, sent, fact)
        by_sentence[sent.start_char] = fact
        last = Previous(fact.speaker, para, sent.start_char, sent.end_char, direct, _closes(ctx, ctx.quotes_in(sent)))
    return Quotes(dedupe([f for f in facts if _worth_asking(ctx, f)]), by_sentence)


def _settle_open(ctx: ArticleContext, facts: list[Fact], pending: LeftOpen, speaker: Speaker) -> list[Fact]:
    """`facts` once the paragraph left open is known to run on into `speaker`'s attributed quote:
    `speaker`'s when the story was quoting them (or no one) before it, else nobody's, even if it
    was given to the speaker before it ('X says … ¶ "A. ¶ "B," adds Y.')."""
    if pending.asked is not None:
        return facts if pending.asked.speaker.key == speaker.key else [f for f in facts if f is not pending.asked]
    if pending.before is not None and pending.before.key != speaker.key:
        return facts
    return [*facts, _said(ctx, pending.sent, speaker, pending.text)]


def _worth_asking(ctx: ArticleContext, fact: Fact) -> bool:
    """Keep every fact but a quote asked whole whose words carry nothing to check ("We'll see"), and
    one whose speaker is faceless ("a senior official", "sources")."""
    if isinstance(fact, QuoteFact) and faceless(ctx, fact.speaker):
        return False
    if not isinstance(fact, QuoteFact) or not fact.predicate.startswith("said \u201c"):
        return True
    begin = ctx.text.find(fact.sentence[:60])
    at = ctx.text.find(fact.text, begin) if begin >= 0 else -1
    span = ctx.doc.char_span(at, at + len(fact.text), alignment_mode="expand") if at >= 0 else None
    return span is None or says_something(span)


_PERSON = frozenset({"PERSON"})


def _other_quotes(ctx: ArticleContext, sent: Span, found: QuoteFact) -> list[Fact]:
    """'"…," he said, adding that they "deserve a fair wage for it"': a further quote in the
    sentence of one speaker is that speaker's too, when it is long enough to be a statement."""
    people = ctx.tokens_with("ENT_TYPE", _PERSON, sent)  # no Token for the other words
    if any(_someone_else(ctx, tok, found) for tok in people if not ctx.in_quote(tok.idx)):
        return []
    asked = _plain(found.text + " " + found.predicate)
    facts: list[Fact] = []
    for a, b in ctx.quotes_in(sent):
        text = ctx.text[a:b].strip().strip(",")
        if a < sent.start_char or b > sent.end_char + 1 or _plain(text) in asked:
            continue
        if not _says_enough(ctx, (a, b)):
            continue  # "will fight to the bitter end": a turn of phrase, not a statement
        facts.append(_said(ctx, sent, found.speaker, text))
    return facts


def _said(ctx: ArticleContext, sent: Span, speaker: Speaker, text: str, since: int | None = None) -> QuoteFact:
    """A quote asked whole, by its first sentences: 'Who said "…"?'."""
    gist = first_sentences(text)
    return quote_fact(ctx, sent, speaker, gist, f"said \u201c{trim(gist)}\u201d", direct=True, since=since)


def _says_enough(ctx: ArticleContext, quote: tuple[int, int], verb: bool = False) -> bool:
    """Whether a quote holds four words not stop words (and, with `verb`, a verb): a statement, not a phrase."""
    span = ctx.doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None or sum(t.is_alpha and not t.is_stop for t in span) < 4:
        return False
    return not verb or any(t.pos_ in ("VERB", "AUX") for t in span)


def _someone_else(ctx: ArticleContext, token: Token, found: QuoteFact) -> bool:
    """Whether the person named at `token` is not the statement's speaker."""
    person = ctx.resolve_person(token)
    return person is None or person.name != found.speaker.name


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _paragraph_break_ends(text: str) -> list[int]:
    """Where each "\n\n" that `str.count` would count ends, in order."""
    ends, at = [], text.find("\n\n")
    while at >= 0:
        ends.append(at + 2)
        at = text.find("\n\n", at + 2)
    return ends


def _direct(ctx: ArticleContext, sent: Span, used: set[tuple[int, int]]) -> tuple[QuoteFact, bool] | None:
    """A sentence that carries a quote and, outside it, a reporting verb with a speaker."""
    quotes = ctx.quotes_in(sent)
    if not quotes:
        return None
    text = ctx.text[quotes[0][0] : quotes[0][1]].strip()
    for token in sent:
        speaker = None if ctx.in_quote(token.idx) else according_to(ctx, sent, token)
        if speaker is not None and relayed(ctx, sent, token):
            break  # '"…," he said on the phone, according to the spokesman': his words, not the spokesman's
        ahead = fronted_quote(ctx, sent, quotes[0], token, speaker) if speaker is not None else None
        if ahead is not None:  # 'The rise, according to Hale, "punishes …"'
            used.update(quotes)
            return ahead, True
        if speaker is not None and len(text.split()) >= 4 and token.idx > quotes[0][0]:
            used.update(quotes)
            return _said(ctx, sent, speaker, text), True
    verbs = [
        v
        for v in sent
        if (v.lemma_ in SPEAKING or _colon_frame(ctx, quotes, v) or _hands_over(ctx, quotes, v))
        and (v.pos_ in ("VERB", "AUX") or _misread_verb(v))
        and not ctx.in_quote(v.idx)
    ]
    verbs.sort(key=lambda v: _after_colon(ctx, quotes, v) is None)  # 'Abney added: "…"' goes first
    for verb in verbs:
        quote = _after_colon(ctx, quotes, verb) or quotes[0]
        fronted = fronted_subject(ctx, sent, quote, verb) is not None  # 'The pier, said X, "…"': no participle
        if not fronted and (participle(verb) or quoted_by_another(ctx, quote, verb) or _object_gapped(verb)):
            continue
        speaker = speaker_of(ctx, verb)
        if speaker is None:
            continue
        found = fronted_quote(ctx, sent, quote, verb, speaker) if fronted else None
        if found is not None:  # asked with what it is about: 'Who said the pier "will …"?'
            used.update(quotes)
            return found, True
        text = _interrupted(ctx, sent, quotes, verb) or ctx.text[quote[0] : quote[1]].strip()
        whole = text != ctx.text[quote[0] : quote[1]].strip() or _is_whole_quote(ctx, sent, quote, verb)
        used.update(quotes)
        if whole:
            return _said(ctx, sent, speaker, text), True
        # 'X called the target "hugely unambitious"'; a quote before the verb is no part of what it says
        embedded = predicate(ctx, verb, sent, apart=True) if quote[0] > verb.idx else None
        if embedded is None:
            return _quote_before_attribution(ctx, sent, quote, verb, speaker)
        return quote_fact(ctx, sent, speaker, text, embedded, direct=True), False
    return None


def _misread_verb(token: Token) -> bool:
    """'The Department of Agriculture notes, "…"': a speech word the parser took for a noun, though
    it heads the sentence and has a subject."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    return any(c.dep_ in ("nsubj", "ccomp") or (c.dep_ == "nmod" and c.pos_ == "PROPN") for c in token.children)


def _colon_frame(ctx: ArticleContext, quotes: list[tuple[int, int]], verb: Token) -> bool:
    """'Ruiz put it this way: "…"', 'Lind offered this twist: "…"': a verb that is not speech alone
    hands over to the quote its colon opens, with the object that makes it a frame (not "put up a sign:")."""
    colon = _after_colon(ctx, quotes, verb) if verb.pos_ == "VERB" else None
    if colon is None or verb.lemma_ not in COLON_FRAMES:
        return colon is not None and sound_bite(ctx, verb, colon)  # 'Mole disagreed with the critics: "…"'
    word = COLON_FRAMES[verb.lemma_]
    objects = [t for t in verb.children if t.dep_ == "dobj"]
    return any(o.lower_ == word or any(d.lower_ == word for d in o.children) for o in objects)


def _hands_over(ctx: ArticleContext, quotes: list[tuple[int, int]], verb: Token) -> bool:
    """'"Is it true?" Lind asked.', 'The premier continued: "…"': a verb of QUOTE_VERBS whose colon
    opens the quote, or that follows it taking nothing else (not "asked the court to …")."""
    if verb.lemma_ not in QUOTE_VERBS:
        return False
    if _after_colon(ctx, quotes, verb) is not None:
        return True
    taken = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "prep", "dative") and not ctx.in_quote(c.idx)]
    return verb.idx > quotes[0][1] and not taken


def _after_colon(ctx: ArticleContext, quotes: list[tuple[int, int]], verb: Token) -> tuple[int, int] | None:
    """'Reminded that Lind called him "a liar", Abney added: "…"': the quote the verb's colon
    introduces, not a phrase quoted before it."""
    for a, b in quotes:
        between = ctx.text[verb.idx + len(verb.text) : a].strip(" " + QUOTE_MARKS)
        if a <= verb.idx or not between.endswith(":") or len(between.split()) > 6:
            continue
        span = ctx.doc.char_span(verb.idx, a, alignment_mode="contract")
        if span is not None and all(t == verb or verb in t.ancestors for t in span if not t.is_punct):
            return a, b  # "added in a statement:", not 'called him "a liar", Abney added:'
    return None


def _quote_before_attribution(
    ctx: ArticleContext, sent: Span, quote: tuple[int, int], verb: Token, speaker: Speaker
) -> tuple[QuoteFact, bool] | None:
    """'Orla wants to start "with enough cash that it won't fear a slump," says Ann Ruiz.': the
    quote ends the speaker's sentence; it is asked on its own when it says enough, with a verb (not
    '… the "global harbour vision," Lind said': a name in a clause, read then as reported speech)."""
    if verb.idx < quote[1] or not _says_enough(ctx, quote, verb=True):
        return None
    return _said(ctx, sent, speaker, ctx.text[quote[0] : quote[1]].strip()), True


def _interrupted(ctx: ArticleContext, sent: Span, quotes: list[tuple[int, int]], verb: Token) -> str | None:
    """'"The new pier," Lind said, "will cost twice as much."': one quote around its attribution,
    asked whole (its first part alone is torn mid-thought)."""
    if len(quotes) < 2:
        return None
    (a, b), (c, d) = quotes[0], quotes[1]
    first, second = ctx.text[a:b].strip(), ctx.text[c:d].strip()
    between = ctx.text[b:c].strip(" " + QUOTE_MARKS)
    opens = not ctx.text[sent.start_char : a].strip(" " + QUOTE_MARKS)
    attribution = between.endswith(",") and "," not in between[:-1] and len(between.split()) <= 6  # "Lind said,"
    if not (opens and attribution and b <= verb.idx < c and first.endswith(",") and second[:1].islower()):
        return None
    return first.rstrip(",") + " " + second


def _is_whole_quote(ctx: ArticleContext, sent: Span, quote: tuple[int, int], verb: Token) -> bool:
    """True for '"…," said X' and 'X said: "…"'; False for a phrase quoted inside a sentence."""
    text = ctx.text[quote[0] : quote[1]].strip()
    if len(text.split()) < 4 or text.startswith("to "):
        return False  # 'welcomed the plan "to speed up the repairs"': a phrase, not a statement
    before = ctx.text[sent.start_char : quote[0]].strip(" " + QUOTE_MARKS)
    after = ctx.text[quote[1] : sent.end_char].strip(" " + QUOTE_MARKS)
    if verb.idx >= quote[1]:  # attribution after the quote
        return not before or before.endswith(":")
    if before.rstrip().endswith((":", ",")):
        return True
    return not after.strip(" .") and not _governed(ctx, quote[0])


def _governed(ctx: ArticleContext, start: int) -> bool:
    """'said Lind won't "be …"': a negation or auxiliary just before the quote is part of what it
    means; the quote asked alone would say the opposite."""
    before = ctx.doc.char_span(start - 1, start, alignment_mode="expand")
    token = ctx.doc[before.start - 1] if before is not None and before.start > 0 else None
    while token is not None and token.i > 0 and token.is_punct:
        token = ctx.doc[token.i - 1]
    return token is not None and (token.dep_ in ("neg", "aux", "auxpass") or token.tag_ == "MD")


def _floating(
    ctx: ArticleContext, sent: Span, used: set[tuple[int, int]], last: Previous, para: int
) -> tuple[QuoteFact, bool] | Continued | None:
    """A sentence wholly in quotes with no attribution: the previous speaker goes on talking."""
    quotes = [q for q in ctx.quotes_in(sent) if q not in used]
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
    second = last.closed and (_closes(ctx, quotes) or opened_to_run_on(ctx, sent))  # '"A," X said. "B … ¶'
    if last.direct and para == last.para and not second:
        return CONTINUED  # the same quote runs on, never closed: one fact, asked by its first sentence
    text = ctx.text[quotes[0][0] : quotes[0][1]].strip()
    if len(first_sentences(text).split()) < 4 or (last.direct and _leans_back(ctx, quotes[0])):
        return CONTINUED if para == last.para else None
    since = last.start if para == last.para else None  # '"A," she said. "B."': shown with who said it
    return _said(ctx, sent, last.speaker, text, since), True


def _goes_on(ctx: ArticleContext, sent: Span, used: set[tuple[int, int]]) -> bool:
    """'X said: "A. B. C." / "D."': a sentence wholly inside a quote already given its speaker."""
    quotes = ctx.quotes_in(sent)
    return bool(quotes) and all(q in used for q in quotes) and all(ctx.in_quote(t.idx) for t in sent if t.is_alpha)


#: Subjects that stand for something said before: a quote opening with one is not asked alone.
BACK_POINTING = {"it", "they", "he", "she", "this", "that", "these", "those"}


def _leans_back(ctx: ArticleContext, quote: tuple[int, int]) -> bool:
    """'"The logo is the way forward," he said. "But it is not on the shelves yet."': a quote whose
    subject ("it", "they", "this") is something the quote before named goes on with that quote."""
    span = ctx.doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.is_punct or token.dep_ == "cc" or (token.dep_ == "advmod" and ctx.doc[token.i + 1].text == ","):
            continue  # "But", "So,"
        defined_here = any(c.dep_ in ("relcl", "acl") for c in token.children)  # "Those who are injured …"
        return (
            token.lower_ in BACK_POINTING
            and token.dep_ in ("nsubj", "nsubjpass")
            and not (defined_here or extraposed(token))
        )
    return False


def _closes(ctx: ArticleContext, quotes: list[tuple[int, int]]) -> bool:
    """'"A," she said. "B."': whether the (last) quote ends on a closing mark, so that a quote after
    it is a second statement; one left open runs on as the same statement ('"A. "B.')."""
    return bool(quotes) and ctx.text[quotes[-1][1] : quotes[-1][1] + 1] in CLOSING_MARKS


def _attributed_later(ctx: ArticleContext, quote_end: int) -> bool:
    """Whether the sentence where a quote ends has words outside quotes ('…," said Mr Binks.')."""
    span = ctx.doc.char_span(quote_end - 1, quote_end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.is_alpha and not ctx.in_quote(t.idx) for t in span.sent if t.idx >= quote_end)


def _object_gapped(verb: Token) -> bool:
    """'a figure the army described as "baseless"': "Who described as …?" would lose the figure."""
    kids = [c.dep_ if c.tag_ not in ("WDT", "WP") else "wh" for c in verb.children]
    return verb.dep_ == "relcl" and "nsubj" in kids and not {"dobj", "ccomp", "xcomp"} & set(kids)
