"""Reading articles: files, folders, front matter, manifests, JSON lines and datelines.

Publication date authority, highest first: front matter, a `manifest.csv` beside the file
(or the `published` field of a JSON line), a dateline that opens the text, `--published`.
A problem with one input is reported as an `InputError` and the rest of the batch goes on.
"""
from __future__ import annotations

import csv
import gzip
import json
import os
import re
import traceback
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from .files import FileProblem, bounded_lines, decode, open_regular, shown
from .datelines import dateline_at
from .models import Article
from .settings import Settings

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".jsonl.gz", ".parquet")
PARQUET_ROWS = 1000  # rows read at a time: memory stays bounded whatever the file's size
SKIPPED_NAMES = ("readme.md", "readme.txt", "license", "license.md", "license.txt")
MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "published")
FRONT_MATTER_KEYS = ("title", "published", "source", "url", "id")
PARQUET_COLUMNS = ("text", *FRONT_MATTER_KEYS)
FENCE = "---"
MAX_DATE_TEXT = 80
ISO_SHAPE = re.compile(r"\d{4}-\d\d?-\d")
MAX_MANIFEST_BYTES = 50_000_000
MIN_YEAR = 1000  # two-digit and garbled years read as year 13 are no publication dates
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# dateparser reads free-form publication dates ("Jan. 18, 2013 10:32 GMT", "18 janvier 2013", RFC 2822)
# only as whole dates: a field with words left over, or without a day, is refused.
FREE_DATE_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                      "PARSERS": ["absolute-time"]}


@dataclass(frozen=True)
class InputError:
    """Rejected input: a file (or line, or manifest row) that is not an article we can read."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class InternalError:
    """Our bug met while handling one input: reported with its traceback, never as the user's mistake."""

    path: str
    problem: str
    traceback: str = ""

    def __str__(self) -> str:
        return f"{self.path}: internal error: {self.problem}"


Item = Article | InputError | InternalError


class ArticleProblem(FileProblem):
    """Raised inside this module; turned into an InputError at the batch level."""


def iter_articles(paths: list[Path], published: date | None = None,
                  settings: Settings | None = None) -> Iterator[Item]:
    """Every article under `paths`, or an InputError for each input that cannot be read.

    An article's id is its path relative to the folder named on the command line (a file's own
    folder when a file is named), without the suffix: `report`, `2013/report`. Its source key,
    which tells two files apart whatever the id, is the resolved absolute path.
    """
    settings = settings or Settings()
    for path in paths:
        if not path.exists():
            yield InputError(shown(path), "no such file or folder")
        elif path.is_dir():
            yield from _iter_folder(path, published, settings)
        else:
            yield from _iter_files(path.parent, [path.name], path.parent, published, settings)


def _iter_folder(folder: Path, published: date | None, settings: Settings) -> Iterator[Item]:
    for directory, files, problem in sorted(_walk(folder), key=lambda walked: walked[0]):
        yield from [problem] if problem else []
        names = [n for n in sorted(files) if n.lower().endswith(ARTICLE_SUFFIXES)
                 and n.lower() not in SKIPPED_NAMES]
        yield from _iter_files(directory, names, folder, published, settings)


def _walk(folder: Path) -> Iterator[tuple[Path, list[str], InputError | None]]:
    """(folder, its files, the problem reading it) for the folder and every subfolder below it."""
    problems: list[OSError] = []
    for directory, subdirs, files in os.walk(folder, onerror=problems.append):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        yield Path(directory), [f for f in files if not f.startswith(".")], None
    for err in problems:  # os.walk reports a folder it cannot list through onerror, then skips it
        yield Path(err.filename or folder), [], InputError(shown(err.filename or folder),
                                                            f"folder cannot be read: {err.strerror or err}")


def _iter_files(directory: Path, names: list[str], root: Path, published: date | None,
                settings: Settings) -> Iterator[Item]:
    """The articles of some files of one folder, with that folder's manifest."""
    manifest, problems = _manifest_for(directory) if names else ({}, [])
    yield from problems
    for name in names:
        yield from _guarded(directory / name, root, manifest, published, settings)


