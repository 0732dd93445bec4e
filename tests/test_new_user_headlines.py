"""Headlines as a new user writes them (issue 12, our own words): a line alone with no full stop, the base,
-s, -ed and -ing forms of each family's verbs, the victim named after the event, one death in the present,
and a French name with "au" in it. The whole set with its expected events is
tests/fixtures/new_user_headlines.psv, scored by `python -m bench.headlines`."""
from __future__ import annotations

from datetime import date

import pytest

from bench.headlines import ANY, NONE, read_headlines
from extract import tables
from extract.gazetteer import Gazetteer
from extract.models import Article
from extract.sentences import split_sentences
from extract.toponyms import PlaceFinder
from tests.test_headlines import _events, pipeline  # noqa: F401 (the tiny-gazetteer pipeline, a fixture)

PUBLISHED = date(2024, 3, 2)


@pytest.mark.parametrize("text, kinds", [
    # a report of one line is its own body, full stop or not; a short line above a body stays a heading
    ("Rebels shell Gao", ["body"]),
    ("Rebels shell Gao.", ["body"]),
    ("Rebels shell Gao\n\nThe rebels fired shells at the town on Monday.", ["heading", "body"]),
    # a link or a byline beside a headline leaves it the whole report
    ("Rebels shell Gao\nBy Jane Doe", ["body", "byline"]),
    ("Rebels shell Gao\nRead more: https://example.org/gao", ["body", "link"]),
    ("Rebels shell Gao\nMore soon", ["heading", "heading"]),
])
def test_a_line_alone_is_the_report(text, kinds):
    article = Article(doc_id="n", text=text, published=PUBLISHED, date_source="jsonl")
    assert [s.kind for s in split_sentences(article)] == kinds


@pytest.mark.parametrize("text, actor1, actor2", [
    # state forces struck after the event, or dying before it, are its victims; the attacker stays unnamed
    ("An ambush kills four soldiers near Gao", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("Attack on army post kills 11 soldiers in Gao", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("Five policemen die in a militant attack in Gao", "Unidentified Armed Group (Mali)", "Police Forces of Mali"),
    # the side after "the capture of" is still the one acting; a premature blast's dead are its own bombers
    # (None: any actor2)
    ("The capture of Gao by Malian troops", "Military Forces of Mali", None),
    # "on" before a date, then "with" or "between": the army named is a side of the clash, not its target
    ("Clashes broke out on Monday with the army in Gao", "Military Forces of Mali", None),
    ("Fighting erupted on Monday between the army and rebels in Gao", "Military Forces of Mali", None),
    ("A car bomb explodes prematurely in Gao, killing three militants.", "Unidentified Armed Group (Mali)", ""),
    # a nationality before missiles names the state that fired them; marines are state forces
    ("Russian missiles hit Gao, killing four", "Military Forces of Russia", None),
    ("Rebels clash with marines near Gao", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
])
def test_the_sides_of_a_new_user_headline(pipeline, text, actor1, actor2):
    events = _events(pipeline, text)
    assert events and all(e.actor1 == actor1 and actor2 in (None, e.actor2) for e in events)


@pytest.mark.parametrize("text, toll", [
    # one death said with "a"/"an" in the present and base forms, and counts beaten or burned to death
    ("Unidentified gunmen shoot dead a teacher in Gao", 1),
    ("A mob lynches a man accused of theft in Gao", 1),
    ("A mob beat a suspected thief to death in Bamako.", 1),
    ("Villagers beat two suspected thieves to death in Gao", 2),
    ("An angry mob burned a suspected witch alive in Gao", 1),
    ("Riot police kill two protesters in Gao", 2),  # force against protesters, whose toll is counted
])
def test_the_toll_of_a_new_user_headline(pipeline, text, toll):
    assert [e.fatalities for e in _events(pipeline, text)] == [toll]


@pytest.mark.parametrize("text, actor2", [
    # people named by their role are civilians
    ("Gunmen murdered a village chief in Gao", "Civilians (Mali)"),
    ("Gunmen snatched three teachers from their homes in Gao.", "Civilians (Mali)"),
    ("Jihadists abduct a priest in Gao", "Civilians (Mali)"),
])
def test_people_by_their_role_are_civilians(pipeline, text, actor2):
    assert [e.actor2 for e in _events(pipeline, text)] == [actor2]


@pytest.mark.parametrize("text, sub_event_types", [
    # what is seized or defused is no territory and no blast: one event, not two
    ("Troops seize a weapons cache near Gao", ["Disrupted weapons use"]),
    ("Soldiers defused a roadside bomb near Gao.", ["Disrupted weapons use"]),
    ("Jihadists seize a bus and abduct its passengers near Gao", ["Abduction/forced disappearance"]),
    ("Soldiers seize power in a coup in Bamako", ["Other"]),
    # a ship an armed side takes is property taken; a cargo of drugs found aboard one is none
    ("Rebels capture a cargo ship off the coast near Gao.", ["Looting/property destruction"]),
    ("Police seize two tonnes of cocaine from a ship in the port of Gao.", []),
])
def test_one_event_for_what_is_seized_or_defused(pipeline, text, sub_event_types):
    assert [e.sub_event_type for e in _events(pipeline, text)] == sub_event_types


def test_a_name_with_au_is_found_whole():
    gazetteer = Gazetteer.from_rows([
        {"geonameid": 3718426, "name": "Port-au-Prince", "latitude": 18.54, "longitude": -72.34,
         "feature_code": "PPLC", "country_code": "HT", "population": 1234742},
        {"geonameid": 935616, "name": "Le Port", "alternatenames": "Port", "latitude": -20.94, "longitude": 55.29,
         "country_code": "RE", "population": 40000}])
    assert [t.text for t in PlaceFinder(gazetteer).find("Gangs looted a warehouse in Port-au-Prince.")] \
        == ["Port-au-Prince"]


def test_the_headline_set_is_well_formed():
    """Every expected event of the set names an ACLED sub-type and a side in ACLED's way, or says any."""
    sub_types = {row["sub_event_type"] for row in tables.rows("event_types.csv")}
    headlines = read_headlines()
    events = [e for expected in headlines.values() for e in expected]
    assert len(headlines) >= 250 and all(e.sub_event_type in sub_types for e in events)
    assert all(e.actor1 not in ("", NONE) and e.location and e.iso3 for e in events)
    assert all(e.fatalities in ("", ANY) or e.fatalities.isdigit() for e in events)
