"""Open files a user names for reading, so that no kind of file can hang or flood quizgen.

A path may name a FIFO with no writer (an ordinary open blocks for ever), a device such as
/dev/zero (endless) or a /proc file whose size is reported as 0. So a file is opened without
blocking and every read is bounded by bytes actually read, never by the size the OS reports.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


def open_binary(path: str | Path) -> BinaryIO:
    """Open `path` for reading without blocking on a FIFO that has no writer.

    A FIFO opened this way reads as empty when nobody writes to it (and as its data when
    somebody does). Folders raise IsADirectoryError, as `open` does. OSError otherwise.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # now opened, a writer's data is waited for as usual
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: str | Path, limit: int) -> bytes:
    """At most `limit + 1` bytes of the file at `path`: more than `limit` means "too big"."""
    with open_binary(path) as handle:
        return handle.read(limit + 1)
