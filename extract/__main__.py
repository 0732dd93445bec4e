"""Command line: `python -m extract run|export|review|gazetteer ...`. User mistakes exit with a message, not a traceback."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from . import __version__, review
from .articles import ArticleProblem, InternalError, internal_error, parse_iso_date
from .files import FileProblem, bounded_lines, decode, open_regular, shown
from .dates import annotate
from .fingerprint import code_fingerprint
from .gazetteer import Gazetteer, GazetteerError
from .gazetteer_import import ProgressLine, add_place, import_dump
from .geocode import Geoparser, toponym_record
from .pipeline import Pipeline, Scale, Summary, document_events, run
from .review_files import FORMATS, ReviewFileError, format_of, import_file, write_actions
from .settings import Settings, cache_dir
from .store import ExportFilter, Store, StoreError
from .table import BATCH_WRITERS, WRITERS
from .typer import LABEL_SETS, Typer
from .user_gazetteer import UserGazetteerError
from .workers import default_workers

# 0 all stored; 1 some input rejected; 2 a mistake in the command (or a database that cannot be used);
# 3 an internal error (our bug), with its traceback in a log file whose path is printed.
EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
ERROR_LOG = "extract-errors.log"
PROGRESS_WIDTH = 30
MAX_LINE_BYTES = 50_000_000  # one JSONL document; longer lines are skipped unread


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
    runner.add_argument("paths", nargs="*", type=Path,
                        help="article files (.txt, .md, .jsonl) or folders; none: only bring the stored "
                             "articles up to date with the current extractor and user gazetteer")
    runner.add_argument("--published", type=_date_arg, help="publication date for articles that give none (YYYY-MM-DD)")
    runner.add_argument("--gazetteer", type=Path, help="gazetteer CSV (default: the shipped world gazetteer)")
    runner.add_argument("--quiet", action="store_true", help="no progress bar")
    runner.add_argument("--force", action="store_true",
                        help="re-extract every article named, even those stored by this same extractor")
    _add_scale_options(runner)
    exporter = commands.add_parser("export", help="write the database's events as CSV or GeoJSON")
    exporter.add_argument("--format", choices=sorted(WRITERS), default="csv", help="output format")
    exporter.add_argument("-o", "--output", default="-", help="output file, or - for standard output")
    exporter.add_argument("--from", dest="date_from", type=_date_arg, help="events ending on or after this date")
    exporter.add_argument("--to", dest="date_to", type=_date_arg, help="events starting on or before this date")
    exporter.add_argument("--type", dest="types", action="append", default=[], help="event type (repeatable)")
    exporter.add_argument("--country", dest="countries", action="append", default=[],
                          help="country name, ISO3 or ISO2 code (repeatable)")
    exporter.add_argument("--include-rejected", action="store_true",
                          help="also the events a reviewer rejected (left out by default)")
    timex = commands.add_parser("timex", help="find and normalise temporal expressions in JSONL documents")
    timex.add_argument("--input", type=Path, required=True, help='JSONL, one {"id", "dct", "text"} per line')
    timex.add_argument("--output", default="-", help="output JSONL file, or - for standard output")
    timex.add_argument("--narrative", action="store_true",
                       help="resolve relative dates against the last date mentioned, not dct (histories)")
    documents = commands.add_parser("events", help="extract the events of JSONL documents, each on its own")
    documents.add_argument("--input", type=Path, required=True,
                           help='JSONL, one {"id", "text", "published"} per line ("published": the report\'s date)')
    documents.add_argument("--output", default="-",
                           help='JSONL, one {"id", "events": [export columns]} per document, or - for standard output')
    documents.add_argument("--gazetteer", type=Path, help="gazetteer CSV (default: the shipped world gazetteer)")
    places = commands.add_parser("toponyms", help="find and geocode the place names of JSONL documents")
    places.add_argument("--input", type=Path, required=True, help='JSONL, one {"id", "text"} per line')
    places.add_argument("--output", default="-", help="JSONL of the toponyms of each document, or - for standard output")
    places.add_argument("--gazetteer", type=Path, help="gazetteer CSV (default: the shipped world gazetteer)")
    for sub in (runner, exporter):
        sub.add_argument("--db", type=Path, default=Settings().db_path, help="SQLite database (default: data/events.db)")
    _add_gazetteer_parser(commands, runner, places, documents)
    _add_classify_parser(commands)
    _add_review_parser(commands)
    return parser


def _add_review_parser(commands: argparse._SubParsersAction) -> None:
    """`review export|import`: reviewers' corrections moved between databases as CSV or JSONL."""
    reviews = commands.add_parser("review", help="export or import reviewers' corrections (CSV or JSONL)")
    actions = reviews.add_subparsers(dest="action", required=True, help="export to a file, or import one")
    exporter = actions.add_parser("export", help="write every review action of the database to a file")
    exporter.add_argument("-o", "--output", default="-", help="output file (.csv or .jsonl), or - for standard output")
    importer = actions.add_parser("import", help="add a file's review actions; the newer of two conflicting ones wins")
    importer.add_argument("file", type=Path, help="a file written by `review export` (.csv or .jsonl)")
    for sub in (exporter, importer):
        sub.add_argument("--format", choices=FORMATS, help="file format (default: from the file's suffix)")
        sub.add_argument("--db", type=Path, default=Settings().db_path, help="SQLite database (default: data/events.db)")


