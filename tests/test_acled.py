"""ACLED's codes from our fields: actor types, interactions, civilian targeting, ids, tags, precisions."""
from __future__ import annotations

from datetime import date

import pytest

from extract import acled
from extract.actors import acled_country, state_of


@pytest.mark.parametrize("actor, country, code, inter", [
    ("Military Forces of Mali", "Mali", "ML", 1),
    ("Military Forces of France", "Mali", "ML", 8),           # a state's army away from home is external
    ("Ansar Dine", "Mali", "ML", 2),                          # a named armed group: rebels
    ("Unidentified Armed Group (Mali)", "Mali", "ML", 3),     # ACLED's convention: a political militia
    ("Civilians (Mali)", "Mali", "ML", 7),
    ("Protesters (Ukraine)", "Ukraine", "UA", 6),
    ("Rioters (Kenya)", "Kenya", "KE", 5),
    ("United Nations Peacekeepers", "Mali", "ML", 8),
    ("Military Forces of Ukraine", "Ukraine", "UA", 1),
    ("Military Forces of Ukraine", "Russia", "RU", 8),
    ("Islamic State Khorasan Province (ISKP)", "Afghanistan", "AF", 2),   # brackets of its own name kept
    ("Somebody nobody knows", "Mali", "ML", None),
    # a state's forces at home, named by ACLED's name of the country (`acled_countries.csv`), not GeoNames'
    ("Military Forces of Democratic Republic of Congo", "Democratic Republic of the Congo", "CD", 1),
    ("Police Forces of China", "Hong Kong", "HK", 1),
    ("Police Forces of China", "Taiwan", "TW", 8),
])
def test_actor_types_follow_acleds_inter_codes(actor, country, code, inter):
    assert acled.inter_code(actor, country, code) == inter


@pytest.mark.parametrize("inter1, inter2, expected", [(1, 2, 12), (3, 1, 13), (2, None, 20), (7, 7, 77), (None, None, None)])
def test_the_interaction_puts_the_smaller_type_first(inter1, inter2, expected):
    assert acled.interaction(inter1, inter2) == expected


@pytest.mark.parametrize("event_type, sub_type, inter1, inter2, expected", [
    ("Violence against civilians", "Attack", 3, 7, "Civilian targeting"),
    ("Explosions/Remote violence", "Air/drone strike", 8, 7, "Civilian targeting"),
    ("Explosions/Remote violence", "Air/drone strike", 8, 2, ""),
    ("Battles", "Armed clash", 1, 2, ""),
    ("Protests", "Peaceful protest", 6, 7, ""),               # not political violence
])
def test_civilian_targeting(event_type, sub_type, inter1, inter2, expected):
    assert acled.civilian_targeting(event_type, sub_type, inter1, inter2) == expected


@pytest.mark.parametrize("event_id, expected", [("MLI-00ff", "MLI255"), ("MLI-00ff-2", "MLI255-2"), ("odd", "odd"),
                                                ("MLI-00ff-split-3fa2c1", "MLI255-split-3fa2c1")])
def test_ids_take_acleds_form(event_id, expected):
    assert acled.acled_id(event_id) == expected


def test_tags_and_timestamp():
    assert acled.tags("Protests") == "crowd size=no report" and acled.tags("Battles") == ""
    assert acled.timestamp(date(1970, 1, 2)) == 86_400 and acled.timestamp(None) is None


def test_precisions_fold_into_acleds_three_codes():
    assert [acled.TIME_PRECISION[p] for p in ("day", "week", "month", "year")] == [1, 2, 3, 3]
    assert [acled.GEO_PRECISION[p] for p in (1, 2, 3, 4)] == [1, 2, 3, 3]


@pytest.mark.parametrize("source, country_code, scale", [
    ("Reuters", "ML", "International"),
    ("Premium Times", "NG", "National"),
    ("Premium Times", "NE", "International"),                 # a national outlet abroad
    ("Premium Times", "", "National"),                       # an event of no known country is not abroad
    ("the Guardian", "SD", "International"),                 # "The" and case do not matter
    ("Punch (Nigeria)", "NG", "National"),                   # nor the country in brackets
    ("Punch; AFP", "NG", "National-International"),          # several sources: nearest first
    ("Telegram ; Radio Okapi", "CD", "National-New media"),
    ("Sahel Desk (sample)", "ML", ""),                       # an outlet we do not know
    ("", "ML", ""),
    ("Unknown Weekly; Reuters", "ML", "International"),      # the known one still counts
])
def test_source_scale(source, country_code, scale):
    assert acled.source_scale(source, country_code) == scale


@pytest.mark.parametrize("code, name", [
    ("HK", "China"), ("MO", "China"),   # ACLED files Hong Kong's and Macao's events under China
    ("CD", "Democratic Republic of Congo"), ("ML", "Mali"), ("TW", "Taiwan"),
])
def test_countries_named_as_acled_names_them(code, name):
    assert acled_country(code) == name


@pytest.mark.parametrize("name, country", [
    # the country of a state's forces or government, whole when it holds "of" itself
    ("Military Forces of Mali", "Mali"),
    ("Police Forces of Republic of Congo", "Republic of Congo"),
    ("Government of Niger", "Niger"),
    # no state: forces nobody named, an armed group, civilians
    ("Unidentified Military Forces", None),
    ("Ansar Dine", None),
    ("Civilians (Mali)", None),
])
def test_the_state_of_a_force(name, country):
    assert state_of(name) == country
