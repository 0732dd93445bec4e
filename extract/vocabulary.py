"""The event vocabulary: ACLED event types, their sub-event types, the five other classes and the
display colours, all read from one table (data/event_types.csv) by the typer, the events, the export
and the dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import tables

TABLE = "event_types.csv"
ACLED, OTHER = "acled", "other"
NO_EVENT = "None"  # the typer's class for ordinary news: no event of any kind
OTHER_COLOR = "#17becf"  # anything the table does not name
FATAL_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")  # types that kill
ARMED_CLASH = "Armed clash"
GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
TERRITORY_CHANGES = (GOVERNMENT_REGAINS, NON_STATE_OVERTAKES)  # a battle after which a place changed hands
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
TAKINGS = (*TERRITORY_CHANGES, NON_VIOLENT_TRANSFER)  # the sub-types of a place changing hands
REMOTE_BOMB = "Remote explosive/landmine/IED"
DESTRUCTION = "Looting/property destruction"
ARRESTS = "Arrests"
RIOTS, VIOLENT_DEMONSTRATION, PROTESTS = "Riots", "Violent demonstration", "Protests"
PEACEFUL_PROTEST = "Peaceful protest"
EXCESSIVE_FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
DISRUPTED_WEAPONS = "Disrupted weapons use"
STRATEGIC = "Strategic developments"
MOB_VIOLENCE, SHELLING = "Mob violence", "Shelling/artillery/missile attack"
AIR_STRIKE = "Air/drone strike"
SUICIDE_BOMB = "Suicide bomb"
REMOTE_EVENTS = "Explosions/Remote violence"
CIVILIAN_VIOLENCE = "Violence against civilians"
VIOLENT_TYPES = ("Battles", REMOTE_EVENTS, CIVILIAN_VIOLENCE)  # political violence, riots apart
ABDUCTION = "Abduction/forced disappearance"
ATTACK = "Attack"
SEXUAL_VIOLENCE = "Sexual violence"
AGREEMENT = "Agreement"


@dataclass(frozen=True)
class Label:
    """One row of the vocabulary: a sub-event type (or other class), its event type and colour."""

    event_type: str  # "" for the classes outside ACLED
    sub_event_type: str
    kind: str
    color: str
    disorder_type: str = ""   # ACLED's disorder type ("" outside ACLED)

    @property
    def acled(self) -> bool:
        return self.kind == ACLED


@cache
def labels() -> dict[str, Label]:
    """Every label of the table by its sub-event type, in table order."""
    found = {row["sub_event_type"]: Label(row["event_type"], row["sub_event_type"], row["kind"], row["color"],
                                         row["disorder_type"])
             for row in tables.rows(TABLE)}
    bad = [label.sub_event_type for label in found.values() if label.kind not in (ACLED, OTHER)]
    if bad:
        raise ValueError(f"{TABLE}: kind must be {ACLED} or {OTHER} for {', '.join(bad)}")
    return found


def acled_labels() -> list[str]:
    """The 25 ACLED sub-event types."""
    return [name for name, label in labels().items() if label.acled]


def event_types() -> list[str]:
    """The six ACLED event types, in table order."""
    return list(dict.fromkeys(label.event_type for label in labels().values() if label.acled))


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type of a sub-event type ("" for the other classes); KeyError names the valid ones."""
    try:
        return labels()[sub_event_type].event_type
    except KeyError:
        raise KeyError(f"unknown sub-event type {sub_event_type!r}; valid: {', '.join(labels())}") from None


def is_acled(label: str) -> bool:
    """True for the 25 ACLED sub-event types (not the other classes, not "None")."""
    found = labels().get(label)
    return found is not None and found.acled


def type_colors() -> dict[str, str]:
    """Display colour of each ACLED event type."""
    return {label.event_type: label.color for label in labels().values() if label.acled}


def disorder_type(sub_event_type: str) -> str:
    """ACLED's disorder type of a sub-event type ("" when the table gives none)."""
    found = labels().get(sub_event_type)
    return found.disorder_type if found else ""
