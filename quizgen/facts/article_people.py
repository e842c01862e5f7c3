"""Who the article names: the people `ArticleContext` links every later mention back to.

NER finds most names; the rest are found here from how news introduces people: a name run whose
surname later speaks alone ("Hendricks said"), a name with a post in apposition, a titled or
initialled name the tagger cut or called an organisation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from quizgen.facts.described_names import described_speakers
from quizgen.facts.given_names import past_a_nickname
from quizgen.facts.honorifics import name_length
from quizgen.facts.lexicon import NOT_NAME_WORDS, SPEECH_VERBS
from quizgen.facts.name_runs import initialled_speakers, name_runs
from quizgen.facts.people import after_title, clean_name, name_goes_on, outside_field, person_span, whole_name
from quizgen.facts.titled_names import titled_names
from quizgen.facts.titles import is_post
from quizgen.nlp import tokens_where

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext


def collect_people(ctx: ArticleContext) -> None:
    """Add every person the article names to `ctx.people`, in order of their first mention."""
    _Collector(ctx).collect()


class _Collector:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx

    def collect(self) -> None:
        ctx = self.ctx
        for ent in ctx.ents:
            if ent.label_ != "PERSON" or ctx.in_quote(ent.start_char) or "\n" in ent.text.strip():
                continue
            ent = whole_name(ent)  # "[Khalid bin Saad] bin Nasser Al Marri"
            span = outside_field(person_span(name_goes_on(ent[-1])), ent)  # "Director of Science [Ann Ruiz]"
            text = clean_name(span.text if span.start <= ent.start else after_title(ent).text)
            text = past_a_nickname(text, ctx.text, ent.end_char)  # 'Juan Miguel “Migz” Zubiri'
            award = ctx.text.startswith(" of the Year", ent.end_char)  # "named Wisden Cricketer of the Year"
            if 2 <= name_length(text) <= 5 and text.split()[-1].lower() not in NOT_NAME_WORDS and not award:
                ctx.people.add(text, ent.start_char)
        for ent in ctx.ents:
            if ent.label_ in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART") and self._named_like_a_speaker(ent):
                ctx.people.add(clean_name(ent.text), ent.start_char)
        self._collect_titled()
        ctx.people.people.sort(key=lambda p: p.first_seen)

    def _collect_titled(self) -> None:
        """Names NER cut, mislabelled or missed: "President Okafor" (one word), "National Security
        Adviser Ann Ruiz" (tagged as an organisation), "Hu Li" untagged but later speaking."""
        ctx = self.ctx
        for name, form in titled_names(ctx):
            if ctx.people.find(name.text) is None:
                person = ctx.people.add(name.text, name.start_char)
                if person is not None and len(name) == 1:
                    person.forms.add(form)
        for name in initialled_speakers(ctx.doc):  # "J. Makumbi said", tagged an organisation
            if not ctx.in_quote(name.start_char) and ctx.people.find(name.text) is None:
                ctx.people.add(name.text, name.start_char)
        for name in described_speakers(ctx.doc):  # "Grandmother Joan Pike admitted …", untagged
            if not ctx.in_quote(name.start_char) and ctx.people.find(name.text) is None:
                ctx.people.add(name.text, name.start_char)
        for run in name_runs(ctx.doc):  # checked cheaply first: the surname comes back later
            if (
                ((ctx.text.count(run[-1].text) > 1 and self._named_like_a_speaker(run)) or _introduced_with_a_post(run))
                and not ctx.in_quote(run.start_char)
                and not any(is_post(t.text) for t in run)  # "Prime Minister" is a post, not a name
                and ctx.people.find(run.text) is None
            ):
                ctx.people.add(run.text, run.start_char)

    def _named_like_a_speaker(self, ent: Span) -> bool:
        """A two- or three-word name NER did not call a person, whose last word later speaks alone."""
        words = [t for t in ent if not t.is_punct]
        if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text.istitle() for t in words):
            return False
        last = words[-1]
        if last.lower_ in NOT_NAME_WORDS or self.ctx.in_quote(ent.start_char):
            return False
        return any(not ent.start <= i < ent.end for i in self._lone_speakers.get(last.text, ()))

    @cached_property
    def _lone_speakers(self) -> dict[str, list[int]]:
        """Where a single word, not after another name word, is the subject of a speech verb
        ("Hendricks said"), by the word: one pass over the document for every name asked about."""
        doc = self.ctx.doc
        found: dict[str, list[int]] = {}
        for t in map(doc.__getitem__, tokens_where(doc, "DEP", "nsubj".__eq__)):  # no Token for the rest
            if t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS and (t.i == 0 or doc[t.i - 1].pos_ != "PROPN"):
                found.setdefault(t.text, []).append(t.i)
        return found


def _introduced_with_a_post(run: Span) -> bool:
    """ "Zhao He, director of the Solar Institute, said": a run of proper nouns NER missed, with a
    post in apposition, is a person (a body in apposition is "a maker", "the group", not a post)."""
    last = run[-1]
    return any(c.dep_ == "appos" and c.i > last.i and c.pos_ == "NOUN" and is_post(c.text) for c in last.children)
