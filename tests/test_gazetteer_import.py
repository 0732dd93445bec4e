"""The user gazetteer: GeoNames dump parsing, import, lookup over the shipped rows, `add`, the
CLI, and an article whose place only the user gazetteer knows, run end to end."""
from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from extract import gazetteer as gazetteer_module
from extract.__main__ import main
from extract.gazetteer import COLUMNS, Gazetteer, GazetteerError
from extract.gazetteer_import import (USER_ID_BASE, BadRow, ImportStats, ProgressLine, add_place,
                                      import_dump, name_keys, parse_alternate, parse_place)
from extract.store import Store
from extract.toponyms import PlaceFinder
from tests.conftest import TINY_ROWS

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"
DUMP, ALTERNATES = FIXTURES / "ML.txt", FIXTURES / "alternateNamesV2.txt"
SHIPPED_EXTRA = [  # the region Sokolo lies in, and a Timbuktu the user's row must hide
    {"geonameid": 2451477, "name": "Ségou", "latitude": 13.44032, "longitude": -6.25947,
     "feature_class": "A", "feature_code": "ADM1", "country_code": "ML", "admin1_code": "05"},
]
GOOD = ["2450849", "Sokolo", "Sokolo", "Soala,Sokolon", "14.7328", "-6.1219", "P", "PPL", "ML", "",
        "05", "", "", "", "4374", "", "284", "Africa/Bamako", "2026-01-01"]
ARTICLE = """---
published: 2013-01-21
---
Islamist fighters attacked the village of Nampala on Sunday, killing three soldiers, the army said.
"""


def _with(index: int, value: str) -> list[str]:
    row = list(GOOD)
    row[index] = value
    return row


def _write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({c: row.get(c, "") for c in COLUMNS} for row in rows)
    return path


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """The conftest's tiny gazetteer plus a region, as a CSV to load."""
    return _write_csv(tmp_path / "tiny.csv", TINY_ROWS + SHIPPED_EXTRA)


@pytest.fixture
def user_db(tmp_path: Path) -> Path:
    """A user gazetteer with the fixture dump and its alternate names imported."""
    db = tmp_path / "user.sqlite"
    for dump in (DUMP, ALTERNATES):
        import_dump(dump, db, report=lambda line: None)
    return db


def _load(shipped: Path, user_db: Path | None) -> Gazetteer:
    return Gazetteer.load(shipped, cache_dir=shipped.parent / "cache", user_path=user_db)


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def _content(db: Path) -> tuple[list, list]:
    with sqlite3.connect(db) as connection:
        return (connection.execute("SELECT * FROM places ORDER BY geonameid").fetchall(),
                connection.execute("SELECT * FROM names ORDER BY geonameid, key").fetchall())


def test_parse_place_reads_the_dump_columns() -> None:
    row, keys = parse_place(GOOD)
    assert row == (2450849, "Sokolo", 14.7328, -6.1219, "P", "PPL", "ML", "05", 4374)
    assert keys == {"sokolo", "soala", "sokolon"}


@pytest.mark.parametrize("fields, problem", [
    (GOOD[:18], "18 tab-separated fields, expected 19"),
    (_with(0, "x12"), "bad geonameid 'x12'"),
    (_with(1, " "), "empty name"),
    (_with(4, "north"), "bad latitude 'north'"),
    (_with(4, "91"), r"latitude 91 outside \[-90, 90\]"),
    (_with(5, "-180.5"), r"longitude -180.5 outside \[-180, 180\]"),
    (_with(5, "nan"), "longitude nan outside"),
    (_with(8, "MLI"), "bad country code 'MLI'"),
    (_with(14, "many"), "bad population 'many'"),
])
def test_parse_place_refuses_bad_rows(fields: list[str], problem: str) -> None:
    with pytest.raises(BadRow, match=problem):
        parse_place(fields)


@pytest.mark.parametrize("fields, expected", [
    (["1", "2450849", "fr", "Sokolon", "", "", "", "", "", ""], (2450849, "sokolon")),
    (["1", "2450849", "", " Sévaré  Ville ", "1", "", "", "", "", ""], (2450849, "sevare ville")),
    (["1", "2450849", "", "Sokolo", "", "", "", ""], (2450849, "sokolo")),  # the older 8 columns
    (["1", "2450849", "link", "https://en.wikipedia.org/wiki/Sokolo", "", "", "", "", "", ""], None),
    (["1", "2450849", "post", "BP 12", "", "", "", "", "", ""], None),
])
def test_parse_alternate(fields: list[str], expected: tuple | None) -> None:
    assert parse_alternate(fields) == expected


