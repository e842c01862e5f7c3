"""The `quizgen` command line: thin commands over the headless core and the TUI.

Heavy imports (spaCy, Textual, genanki) are deferred into the commands that need them,
so `quizgen --help` starts at once and `generate` never loads the TUI.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from quizgen.console import note, out, silence_stdout, warn
from quizgen.errors import InputError, QuizgenError
from quizgen.export import BANK_FORMATS
from quizgen.inert import one_line

if TYPE_CHECKING:
    from quizgen.settings import Settings
    from quizgen.store import ReviewStore


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quizgen", prog_name="quizgen")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Turn news articles into quizzes and flashcards.

    With no command, quizzes you on the founding article that ships with quizgen.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(quiz)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(BANK_FORMATS),
    help="json for programs, text (a numbered list) for people, csv, or jsonl: one line per article, "
    "written as each is done (for many articles). Default: jsonl for -o X.jsonl, else json.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@click.option("--resume", is_flag=True, help="Continue an interrupted -o OUT.jsonl: skip the articles already in it.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Parse in N processes (default: one per core).")
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Parse on the Dask cluster whose scheduler is at ADDRESS (needs quizgen[dask]).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def generate(
    paths: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    force: bool,
    resume: bool,
    jobs: int | None,
    dask_address: str | None,
    quiet: bool,
) -> None:
    """Write questions for the articles at PATHS (files, folders, or - for stdin)."""
    from quizgen.bulk import Run, run
    from quizgen.parallel import default_jobs

    if fmt is None:
        fmt = "jsonl" if output is not None and output.suffix.lower() == ".jsonl" else "json"
    run(
        Run(
            paths=paths,
            fmt=fmt,
            output=output,
            force=force,
            resume=resume,
            jobs=jobs or default_jobs(),
            dask=dask_address,
            quiet=quiet,
        )
    )


# --- quiz (TUI) -----------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--mode",
    type=click.Choice(["mcq", "typed", "flash", "mixed"]),
    help="mcq, typed, flash, or mixed (learn: rounds, multiple choice then typed). "
    "Default: mixed, chosen on the start screen; giving --mode skips it.",
)
@click.option("-n", "count", type=click.IntRange(min=1), help="Ask at most N questions.")
@click.option("--kinds", metavar="LIST", help="Only these kinds, e.g. quote,role,date,acronym,number,org-event.")
@click.option("--seed", type=int, help="Fix the order of questions and choices.")
@click.option(
    "--bank",
    "bank_file",
    type=click.Path(dir_okay=False, path_type=Path),
    hidden=True,
    help="Quiz on a file written by `quizgen generate --format json` (no generation).",
)
def quiz(
    paths: tuple[str, ...],
    mode: str | None,
    count: int | None,
    kinds: str | None,
    seed: int | None,
    bank_file: Path | None,
) -> None:
    """Quiz yourself on the articles at PATHS (default: the founding article)."""
    from quizgen.selection import QuizOptions, parse_kinds

    options = QuizOptions(
        mode=mode or "mixed", count=count, kinds=parse_kinds(kinds), seed=seed, autostart=mode is not None
    )
    if bank_file is None:
        if not paths:
            from quizgen.locations import seed_article

            paths = (str(seed_article()),)
        for name in paths:  # fail before the screen opens, not after a second of loading
            if name == "-":
                raise InputError("the quiz cannot read an article from stdin; save it to a file first")
            if not Path(name).exists():
                raise InputError(f"{name}: no such file or folder")
    bank = None
    if bank_file is not None:
        from quizgen.export.bank import read_bank_file

        bank = read_bank_file(bank_file)
    _require_terminal()
    from quizgen.store import ReviewStore
    from quizgen.tui.app import generation_loader, make_app  # deferred: Textual; spaCy waits for the worker

    with ReviewStore.open() as store:
        if bank is not None:
            app = make_app(bank=bank, options=options, store=store, settings=_settings())
        else:
            app = make_app(load=generation_loader(list(paths)), options=options, store=store, settings=_settings())
        _run(app, store)


def _require_terminal() -> None:
    """The quiz reads keys from a terminal and draws on one; with stdin or stdout redirected it
    would wait forever or fill a file with screen codes."""
    for name, stream in (("input", sys.stdin), ("output", sys.stdout)):
        if not stream.isatty():
            raise InputError(f"the quiz needs a terminal: run it in one, not with standard {name} redirected")


def _settings() -> Settings:
    from quizgen.settings import load_settings

    return load_settings()


def _run(app, store) -> None:  # type: ignore[no-untyped-def]
    """Run the app, then print one line: the score and when the next review is due."""
    # Everything imported so far (Textual, the store, the app) lives as long as the process:
    # frozen out of the garbage collector's sight, no full collection walks it again while the
    # first screen is drawn (one took ~15 ms at every start, a tenth of a review's wait).
    gc.freeze()
    app.run()
    if app.failure is not None:
        raise app.failure
    from quizgen.reports import exit_line

    now, tz = _clock()
    out(exit_line(getattr(app, "results", None), store.next_due(), now, tz) + "\n")


# --- review / stats / history (store) -------------------------------------------------------
def _clock() -> tuple[dt.datetime, dt.tzinfo]:
    """Now (UTC) and the learner's timezone: read once here so the core gets times passed in."""
    now = dt.datetime.now(dt.UTC)
    return now, now.astimezone().tzinfo or dt.UTC


