"""The results screen's "export": the whole bank as an Anki deck in the exports folder."""

from __future__ import annotations

import datetime as dt

from quizgen.export import ExportResult, write_export
from quizgen.locations import exports_directory
from quizgen.models import QuestionBank


def export_bank_deck(bank: QuestionBank, now: dt.datetime) -> ExportResult:
    """Write `bank` as a timestamped .apkg, named after its article when there is only one."""
    name = bank.articles[0].id if len(bank.articles) == 1 else "quizgen"
    path = exports_directory() / f"{name}-{now:%Y%m%d-%H%M%S}.apkg"
    return write_export(bank, path, fmt="apkg", now=now.timestamp())
