"""Reading articles: files, folders, front matter, manifests, JSON lines and datelines.

Publication date authority, highest first: front matter, a `manifest.csv` beside the file
(or the `published` field of a JSON line), a dateline that opens the text, `--published`.
A problem with one input is reported as an `InputError` and the rest of the batch goes on.
"""
from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .models import Article
from .settings import Settings

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
SKIPPED_NAMES = ("readme.md", "readme.txt", "license", "license.md", "license.txt")
MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "published")
FRONT_MATTER_KEYS = ("title", "published", "source", "url", "id")
FENCE = "---"
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\- ]{1,40}[A-Z.])"   # BAMAKO, IN AMENAS
    r"(?:,\s*(?P<country>[A-Z][A-Za-z .'’-]{1,30}?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?"
    r"\s*(?:--|—|–|:)\s*"
)


@dataclass(frozen=True)
class InputError:
    """A user-facing problem with one input; carries the file it is about."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


class ArticleProblem(ValueError):
    """Raised inside this module; turned into an InputError at the batch level."""


def iter_articles(paths: list[Path], published: date | None = None,
                  settings: Settings | None = None) -> Iterator[Article | InputError]:
    """Every article under `paths`, or an InputError for each input that cannot be read."""
    settings = settings or Settings()
    for path in paths:
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
        elif path.is_dir():
            yield from _iter_folder(path, published, settings)
        else:
            manifest, problem = _manifest_for(path.parent)
            yield from [problem] if problem else []
            yield from _iter_file(path, manifest, published, settings)


def _iter_folder(folder: Path, published: date | None, settings: Settings) -> Iterator[Article | InputError]:
    for directory, _subdirs, files in sorted(_walk(folder)):
        manifest, problem = _manifest_for(directory)
        yield from [problem] if problem else []
        for name in sorted(files):
            path = directory / name
            if path.suffix.lower() in ARTICLE_SUFFIXES and name.lower() not in SKIPPED_NAMES:
                yield from _iter_file(path, manifest, published, settings)


def _walk(folder: Path) -> Iterator[tuple[Path, list[str], list[str]]]:
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        yield Path(directory), subdirs, [f for f in files if not f.startswith(".")]


def _iter_file(path: Path, manifest: dict[str, dict[str, str]], published: date | None,
               settings: Settings) -> Iterator[Article | InputError]:
    try:
        text = _read_text(path, settings.max_file_bytes)
        if path.suffix.lower() == ".jsonl":
            yield from _iter_jsonl(path, text, published)
        else:
            yield parse_article(text, path=path, manifest_row=manifest.get(path.name), published=published)
    except ArticleProblem as problem:
        yield InputError(str(path), str(problem))


def _read_text(path: Path, max_bytes: int) -> str:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleProblem(f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleProblem(f"cannot read: {err.strerror or err}") from None
    if b"\x00" in raw:
        raise ArticleProblem("looks like a binary file (it contains NUL bytes), not a text article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleProblem(f"not UTF-8 text (invalid byte at offset {err.start}); save it as UTF-8") from None


def _iter_jsonl(path: Path, text: str, published: date | None) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield _jsonl_article(line, f"{path.stem}-{number}", path, published)
            except ArticleProblem as problem:
                yield InputError(f"{path}:{number}", str(problem))


def _jsonl_article(line: str, default_id: str, path: Path, published: date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise ArticleProblem(f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ArticleProblem('each line must be a JSON object with a "text" string')
    meta = {k: str(record[k]) for k in FRONT_MATTER_KEYS if record.get(k) not in (None, "")}
    meta.setdefault("id", default_id)
    return _build(record["text"], path, meta, "jsonl" if "published" in meta else None, published)


def parse_article(text: str, path: Path, manifest_row: dict | None = None,
                  published: date | None = None) -> Article:
    """Build an Article from one file's text, using the best date source available."""
    meta, body, body_start = split_front_matter(text)
    if meta.get("published"):
        return _build(body, path, meta, "front_matter", published, body_start)
    if manifest_row and manifest_row.get("published"):
        merged = {k: v for k, v in manifest_row.items() if k in FRONT_MATTER_KEYS and v} | meta
        return _build(body, path, merged, "manifest", published, body_start)
    return _build(body, path, meta, None, published, body_start)


