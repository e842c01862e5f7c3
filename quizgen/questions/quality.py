"""The last gate before a question reaches a learner: fluency checks, no leaks, no duplicates.

Heilman & Smith's lesson: it is cheaper to over-generate and drop what is doubtful than to
let a learner meet a question with a dangling pronoun or its own answer inside it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import QuoteFact
from quizgen.facts.quote_marks import blank_quotes
from quizgen.models import Article, Question
from quizgen.questions.answer_types import weekday_glued
from quizgen.questions.draft import Draft
from quizgen.questions.grammar import TORN_ASIDE
from quizgen.questions.highlight import answer_occurrence
from quizgen.questions.hyphen_torn import torn_at_hyphen
from quizgen.questions.mends import (
    mend_affiliation,
    mend_hyphen,
    mend_measures,
    mend_participle,
    mend_single_quote,
)
from quizgen.questions.plain_verbs import plain_verbs
from quizgen.questions.pronouns import PRONOUN, dangling
from quizgen.questions.quote_lead import whole_at_cut
from quizgen.questions.slips import statement_points_back, verbless_that
from quizgen.text import balanced, normal

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Doc

#: "such visas", "these figures", "that way": words that point back into the article, which the question cannot carry.
POINTING_BACK = re.compile(r"\b[Ss]uch (?!as\b)(?:an? )?[a-z]+|(?<!of )\b[Tt]hese [a-z]+|\b(?:that|this) way\b")
_POINTING_WORDS = ("uch ", "hese ", "way")  # one in each branch of POINTING_BACK
#: "Both were sentenced", "were both sentenced": "both" standing alone for two people the question never named.
BOTH_ALONE = re.compile(
    r"\b[Bb]oth (?:were|are|was|had|have|will|would|did)\b|\b(?:were|are|had|have) both [a-z]+(?:ed|en)\b"
)
BAD_ENDINGS = re.compile(r"(\b(and|or|the|a|an|his|her|its|their|my|our|that)|\s)\?$", re.I)
_SPLIT_NT = re.compile(r"\sn't\b")
#: "the summit between Yoon?": "between" with one side only, the other cut away.
#: A preposition whose object the cut left behind a comma: "rate pride in, cleanliness" (from "rate
#: towns by their care for, and pride in, cleanliness"). Read on the question's own words, not a quote's.
TORN_PREPOSITION = re.compile(r"\b(?:in|for|of|to|on|at|with|from|by|about|into|than|over|under|among),")
ONE_SIDED = re.compile(r"\bbetween (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*\?$")
#: A legal ending standing for the company it ended ("at LLC"): the name was torn off.
LEGAL_ENDINGS = ("LLC", "LLP", "Inc", "Ltd", "Corp", "PLC", "Co")
_LEGAL_NAME = re.compile(rf"\b(?:at|of|for|with|by|from) (?:the )?(?:{'|'.join(LEGAL_ENDINGS)})\b\.?(?! [A-Z])")
_ANY_LEGAL = re.compile("|".join(LEGAL_ENDINGS))  # one of them anywhere: one scan, not one per ending

#: Patterns read for every question, compiled once (a call with the pattern's text looks it up each time).
_WORDS = re.compile(r"\w+")
_CAPITALS = re.compile(r"\b[A-Z]{3,5}\b")


def finalize(article: Article, drafts: list[Draft], look: FirstLook | None = None) -> list[Question]:
    """Keep the good drafts, give each a stable id, and drop duplicates.

    `look` is `first_look(drafts)` with its questions already tagged (see `FirstLook`).
    """
    out: list[Question] = []
    seen_text: set[str] = set()
    seen_ids: set[str] = set()
    statements: dict[tuple[str, str], list[frozenset[str]]] = {}
    for d, question in _readable(drafts, look):
        if d.needs_choices and len(d.choices) < 2:
            continue
        if isinstance(d.fact, QuoteFact):
            question = whole_at_cut(question, d.fact)  # "… from the Home Office …?" cut where a clause began
        key = normal(question)
        qid = question_id(article.id, d.fact.kind, d.fact.key, d.direction)
        if key in seen_text or qid in seen_ids or _restated(statements, d, question):
            continue
        seen_text.add(key)
        seen_ids.add(qid)
        answer = mend_hyphen(balanced(d.answer))  # "World Health Organization (WHO" lost its ")" to the parser
        aliases = tuple(dict.fromkeys(a for a in d.aliases if normal(a) != normal(answer)))
        out.append(
            Question(
                id=qid,
                article=article.id,
                kind=d.fact.kind,
                question=question,
                answer=answer,
                aliases=aliases,
                choices=tuple(mend_hyphen(balanced(c)) for c in d.choices),
                source=d.fact.sentence,
                span=answer_occurrence(
                    d.fact.sentence,
                    answer,
                    aliases,
                    d.fact.answer_span,
                    hint_is_value=d.fact.kind in ("date", "number"),
                ),
                tags=(d.fact.kind, article.id),
            )
        )
    return out


#: How many words a statement question may add to another and still be the same question.
RESTATED_WORDS = 4
#: Words that only frame a "Who said …?" question.
FRAMING = {"who", "which", "organization", "said", "say", "says", "that", "the", "a", "an"}


def _restated(seen: dict[tuple[str, str], list[frozenset[str]]], d: Draft, question: str) -> bool:
    """Is this statement question the same as one already kept, from the same sentence and with the
    same answer, differing by a few words only? ("Who welcomed the plan and said taxes would rise?" /
    "Who said that taxes would rise?") One of them is enough; both would be one fact asked twice.
    A question that adds a second statement ("… called it a disgrace but warned that …") is kept, and so
    an organization's act ("Which organization's report said …?") is the same as its statement."""
    if d.fact.kind not in ("quote", "org-event"):
        return False
    words = frozenset(_WORDS.findall(question.lower())) - FRAMING
    kept = seen.setdefault((d.fact.sentence, normal(d.answer)), [])
    if any(len(words ^ other) <= RESTATED_WORDS and (words <= other or other <= words) for other in kept):
        return True
    kept.append(words)
    return False