def _guarded(path: Path, root: Path, manifest: dict[str, dict[str, str]], published: date | None,
             settings: Settings) -> Iterator[Item]:
    """One file's articles; whatever goes wrong stays with this file."""
    try:
        yield from _iter_file(path, root, manifest, published, settings)
    except FileProblem as problem:
        yield InputError(shown(path), str(problem))
    except Exception as err:  # noqa: BLE001 - a bug on one file must not stop the batch
        yield internal_error(shown(path), err)


def internal_error(where: str, err: BaseException) -> InternalError:
    """An InternalError for an unexpected exception, with its traceback."""
    return InternalError(where, f"{type(err).__name__}: {err}", traceback.format_exc())


def _iter_file(path: Path, root: Path, manifest: dict[str, dict[str, str]], published: date | None,
               settings: Settings) -> Iterator[Item]:
    """The article of a text file, or one per line of a JSONL file."""
    source = _Source(_relative_id(path, root), shown(path.resolve()), shown(path))
    if path.name.lower().endswith(".parquet"):
        yield from _iter_parquet(path, source, published, settings.max_file_bytes)
    elif path.name.lower().endswith(".jsonl.gz"):
        yield from _iter_jsonl_gz(path, source, published, settings.max_file_bytes)
    elif path.suffix.lower() == ".jsonl":
        yield from _iter_jsonl(path, source, published, settings.max_file_bytes)
    else:
        text = _read_text(path, settings.max_file_bytes)
        yield parse_article(text, path=path, manifest_row=manifest.get(path.name), published=published,
                            source=source)


@dataclass(frozen=True)
class _Source:
    """Where an article comes from: its default id, its source key and its path as shown."""

    doc_id: str
    key: str
    path: str


def _relative_id(path: Path, root: Path) -> str:
    """The path below the folder named on the command line, without its suffix: the default id."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    stem = relative.with_suffix("")
    return shown((stem.with_suffix("") if stem.suffix.lower() == ".jsonl" else stem).as_posix())


def _read_text(path: Path, max_bytes: int) -> str:
    """A text file's text, read no further than the limit (a device or a huge file never fills memory)."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ArticleProblem(f"file is over the limit of {max_bytes:,} bytes")
    return decode(raw)


def _iter_jsonl(path: Path, source: _Source, published: date | None, max_line: int) -> Iterator[Item]:
    """One article per line; a bad line is reported with its number and the rest goes on."""
    with os.fdopen(open_regular(path), "rb") as lines:
        yield from _iter_lines(lines, source, published, max_line)


def _iter_lines(lines: IO[bytes], source: _Source, published: date | None, max_line: int) -> Iterator[Item]:
    for number, line in enumerate(bounded_lines(lines, max_line), start=1):
        where = f"{source.path}:{number}"
        try:
            if line is None:
                raise ArticleProblem(f"line is over the limit of {max_line:,} bytes")
            if line.strip():
                yield _jsonl_article(line, number, source, published)
        except FileProblem as problem:
            yield InputError(where, str(problem))
        except Exception as err:  # noqa: BLE001 - a bug on one line must not stop the file
            yield internal_error(where, err)


def _iter_jsonl_gz(path: Path, source: _Source, published: date | None, max_line: int) -> Iterator[Item]:
    """A gzipped JSONL file, decompressed as it is read; a damaged stream ends the file with a message."""
    with gzip.open(os.fdopen(open_regular(path), "rb")) as lines:
        try:
            yield from _iter_lines(lines, source, published, max_line)
        except (OSError, EOFError, zlib.error) as err:
            yield InputError(source.path, f"not a readable gzip file: {err}")


