"""Adding articles from the browser: check each upload, then run the same pipeline as the CLI.

A bad upload (binary, not UTF-8, empty, too large, no publication date, wrong kind of file)
gets a one-line message naming it and changes nothing; the good ones in the same batch are
still added. Accepted files are kept under `uploads/` beside the database, so the database
can always be rebuilt from files.
"""
from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extract.articles import InputError, InternalError, iter_articles, split_front_matter
from extract.models import Article
from extract.pipeline import Pipeline, Summary, run
from extract.settings import Settings
from extract.store import Store

UPLOAD_SUFFIXES = (".txt", ".md")
UPLOAD_FOLDER = "uploads"
PASTED_NAME = "pasted"
NO_DATE = "no publication date: give one in the form (or as 'published:' front matter or a dateline)"


@dataclass(frozen=True)
class Upload:
    """One file from the browser, or pasted text (name 'pasted.txt')."""

    name: str
    data: bytes


@dataclass
class Outcome:
    """What adding a batch did: the accepted documents, the problems, the pipeline's summary."""

    added: list[str] = field(default_factory=list)
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
            accepted.append(keep(upload, source, folder))
    if accepted:
        with Store(settings.db_path) as store:
            outcome.summary = run(accepted, store, pipeline(), published, progress)
        outcome.problems.extend(str(failure) for failure in outcome.summary.failures)
        outcome.added = [path.stem for path in accepted]
    return outcome


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


def keep(upload: Upload, source: str, folder: Path) -> Path:
    """Store an accepted upload under a name from its own name and content (re-adding changes nothing)."""
    text = with_source(upload.data.decode("utf-8-sig"), source)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(upload.name).stem)[:60]
    path = folder / f"{stem}-{digest}{Path(upload.name).suffix.lower()}"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def with_source(text: str, source: str) -> str:
    """The text with `source:` in its front matter, unless it names one already."""
    meta, body, _start = split_front_matter(text)
    if not source.strip() or meta.get("source"):
        return text
    meta["source"] = source.strip().replace("\n", " ")
    lines = "".join(f"{key}: {value}\n" for key, value in meta.items())
    return f"---\n{lines}---\n{body}"