@pytest.mark.parametrize("fields, problem", [
    (["1", "2450849", "fr"], "3 tab-separated fields, expected 10 or 8"),
    (["1", "x", "fr", "Sokolon", "", "", "", "", "", ""], "bad geonameid"),
    (["1", "2450849", "fr", "  ", "", "", "", "", "", ""], "empty alternate name"),
])
def test_parse_alternate_refuses_bad_rows(fields: list[str], problem: str) -> None:
    with pytest.raises(BadRow, match=problem):
        parse_alternate(fields)


@pytest.mark.parametrize("names, keys", [
    (("Niafunké", "Niafunke", "Matounke,Niafounke"), {"niafunke", "matounke", "niafounke"}),
    (("Ké-Macina", "", ""), {"ke-macina"}),
    (("Aguel’hoc", "", " ,, "), {"aguel'hoc"}),
])
def test_name_keys(names: tuple[str, ...], keys: set[str]) -> None:
    assert name_keys(*names) == keys


def test_import_reports_bad_rows_and_counts(tmp_path: Path) -> None:
    reported: list[str] = []
    places, = import_dump(DUMP, tmp_path / "u.sqlite", report=reported.append)
    assert (places.kind, places.rows, places.imported, places.bad) == ("places", 8, 7, 1)
    assert reported == [f"{DUMP} line 5: bad latitude 'north', row skipped"]
    names, = import_dump(ALTERNATES, tmp_path / "u.sqlite")
    # Sokolon and Molodo Centre are new; a link, a postcode, a known name, Bamako (not imported)
    assert (names.kind, names.rows, names.imported, names.skipped) == ("alternate names", 6, 2, 4)


def test_user_places_are_found_and_win_over_shipped_rows(shipped: Path, user_db: Path) -> None:
    gazetteer = _load(shipped, user_db)
    sokolo, = gazetteer.lookup("SOKOLON")
    assert (sokolo.geonameid, sokolo.latitude, sokolo.admin1_name) == (2450849, 14.7328, "Ségou")
    timbuktu, = gazetteer.lookup("Tumbuktu")  # a spelling only the user's row has
    assert gazetteer.lookup("Timbuktu") == [timbuktu] and timbuktu.feature_code == "PPLA"
    assert [p.country_code for p in gazetteer.lookup("Gao")] == ["BF", "ML", "ML"]  # shipped rows stay
    assert gazetteer.get(2596472).name == "Abeïbara" and gazetteer.get(9999999) is None
    assert gazetteer.lookup("Bamako")[0].geonameid == 2460596
    assert _load(shipped, None).lookup("Sokolo") == []


def test_import_twice_changes_nothing(tmp_path: Path, user_db: Path) -> None:
    before = _content(user_db)
    import_dump(DUMP, user_db, report=lambda line: None)
    places, names = _content(user_db)
    assert places == before[0]
    # re-importing the places resets their names to the dump's: the alternate names go
    assert set(before[1]) - set(names) == {(2450849, "sokolon"), (2453383, "molodo centre")}


def test_an_interrupted_import_changes_nothing(tmp_path: Path, user_db: Path) -> None:
    before = _content(user_db)
    bigger = tmp_path / "bigger.txt"
    bigger.write_text("\n".join("\t".join(_with(0, str(n))) for n in range(1, 25_001)), encoding="utf-8")

    def interrupt(stats: ImportStats) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_dump(bigger, user_db, progress=interrupt)
    assert _content(user_db) == before


def test_zip_files_are_read_like_geonames_ships_them(tmp_path: Path) -> None:
    archive = tmp_path / "ML.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.write(DUMP, "ML.txt")
        handle.writestr("readme.txt", "not a dump")
        handle.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\n")
    stats, = import_dump(archive, tmp_path / "u.sqlite", report=lambda line: None)
    assert (stats.source, stats.imported) == (f"{archive}:ML.txt", 7)