def _add_classify_parser(commands: argparse._SubParsersAction) -> None:
    """`classify`: the event typer alone, one label per snippet."""
    classify = commands.add_parser("classify", help="label JSONL snippets with an ACLED sub-event type or other class")
    classify.add_argument("--input", type=Path, required=True, help='JSONL, one {"id", "text"} per line')
    classify.add_argument("--output", default="-", help="JSONL of one label per snippet, or - for standard output")
    classify.add_argument("--labels", choices=LABEL_SETS, default="all",
                          help="all: the 25 ACLED sub-event types and the 5 other classes; acled: the 25 only")


def _positive(value: str) -> int:
    """A whole number of at least 1, for --workers."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def _add_scale_options(runner: argparse.ArgumentParser) -> None:
    """`run` options for large corpora: processes, re-merging."""
    runner.add_argument("--workers", type=_positive, default=default_workers(),
                        help=f"processes that extract (default: this machine's cores, {default_workers()}); "
                             "the results are the same with any number")
    runner.add_argument("--remerge", action="store_true",
                        help="merge every stored report into events again (the same events as the incremental merge)")
    runner.add_argument("--dask", metavar="local|ADDRESS",
                        help="extract on a Dask cluster: 'local' starts --workers worker processes here, an address "
                             "(tcp://host:8786) uses a running scheduler whose workers see the same gazetteer paths")
    runner.add_argument("--parquet", type=Path, metavar="DIR",
                        help="also write the reports as a Parquet dataset in DIR (for pandas, DuckDB or Dask)")


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
        try:
            scale = Scale(args.workers, args.dask, args.parquet, args.remerge)
            summary = run(args.paths, store, Pipeline(gazetteer, settings), args.published, show, args.force, scale)
        except KeyboardInterrupt:
            print("\ninterrupted: the articles stored so far are kept; run the same command again to "
                  "finish (stored articles are not extracted twice)", file=sys.stderr)
            return EXIT_INTERRUPTED
    return _report(summary, settings.db_path.parent)


def _report(summary: Summary, log_folder: Path) -> int:
    """Print the run's warnings, rejections, internal errors and closing line; the exit code."""
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failure in summary.rejected:
        print(f"rejected: {failure}", file=sys.stderr)
    if summary.internal:
        log = write_error_log(summary.internal, log_folder)
        for error in summary.internal:
            print(f"internal error: {error.path}: {error.problem}", file=sys.stderr)
        print(f"{len(summary.internal)} internal error(s): a bug of ours, not your input; tracebacks in {log}",
              file=sys.stderr)
    print(summary.line())
    return EXIT_INTERNAL if summary.internal else EXIT_FAILURES if summary.rejected else EXIT_OK


def write_error_log(errors: Sequence[InternalError], folder: Path | None = None) -> Path:
    """Append the tracebacks of internal errors to the log in `folder` (the database's; else the
    cache folder, else the temporary folder); its path."""
    path = (folder or cache_dir()) / ERROR_LOG
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a", encoding="utf-8", errors="backslashreplace")
    except OSError:
        path = Path(tempfile.gettempdir()) / ERROR_LOG
        handle = path.open("a", encoding="utf-8", errors="backslashreplace")
    with handle:
        for error in errors:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')} {error.path}\n{error.traceback}\n")
    return path


def cmd_export(args: argparse.Namespace) -> int:
    if not args.db.exists():
        raise UserError(f"{args.db}: no database here; run `python -m extract run FOLDER` first")
    where = ExportFilter(args.date_from, args.date_to, tuple(args.types), tuple(args.countries), args.include_rejected)
    with Store(args.db) as store, _output(args.output) as out:
        stale = store.count_stale(code_fingerprint(Settings()))
        if stale:
            print(f"warning: {stale} stored article(s) were extracted by another version of the extractor (or "
                  f"before a database upgrade); `python -m extract run --db {args.db}` brings them up to date",
                  file=sys.stderr)
        count = BATCH_WRITERS[args.format](store.export_batches(where), out)
    print(f"{count} events written to {args.output if args.output != '-' else 'standard output'}", file=sys.stderr)
    return EXIT_OK