@dataclass
class FirstLook:
    """The drafts' tidied questions, what the plain checks found, and which questions are to be tagged.

    Writing many articles at once, a caller tags every article's `questions` in one batch (the
    tagger's cost per call is large for a few short questions) and fills in `docs`.
    """

    tidied: list[tuple[Draft, str]]
    reasons: list[str | None]
    reread: list[int]
    docs: list[Doc] | None = None
    torn: frozenset[int] = frozenset()
    """The drafts cut inside a last aside, whose reported clause may have lost its verb."""

    @property
    def questions(self) -> list[str]:
        return [self.tidied[i][1] for i in self.reread]


def first_look(drafts: list[Draft]) -> FirstLook:
    from quizgen.questions.grammar import drop_asides

    torn = frozenset(i for i, d in enumerate(drafts) if "\u2026" in d.question and TORN_ASIDE.search(d.question))
    tidied = [(d, tidy(drop_asides(_manner_dropped(d.question)))) for d in drafts]
    reasons = [problem(q, d.answer, d.aliases) or _points_back(d, q) or _torn(d, q) for d, q in tidied]
    reread = [
        i
        for i, (d, q) in enumerate(tidied)
        if reasons[i] in (None, PRONOUN) and (_from_clause(d, q) or reasons[i] == PRONOUN or _doubtful(q) or i in torn)
    ]
    return FirstLook(tidied, reasons, reread, torn=torn)


def _torn(d: Draft, question: str) -> str | None:
    """ "… backed by the Pakistan Tehreek-e win?", the post "-N president": a name cut at a hyphen."""
    torn = torn_at_hyphen(question, d.fact.sentence) or torn_at_hyphen(d.answer, d.fact.sentence, last_pieces=False)
    return "a name cut at a hyphen" if torn else None


def _doubtful(question: str) -> bool:
    """A template question worth tagging after all: one cut short ("… and hoped …?"), whose last
    word may leave its phrase open."""
    return question.endswith("\u2026?")


#: A manner that points back into the article ("plead his case that way"): the question stands without it.
POINTING_MANNER = re.compile(r",? (?:in )?(?:that|this) way\b(?! of| to| that)")


def _manner_dropped(question: str) -> str:
    """ "When will Ruiz plead her case that way in an address?" → "… plead her case in an address?";
    quoted words are the speaker's and stay."""
    if "way" not in question or '"' in question or "\u201c" in question:
        return question
    return POINTING_MANNER.sub("", question)


def _points_back(d: Draft, question: str) -> str | None:
    """ "How many people applied for such visas?": which visas, the question does not say. A
    statement ("Who said that these figures were late?") is recognised as it stands."""
    if d.fact.kind == "quote":
        return "points back into the article" if statement_points_back(blank_quotes(question)) else None
    if not any(word in question for word in _POINTING_WORDS):
        return None  # each of the pattern's branches needs one of these: most questions skip it
    if not POINTING_BACK.search(question.split("\u201c")[0].split('"')[0]):
        return None
    return "points back into the article"