def _iter_parquet(path: Path, source: _Source, published: date | None, max_text: int) -> Iterator[Item]:
    """A Parquet file with a `text` column (and `published`, `id`, `title`, `source`, `url`), a batch
    of rows at a time; row N is reported as FILE:N."""
    import pyarrow as pa  # a second to import: only for Parquet inputs
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(os.fdopen(open_regular(path), "rb"))
        columns = [c for c in PARQUET_COLUMNS if c in table.schema_arrow.names]
        if "text" not in columns:
            raise ArticleProblem('a Parquet file of articles needs a "text" column')
        rows = (row for batch in table.iter_batches(PARQUET_ROWS, columns=columns) for row in batch.to_pylist())
        for number, row in enumerate(rows, start=1):
            yield _row_article(row, number, source, published, max_text)
    except (pa.ArrowException, OSError) as err:
        yield InputError(source.path, f"not a readable Parquet file: {err}")


def _row_article(row: dict, number: int, source: _Source, published: date | None, max_text: int) -> Item:
    """One Parquet row's article, or why it cannot be one."""
    where = f"{source.path}:{number}"
    try:
        if isinstance(row.get("text"), str) and len(row["text"]) > max_text:
            raise ArticleProblem(f"text is over the limit of {max_text:,} characters")
        return record_article(row, number, source, published)
    except FileProblem as problem:
        return InputError(where, str(problem))
    except Exception as err:  # noqa: BLE001 - a bug on one row must not stop the file
        return internal_error(where, err)


