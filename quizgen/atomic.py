"""Write files so that a crash never leaves a partial one: temp file beside it, then rename."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from quizgen.errors import ExportError


def check_target(path: Path, force: bool) -> None:
    """Refuse outputs that are folders, or existing files unless `force` is set."""
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    if path.exists() and not force:
        raise ExportError(f"{path} exists; use --force to replace it")
    if not path.parent.exists():
        raise ExportError(f"folder {path.parent} does not exist")


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it over `path` on success.

    The file ends up with the permissions an ordinary write would give it: those of the file
    it replaces, else the default for new files (0o666 less the umask), not owner-only.
    On any exception the temporary file is removed and `path` is left as it was.
    """
    path = Path(path)
    tmp = _create_beside(path)
    try:
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))  # replacing: keep its permissions
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _create_beside(path: Path) -> Path:
    """Create an empty, uniquely named temporary file in `path`'s folder.

    Not `tempfile.mkstemp`: it creates files 0o600, which the rename would keep. Created with
    0o666 here, the operating system applies the umask just as for any new file, without
    quizgen reading (and briefly changing) the process-wide umask.
    """
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(f"no free temporary name beside {path}")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; skipped where folders cannot be synced (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on a directory; the file's own data is synced
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