def _readable(drafts: list[Draft], look: FirstLook | None = None) -> list[tuple[Draft, str]]:
    """The drafts whose tidied question passes the checks, with that question.

    Questions worded from a clause, and those the plain checks doubt, are tagged again (one batch)
    and read for their grammar; a slip that can be mended is mended and read once more. Template
    questions are not re-read, to keep generation fast.
    """
    look = look or first_look(drafts)
    tidied, reasons, reread, docs = look.tidied, look.reasons, look.reread, look.docs
    for _ in range(3):  # later rounds read the mended questions
        if not reread:
            break
        from quizgen.questions.grammar import repair, tag

        mended = []
        docs = docs if docs is not None else tag([tidied[i][1] for i in reread])
        for i, doc in zip(reread, docs, strict=True):
            d, q = tidied[i]
            reasons[i] = problem(q, d.answer, d.aliases, doc) or _grammar_of(doc, _from_clause(d, q), q)
            if reasons[i] is None and i in look.torn and verbless_that(doc):
                reasons[i] = "clause cut inside an aside"
            fixed = repair(doc) if reasons[i] else None
            if fixed and fixed != q:
                tidied[i] = (d, tidy(fixed))
                mended.append(i)
        reread, docs = mended, None
    return [pair for pair, reason in zip(tidied, reasons, strict=True) if reason is None]


def _grammar_of(tagged: Doc, clause: bool, question: str) -> str | None:
    """`grammar_problem`, read once per tagged question: a question tagged lately is the same document
    when its wording recurs (see `grammar.tag`), and its grammar is the same too."""
    from quizgen.questions.grammar import grammar_problem

    memo = tagged.user_data.setdefault("quizgen_grammar", {})
    if (clause, question) not in memo:
        memo[clause, question] = grammar_problem(tagged, clause, question)
    found: str | None = memo[clause, question]
    return found


def _from_clause(d: Draft, question: str) -> bool:
    """Worded by moving the parts of an article's clause around (dates, numbers, events), not from a
    template. Reported speech ("Who said that …") keeps the article's clause whole, so it is not re-read:
    tagging it would cost more than it finds."""
    return d.fact.kind in ("date", "number", "org-event")


def question_id(article_id: str, kind: str, fact_key: str, direction: str) -> str:
    """Same article, fact and direction → same id, whatever the wording."""
    digest = hashlib.sha1(f"{article_id}\x1f{kind}\x1f{fact_key}\x1f{direction}".encode()).hexdigest()
    return f"{article_id[:24]}-{digest[:10]}"


#: "When were a bundle of letters found?": a subject that is one thing of many takes "was" (not "a few
#: of", "a number of", whose sense is plural).
ONE_OF_MANY = (
    r"\b(When|Where|Why|How) were (an?) (?!(?:few|number|lot|couple|handful|majority|host|dozen|total|series"
    r"|range|variety|pair|quarter|third|half)\b)([a-z-]*[a-rt-z]) of\b"
)
#: `tidy`'s mends, in order (compiled once: every draft question goes through them), each with
#: the pieces of text one of which it needs to find anything (none: always tried). Most questions
#: hold none of them, and a mend whose piece is absent cannot apply: no scan of the question.
_TIDY = [
    (re.compile(p), repl, needs)
    for p, repl, needs in (
        (r"\s*<([A-Z][A-Za-z.&]*)>", "", ("<",)),  # wire tickers: "Harwick Chemical Co <HWC>"
        (r"<([^<>]+)>", r"\1", ("<",)),  # "<Calder Ferryworks Ltd>"
        (r"\s*\(\s*\)", "", ("(",)),  # "the Biju Janata Dal ( )": a short form left out
        (r"\b(in|at|on|for|before|after|since|during|from|of|by) ['\u2019]s\b", r"\1 the", (" 's", " \u2019s")),
        # "in 's general election": its "Sunday" left out as a date the question moves
        (r"\s+(['\u2019]s)\b", r"\1", ("'s", "\u2019s")),  # "Australia 's" → "Australia's"
        (r"\b([A-Z][\w&]*s)['\u2019]s\b", r"\1'", ("s's", "s\u2019s")),  # "General Motors's" → "General Motors'"
        (
            r"\b(that|the|a|an|to|of|in) (?i:\1)\b",
            r"\1",
            tuple(f"{w} {v}" for w in ("that", "the", "a", "an", "to", "of", "in") for v in (w, w.title())),
        ),  # "say that that", "to the The Harbour Building" (the article's own slip)
        (
            r"\b(said|says) only (?=(?:it|they|he|she|we)\b)",
            r"\1 only that ",
            ("said only ", "says only "),
        ),  # "said only it is …"
        (
            r"\b(in|by|from|to) (journal|magazine|newspaper) (?=[A-Z])",
            r"\1 the \2 ",
            ("journal ", "magazine ", "newspaper "),
        ),  # "in journal Nature"
        (r"(?:``|(?<![\w'])'')(?=\w)([^'\n]+?)''(?!')", "\u201c\\1\u201d", ("''",)),  # wire feeds' ''quotes''
        (r"(?:``|(?<![\w'])'')(?=\w)", "", ("''", "``")),  # one whose closing mark the question cut away
        (ONE_OF_MANY, r"\1 was \2 \3 of", (" were ",)),  # "When were a bundle of letters found?": one bundle
        (r",(\s*,)+", ",", (",",)),
        # (`tidy` leaves no whitespace but single spaces: a space is what the pattern needs)
        (r"\s+([,.;:?!])", r"\1", (" ,", " .", " ;", " :", " ?", " !")),
    )
]


