"""Command line: `python -m extract run|export|gazetteer ...`. User mistakes exit with a message, not a traceback."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path
from typing import TextIO

from . import __version__
from .articles import ArticleProblem, parse_iso_date
from .dates import annotate
from .gazetteer import Gazetteer, GazetteerError
from .gazetteer_import import ProgressLine, add_place, import_dump
from .geocode import Geoparser, toponym_record
from .pipeline import Pipeline, run
from .settings import Settings
from .store import ExportFilter, Store
from .table import WRITERS
from .typer import LABEL_SETS, Typer

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
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
    _add_gazetteer_parser(commands, runner, places)
    _add_classify_parser(commands)
    return parser


def _add_classify_parser(commands: argparse._SubParsersAction) -> None:
    """`classify`: the event typer alone, one label per snippet."""
    classify = commands.add_parser("classify", help="label JSONL snippets with an ACLED sub-event type or other class")
    classify.add_argument("--input", type=Path, required=True, help='JSONL, one {"id", "text"} per line')
    classify.add_argument("--output", default="-", help="JSONL of one label per snippet, or - for standard output")
    classify.add_argument("--labels", choices=LABEL_SETS, default="all",
                          help="all: the 25 ACLED sub-event types and the 5 other classes; acled: the 25 only")


def _add_gazetteer_parser(commands: argparse._SubParsersAction, *users: argparse.ArgumentParser) -> None:
    """`gazetteer import|add`, and `--user-gazetteer` on them and on the commands that read places."""
    actions = commands.add_parser("gazetteer", help="add places to the user gazetteer laid over the shipped one")
    actions = actions.add_subparsers(dest="action", required=True, help="import a dump, or add one place")
    importer = actions.add_parser("import", help="import GeoNames dumps (ML.txt, allCountries.txt, "
                                  "alternateNamesV2.txt, or their .zip); importing again replaces")
    importer.add_argument("files", nargs="+", type=Path, help="GeoNames dump files")
    importer.add_argument("--quiet", action="store_true", help="no progress")
    adder = actions.add_parser("add", help="add one place (adding the same name and country again replaces it)")
    adder.add_argument("name", help="the place's name")
    adder.add_argument("latitude", help="decimal degrees, -90 to 90")
    adder.add_argument("longitude", help="decimal degrees, -180 to 180")
    adder.add_argument("country", help="ISO 3166 alpha-2 country code, e.g. ML")
    adder.add_argument("--alias", action="append", default=[], help="another name of the place (repeatable)")
    for sub in (*users, importer, adder):
        sub.add_argument("--user-gazetteer", type=Path, default=Settings().user_gazetteer_path,
                         help="user gazetteer file (default: data/user_gazetteer.sqlite)")


def _progress(done: int, total: int) -> None:
    filled = PROGRESS_WIDTH * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (PROGRESS_WIDTH - filled)}] {done}/{total} articles")
    if done == total:
        sys.stderr.write("\n")


def _gazetteer_settings(args: argparse.Namespace, **more) -> Settings:
    """Settings with the command's gazetteer choices."""
    return Settings.make(user_gazetteer_path=args.user_gazetteer, **more,
                         **({"gazetteer_path": args.gazetteer} if args.gazetteer else {}))


def cmd_run(args: argparse.Namespace) -> int:
    settings = _gazetteer_settings(args, db_path=args.db)
    gazetteer = Gazetteer.from_settings(settings)
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
    with _output(args.output) as out:
        count = WRITERS[args.format](rows, out)
    print(f"{count} events written to {args.output if args.output != '-' else 'standard output'}", file=sys.stderr)
    return EXIT_OK


def _output(name: str) -> AbstractContextManager[TextIO]:
    """The file to write, or standard output for "-"."""
    return nullcontext(sys.stdout) if name == "-" else open(name, "w", encoding="utf-8", newline="")


def each_document(source: Path, output: str, transform: Callable[[dict], dict]) -> int:
    """Write transform(document) for each JSONL line; a bad line is reported (file:line) and skipped."""
    failures = 0
    # bytes: json.loads decodes each line, so bad UTF-8 fails one line only
    with open(source, "rb") as lines, _output(output) as out:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                out.write(json.dumps(transform(_document(line)), ensure_ascii=False) + "\n")
            except (ValueError, TypeError, AttributeError) as problem:
                failures += 1
                print(f"error: {source}:{number}: {problem}", file=sys.stderr)
    return EXIT_FAILURES if failures else EXIT_OK


def _document(line: bytes) -> dict:
    """One JSONL line as a document with an "id" and a string "text"; ValueError otherwise."""
    document = json.loads(line)
    if not isinstance(document, dict) or not isinstance(document.get("text"), str) or "id" not in document:
        raise ValueError('a document needs "id" and a string "text"')
    return document


def cmd_timex(args: argparse.Namespace) -> int:
    return each_document(args.input, args.output, lambda document: annotate(document, args.narrative))


def cmd_toponyms(args: argparse.Namespace) -> int:
    geoparser = Geoparser(Gazetteer.from_settings(_gazetteer_settings(args)))
    return each_document(args.input, args.output, lambda document: {
        "id": document["id"], "toponyms": [toponym_record(t) for t in geoparser.parse(document["text"])]})


def cmd_classify(args: argparse.Namespace) -> int:
    typer = Typer()
    return each_document(args.input, args.output, lambda document: classified(typer, document, args.labels))


def classified(typer: Typer, document: dict, which: str) -> dict:
    """The output record of one snippet: its best label, calibrated score and evidence span."""
    typed = typer.classify(document["text"], which=which)
    return {"id": document["id"], "label": typed.label, "event_type": typed.event_type or None,
            "score": typed.score, "evidence": [typed.start, typed.end]}


def cmd_gazetteer(args: argparse.Namespace) -> int:
    if args.action == "add":
        place = add_place(args.user_gazetteer, args.name, args.latitude, args.longitude, args.country, args.alias)
        print(f"{place.name} ({place.country_code}, {place.latitude}, {place.longitude}) is user place "
              f"{place.geonameid} in {args.user_gazetteer}")
        return EXIT_OK
    progress = ProgressLine(sys.stderr)
    failed = 0
    for path in args.files:
        try:
            for stats in import_dump(path, args.user_gazetteer, None if args.quiet else progress, progress.note):
                progress.end()
                print(stats.line())
        except KeyboardInterrupt:
            progress.note(f"interrupted: {path} not imported, the user gazetteer is as it was")
            return EXIT_INTERRUPTED
        except GazetteerError as err:
            progress.note(f"failed: {err}")
            failed += 1
    return EXIT_FAILURES if failed else EXIT_OK


COMMANDS = {"run": cmd_run, "export": cmd_export, "timex": cmd_timex, "toponyms": cmd_toponyms,
            "gazetteer": cmd_gazetteer, "classify": cmd_classify}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: nothing to report
        sys.stderr.close()
        return EXIT_OK
    except OSError as err:  # e.g. "[Errno 2] No such file ...: 'x'" said as "x: no such file ..."
        print(f"error: {err.filename}: {err.strerror.lower()}" if err.filename and err.strerror
              else f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except (UserError, GazetteerError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
