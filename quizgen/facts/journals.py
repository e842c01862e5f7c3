"""The journal a study appeared in: "The study was published in the journal Marine Ecology Letters" →
"In which journal was the study published?"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.fact_types import Fact, OrgEventFact
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token


#: Month and day names: "in May" after a journal's name is when, not part of the name.
_WHEN = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)


def journal_name(words: str) -> str:
    """The journal's name out of the capitalized words after "journal": "Marine Letters in May" →
    "Marine Letters" (a time after it, and small words ending it, are not the name)."""
    name = re.sub(rf" (?:in|on) (?:{_WHEN}).*$", "", words)
    return re.sub(r"(?: (?:of|the|and|&|for|in|on))+$", "", name)


def journals(ctx: ArticleContext) -> list[Fact]:
    """'The study was published in the journal Marine Ecology Letters', '… a report that appeared in the
    May issue of the journal Harbour Science' → "In which journal …?"."""
    found: list[Fact] = []
    if "ournal" not in ctx.text:
        return found  # every shape below names a "journal" or a "Journal of …"
    for m in re.finditer(
        r"\b(published|appeared|appears)\b[^;:]{0,40}?\bin (?:the )?(?:[\w ]{1,30}? issue of (?:the )?)?"
        r"(?:(?:[a-z\-]+ )?journal,? |(?=Journal of )|[Tt]he (?=Journal of ))"
        r"((?:[A-Z][\w&'\-]*|of|the|and|&|for|in|on)(?: (?:[A-Z][\w&'\-]*|of|the|and|&|for|in|on))*)",
        ctx.text,
    ):
        name = journal_name(m.group(2))
        verb = ctx.doc.char_span(m.start(1), m.end(1))
        if verb is None or ctx.in_quote(m.start()) or len(name) < 3:
            continue
        question = _journal_question(verb.root)
        if question is None:
            continue
        key = f"org-event|{name.lower()}|journal|{m.start()}"
        at = m.start(2) - verb.root.sent.start_char
        found.append(
            OrgEventFact(
                key=key,
                sentence=verb.root.sent.text.strip(),
                answer_span=(at, at + len(name)),
                question=question,
                answer=name,
            )
        )
    return found


#: "The study", and "their study" / "its report" of the article's own researchers: asked as "the study".
_THE = {"the", "their", "its"}
#: Nouns for what a journal prints: "a paper on the findings that appeared …" is the paper's appearing.
PAPERS = {"report", "study", "paper", "article", "analysis"}


def _journal_question(verb: Token) -> str | None:
    """'The study was published …' → "In which journal was the study published?"; 'a paper on the
    findings that appeared …' → "In which journal did the paper on the findings appear?"."""
    if verb.lemma_ == "publish":
        subject = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
            [verb.head] if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else []
        )
        if not subject:
            return None
        thing = lower_first(words_of(t for t in subject[0].subtree if t.i < verb.i and not t.is_punct))
        return f"In which journal {'were' if subject[0].tag_ == 'NNS' else 'was'} {thing} published?"
    which = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag_)
    if which is not None and which.lemma_ in PAPERS and do and any(c.lower_ in _THE for c in which.children):
        cut = {t.i for c in which.subtree if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
        said = [t for t in which.subtree if not t.is_punct and t.i not in cut]
        thing = "".join(
            ("the" + t.whitespace_ if t.lower_ in _THE and t.head == which else t.text_with_ws) for t in said
        ).strip()
        return None if "," in thing else f"In which journal {do} {lower_first(thing)} appear?"  # "The study appears …"
    if which is None or which.lower_ not in ("that", "which") or verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.head.lemma_ in PAPERS:
        noun = noun.head.head  # "a paper on the findings that appeared": the paper appeared
    if noun.lemma_ not in PAPERS:
        return None
    words = [t for t in noun.subtree if noun.left_edge.i <= t.i < which.i and not t.is_punct]
    if words and words[0].lower_ in ("a", "an"):
        words = words[1:]
    return f"In which journal did the {lower_first(words_of(words)).removeprefix('the ')} appear?"