def _output(name: str) -> AbstractContextManager[TextIO]:
    """The file to write, or standard output for "-"."""
    return nullcontext(sys.stdout) if name == "-" else open(name, "w", encoding="utf-8", newline="")


def each_document(source: Path, output: str, transform: Callable[[dict], dict]) -> int:
    """Write transform(document) for each JSONL line; a bad line is reported (file:line) and skipped,
    and our bug on a line is reported as an internal error, with the rest going on either way."""
    rejected: list[str] = []
    internal: list[InternalError] = []
    try:
        fd = open_regular(source)
    except FileProblem as problem:
        raise UserError(f"{shown(source)}: {problem}") from None
    with os.fdopen(fd, "rb") as lines, _output(output) as out:
        for number, line in enumerate(bounded_lines(lines, MAX_LINE_BYTES), 1):
            where = f"{shown(source)}:{number}"
            try:
                if line is None:
                    raise ValueError(f"line is over the limit of {MAX_LINE_BYTES:,} bytes")
                if line.strip():
                    out.write(json.dumps(transform(_document(line)), ensure_ascii=False) + "\n")
            except (ValueError, TypeError, RecursionError) as problem:
                rejected.append(where)
                print(f"rejected: {where}: {problem}", file=sys.stderr)
            except Exception as err:  # noqa: BLE001 - one line must not stop the file
                internal.append(internal_error(where, err))
    if internal:
        print(f"{len(internal)} internal error(s) ({', '.join(e.path for e in internal[:3])} ...): tracebacks in "
              f"{write_error_log(internal)}", file=sys.stderr)
    return EXIT_INTERNAL if internal else EXIT_FAILURES if rejected else EXIT_OK


def _document(line: bytes) -> dict:
    """One JSONL line as a document with an "id" and a string "text"; ValueError otherwise."""
    document = json.loads(decode(line))
    if not isinstance(document, dict) or not isinstance(document.get("text"), str) or "id" not in document:
        raise ValueError('a document needs "id" and a string "text"')
    return document


def cmd_timex(args: argparse.Namespace) -> int:
    return each_document(args.input, args.output, lambda document: annotate(document, args.narrative))


def cmd_toponyms(args: argparse.Namespace) -> int:
    geoparser = Geoparser(Gazetteer.from_settings(_gazetteer_settings(args)))
    return each_document(args.input, args.output, lambda document: {
        "id": document["id"], "toponyms": [toponym_record(t) for t in geoparser.parse(document["text"])]})


def cmd_events(args: argparse.Namespace) -> int:
    settings = _gazetteer_settings(args)
    pipeline = Pipeline(Gazetteer.from_settings(settings), settings)
    return each_document(args.input, args.output, lambda document: document_events(pipeline, document))


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


def cmd_review(args: argparse.Namespace) -> int:
    if not args.db.exists():
        raise UserError(f"{args.db}: no database here; run `python -m extract run FOLDER` first")
    if args.action == "export":
        fmt = format_of(Path(args.output), args.format) if args.output != "-" else args.format or "jsonl"
        with Store(args.db) as store, _output(args.output) as out:
            count = write_actions(review.actions(store.db), out, fmt)
        print(f"{count} review actions written to {args.output if args.output != '-' else 'standard output'}",
              file=sys.stderr)
        return EXIT_OK
    with Store(args.db) as store:
        summary = import_file(store, args.file, format_of(args.file, args.format))
    for problem in summary.rejected:
        print(f"rejected: {problem}", file=sys.stderr)
    for conflict in summary.conflicts:
        print(f"conflict: {conflict}")
    print(summary.line())
    return EXIT_FAILURES if summary.rejected else EXIT_OK


COMMANDS = {"run": cmd_run, "review": cmd_review, "export": cmd_export, "events": cmd_events, "timex": cmd_timex,
            "toponyms": cmd_toponyms, "gazetteer": cmd_gazetteer, "classify": cmd_classify}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: nothing to report
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (UserError, GazetteerError, UserGazetteerError, StoreError, FileProblem, ReviewFileError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as err:  # e.g. "[Errno 2] No such file ...: 'x'" said as "x: no such file ..."
        print(f"error: {shown(err.filename)}: {err.strerror.lower()}" if err.filename and err.strerror
              else f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as err:  # noqa: BLE001 - our bug: say so, keep the traceback
        log = write_error_log([internal_error(args.command, err)])
        print(f"internal error: {type(err).__name__}: {err} (a bug of ours; traceback in {log})", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
