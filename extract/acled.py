"""ACLED's codes for an export row: the columns of ACLED's codebook that our own fields decide.

Actor types ('inter' codes) come from the actor tables (`inter_codes.csv` over the kinds of
`actors.csv`); the disorder type from the event vocabulary; the source scale from the outlets of
`source_scales.csv`; the precisions are ACLED's 1-3 codes folded from our finer values, which the
export keeps under their own names.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import cache

from . import tables
from .actors import acled_country, state_of
from .names import name_key
from .vocabulary import disorder_type

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}   # ACLED: day, week, month or longer
GEO_PRECISION = {1: 1, 2: 2, 3: 3, 4: 3}                        # ACLED: town, near a town, region (or wider)
KIND_PREFIX = "kind:"
STATE, EXTERNAL, CIVILIANS = "state", 8, 7
COUNTRY_SUFFIX = re.compile(r" \([^()]+\)$")   # "Civilians (Mali)": ACLED names these kinds by country
CIVILIAN_TARGETING = "Civilian targeting"
POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = frozenset({"Protests", "Riots"})
CROWD_UNKNOWN = "crowd size=no report"   # ACLED's tag on a demonstration whose size no report gives
# ACLED's source scales, nearest to the event first: a combination is written in this order
SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")
ABROAD = "International"        # a national outlet reporting another country's event
SOURCE_SEPARATOR = ";"          # between the sources of one event, as ACLED writes them
LEADING_THE = re.compile(r"^the ")
ID_DIGITS = re.compile(r"^(?P<iso3>[A-Z]{3})-(?P<hash>[0-9a-f]+)(?P<suffix>-[-\w]+)?$")  # -2, -split-3fa2c1


@cache
def _inter_table() -> dict[str, int]:
    return {row["who"]: int(row["inter"]) for row in tables.rows("inter_codes.csv")}


@cache
def _actor_kinds() -> dict[str, tuple[str, frozenset[str]]]:
    """Actor name -> (kind, ISO codes of the countries where it mainly operates), from actors.csv."""
    return {row["actor"]: (row["kind"], frozenset(row["countries"].split())) for row in tables.rows("actors.csv")}


def inter_code(actor: str, country: str, country_code: str) -> int | None:
    """ACLED's actor type of `actor` in an event in `country`; None for no actor or one we cannot type."""
    table = _inter_table()
    base = COUNTRY_SUFFIX.sub("", actor)
    for name in (actor, base):
        if name in table:
            return table[name]
    forces = state_of(actor)
    if forces:    # a state's forces are external away from home (France's army in Mali), home by either name of
        # its country ("Democratic Republic of the Congo", ACLED's "Democratic Republic of Congo"; Hong Kong's, China)
        home = forces in (country, acled_country(country_code))
        return table[KIND_PREFIX + STATE] if home else EXTERNAL
    kind, where = _actor_kinds().get(actor, ("", frozenset()))
    if kind == STATE and where and country_code not in where:
        return EXTERNAL
    return table.get(KIND_PREFIX + kind)


@cache
def _source_table() -> dict[str, tuple[str, str]]:
    """Outlet key -> (scale, ISO code of a national outlet's home country or '')."""
    return {_source_key(row["source"]): (row["scale"], row["country"]) for row in tables.rows("source_scales.csv")}


def _source_key(name: str) -> str:
    """"The Guardian", "guardian" and "Guardian (UK)" are one outlet."""
    return LEADING_THE.sub("", COUNTRY_SUFFIX.sub("", name_key(name)))


def source_scale(source: str, country_code: str) -> str:
    """ACLED's source scale of an event in `country_code` reported by `source` (outlets joined by ';'):
    "National-International" for a home outlet and a wire service; blank when no outlet is known."""
    found = set()
    for name in source.split(SOURCE_SEPARATOR):
        scale, home = _source_table().get(_source_key(name), ("", ""))
        found.add(ABROAD if home and country_code and home != country_code else scale)
    return "-".join(scale for scale in SCALES if scale in found)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both actor types, the smaller first (13); one actor alone is x0 (20)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def civilian_targeting(event_type: str, sub_event_type: str, inter1: int | None, inter2: int | None) -> str:
    """'Civilian targeting' for violence aimed at civilians: every event of that type, and political
    violence with civilians on one side; blank otherwise."""
    aimed = event_type == "Violence against civilians" or (
        disorder_type(sub_event_type).startswith(POLITICAL_VIOLENCE) and CIVILIANS in (inter1, inter2))
    return CIVILIAN_TARGETING if aimed else ""


def tags(event_type: str) -> str:
    """ACLED's tags that our fields decide: a demonstration's crowd size is never extracted."""
    return CROWD_UNKNOWN if event_type in DEMONSTRATIONS else ""


def timestamp(published: date | None) -> int | None:
    """When the event's information was published: its article's day at 00:00 UTC, in Unix seconds (ACLED
    stamps its own last change; ours must not change between identical runs)."""
    return int(datetime(published.year, published.month, published.day, tzinfo=timezone.utc).timestamp()) \
        if published else None


def acled_id(event_id: str) -> str:
    """ACLED's form of an id, country letters and a number ("MLI-00ff-2" -> "MLI255-2")."""
    parts = ID_DIGITS.match(event_id)
    if not parts:
        return event_id
    return f"{parts['iso3']}{int(parts['hash'], 16)}{parts['suffix'] or ''}"


def notes(row: dict[str, object]) -> str:
    """A one-line description of the event from its fields (ACLED's notes are written by hand)."""
    when = f"On {row['event_date']}" if row["event_date"] else "On an unknown date"
    where = ", ".join(dict.fromkeys(str(row[c]) for c in ("location", "admin1", "country") if row[c]))
    actors = " and ".join(str(row[c]) for c in ("actor1", "actor2") if row[c]) or "unnamed actors"
    toll = f"{row['fatalities']} reported killed" if row["fatalities"] is not None else "no toll reported"
    return f"{when}, {str(row['sub_event_type']).lower()} involving {actors}" + (f" in {where}" if where else "") + f"; {toll}."
