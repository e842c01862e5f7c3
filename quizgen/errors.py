"""The errors quizgen reports to the user as one line on stderr."""


class QuizgenError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits non-zero."""

    exit_code = 1


class InputError(QuizgenError):
    """An article path or its content cannot be used."""

    exit_code = 2


class ModelError(QuizgenError):
    """The spaCy pipeline cannot be loaded."""

    exit_code = 3


class StoreError(QuizgenError):
    """The review database cannot be used (corrupt, newer schema, locked)."""

    exit_code = 4


class ExportError(QuizgenError):
    """A deck or history file cannot be written."""

    exit_code = 5
