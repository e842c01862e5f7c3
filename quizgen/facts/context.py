"""What the extractors share about one parsed article: who is who, and what is quoted.

News names a person in full once ("Jane Holt") and then by surname, title or pronoun
("Ms Holt", "she"). `People` links every such mention back to the full name, so a fact
is always stated about the person the article introduced."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents, forget, span_text
from quizgen.facts.article_people import collect_people
from quizgen.facts.body_people import names_a_body
from quizgen.facts.fact_types import QuoteFact
from quizgen.facts.genders import introduced_gender
from quizgen.facts.given_names import alone_count
from quizgen.facts.introduced import introduced_things
from quizgen.facts.people import FEMALE as FEMALE
from quizgen.facts.people import MALE as MALE
from quizgen.facts.people import PERSONAL as PERSONAL
from quizgen.facts.people import (
    People,
    is_pronoun,
    person_span,
    surname,
)
from quizgen.facts.people import Person as Person
from quizgen.facts.people import clean_name as clean_name
from quizgen.facts.pronoun_rivals import chained_subject, quoted_speaker_unsure, rival_between
from quizgen.facts.quote_marks import QUOTE_MARKS as QUOTE_MARKS
from quizgen.facts.quote_marks import quote_spans
from quizgen.nlp import doc_text, tokens_where
from quizgen.text import strip_the, whole_words
from quizgen.vocabulary import HONORIFICS, LONE_GENERIC_BODIES

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.pointed import Pointed


@dataclass(frozen=True)
class NamedEntity:
    """What question writing reads of an entity after the document is let go (`release_doc`)."""

    text: str
    label_: str


def words_of(tokens: Iterable[Token]) -> str:
    """Tokens as they stand in the text ("the city's buses", not "city 's buses")."""
    return "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i)).strip()


class ArticleContext:
    """Per-article state shared by the extractors. Everything derived from the whole document
    (mentions, organisations, noun chunks) is computed once and indexed, so extraction stays
    linear in the article's length; `text` is the document's, when the caller has it."""

    def __init__(
        self, doc: Doc, published: dt.date | None = None, dateline: tuple[int, int] | None = None, text: str = ""
    ) -> None:
        self.doc = doc
        self.text = text or doc_text(doc)  # spaCy joins the tokens again on every `doc.text`
        self.published = published
        self.dateline = dateline  # (month, day) of a year-less wire dateline, when `published` is unknown
        self.quoted_clauses = False  # may `clauses.ask` word a quoted clause? Only in `quote_scope.claims_context`
        self.people = People()
        self.quotes = quote_spans(self.text)
        self._quote_starts = [a for a, _ in self.quotes]
        #: The longest quote's length: how far back a quote that reaches a sentence can start.
        self.longest_quote = max((b - a for a, b in self.quotes), default=0)
        # What earlier passes found, handed on by `facts.extract_facts` (see there):
        self.acronyms: dict[str, str] = {}  #: short form → long form (the acronym pass);
        #: sentence start → the statement made in it (the quote pass).
        self.quotes_by_sentence: dict[int, QuoteFact] = {}
        #: Person id → where the article names them in its own voice (not inside what someone is
        #: reported to have said); worked out by `facts.pronoun_speakers.subject_mentions` on first use.
        self.own_voice_mentions: dict[int, list[int]] | None = None
        #: Post word → the people holding such a post (the role pass): resolves "the minister
        #: said" to the one minister the article named.
        self.post_holders: dict[str, set[str]] = {}
        #: Sentence start → the "those talks" phrases in it and the names they stand for (set by
        #: `facts.extract_facts` after the passes, from `facts.pointed`; read by question writing).
        self.pointed: Pointed = {}
        #: The headline shown above the article's questions ("" when unknown): set by
        #: `questions.write_many`, it may place "the deal".
        self.headline = ""
        self._aliases: dict[str, list[str]] = {}
        #: `resolve_person`'s answers by token, kept once the people are all known (the passes ask
        #: about the same name tokens again and again).
        self._resolved: dict[int, Person | None] | None = None
        self._where: dict[tuple[str, int], list[int]] = {}  # see `tokens_with`
        collect_people(self)
        self._mentions = {id(p): self._find_mentions(p) for p in self.people.people}
        for person in self.people.people:
            self._gender(person)
        self._resolved = {}

    def release_doc(self) -> None:
        """Let go of the parse once the facts are extracted, keeping what question writing reads."""
        _ = self.org_names, self.appositives  # computed from the document while it is here
        self.__dict__.setdefault("introduced", introduced_things(self.doc, self.text))
        self.__dict__["ents"] = [NamedEntity(span_text(e), e.label_) for e in self.ents]
        forget(self.doc)  # its sentences and entities, kept while it was read
        for name in ("doc", "ent_starts", "named_chunks", "org_spans"):
            self.__dict__.pop(name, None)

    @cached_property
    def appositives(self) -> dict[str, set[str]]:
        """The lower-case lemmas of each word's appositions, by the word ("Ardent Motors, the
        country's biggest car maker": "Motors" → {"maker"}), found in one pass."""
        found: dict[str, set[str]] = {}
        for token in map(self.doc.__getitem__, tokens_where(self.doc, "DEP", "appos".__eq__)):  # no Token for the rest
            if token.dep_ == "appos":
                found.setdefault(token.head.text, set()).add(token.lemma_.lower())
        return found

    def _find_mentions(self, person: Person) -> list[int]:
        """Where the article names `person` (full name, surname, title + surname), outside quotes."""
        forms = person.forms | {surname(person.name), person.name.split()[0]}
        forms = {f for f in forms if f.lower() not in PERSONAL}  # "Zhao He": "He said" is a pronoun
        return [at for at in whole_words(self.text, sorted(forms, key=len, reverse=True)) if not self.in_quote(at)]

    def _gender(self, person: Person) -> None:
        """Guess the pronoun the article uses for a person (see `genders`)."""
        person.gender = introduced_gender(self, person)

    def next_sentence(self, sent: Span) -> Span | None:
        if sent.end >= len(self.doc):
            return None
        return self.doc[sent.end].sent

    def in_quote(self, char: int) -> bool:
        at = bisect.bisect_right(self._quote_starts, char) - 1
        return at >= 0 and self.quotes[at][0] <= char < self.quotes[at][1]

    def quotes_in(self, sent: Span) -> list[tuple[int, int]]:
        """The quotes that overlap `sent`, found by bisection (not a scan of every quote per sentence)."""
        lo = bisect.bisect_left(self._quote_starts, sent.start_char - self.longest_quote)
        hi = bisect.bisect_left(self._quote_starts, sent.end_char)
        return [(a, b) for a, b in self.quotes[lo:hi] if b > sent.start_char]

    def resolve_person(self, token: Token) -> Person | None:
        """The person a name token (any label: spaCy often tags lone surnames ORG) refers to."""
        known = self._resolved
        if known is None or token.doc is not self.__dict__.get("doc"):
            return self._resolve_person(token)
        if token.i not in known:
            known[token.i] = self._resolve_person(token)
        return known[token.i]

    def _resolve_person(self, token: Token) -> Person | None:
        span = person_span(token)
        found = self.people.find(span_text(span)) or self.people.find(token.text)
        if found is not None or len(span) > 1 or _name_word_after(token):
            return found  # "David [Dein]" is no lone "David"
        return self.people.find_before(token.text, self.text, token.idx)  # "Xu told" before a second Xu

    def possessive_person(self, pronoun: Token) -> Person | None:
        """Whom "his"/"her" stands for in a question; None when unresolved or its clause has a subject of its own."""
        person = self.pronoun_person(pronoun)
        verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        verbs = [] if verb is None else [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "… but dropped his bid"
        subject = next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "an MP who leaves his party": the MP's own, whoever the article named
        own = subject and (self.pronoun_person(subject) if is_pronoun(subject) else self.resolve_person(subject))
        noun = subject is not None and (subject.pos_ == "PROPN" or subject.pos_ == "NOUN" and pronoun.head != subject)
        return None if person is None or own is not None or noun else person

    def pronoun_person(self, token: Token) -> Person | None:
        """Resolve he/she to the person it stands for, or None when the article leaves it open.

        The candidate is the latest person named before the pronoun whose known pronoun fits; when
        another fitting person was named in that same sentence, or another subject since (see
        `pronoun_rivals`), the pronoun stays unresolved: a wrong attribution is worse than no question."""
        gender = "m" if token.lower_ in MALE else "f" if token.lower_ in FEMALE else None
        named = []
        for person in self.people.people:
            if gender and person.gender and person.gender != gender or names_a_body(person.name, self.text):
                continue  # "Dunmore Rovers beat …": a side is no "he"
            last = self.last_mention(person, token.idx)
            if last is not None:
                named.append((last, person))
        if not named:
            return None
        named.sort(key=lambda pair: pair[0], reverse=True)
        best_at, best = named[0]
        sentence = self.doc.char_span(best_at, best_at + 1, alignment_mode="expand")
        if sentence is None:
            return best
        sent = sentence.sent
        chained = chained_subject(self, best, best_at, token)  # "He married Ann Lind. He was elected …"
        if chained is not None:
            return chained
        if quoted_speaker_unsure(self, best, best_at, [p for _, p in named[1:]], gender):
            return None
        rivals = [p for at, p in named[1:] if sent.start_char <= at < sent.end_char]
        return None if rivals or rival_between(self, best, best_at, token) else best

    def mentions_of(self, person: Person) -> list[int]:
        """Where the article names `person` outside quotes (character offsets, in order)."""
        return self._mentions.get(id(person), [])

    def last_mention(self, person: Person, before: int) -> int | None:
        positions = self._mentions.get(id(person), [])
        at = bisect.bisect_left(positions, before) - 1
        return positions[at] if at >= 0 else None

    def quote_at(self, sentence_start: int) -> QuoteFact | None:
        """The quote fact found in the sentence starting at `sentence_start`, if any."""
        return self.quotes_by_sentence.get(sentence_start)

    @cached_property
    def ents(self) -> list[Span]:
        """The named entities, computed once (spaCy rebuilds `doc.ents` on every access)."""
        return list(doc_ents(self.doc))

    @cached_property
    def place_names(self) -> set[str]:
        """The places (GPE, LOC) the article names, without "the": one pass, not one per role."""
        return {strip_the(e.text) for e in self.ents if e.label_ in ("GPE", "LOC")}

    @cached_property
    def ent_starts(self) -> list[int]:
        return [e.start for e in self.ents]

    def ent_at(self, token: Token) -> Span | None:
        """The entity `token` belongs to, if any."""
        at = bisect.bisect_right(self.ent_starts, token.i) - 1
        if at >= 0 and self.ents[at].start <= token.i < self.ents[at].end:
            return self.ents[at]
        return None

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside `span` (a sentence, usually)."""
        lo = bisect.bisect_left(self.ent_starts, span.start)
        hi = bisect.bisect_left(self.ent_starts, span.end)
        return [e for e in self.ents[lo:hi] if e.end <= span.end]

    @cached_property
    def named_chunks(self) -> dict[str, list[Span]]:
        """Noun phrases with a name or number in them ("the Long March 3-A rocket"), by head lemma:
        where a later "the rocket" finds what it stands for."""
        found: dict[str, list[Span]] = {}
        names = tokens_where(self.doc, "POS", frozenset({"PROPN", "NUM"}).__contains__)  # most chunks: none
        for chunk in self.doc.noun_chunks:
            inside = names[bisect.bisect_left(names, chunk.start) : bisect.bisect_left(names, chunk.end)]
            root = chunk.root if inside else None  # once: spaCy works the root out again on every access
            if root is not None and any(i != root.i for i in inside) and not self.in_quote(chunk.start_char):
                found.setdefault(root.lemma_.lower(), []).append(chunk)
        return found

    @cached_property
    def org_spans(self) -> list[Span]:
        """Organisations: NER's ORG entities, plus brand-like names it missed ("BSkyB", "EasyJet")."""
        spans = [
            e for e in self.ents if e.label_ == "ORG" and self.resolve_person(e.root) is None and not _lone_generic(e)
        ]
        for token in map(self.doc.__getitem__, tokens_where(self.doc, "POS", "PROPN".__eq__)):  # no Token for the rest
            if (
                token.pos_ == "PROPN"
                and not token.ent_type_
                and sum(c.isupper() for c in token.text) >= 2
                and any(c.islower() for c in token.text)
                and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
                and not self.in_quote(token.idx)
            ):
                spans.append(self.doc[token.i : token.i + 1])
        return sorted(spans, key=lambda s: s.start)

    @cached_property
    def org_names(self) -> list[str]:
        """Every organisation the article names, by its long form, in order of appearance."""
        names: list[str] = []
        for span in self.org_spans:
            name = self.long_form(strip_the(span.text))
            if (
                len(name) > 2
                and "\n" not in name
                and name[:1].isupper()
                and name not in names
                and not name.endswith(("'", " of", " and", " for"))
            ):
                names.append(name)
        return names

    def aliases(self, person: Person) -> list[str]:
        """Other names the article itself uses for `person`: "Ms Holt", "Holt", "Ye" (a Chinese family
        name comes first). A given name counts only if the article uses it alone."""
        if person.name in self._aliases:
            return self._aliases[person.name]
        found = set(person.forms)
        words = person.name.split()
        for word in {words[0], last := surname(person.name)}:
            inside = sum(len(whole_words(self.text, [form])) for form in person.forms if word in form.split())
            alone = len(whole_words(self.text, [word])) - inside if word == last else alone_count(self.text, word)
            if alone > 0:
                found.add(word)
        for form in person.forms:  # "Ms Holt" → "Holt" too
            parts = form.split()
            if len(parts) == 2 and parts[0].lower().rstrip(".") in HONORIFICS:
                found.add(parts[1])
        self._aliases[person.name] = sorted(found - {person.name})
        return self._aliases[person.name]

    def tokens_with(self, attr: str, values: Collection[str], span: Span) -> list[Token]:
        """The tokens of `span` whose `attr` ("LEMMA", ...) is one of `values`, in order, found through
        one doc.to_array per document: no Token is made for the other words."""
        at = self._where.get((attr, id(values)))
        if at is None:
            at = self._where[(attr, id(values))] = tokens_where(self.doc, attr, frozenset(values).__contains__)
        return [self.doc[i] for i in at[bisect.bisect_left(at, span.start) : bisect.bisect_left(at, span.end)]]

    def long_form(self, name: str) -> str:
        """Expand an acronym the article defined ("CAS" → "Chinese Academy of Sciences")."""
        return self.acronyms.get(name, name)


def _name_word_after(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor().pos_ == "PROPN" and token.nbor().text[:1].isupper()


def _lone_generic(ent: Span) -> bool:
    """ "the State", "the Centre": one capitalised common noun, no organisation's name."""
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) == 1 and words[0].lower_ in LONE_GENERIC_BODIES