def _jsonl_article(line: bytes, number: int, source: _Source, published: date | None) -> Article:
    try:
        record = json.loads(decode(line))
    except json.JSONDecodeError as err:
        raise ArticleProblem(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except RecursionError:
        raise ArticleProblem("not valid JSON (nested too deeply)") from None
    return record_article(record, number, source, published)


def record_article(record: object, number: int, source: _Source, published: date | None) -> Article:
    """The article of one record (a JSON line, a Parquet row): `text`, optional `published`, `id` ..."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ArticleProblem('each line or row must be an object with a "text" string')
    meta = {k: _plain(str(record[k])) for k in FRONT_MATTER_KEYS if record.get(k) not in (None, "")}
    own_id = meta.get("id")
    key = f"{source.key}#id={own_id}" if own_id else f"{source.key}#line={number}"
    line_source = _Source(f"{source.doc_id}-{number}", key, f"{source.path}:{number}")
    return _build(_plain(record["text"]), line_source, meta, "jsonl" if "published" in meta else None, published)


def document_article(record: object) -> Article:
    """The article of one document given on its own ({"id", "text", "published"?}, as `extract events`
    reads them); ArticleProblem when it is not one."""
    doc_id = str(record.get("id", "document")) if isinstance(record, dict) else "document"
    return record_article(record, 1, _Source(doc_id, doc_id, doc_id), None)


def _plain(text: str) -> str:
    """Text with lone surrogates (from JSON escapes such as \\ud800) replaced, so it can be stored."""
    return LONE_SURROGATE.sub("\ufffd", text)


def parse_article(text: str, path: Path, manifest_row: dict | None = None,
                  published: date | None = None, source: "_Source | None" = None) -> Article:
    """Build an Article from one file's text, using the best date source available."""
    source = source or _Source(shown(path.stem), shown(path.resolve()), shown(path))
    meta, body, body_start = split_front_matter(text)
    if meta.get("published"):
        return _build(body, source, meta, "front_matter", published, body_start)
    if manifest_row and manifest_row.get("published"):
        merged = {k: v for k, v in manifest_row.items() if k in FRONT_MATTER_KEYS and v} | meta
        return _build(body, source, merged, "manifest", published, body_start)
    return _build(body, source, meta, None, published, body_start)


def _build(body: str, source: _Source, meta: dict, date_source: str | None, published: date | None,
           body_start: int = 0) -> Article:
    if not body.strip():
        raise ArticleProblem("the article has no text")
    place, dateline_date, dateline_end = read_dateline(body, published)
    if date_source:
        when = parse_published(meta["published"])
    elif dateline_date:
        when, date_source = dateline_date, "dateline"
    elif published:
        when, date_source = published, "cli"
    else:
        when, date_source = None, "none"
    return Article(doc_id=meta.get("id") or source.doc_id, text=body, path=source.path, published=when,
                   date_source=date_source, title=meta.get("title", ""), source=meta.get("source", ""),
                   url=meta.get("url", ""), dateline_end=dateline_end, dateline_place=place,
                   source_key=source.key, id_given=bool(meta.get("id")))


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
    """A YYYY-MM-DD date and nothing else; anything else (or an impossible day) raises ArticleProblem."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ArticleProblem(f"date {value!r} is not a real YYYY-MM-DD date") from None


def parse_published(value: str) -> date:
    """A publication date written as a whole date: ISO (with or without a time), or free-form through
    dateparser; a value with words left over, or without day, month and year, raises ArticleProblem."""
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    free = len(text) <= MAX_DATE_TEXT and not ISO_SHAPE.match(text)  # 2013-13-01 is a wrong ISO date, not Y-D-M
    found = _free_date(text) if free else None
    if found is None:
        raise ArticleProblem(f"publication date {value!r} is not a real date (write it as YYYY-MM-DD)")
    return found


def _free_date(text: str) -> date | None:
    import dateparser  # loads its language data: only when a date is not ISO

    found = dateparser.parse(text, settings=FREE_DATE_SETTINGS)
    return found.date() if found and MIN_YEAR <= found.year else None


def read_dateline(body: str, published: date | None) -> tuple[str, date | None, int]:
    """(place the reporter filed from, dateline date, end offset) of a dateline opening `body`."""
    match = dateline_at(body, len(body) - len(body.lstrip()))
    if not match:
        return "", None, 0
    when = _dateline_date(match.group("date"), published)
    return match.group("place").strip().title(), when, match.end()


def _dateline_date(text: str | None, published: date | None) -> date | None:
    if not text:
        return None
    from .dates import find_timexes  # the dates step owns date grammar; import late to keep this light
    found = [t for t in find_timexes(text, published) if t.precision == "day" and t.date_start]
    return found[0].date_start if found and ("," in text or published) else None


def _manifest_for(directory: Path) -> tuple[dict[str, dict[str, str]], list[InputError]]:
    """The folder's usable manifest rows (none without a manifest), and a problem for each bad row."""
    path = directory / MANIFEST
    if not path.is_file():
        return {}, []
    try:
        return read_manifest(path)
    except FileProblem as problem:
        return {}, [InputError(shown(path), str(problem))]


def read_manifest(path: Path) -> tuple[dict[str, dict[str, str]], list[InputError]]:
    """Rows of a manifest.csv keyed by file name, and a problem for each row that cannot be used.

    A bad row costs only its own file its date; a file listed twice with different values gets
    none (which row is right cannot be known). A manifest that cannot be read at all raises."""
    with os.fdopen(open_regular(path), "rb") as handle:
        raw = handle.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ArticleProblem(f"manifest is over the limit of {MAX_MANIFEST_BYTES:,} bytes")
    try:
        reader = csv.DictReader(decode(raw).splitlines())
        rows = list(reader)
    except csv.Error as err:
        raise ArticleProblem(f"cannot read manifest: {err}") from None
    missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ArticleProblem(f"manifest lacks column(s) {', '.join(missing)}; expected file,published,source,title[,url]")
    return _manifest_rows(rows, shown(path))


def _manifest_rows(rows: list[dict], where: str) -> tuple[dict[str, dict[str, str]], list[InputError]]:
    kept: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    problems: list[InputError] = []
    for number, row in enumerate(rows, start=2):
        try:
            clean = _manifest_row(row)
        except ArticleProblem as problem:
            problems.append(InputError(f"{where}:{number}", str(problem)))
            continue
        name = clean["file"]
        if name in first_line and kept.get(name) != clean:
            problems.append(InputError(f"{where}:{number}", f"{name} is listed again, differently from line "
                                       f"{first_line[name]}: neither row is used"))
            kept.pop(name, None)
        elif name not in first_line:
            first_line[name], kept[name] = number, clean
    return kept, problems


def _manifest_row(row: dict) -> dict[str, str]:
    if None in row or None in row.values() or not (row.get("file") or "").strip():
        raise ArticleProblem("the row has the wrong number of fields or no file name")
    clean = {k: v.strip() for k, v in row.items()}
    parse_published(clean["published"])
    return clean