def _build(body: str, path: Path, meta: dict, date_source: str | None, published: date | None,
           body_start: int = 0) -> Article:
    if not body.strip():
        raise ArticleProblem("the article has no text")
    place, dateline_date, dateline_end = read_dateline(body, published)
    if date_source:
        when = parse_iso_date(meta["published"])
    elif dateline_date:
        when, date_source = dateline_date, "dateline"
    elif published:
        when, date_source = published, "cli"
    else:
        when, date_source = None, "none"
    doc_id = meta.get("id") or path.stem
    return Article(doc_id=doc_id, text=body, path=str(path), published=when, date_source=date_source,
                   title=meta.get("title", ""), source=meta.get("source", ""), url=meta.get("url", ""),
                   dateline_end=dateline_end, dateline_place=place)


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """(metadata, body, offset of the body in `text`); a file without front matter has no metadata."""
    if not text.startswith(FENCE + "\n") and not text.startswith(FENCE + "\r\n"):
        return {}, text, 0
    lines = text.splitlines(keepends=True)
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == FENCE), None)
    if closing is None:
        raise ArticleProblem(f"front matter opened with '{FENCE}' on line 1 is never closed")
    meta = dict(_front_matter_line(line, number) for number, line in enumerate(lines[1:closing], 2)
                if line.strip())
    offset = sum(len(line) for line in lines[:closing + 1])
    return meta, text[offset:], offset


def _front_matter_line(line: str, number: int) -> tuple[str, str]:
    key, sep, value = line.partition(":")
    key = key.strip().lower()
    if not sep or key not in FRONT_MATTER_KEYS:
        raise ArticleProblem(f"front matter line {number} is not 'key: value' with a key among "
                             f"{', '.join(FRONT_MATTER_KEYS)}: {line.strip()!r}")
    return key, value.strip().strip("\"'")


def parse_iso_date(value: str) -> date:
    """A YYYY-MM-DD date; anything else (or an impossible day) raises ArticleProblem."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ArticleProblem(f"publication date {value!r} is not a real YYYY-MM-DD date") from None


def read_dateline(body: str, published: date | None) -> tuple[str, date | None, int]:
    """(place the reporter filed from, dateline date, end offset) of a dateline opening `body`."""
    lead = len(body) - len(body.lstrip())
    match = DATELINE.match(body, lead)
    if not match or not _looks_like_dateline(match):
        return "", None, 0
    when = _dateline_date(match.group("date"), published)
    return match.group("place").strip().title(), when, match.end()


def _looks_like_dateline(match: re.Match) -> bool:
    # An all-capitals place alone is a heading, not a dateline: need a country, date or agency,
    # or the colon/dash right after a short capitalised place.
    place = match.group("place")
    return place.isupper() and (bool(match.group("country") or match.group("date") or match.group("agency"))
                                or len(place.split()) <= 3)


def _dateline_date(text: str | None, published: date | None) -> date | None:
    if not text:
        return None
    from .dates import find_timexes  # the dates step owns date grammar; import late to keep this light
    found = [t for t in find_timexes(text, published) if t.precision == "day" and t.date_start]
    return found[0].date_start if found and ("," in text or published) else None


def _manifest_for(directory: Path) -> tuple[dict[str, dict[str, str]], InputError | None]:
    """The folder's manifest rows (none without a manifest), and the problem if it is malformed."""
    path = directory / MANIFEST
    if not path.is_file():
        return {}, None
    try:
        return read_manifest(path), None
    except ArticleProblem as problem:
        return {}, InputError(str(path), str(problem))


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a manifest.csv keyed by file name; a malformed manifest raises ArticleProblem."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ArticleProblem(f"cannot read manifest: {err}") from None
    header = rows[0].keys() if rows else []
    missing = [c for c in MANIFEST_COLUMNS if c not in header]
    if missing:
        raise ArticleProblem(f"manifest lacks column(s) {', '.join(missing)}; expected file,published,source,title[,url]")
    for number, row in enumerate(rows, start=2):
        if None in row or not row.get("file"):
            raise ArticleProblem(f"manifest line {number} has the wrong number of fields or no file name")
        parse_iso_date(row["published"])
    return {row["file"]: {k: (v or "").strip() for k, v in row.items()} for row in rows}