@pytest.mark.parametrize("content, problem", [
    (b"", "no rows"),
    (b"geonameid,name\n1,X\n", "line 1: 1 tab-separated fields; expected 19"),
    (b"PK\x03\x04 broken", "cannot be read"),
])
def test_unreadable_dumps_are_one_line_errors(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / ("x.zip" if content.startswith(b"PK") else "x.txt")
    path.write_bytes(content)
    with pytest.raises(GazetteerError, match=problem):
        import_dump(path, tmp_path / "u.sqlite")


def test_undecodable_lines_are_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(DUMP.read_bytes() + "\t".join(_with(1, "Ségou")).encode("latin-1") + b"\n")
    reported: list[str] = []
    stats, = import_dump(path, tmp_path / "u.sqlite", report=reported.append)
    assert stats.bad == 2 and reported[-1] == f"{path} line 9: not UTF-8 text, row skipped"


def test_a_line_too_long_for_a_row_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "long.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ML.txt", DUMP.read_bytes() + b"x" * 3_000_000 + b"\n" + DUMP.read_bytes().splitlines()[0] + b"\n")
    reported: list[str] = []
    stats, = import_dump(path, tmp_path / "u.sqlite", report=reported.append)
    assert any("longer than 1,000,000 bytes" in line for line in reported) and stats.imported > 0


def test_add_then_add_again_replaces(shipped: Path, tmp_path: Path) -> None:
    db = tmp_path / "u.sqlite"
    first = add_place(db, "Nampala", "15.3", "-5.4", "ml", aliases=["Nampla"])
    second = add_place(db, " Nampala ", 15.27917, -5.42972, "ML")
    other = add_place(db, "Dioura", 14.83, -5.25, "ML")
    assert first.geonameid == second.geonameid == USER_ID_BASE and other.geonameid == USER_ID_BASE - 1
    place, = _load(shipped, db).lookup("nampala")
    assert (place.latitude, place.longitude, place.country_code) == (15.27917, -5.42972, "ML")
    assert _load(shipped, db).lookup("Nampla") == []  # the second add gave no alias


@pytest.mark.parametrize("args, problem", [
    (("Nampala", "91", "0", "ML"), r"latitude 91 outside \[-90, 90\]"),
    (("Nampala", "0", "-181", "ML"), r"longitude -181 outside \[-180, 180\]"),
    (("Nampala", "north", "0", "ML"), "bad latitude 'north'"),
    (("Nampala", "nan", "0", "ML"), "latitude nan outside"),
    (("Nampala", "15", "-5", "XX"), "unknown country code 'XX'"),
    (("Nampala", "15", "-5", "MLI"), "unknown country code 'MLI'"),
    (("  ", "15", "-5", "ML"), "bad place name"),
    (("Nampala, Mali", "15", "-5", "ML"), "without commas"),
])
def test_add_validates(tmp_path: Path, args: tuple[str, ...], problem: str) -> None:
    with pytest.raises(GazetteerError, match=problem):
        add_place(tmp_path / "u.sqlite", *args)
    assert not (tmp_path / "u.sqlite").exists()


def test_small_user_gazetteers_join_the_automaton(shipped: Path, user_db: Path) -> None:
    gazetteer = _load(shipped, user_db)
    assert "sokolon" in set(gazetteer.keys()) and gazetteer.user_spans("Sokolo", 0, 6) == []
    found = PlaceFinder(gazetteer).find("Fighters entered Sokolo and Niafunké on Monday.")
    assert [t.text for t in found] == ["Sokolo", "Niafunké"]


def test_big_user_gazetteers_are_searched_by_word_runs(shipped: Path, user_db: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_module, "USER_NAMES_IN_AUTOMATON", 0)
    gazetteer = _load(shipped, user_db)
    assert "sokolon" not in set(gazetteer.keys())
    text = "In Sokolo and in Molodo Centre, shots; Abeïbara-Nord no; sokolo no."
    assert [text[s:e] for s, e in sorted(gazetteer.user_spans(text, 0, len(text)))] == [
        "Sokolo", "Molodo", "Molodo Centre"]
    skipping = gazetteer.user_spans(text, 0, len(text), frozenset({"sokolo"}))
    assert sorted(text[s:e] for s, e in skipping) == ["Molodo", "Molodo Centre"]
    assert [text[s:e] for s, e in gazetteer.user_spans(text, 17, 30)] == ["Molodo", "Molodo Centre"]
    found = PlaceFinder(gazetteer).find("Fighters entered Sokolo and Molodo Centre on Monday.")
    assert [t.text for t in found] == ["Sokolo", "Molodo Centre"]