_LOOSE_END = re.compile(r"[,;:.\s]+\?$")


def tidy(question: str) -> str:
    question = mend_hyphen(" ".join(question.split()))  # `str.split` splits at what `\s` matches
    for pattern, repl, needs in _TIDY:
        for piece in needs:  # a mend whose piece is absent cannot apply (a loop: `any` costs a generator)
            if piece in question:
                break
        else:
            if needs:
                continue
        question = pattern.sub(repl, question)
    if question[-2:-1] in (",", ";", ":", ".", " ") and question.endswith("?"):
        question = _LOOSE_END.sub("?", question)  # "… in 2019 ,?" (the pattern's end: read its end first)
    question = mend_single_quote(mend_measures(mend_participle(mend_affiliation(question))))
    question = plain_verbs(question)  # "make a proposal to invest" → "propose to invest"
    question = question.replace("  ", " ")
    return question[:1].upper() + question[1:]


def problem(question: str, answer: str, aliases: list[str], doc: Doc | None = None) -> str | None:
    """Why a question must not be asked, or None when it is fine.

    With `doc` (the question tagged), pronouns are read from the tags: "He" in "Zhao He" is a name,
    and the "it" of "it is easier to …" stands for nothing and needs nothing.
    """
    if not question.endswith("?") or not answer.strip():
        return "empty"
    if question.count('"') % 2 or question.count("\u201c") != question.count("\u201d") or "''" in question:
        return "unbalanced quotes"
    if question.count("(") != question.count(")") or question.count("[") != question.count("]"):
        return "unbalanced brackets"
    if BAD_ENDINGS.search(question, max(0, len(question) - 8)):  # the pattern ends the question: read its end
        return "dangling last word"
    if "," in question and _torn_preposition(question):
        return "a preposition torn from its object"
    if "between " in question and ONE_SIDED.search(question):
        return "between one side only"
    if "oth " in question and BOTH_ALONE.search(blank_quotes(question)):
        return "both of whom, the question does not say"
    if "n't" in question and _SPLIT_NT.search(question):
        return "split n't"
    if weekday_glued(answer):
        return "weekday glued to a name"
    if _ANY_LEGAL.search(question) and _LEGAL_NAME.search(question):
        return "a company's legal ending as its name"  # "… co-head of research at LLC?"
    if answer.strip().rstrip(".") in LEGAL_ENDINGS:
        return "a company's legal ending as its name"  # "Which company …? — Ltd": the name torn off
    if answer.strip().lower() in ("hundred", "thousand", "million", "billion", "trillion"):
        return "a scale word without its figure"  # "A million women …" asked with the answer "million"
    asked = f" {normal(question)} "
    for name in [answer, *aliases]:
        n = normal(name)
        if len(n) >= 3 and f" {n} " in asked:
            return "answer in question"
    if _initials_in(question, answer):
        return "answer's initials in question"
    return dangling(question, doc)


def _torn_preposition(question: str) -> bool:
    """ "How many towns does the survey rate pride in, cleanliness?": a shared object cut away."""
    found = list(TORN_PREPOSITION.finditer(question))
    if not found:
        return False  # (most questions: no quotes to blank)
    outside = blank_quotes(question)  # a speaker's own "in, say, 2030" stays theirs
    return any(outside[m.start() : m.end()] == m.group() for m in found)


def _initials_in(question: str, answer: str) -> bool:
    """ "Who confirmed his NXT party …? — Nick Xenophon": a body named by the answer's initials gives it away."""
    words = answer.split()  # a person's two names ("What does CSO stand for?" names its answer's initials)
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    return any(t.startswith(initials) and t != initials for t in _CAPITALS.findall(question))
