"""The last gate before a question reaches a learner: fluency checks, no leaks, no duplicates.

Heilman & Smith's lesson: it is cheaper to over-generate and drop what is doubtful than to
let a learner meet a question with a dangling pronoun or its own answer inside it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from quizgen.models import Article, Question
from quizgen.questions.draft import Draft
from quizgen.questions.highlight import answer_occurrence
from quizgen.text import balanced

#: Pronouns that leave a question without a referent when they stand outside quote marks.
DANGLING = re.compile(r"\b([Hh]e|[Ss]he|him|[Tt]hey|them|[Mm]y|[Ww]e|[Oo]ur|us|me)\b"
                      r"|\b[Tt]h(is|ese|ose)\b(?=\s+(is|was|are|were|has|have|will|would|can|could)\b|\s*[.,;?])")
#: "it", "its", "their" are fine once the question has named what they stand for ("Which country said
#: it would …", "Which company plans to ship its boxes"), not before ("By what percentage did its profit …").
BARE_IT = re.compile(r"\b([Ii]t|[Ii]ts|[Tt]heir)\b")
BAD_ENDINGS = re.compile(r"(\b(and|or|the|a|an|his|her|its|their|my|our|that)|\s)\?$", re.I)


def finalize(article: Article, drafts: list[Draft]) -> list[Question]:
    """Keep the good drafts, give each a stable id, and drop duplicates."""
    out: list[Question] = []
    seen_text: set[str] = set()
    seen_ids: set[str] = set()
    for d in drafts:
        question = tidy(d.question)
        if problem(question, d.answer, d.aliases):
            continue
        if d.needs_choices and len(d.choices) < 2:
            continue
        key = normal(question)
        qid = question_id(article.id, d.fact.kind, d.fact.key, d.direction)
        if key in seen_text or qid in seen_ids:
            continue
        seen_text.add(key)
        seen_ids.add(qid)
        answer = balanced(d.answer)  # "World Health Organization (WHO" lost its ")" to the parser
        aliases = tuple(dict.fromkeys(a for a in d.aliases if normal(a) != normal(answer)))
        out.append(Question(
            id=qid, article=article.id, kind=d.fact.kind, question=question, answer=answer,
            aliases=aliases, choices=tuple(balanced(c) for c in d.choices), source=d.fact.sentence,
            span=answer_occurrence(d.fact.sentence, answer, aliases, d.fact.answer_span,
                                   hint_is_value=d.fact.kind in ("date", "number")),
            tags=(d.fact.kind, article.id),
        ))
    return out


def question_id(article_id: str, kind: str, fact_key: str, direction: str) -> str:
    """Same article, fact and direction → same id, whatever the wording."""
    digest = hashlib.sha1(f"{article_id}\x1f{kind}\x1f{fact_key}\x1f{direction}".encode()).hexdigest()
    return f"{article_id[:24]}-{digest[:10]}"


def tidy(question: str) -> str:
    question = re.sub(r"\s+", " ", question).strip()
    question = re.sub(r"\s+([,.;:?!])", r"\1", question)
    question = re.sub(r"[,;:.\s]+\?$", "?", question)
    question = question.replace("  ", " ")
    return question[:1].upper() + question[1:]


def problem(question: str, answer: str, aliases: list[str]) -> str | None:
    """Why a question must not be asked, or None when it is fine."""
    if not question.endswith("?") or not answer.strip():
        return "empty"
    if question.count('"') % 2 or question.count("\u201c") != question.count("\u201d"):
        return "unbalanced quotes"
    if question.count("(") != question.count(")"):
        return "unbalanced brackets"
    if BAD_ENDINGS.search(question):
        return "dangling last word"
    unquoted = re.sub(r'"[^"]*"|\u201c[^\u201d]*\u201d', " ", question)
    if DANGLING.search(unquoted):
        return "pronoun without referent"
    for m in BARE_IT.finditer(unquoted):
        named = re.search(r"(?<!^)\b[A-Z][A-Za-z0-9]+", unquoted[: m.start()])
        if not (named or unquoted.startswith("Which")):
            return "pronoun without referent"
    if re.search(r"\sn't\b", question):
        return "split n't"
    asked = f" {normal(question)} "
    for name in [answer, *aliases]:
        n = normal(name)
        if len(n) >= 3 and f" {n} " in asked:
            return "answer in question"
    return None


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u2018\u2019`]", "'", text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s%$£€&]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)