@cli.command()
@click.option(
    "--mode",
    type=click.Choice(["mcq", "typed", "flash", "mixed"]),
    help="mcq (multiple choice), typed, flash (flip and grade yourself), or mixed "
    "(learn: rounds, multiple choice then typed). Default: mixed, chosen on the start screen; "
    "giving --mode skips it.",
)
@click.option(
    "-n",
    "count",
    type=click.IntRange(min=1),
    help="Review only the N most overdue cards (they are still asked in random order).",
)
@click.option("--seed", type=int, help="Fix the order of questions and choices, for a repeatable session.")
@click.option(
    "--new",
    "new",
    type=click.IntRange(min=0),
    help="New cards to introduce today at most (default: the new_cards_per_day setting, 20).",
)
def review(mode: str | None, count: int | None, seed: int | None, new: int | None) -> None:
    """Review the cards that are due, across every article you have studied, then a few new ones."""
    from quizgen.reports import nothing_due
    from quizgen.selection import QuizOptions
    from quizgen.store import ReviewStore

    options = QuizOptions(mode=mode or "mixed", count=count, seed=seed, autostart=mode is not None, resume=False)
    settings = _settings()
    now, tz = _clock()
    with ReviewStore.open() as store:
        bank = store.due_bank(now, limit=count, new=_new_today(store, new, settings.new_cards_per_day, now, tz))
        if not bank.questions:
            out(nothing_due(store.next_due(), now, tz) + "\n")
            return
        _require_terminal()
        from quizgen.tui.app import make_app  # deferred: Textual is only needed for the quiz itself

        _run(make_app(bank=bank, options=options, store=store, settings=settings), store)


def _new_today(store: ReviewStore, limit: int | None, per_day: int, now: dt.datetime, tz: dt.tzinfo) -> int:
    """New cards still allowed today: the daily limit less those first answered since local midnight."""
    midnight = dt.datetime.combine(now.astimezone(tz).date(), dt.time(), tz).astimezone(dt.UTC)
    return max(0, (per_day if limit is None else limit) - store.introduced_since(midnight))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def articles(fmt: str) -> None:
    """List the articles you have studied: questions, and how many are new, learning, due, suspended."""
    from quizgen.store import ReviewStore

    now, _tz = _clock()
    with ReviewStore.open() as store:
        summaries = store.articles(now)
    if fmt == "json":
        import json

        out(json.dumps([a.to_dict() for a in summaries], ensure_ascii=False, indent=2) + "\n")
    else:
        from quizgen.reports import articles_text

        out(articles_text(summaries) + "\n")


