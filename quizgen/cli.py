"""The `quizgen` command line: thin commands over the headless core and the TUI.

Heavy imports (spaCy, Textual, genanki) are deferred into the commands that need them,
so `quizgen --help` starts at once and `generate` never loads the TUI.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizgen.errors import QuizgenError

FORMATS = ("json", "text", "csv")


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
@click.option("--format", "fmt", default="json", show_default=True, help="json, text or csv.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
def generate(paths: tuple[str, ...], fmt: str, output: Path | None, force: bool) -> None:
    """Write questions for the articles at PATHS (files, folders, or - for stdin)."""
    from quizgen.formats import render
    from quizgen.pipeline import generate_bank

    if fmt not in FORMATS:
        raise QuizgenError(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    bank = generate_bank(paths)
    text = render(bank, fmt)
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    from quizgen.atomic import check_target, write_text_atomic

    check_target(output, force)
    write_text_atomic(output, text)
    click.echo(f"wrote {len(bank.questions)} questions to {output}", err=True)


# --- quiz (TUI) -----------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1)
def quiz(paths: tuple[str, ...]) -> None:
    """Quiz yourself on the articles at PATHS (default: the founding article)."""
    raise QuizgenError("the quiz is not built yet")


# --- review / stats / history (store) -------------------------------------------------------

# --- export (Anki, CSV, JSON) ---------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning every expected failure into one line on stderr."""
    try:
        cli.main(args=argv, prog_name="quizgen", standalone_mode=False)
    except QuizgenError as exc:
        click.echo(f"quizgen: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("quizgen: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        hint = " (see quizgen --help)" if isinstance(exc, click.UsageError) else ""
        click.echo(f"quizgen: error: {exc.format_message()}{hint}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("quizgen: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
