"""Render a question bank as JSON, a readable numbered list, or CSV."""

from __future__ import annotations

import csv
import io
import json

from quizgen.models import QuestionBank


def render(bank: QuestionBank, fmt: str) -> str:
    """The text `quizgen generate --format FMT` prints."""
    if fmt == "json":
        return json.dumps(bank.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(bank)
    return _text(bank)


def _text(bank: QuestionBank) -> str:
    out = []
    for article in bank.articles:
        date = f" ({article.published.isoformat()})" if article.published else ""
        out.append(f"{article.title}{date}")
        out.append("=" * min(len(out[-1]), 79))
        questions = [q for q in bank.questions if q.article == article.id]
        for number, q in enumerate(questions, 1):
            out.append(f"{number}. [{q.kind}] {q.question}")
            out.append(f"   Answer: {q.answer}")
            if q.choices:
                out.append("   Choices: " + " | ".join(q.choices))
        out.append("")
    return "\n".join(out)


def _csv(bank: QuestionBank) -> str:
    """CSV with every cell that a spreadsheet would run as a formula made text (OWASP)."""
    from quizgen.export.tabular import inert_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "article", "kind", "question", "answer", "aliases", "choices", "source"])
    for q in bank.questions:
        row = [q.id, q.article, q.kind, q.question, q.answer, "; ".join(q.aliases), "; ".join(q.choices), q.source]
        writer.writerow([inert_cell(cell) for cell in row])
    return buffer.getvalue()
