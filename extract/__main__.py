"""Command line: `python -m extract run|export ...`. User mistakes exit with a message, not a traceback."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from datetime import date
from pathlib import Path

from . import __version__
from .articles import ArticleProblem, parse_iso_date
from .dates import annotate
from .gazetteer import Gazetteer, GazetteerError
from .geocode import Geoparser, toponym_record
from .pipeline import Pipeline, run
from .settings import Settings
from .store import ExportFilter, Store
from .table import WRITERS, write_csv, write_geojson

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
PROGRESS_WIDTH = 30


class UserError(Exception):
    """A mistake in how the command was called; printed as one line."""


def _date_arg(value: str) -> date:
    try:
        return parse_iso_date(value)
    except ArticleProblem as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def build_parser() -> argparse.ArgumentParser:
    """The CLI's parser; every command has help text."""
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__)
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", required=True)
    runner = commands.add_parser("run", help="extract events from article files or folders into the database")
    runner.add_argument("paths", nargs="+", type=Path, help="article files (.txt, .md, .jsonl) or folders")
    runner.add_argument("--published", type=_date_arg, help="publication date for articles that give none (YYYY-MM-DD)")
    runner.add_argument("--gazetteer", type=Path, help="gazetteer CSV (default: the shipped world gazetteer)")
    runner.add_argument("--quiet", action="store_true", help="no progress bar")
    exporter = commands.add_parser("export", help="write the database's events as CSV or GeoJSON")
    exporter.add_argument("--format", choices=sorted(WRITERS), default="csv", help="output format")
    exporter.add_argument("-o", "--output", default="-", help="output file, or - for standard output")
    exporter.add_argument("--from", dest="date_from", type=_date_arg, help="events ending on or after this date")
    exporter.add_argument("--to", dest="date_to", type=_date_arg, help="events starting on or before this date")
    exporter.add_argument("--type", dest="types", action="append", default=[], help="event type (repeatable)")
    exporter.add_argument("--country", dest="countries", action="append", default=[],
                          help="country name, ISO3 or ISO2 code (repeatable)")
    timex = commands.add_parser("timex", help="find and normalise temporal expressions in JSONL documents")
    timex.add_argument("--input", type=Path, required=True, help='JSONL, one {"id", "dct", "text"} per line')
    timex.add_argument("--output", default="-", help="output JSONL file, or - for standard output")
    timex.add_argument("--narrative", action="store_true",
                       help="resolve relative dates against the last date mentioned, not dct (histories)")
    places = commands.add_parser("toponyms", help="find and geocode the place names of JSONL documents")
    places.add_argument("--input", type=Path, required=True, help='JSONL, one {"id", "text"} per line')
    places.add_argument("--output", default="-", help="JSONL of the toponyms of each document, or - for standard output")
    places.add_argument("--gazetteer", type=Path, help="gazetteer CSV (default: the shipped world gazetteer)")
    for sub in (runner, exporter):
        sub.add_argument("--db", type=Path, default=Settings().db_path, help="SQLite database (default: data/events.db)")
    return parser


def _progress(done: int, total: int) -> None:
    filled = PROGRESS_WIDTH * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (PROGRESS_WIDTH - filled)}] {done}/{total} articles")
    if done == total:
        sys.stderr.write("\n")


def cmd_run(args: argparse.Namespace) -> int:
    settings = Settings.make(db_path=args.db, **({"gazetteer_path": args.gazetteer} if args.gazetteer else {}))
    gazetteer = Gazetteer.load(settings.gazetteer_path)
    show = None if args.quiet or not sys.stderr.isatty() else _progress
    with Store(settings.db_path) as store:
        summary = run(args.paths, store, Pipeline(gazetteer, settings), args.published, show)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failure in summary.failures:
        print(f"failed: {failure}", file=sys.stderr)
    print(summary.line())
    return EXIT_FAILURES if summary.failures else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if not args.db.exists():
        raise UserError(f"{args.db}: no database here; run `python -m extract run FOLDER` first")
    where = ExportFilter(args.date_from, args.date_to, tuple(args.types), tuple(args.countries))
    with Store(args.db) as store:
        rows = store.export_rows(where)
    writer = {"csv": write_csv, "geojson": write_geojson}[args.format]
    if args.output == "-":
        count = writer(rows, sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            count = writer(rows, out)
    print(f"{count} events written to {args.output if args.output != '-' else 'standard output'}", file=sys.stderr)
    return EXIT_OK


def each_document(source: Path, output: str, transform: Callable[[dict], dict]) -> int:
    """Write transform(document) for each JSONL line; a bad line is reported (file:line) and skipped."""
    failures = 0
    lines = open(source, "rb")  # bytes: json.loads decodes each line, so bad UTF-8 fails one line only
    target = nullcontext(sys.stdout) if output == "-" else open(output, "w", encoding="utf-8")
    with lines, target as out:
        for number, line in filter(lambda pair: pair[1].strip(), enumerate(lines, 1)):
            try:
                document = json.loads(line)
                if not isinstance(document, dict) or not isinstance(document.get("text"), str) or "id" not in document:
                    raise ValueError('a document needs "id" and a string "text"')
                out.write(json.dumps(transform(document), ensure_ascii=False) + "\n")
            except (ValueError, TypeError, AttributeError) as problem:
                failures += 1
                print(f"error: {source}:{number}: {problem}", file=sys.stderr)
    return EXIT_FAILURES if failures else EXIT_OK


def cmd_timex(args: argparse.Namespace) -> int:
    return each_document(args.input, args.output, lambda document: annotate(document, args.narrative))


def cmd_toponyms(args: argparse.Namespace) -> int:
    geoparser = Geoparser(Gazetteer.load(args.gazetteer or Settings().gazetteer_path))
    return each_document(args.input, args.output, lambda document: {
        "id": document["id"], "toponyms": [toponym_record(t) for t in geoparser.parse(document["text"])]})


COMMANDS = {"run": cmd_run, "export": cmd_export, "timex": cmd_timex, "toponyms": cmd_toponyms}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: nothing to report
        sys.stderr.close()
        return EXIT_OK
    except (UserError, GazetteerError, ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
