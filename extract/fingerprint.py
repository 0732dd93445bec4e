"""What decides whether stored results are current: fingerprints of what produced them.

A version string must be bumped by hand and was not, through 92 rule changes; a fingerprint
cannot be forgotten. The extractor's fingerprint covers its code (every module of this package),
its language tables (everything under `data/`), the shipped gazetteer files and the settings that
change what is extracted. An article is re-extracted when the extractor's fingerprint or the
article's own (its text and metadata) differs from what the store recorded.
"""
from __future__ import annotations

import hashlib
from dataclasses import fields
from functools import cache
from pathlib import Path

from .gazetteer import gazetteer_files
from .models import Article
from .settings import Settings

PACKAGE = Path(__file__).resolve().parent
# Settings that say where things are, not how to extract: the gazetteer's content is hashed instead.
NOT_EXTRACTION_SETTINGS = ("db_path", "gazetteer_path", "user_gazetteer_path")
CHUNK = 1 << 20
DIGITS = 12


def extractor_fingerprint(settings: Settings) -> str:
    """A short hash of the extractor's code, tables and extraction settings, a dot, and a short hash
    of the shipped gazetteer: "code.gazetteer" (`code_fingerprint` is the first part alone)."""
    return f"{code_fingerprint(settings)}.{_gazetteer_digest(Path(settings.gazetteer_path).resolve())[:DIGITS]}"


def _gazetteer_digest(path: Path) -> str:
    """The hash of every part of the shipped gazetteer (the CSV and its companion parts)."""
    digest = hashlib.sha256()
    for part in gazetteer_files(path):
        digest.update(_file_digest(part).encode())
    return digest.hexdigest()


def code_fingerprint(settings: Settings) -> str:
    """A short hash of the extractor's code, tables and extraction settings, without the gazetteer
    (which a command that does not extract, such as export, may not know)."""
    digest = hashlib.sha256(package_digest().encode())
    knobs = {f.name: getattr(settings, f.name) for f in fields(settings) if f.name not in NOT_EXTRACTION_SETTINGS}
    digest.update(repr(sorted(knobs.items())).encode())
    return digest.hexdigest()[:DIGITS]


def article_fingerprint(article: Article) -> str:
    """Changes when the article's text or anything read from its metadata changes."""
    parts = (article.text, str(article.published), article.date_source, article.title, article.source,
             article.url)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def code_digest(*names: str) -> str:
    """A short hash of some modules of the package (what a derived table depends on)."""
    return hashlib.sha256("".join(_file_digest(PACKAGE / name) for name in names).encode()).hexdigest()[:16]


@cache
def package_digest() -> str:
    """The hash of every file of the package that extraction reads (code and tables)."""
    digest = hashlib.sha256()
    for path in sorted(_package_files()):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(_file_digest(path).encode())
    return digest.hexdigest()


def _package_files() -> list[Path]:
    code = (p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)  # extract/typer/ too
    tables = (p for p in (PACKAGE / "data").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [*code, *tables]


@cache
def _file_digest_at(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _file_digest(path: Path) -> str:
    """A file's content hash, remembered for as long as its size and modification time stay."""
    try:
        stat = path.stat()
    except OSError:
        return "absent"
    return _file_digest_at(path, stat.st_size, stat.st_mtime_ns)
