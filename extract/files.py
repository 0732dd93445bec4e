"""Reading files safely: regular files only, known encodings, lines of bounded length, printable paths.

Every step that reads what a user hands us (articles, manifests, JSONL documents, gazetteer
dumps) goes through these, so that a FIFO, a device, a file name that is not UTF-8 or a
gigabyte-long line is a clear message about that one input, never a hang or a crash.
"""
from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO


NUL_SHARE = 0.1  # text with more NUL characters than this is a binary file (UTF-16 without its mark, ...)


class FileProblem(ValueError):
    """An input file that cannot be read as text; the message says why (the caller names the file)."""


def shown(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes that are not UTF-8 are escaped."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def open_regular(path: Path) -> int:
    """A descriptor of the file, refused unless it is a regular file (FIFOs and devices never end)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise FileProblem(f"cannot read: {(err.strerror or str(err)).lower()}") from None
    kind = os.fstat(fd).st_mode
    if not stat.S_ISREG(kind):
        os.close(fd)
        raise FileProblem(f"not a regular file ({_kind_name(kind)}); only text files are read")
    return fd


def _kind_name(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def decode(raw: bytes) -> str:
    """The text of a file's bytes: UTF-8, or UTF-16 with its byte-order mark. A stray NUL in UTF-8
    text becomes a space (offsets stay); bytes with many NULs, or not UTF-8, are no text."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise FileProblem("starts like UTF-16 text but is not valid UTF-16") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if b"\x00" in raw:
            raise FileProblem("looks like a binary file (it contains NUL bytes), not a text article") from None
        raise FileProblem(f"not UTF-8 text (invalid byte at offset {err.start}); save it as UTF-8") from None
    nuls = text.count("\x00")
    if nuls > len(text) * NUL_SHARE:
        raise FileProblem("looks like a binary file (it is full of NUL bytes), not a text article")
    return text.replace("\x00", " ") if nuls else text


def bounded_lines(handle: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file; None stands for a line longer than `limit`, which is skipped unread."""
    while line := handle.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := handle.readline(limit + 1)) and not rest.endswith(b"\n"):
            pass
        yield None