def test_a_damaged_user_gazetteer_is_a_one_line_error(shipped: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(GazetteerError, match="user gazetteer .*bad.sqlite cannot be read"):
        _load(shipped, bad)


@pytest.mark.parametrize("tables, problem", [
    ("CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER); INSERT INTO meta VALUES ('format', 0)",
     "has format 0, expected"),
    ("CREATE TABLE events (event_id TEXT)", "is a database of something else"),
])
def test_adding_to_another_kind_of_file_is_refused_and_leaves_it(tmp_path: Path, tables: str, problem: str) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.executescript(tables)
    code, _, err = _cli("gazetteer", "add", "Nampala", "15", "-5", "ML", "--user-gazetteer", str(other))
    assert code == 2 and problem in err and str(other) in err and len(err.splitlines()) == 1
    with sqlite3.connect(other) as db:
        assert "places" not in {name for (name,) in db.execute("SELECT name FROM sqlite_master")}


def test_progress_line_without_a_terminal_writes_every_ten_percent() -> None:
    stream = io.StringIO()
    show = ProgressLine(stream)
    for done in range(0, 101, 5):
        show(ImportStats("ML.txt", rows=done, done_bytes=done, total_bytes=100))
    assert stream.getvalue().splitlines()[:2] == ["ML.txt: 0 rows, 0%", "ML.txt: 10 rows, 10%"]
    assert len(stream.getvalue().splitlines()) == 11


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal_keeps_messages_on_their_own_lines() -> None:
    stream = _Terminal()
    show = ProgressLine(stream)
    show(ImportStats("ML.txt", rows=10, done_bytes=1, total_bytes=2))
    show.note("ML.txt line 11: bad latitude 'north', row skipped")
    show(ImportStats("ML.txt", rows=20, done_bytes=2, total_bytes=2))
    show.end()
    assert stream.getvalue() == ("\rML.txt: 10 rows, 50%\nML.txt line 11: bad latitude 'north', row skipped\n"
                                 "\rML.txt: 20 rows, 100%\n")


def test_cli_import_goes_on_past_a_bad_file(tmp_path: Path) -> None:
    db = str(tmp_path / "u.sqlite")
    code, out, err = _cli("gazetteer", "import", str(tmp_path / "missing.txt"), str(DUMP), "--user-gazetteer", db)
    assert code == 1 and f"{DUMP}: 8 rows, 7 places, 1 bad rows" in out
    assert "missing.txt: cannot be read" in err and "line 5: bad latitude" in err and "Traceback" not in err


@pytest.mark.parametrize("args, problem", [
    (["Nampala", "15", "-5", "XX"], "error: unknown country code 'XX'"),
    (["Nampala", "15", "200", "ML"], "error: Nampala: longitude 200 outside"),
])
def test_cli_add_errors_are_one_line(tmp_path: Path, args: list[str], problem: str) -> None:
    code, _, err = _cli("gazetteer", "add", *args, "--user-gazetteer", str(tmp_path / "u.sqlite"))
    assert code == 2 and err.startswith(problem) and len(err.splitlines()) == 1


def test_an_added_place_is_found_by_run(shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    article = tmp_path / "nampala.md"
    article.write_text(ARTICLE, encoding="utf-8")
    user = str(tmp_path / "u.sqlite")

    def places_of_events(db: str) -> list[tuple[str, float]]:
        code, out, _ = _cli("run", str(article), "--gazetteer", str(shipped), "--user-gazetteer", user,
                            "--db", db, "--quiet")
        assert code == 0
        with Store(Path(db)) as store:
            return [(row["location"], row["latitude"]) for row in store.export_rows()]

    assert ("Nampala", 15.27917) not in places_of_events(str(tmp_path / "before.db"))
    code, out, _ = _cli("gazetteer", "add", "Nampala", "15.27917", "-5.42972", "ML", "--user-gazetteer", user)
    assert code == 0 and "Nampala (ML, 15.27917, -5.42972) is user place" in out
    assert ("Nampala", 15.27917) in places_of_events(str(tmp_path / "after.db"))


def test_a_user_gazetteer_change_re_extracts_only_the_articles_naming_it(
        shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "nampala.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "konna.md").write_text(ARTICLE.replace("Nampala", "Konna"), encoding="utf-8")
    user, db = str(tmp_path / "u.sqlite"), str(tmp_path / "e.db")

    def run_again() -> str:
        code, out, _ = _cli("run", str(folder), "--gazetteer", str(shipped), "--user-gazetteer", user, "--db", db,
                            "--quiet")
        assert code == 0
        return out

    assert "2 extracted" in run_again()
    _cli("gazetteer", "add", "Nampala", "15.27917", "-5.42972", "ML", "--user-gazetteer", user)
    assert "1 extracted, 1 unchanged" in run_again()
    assert "0 extracted, 2 unchanged" in run_again()
    with Store(Path(db)) as store:
        assert "Nampala" in {row["location"] for row in store.export_rows()}
