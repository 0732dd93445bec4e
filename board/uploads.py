"""Adding articles from the browser: check each upload, then run the same pipeline as the CLI.

A bad upload (binary, not UTF-8, empty, too large, no publication date, wrong kind of file)
gets a one-line message naming it and changes nothing; the good ones in the same batch are
still added. Accepted files are kept under `uploads/` beside the database, so the database
can always be rebuilt from files: a file under its own name (a new version of it replaces the
article), pasted text under a name from its content. Each accepted upload is reported as new,
already there or replaced, with the number of events its sentences report.
"""
from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from extract.articles import InputError, InternalError, iter_articles, split_front_matter
from extract.models import Article
from extract.settings import Settings
from extract.store import Store

if TYPE_CHECKING:    # imported where it runs (see board/data.py)
    from extract.pipeline import Pipeline, Summary

UPLOAD_SUFFIXES = (".txt", ".md")
NEW, SAME, REPLACED = "new", "already there", "replaced"
HEADLINE_CHARS = 200   # a first line up to this long, with more text after it, is the headline
UPLOAD_FOLDER = "uploads"
PASTED_NAME = "pasted"
NO_DATE = "no publication date: give one in the form (or as 'published:' front matter or a dateline)"


@dataclass(frozen=True)
class Upload:
    """One file from the browser, or pasted text (name 'pasted.txt')."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Added:
    """One accepted upload: its article id, whether it was new, already there or replaced, its events."""

    name: str
    doc_id: str
    status: str
    events: int


@dataclass
class Outcome:
    """What adding a batch did: the accepted documents, the problems, the pipeline's summary."""

    added: list[Added] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    summary: Summary | None = None


def pasted(text: str) -> Upload:
    return Upload(f"{PASTED_NAME}.txt", text.encode("utf-8"))


def add_articles(uploads: Sequence[Upload], published: date | None, source: str, settings: Settings,
                 pipeline: Callable[[], Pipeline], progress: Callable[[int, int], None] | None = None) -> Outcome:
    """Check every upload, store the good ones, extract them into the database."""
    outcome, accepted = Outcome(), []
    folder = settings.db_path.parent / UPLOAD_FOLDER
    for upload in uploads:
        checked = check(upload, published, settings)
        if isinstance(checked, str):
            outcome.problems.append(checked)
        else:
            accepted.append((upload.name, *keep(upload, source, folder)))
    if accepted:
        from extract.pipeline import run
        with Store(settings.db_path) as store:
            outcome.summary = run([path for _name, path, _status in accepted], store, pipeline(), published, progress)
            outcome.added = [found for name, path, status in accepted if (found := stored(store, name, path, status))]
        outcome.problems.extend(str(failure) for failure in outcome.summary.failures)
    return outcome


def stored(store: Store, name: str, path: Path, status: str) -> Added | None:
    """What the store holds of an accepted upload: its article id and how many events it reports."""
    row = store.db.execute("SELECT doc_id FROM articles WHERE path = ?", (str(path),)).fetchone()
    if row is None:       # refused by the pipeline (its id taken, say): the problem says why
        return None
    events = store.db.execute("SELECT count(DISTINCT event_id) FROM event_sources WHERE doc_id = ?", row).fetchone()[0]
    return Added(name, row[0], status, events)


def check(upload: Upload, published: date | None, settings: Settings) -> Article | str:
    """The article an upload makes, or a one-line problem naming it."""
    suffix = Path(upload.name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return f"{upload.name}: only {' and '.join(UPLOAD_SUFFIXES)} files can be added"
    if len(upload.data) > settings.max_file_bytes:
        return f"{upload.name}: file is {len(upload.data):,} bytes, over the limit of {settings.max_file_bytes:,}"
    with tempfile.TemporaryDirectory() as staging:
        path = Path(staging) / f"upload{suffix}"
        path.write_bytes(upload.data)
        [item] = list(iter_articles([path], published, settings))
    if isinstance(item, (InputError, InternalError)):
        return f"{upload.name}: {item.problem}"
    if item.published is None:
        return f"{upload.name}: {NO_DATE}"
    return item


def keep(upload: Upload, source: str, folder: Path) -> tuple[Path, str]:
    """Store an accepted upload: a file under its own name, pasted text under a name from its content.
    Returns the path and whether the upload is new, already there (the same text) or replaces one."""
    text = with_headline(with_source(upload.data.decode("utf-8-sig"), source))
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(upload.name).stem)[:60]
    if stem == PASTED_NAME:
        stem += "-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    path = folder / f"{stem}{Path(upload.name).suffix.lower()}"
    status = NEW if not path.exists() else SAME if path.read_text(encoding="utf-8") == text else REPLACED
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path, status


def with_headline(text: str) -> str:
    """The text with its first line as `title:` in the front matter, when it has none and that line
    reads as a headline: short, and followed by more text."""
    meta, body, _start = split_front_matter(text)
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if meta.get("title") or len(lines) < 2 or len(lines[0]) > HEADLINE_CHARS:
        return text
    return front_matter(meta | {"title": lines[0]}, body)


def with_source(text: str, source: str) -> str:
    """The text with `source:` in its front matter, unless it names one already."""
    meta, body, _start = split_front_matter(text)
    if not source.strip() or meta.get("source"):
        return text
    return front_matter(meta | {"source": source.strip().replace("\n", " ")}, body)


def front_matter(meta: dict[str, str], body: str) -> str:
    """`body` under a front matter of `meta`."""
    lines = "".join(f"{key}: {value}\n" for key, value in meta.items())
    return f"---\n{lines}---\n{body}"
