"""Write files so that a crash never leaves a partial one: temp file beside it, then rename.

A temp file is locked (`flock`) for as long as its writer lives. A writer killed outright
(kill -9, power cut) leaves it behind unlocked, so the next write to that folder removes
every unlocked temp file of quizgen's naming there: none belongs to a live writer.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from quizgen.errors import ExportError

try:
    import fcntl
except ImportError:  # Windows: no flock; stale temp files are then left for the user
    fcntl = None  # type: ignore[assignment]

#: How quizgen names its temp files: `.<target name>.<12 hex digits>.tmp`.
TEMP_NAME = re.compile(r"\..+\.[0-9a-f]{12}\.tmp")


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
    remove_stale_temps(path.parent)
    tmp, lock = _create_beside(path)
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
    finally:
        os.close(lock)
    _fsync_folder(path.parent)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temp files of quizgen's naming in `folder` that no live writer holds; return them."""
    if fcntl is None:
        return []
    removed = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if TEMP_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                if _unlink_if_unlocked(Path(entry.path)):
                    removed.append(Path(entry.path))
    return removed


def _unlink_if_unlocked(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        path.unlink()
        return True
    except OSError:
        return False  # locked: another quizgen is writing it right now
    finally:
        os.close(fd)


def _create_beside(path: Path) -> tuple[Path, int]:
    """Create an empty, uniquely named temporary file in `path`'s folder, locked by the open
    descriptor returned with it (close it when done).

    Not `tempfile.mkstemp`: it creates files 0o600, which the rename would keep. Created with
    0o666 here, the operating system applies the umask just as for any new file, without
    quizgen reading (and briefly changing) the process-wide umask.
    """
    import secrets  # here, not at the top: hashlib and hmac would cost every command ~7 ms at start

    for _ in range(100):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        return tmp, fd
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