@cli.command()
@click.argument("article")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (for scripts).")
def forget(article: str, yes: bool) -> None:
    """Delete ARTICLE's cards and their review history (ARTICLE: its id or title, as `articles` lists)."""
    from quizgen.store import ReviewStore

    with ReviewStore.open() as store:
        article_id = store.find_article(article)
        if article_id is None:
            raise InputError(f"no studied article is called {article!r}; `quizgen articles` lists them")
        summary = next(a for a in store.articles(_clock()[0]) if a.article_id == article_id)
        name = summary.title or article_id
        if not yes:
            click.confirm(f"Forget {name!r}: {summary.questions} cards and their review history?", abort=True, err=True)
        cards, reviews = store.forget_article(article_id)
    note(f"forgot {name}: {cards} cards and {reviews} reviews")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--check",
    is_flag=True,
    help="First check the whole review database for damage (a big one is otherwise checked only cheaply when opened).",
)
def stats(fmt: str, check: bool) -> None:
    """Show how your learning is going: reviews, accuracy, streak, what is due."""
    from quizgen.store import ReviewStore

    now, tz = _clock()
    with ReviewStore.open(full_check=check) as store:
        figures = store.stats(now, tz=tz)
    if fmt == "json":
        import json

        out(json.dumps(figures.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        from quizgen.reports import stats_text

        out(stats_text(figures, now, tz) + "\n")


@cli.command("export-history")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing file.")
def export_history_command(file: Path, force: bool) -> None:
    """Write your cards and review history to FILE (JSON), to move them to another machine."""
    from quizgen.atomic import check_target
    from quizgen.store import ReviewStore
    from quizgen.store.history import export_history

    check_target(file, force)  # before opening the store: a refusal should not create a database
    with ReviewStore.open() as store:
        cards = export_history(store, file, _clock()[0], force=force)
    note(f"wrote {cards} cards with their review history to {file}")


@cli.command("import-history")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_history_command(file: Path) -> None:
    """Merge a history FILE written by export-history into your reviews (safe to repeat)."""
    from quizgen.store.history import import_history

    result = import_history(file, _clock()[0])  # the file is checked in full before the store is opened
    note(f"imported {result.reviews_added} reviews and {result.cards_added} new cards from {file}")


# --- export (Anki, CSV, JSON) ---------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="The file to write.")
@click.option("--format", "fmt", help="apkg, csv, tsv, json or quizlet (default: from the file name).")
@click.option("--deck", help='Anki deck for every note, e.g. "News::Harbor" (default: quizgen::<title>).')
@click.option("--force", is_flag=True, help="Replace an existing output file.")
def export(paths: tuple[str, ...], output: Path, fmt: str | None, deck: str | None, force: bool) -> None:
    """Export questions for the articles at PATHS as an Anki deck, CSV/TSV, Quizlet text or JSON."""
    from quizgen.atomic import check_target
    from quizgen.export import resolve_format, write_export
    from quizgen.pipeline import generate_bank

    check_target(output, force)  # fail fast, before the articles are read and parsed
    resolve_format(output, fmt)
    now, _tz = _clock()
    bank = generate_bank(paths)
    warn(bank.warnings)
    result = write_export(bank, output, fmt=fmt, deck=deck, force=force, now=now.timestamp())
    where = f" (deck {', '.join(result.decks)})" if result.decks else ""
    note(f"wrote {result.notes} notes to {result.path}{where}")
    warn(result.warnings)


def _fail(message: str, code: int) -> NoReturn:
    with contextlib.suppress(OSError):
        click.echo(f"quizgen: {one_line(message)}", err=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning every expected failure into one line on stderr."""
    try:
        cli.main(args=argv, prog_name="quizgen", standalone_mode=False)
        out("")  # flush here: a full disk must be reported, not lost at exit
    except QuizgenError as exc:
        _fail(f"error: {exc}", exc.exit_code)
    except click.exceptions.Abort:
        _fail("aborted", 130)
    except click.ClickException as exc:
        hint = " (see quizgen --help)" if isinstance(exc, click.UsageError) else ""
        _fail(f"error: {exc.format_message()}{hint}", exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(1)
    except OSError as exc:  # a read or write no command expected to fail: still the path and the reason
        if exc.filename is None:  # no file named: click's own write to stdout (help, version)
            silence_stdout()
        where = f"{exc.filename}: " if exc.filename is not None else "cannot write to standard output: "
        _fail(f"error: {where}{exc.strerror or exc}", 74)
    except Exception as exc:  # a bug: still one line for the user, the traceback on request
        if os.environ.get("QUIZGEN_DEBUG"):
            raise
        _fail(f"internal error: {exc!r} (set QUIZGEN_DEBUG=1 to see where)", 70)
