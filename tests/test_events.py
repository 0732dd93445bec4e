"""Triggers, hedges, actors, fatalities, and how an event gets its place and date."""
from __future__ import annotations

from datetime import date

import re

import pytest

from extract.actors import ActorFinder
from extract.actors import Actor, acled_names
from extract.dates import find_timexes
from extract.clauses import clauses_of
from extract.events import Context, EventExtractor, arrest_told
from extract.merge import merge
from extract.event_types import retyped, with_context_rules
from extract import tables
from extract.not_events import NEEDED_KINDS
from extract.triggers import TEXT_NEEDS, Trigger, find_triggers
from extract.sides import pick_actors
from extract.typer import Typed
from extract.models import Article, Event, Place, Timex, Toponym
from extract.sentences import split_sentences

from tests.regressions import SIXTH_ROUND

MUJAO = "MUJAO: Movement for Oneness and Jihad in West Africa"
KONNA = Place(-1, "Konna", 14.9467, -3.8933, "ML", population=36767)
MALI = Place(2453866, "Mali", 17.35, -3.52, "ML", "A", "PCLI")
MOPTI_REGION = Place(-2, "Mopti", 14.5, -3.5, "ML", "A", "ADM1")


@pytest.mark.parametrize("sentence, expected", [
    ("Insurgents seized the town.", [("Battles", "territory")]),
    ("Rebels took Konna on Thursday.", [("Battles", "territory")]),
    ("French troops retook the airport.", [("Battles", "territory:government")]),
    ("Jets carried out air strikes overnight.", [("Explosions/Remote violence", "Air/drone strike")]),
    ("A suicide bomber struck a checkpoint.", [("Explosions/Remote violence", "Suicide bomb")]),
    ("Suicide bombings hit two mosques.", [("Explosions/Remote violence", "Suicide bomb")]),
    ("Gunmen abducted two aid workers.", [("Violence against civilians", "Abduction/forced disappearance")]),
    ("Militants took dozens of workers hostage.", [("Violence against civilians", "Abduction/forced disappearance")]),
    ("A couple was stoned to death.", [("Violence against civilians", "Attack")]),
    ("Fighters raped a woman.", [("Violence against civilians", "Sexual violence")]),
    ("Paris launched a military offensive.", [("Battles", "Armed clash")]),
    ("They destroyed ancient shrines.", [("Strategic developments", "Looting/property destruction")]),
    ("Hundreds of protesters gathered.", [("Protests", "Peaceful protest")]),
    ("The fighting has captured the world's attention.", []),
    ("The meeting took place in Bamako.", []),
    ("They executed 94 of the 153 captured soldiers.", [("Violence against civilians", "Attack")]),
    ("The rebels would seize the capital if nobody acted.", []),
    ("They threatened to attack the town.", []),
    # a hedge before a phrase of its own qualifies another thing: "planned" is the visit's, not the shelling's
    ("The envoy cancelled a planned visit following heavy shelling of the town that killed two.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ("The envoy cancelled a planned visit after heavy shelling of the town.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ("The rebels planned the shelling of the town.", []),
    # a vote or decision allowing an act to come is no act
    ("Lawmakers voted to authorise air strikes on the rebels.", []),
    ("The council authorises the use of force against the rebels.", []),
    # ... nor what a deployment is meant to deter or prevent, nor an act spoken of as any of its kind
    ("The navy sent two frigates to deter attacks on shipping.", []),
    ("The troops pulled back from the border to avoid clashing with their allies.", []),
    # people pardoned or freed, told with the arrest or the rally that jailed them: their taking came before
    ("The president pardons 300 detainees arrested at rallies in the capital.", []),
    ("The talks follow the release of students detained at a march last year.", []),
    ("The president warned that any attack on the port would be answered.", []),
    # ... nor the permission or the preparations for one
    ("The army says it has the approval to launch air strikes on the rebels.", []),
    ("The general orders preparations for rocket strikes on the rebel camps.", []),
    ("A suicide bomber killed nine guests during preparations for a wedding.",
     [("Explosions/Remote violence", "Suicide bomb")]),
    ("Troops are ready to retake the city.", []),
    ("Nobody has denied that they fought.", []),
    # an earlier event mentioned without its own date
    ("Marines boarded a ship previously seized by pirates.", []),
    # an act told only as the time before which another happened
    ("The rebels had gone before the troops arrived.", []),
    # what someone is only believed to have done
    ("The commanders are believed to have retreated into the hills.", []),
    ("The commanders retreated into the hills.", [("Strategic developments", "Change to group/activity")]),
    # an uncounted span of acts summed up as what came before; a counted one is an event
    ("The rebels had gone after days of bombing.", []),
    ("The rebels had gone after two days of bombing.", [("Explosions/Remote violence", "Air/drone strike")]),
    # what someone is charged with, tried or sentenced for is no event of the report
    ("A court sentenced four men to prison for the bombing of the market.", []),
    ("The smuggler was executed for murder at dawn.", []),
    ("He was charged with the shelling of the town; rebels shelled it again today.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    # a charge in the clause after a ";" counts, even when an earlier clause had its own
    ("He was charged with theft; now he is charged with the shelling of the town.", []),
    # hyphenated and bomb phrasings; a warning of possible attacks is none
    ("An air-strike hit the fuel depot.", [("Explosions/Remote violence", "Air/drone strike")]),
    ("Two bomb attacks on the bus station killed nine.", [("Explosions/Remote violence", "Remote explosive/landmine/IED")]),
    ("Police warn of possible bomb attacks on the markets.", []),
    ("The army warned of new attacks on the port.", []),
    ("Officials warned of an attack on the market.", []),
    # a warning or a doubt a few words before an unrelated trigger does not cancel it
    ("The UN warned of famine as rebels shelled the port.", [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ("It is unclear who shelled the market on Friday.", [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ("Doctors warned of cholera after jets bombed the camp.", [("Explosions/Remote violence", "Air/drone strike")]),
    ("As possible peace talks stalled, rebels shelled the port.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
    ("It is possible that rebels shelled the port.", []),
    # canisters of tear gas are no shells of a gun
    ("Police fired tear gas shells into the stadium.", []),
    ("Soldiers fired shells at the rebels' positions.", [("Explosions/Remote violence", "Shelling/artillery/missile attack")]),
])
def test_triggers(sentence, expected):
    assert [(t.event_type, t.sub_event_type) for t in find_triggers(sentence, 0, len(sentence))] == expected


def test_every_need_of_the_trigger_table_is_one_the_code_reads():
    """A `needs` value of triggers.csv is read in the text (`triggers.TEXT_NEEDS`) or of the actors
    (`not_events.NEEDED_KINDS`); any other would fail only when its row matched."""
    needs = {row["needs"] for row in tables.rows("triggers.csv")} - {""}
    assert needs <= set(TEXT_NEEDS) | set(NEEDED_KINDS)


@pytest.mark.parametrize("sentence, actor1, actor2", [
    ("French and Malian forces seized the town from Islamist militants.",
     "Military Forces of France", "Unidentified Armed Group"),
    ("Insurgents took Konna.", "Unidentified Armed Group", ""),
    ("French-led troops seized the airport from Islamist fighters.", "Military Forces of France",
     "Unidentified Armed Group"),
    ("Six armed men belonging to Ansar Dine raped a woman.", "Ansar Dine", "Civilians"),
    ("The town was retaken by Malian soldiers.", "Military Forces of Mali", ""),
    ("France unleashed an offensive against the militants.", "Military Forces of France", "Unidentified Armed Group"),
    ("The army recaptured Diabaly.", "Military Forces of Mali", ""),
    # a country's name or its possessive before a force noun; police are ACLED's police forces
    ("Chad's army seized the town from rebels.", "Military Forces of Chad", "Unidentified Armed Group"),
    ("The Nigeria Air Force bombed a camp of the insurgents.", "Military Forces of Nigeria", "Unidentified Armed Group"),
    ("The Somali National Army recaptured the port.", "Military Forces of Somalia", ""),
    # the passive: the subject and those listed with it are acted upon; the attacker comes after
    ("Four soldiers and a driver are killed when a NATO air strike hits their post.",
     "NATO: North Atlantic Treaty Organization", "Military Forces of Mali"),
    ("Dozens of Boko Haram fighters are killed following a militia attack on the town.",
     "Unidentified Armed Group", "Boko Haram"),
    ("Twelve soldiers are killed in an attack on a checkpoint.", "", "Military Forces of Mali"),
    # whoever found, reported or mourned the dead is not a side of the killing
    ("Al-Shabaab claimed responsibility for the bombing that killed nine.", "Al Shabaab", ""),
    # allies are one side; a clause of its own has its own subject; a possessive name is still a name
    ("Malian troops, backed by French forces, seized the town from the Islamists.",
     "Military Forces of Mali", "Unidentified Armed Group"),
    ("French and Malian troops seized the town without a fight.", "Military Forces of France", ""),
    ("The troops waited outside the town as French jets carried out fresh air strikes.", "Military Forces of France", ""),
    ("French aircraft bombed the Islamists' positions near the town.", "Military Forces of France",
     "Unidentified Armed Group"),
    ("Hamas's fighters shelled the town.", "Hamas", ""),
    ("Rebels of the MNLA seized the town from the army.", "MNLA: National Movement for the Liberation of Azawad",
     "Military Forces of Mali"),
    # a speaker telling of its own side's deed is that side
    ("The MNLA said its fighters seized the town.", "MNLA: National Movement for the Liberation of Azawad", ""),
    # "government" or "regime" between the nationality and the force noun; a group's name with a suffix
    ("Malian government troops retook the town from the rebels.", "Military Forces of Mali", "Unidentified Armed Group"),
    ("Chadian regime soldiers shelled the camp.", "Military Forces of Chad", ""),
    ("An Ansar Dine-led assault on the army base began at dawn.", "Ansar Dine", "Military Forces of Mali"),
    ("Boko Haram-linked gunmen attacked the convoy.", "Boko Haram", ""),
])
def test_actors(sentence, actor1, actor2):
    trigger = find_triggers(sentence, 0, len(sentence))[0]
    first, second = pick_actors(trigger, ActorFinder().find(sentence, 0, len(sentence), "ML"), sentence)
    assert (first.name if first else "", second.name if second else "") == (actor1, actor2)


def _context(text: str, toponyms=(), timexes=(), published=date(2013, 1, 18)) -> Context:
    article = Article("d", text, published=published, date_source="cli" if published else "none")
    return Context(article, split_sentences(article), list(timexes), list(toponyms), "ML", MALI)


def _toponym(text: str, name: str, place: Place, nth: int = 0) -> Toponym:
    start = text.index(name) if nth == 0 else text.index(name, text.index(name) + 1)
    return Toponym(name, start, start + len(name), place, 0.9)


def _timex(text: str, phrase: str, start: date, end: date, precision: str) -> Timex:
    at = text.index(phrase)
    return Timex(phrase, at, at + len(phrase), "DATE", start.isoformat(), start, end, precision)


def test_place_and_date_in_the_sentence():
    text = "Rebels seized Konna on Thursday."
    ctx = _context(text, [_toponym(text, "Konna", KONNA)],
                   [_timex(text, "Thursday", date(2013, 1, 17), date(2013, 1, 17), "day")])
    [event] = EventExtractor().extract(ctx)
    assert (event.location, event.geo_precision, event.date_start, event.time_precision) == ("Konna", 1, date(2013, 1, 17), "day")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert text[event.char_start:event.char_end] == event.sentence


def test_place_from_the_next_sentence_when_referred_to():
    text = "Troops seized a key city on Friday.\nThe city is Konna, in central Mali."
    ctx = _context(text, [_toponym(text, "Konna", KONNA), _toponym(text, "Mali", MALI)])
    [event] = EventExtractor().extract(ctx)
    assert event.location == "Konna" and "nearby" in event.notes


def test_country_fallback_and_undated_window():
    text = "Militants destroyed several shrines."
    [event] = EventExtractor().extract(_context(text))
    assert (event.location, event.geo_precision) == ("Mali", 4)
    assert (event.date_start, event.date_end, event.time_precision) == (date(2013, 1, 17), date(2013, 1, 18), "day")


def test_no_publication_date_leaves_the_date_open():
    [event] = EventExtractor().extract(_context("Militants destroyed several shrines.", published=None))
    assert (event.date_start, event.date_end, event.time_precision) == (None, None, None)


def test_narrative_date_carries_to_the_next_sentence():
    text = "Last year the rebels moved in. They also destroyed the shrines."
    ctx = _context(text, timexes=[_timex(text, "Last year", date(2012, 1, 1), date(2012, 12, 31), "year")])
    [event] = EventExtractor().extract(ctx)
    assert (event.date_start, event.time_precision) == (date(2012, 1, 1), "year") and "context" in event.notes


def test_near_and_region_precision():
    text = "Jets bombed positions near Konna. Rebels attacked soldiers in the Mopti region."
    ctx = _context(text, [_toponym(text, "Konna", KONNA), _toponym(text, "Mopti", MOPTI_REGION)])
    assert [(e.location, e.geo_precision) for e in EventExtractor().extract(ctx)] == [("Konna", 2), ("Mopti", 3)]


def test_origin_is_not_the_place_of_action():
    text = "France is sending troops to Mali from Paris."
    paris = Place(2988507, "Paris", 48.85, 2.35, "FR", feature_code="PPLC")
    ctx = _context(text, [_toponym(text, "Mali", MALI), _toponym(text, "Paris", paris)])
    [event] = EventExtractor().extract(ctx)
    assert event.location == "Mali"


def test_byline_and_link_lines_give_no_events():
    text = "Read more: Rebels seized Gao\nOur reporter wrote from Atlanta after rebels seized Gao."
    assert EventExtractor().extract(_context(text)) == []


def test_one_event_per_type_per_sentence():
    text = "French troops seized control of the airport and are fighting their way into the town."
    assert len(EventExtractor().extract(_context(text))) == 1


@pytest.mark.parametrize("event_type, actor1, actor2, country, expected", [
    ("Protests", None, None, "Ukraine", ("Protesters (Ukraine)", "")),
    ("Riots", None, None, "", ("Rioters", "")),
    ("Battles", Actor("Unidentified Armed Group", "armed", 0, 6, False), None, "Iraq",
     ("Unidentified Armed Group (Iraq)", "")),
    ("Violence against civilians", Actor("Ansar Dine", "armed", 0, 10, True), Actor("Civilians", "civilian", 20, 25, False),
     "Mali", ("Ansar Dine", "Civilians (Mali)")),
    # rebels named only by their country are ACLED's opposition rebels of it
    ("Battles", Actor("Opposition Rebels", "armed", 0, 13, True), None, "Syria", ("Opposition Rebels (Syria)", "")),
])
def test_actor_names_follow_acled(event_type, actor1, actor2, country, expected):
    assert acled_names(event_type, "", actor1, actor2, country) == expected


@pytest.mark.parametrize("text, name", [
    ("Syrian rebels shelled the checkpoint.", "Opposition Rebels"),
    ("Syrian opposition fighters shelled the checkpoint.", "Opposition Rebels"),
    ("Rebels shelled the checkpoint.", "Unidentified Armed Group"),
])
def test_rebels_named_by_their_country(text, name):
    assert [a.name for a in ActorFinder().find(text, 0, len(text), "SY")][:1] == [name]


@pytest.mark.parametrize("text, name", [
    # a state's paramilitary forces are its forces; paramilitaries as such are an armed group (Colombia's)
    ("Paramilitary forces killed 40 villagers.", "Military Forces of Mali"),
    ("Paramilitaries killed 40 villagers.", "Unidentified Armed Group"),
])
def test_paramilitaries(text, name):
    assert [a.name for a in ActorFinder().find(text, 0, len(text), "ML")][:1] == [name]


@pytest.mark.parametrize("text, names", [
    # a country opening the sentence as the name of its force is that force, not its army besides
    ("Kenya Police arrest 12 activists in Nairobi.", ["Police Forces of Kenya", "Civilians"]),
    ("Uganda Police fire tear gas at opposition supporters.", ["Police Forces of Uganda"]),
])
def test_a_country_naming_its_force(text, names):
    assert [a.name for a in ActorFinder().find(text, 0, len(text), "KE")] == names


@pytest.mark.parametrize("text, name", [
    # a country's name of several words before a force noun, a service's name between them
    ("A United States Army medic was wounded near the base.", "Military Forces of United States"),
    ("Witnesses saw South Sudan troops shell the bridge.", "Military Forces of South Sudan"),
    ("A medic said Central African Republic soldiers fired on the crowd.", "Military Forces of Central African Republic"),
    # a nationality of two words
    ("The Saudi Arabian Air Force bombed a depot near the coast.", "Military Forces of Saudi Arabia"),
])
def test_forces_of_a_country_of_several_words(text, name):
    assert name in [a.name for a in ActorFinder().find(text, 0, len(text), "AF")]


@pytest.mark.parametrize("text, names", [
    # a government or its head is the state itself, its country named before or after it
    ("The government of Colombia signed the accord.", ["Government of Colombia"]),
    ("Nigeria's president met the governors.", ["Government of Nigeria"]),
    ("The Armed Forces of Mali moved north.", ["Military Forces of Mali"]),
    # before a force noun a government only qualifies that force; who left an office is not the state
    ("Syrian government troops entered the town.", ["Military Forces of Syria"]),
    ("The Syrian government's jets struck the town.", ["Military Forces of Syria"]),
    ("The former president of Pakistan was unhurt.", []),
    # ... nor a country's name that opens a longer name (a state, a group)
    ("The government of Niger State imposed a curfew.", []),
    ("Forces of the Sudan People's Liberation Army seized the town.", []),
    # forces loyal to the government are its forces
    ("Loyalist forces fought militias near the port.", ["Military Forces of Afghanistan", "Unidentified Armed Group"]),
])
def test_governments_and_forces_named_by_their_country(text, names):
    assert [a.name for a in ActorFinder().find(text, 0, len(text), "AF")] == names


@pytest.mark.parametrize("text, actors", [
    ("Malian soldiers were ambushed by militants.", [("Unidentified Armed Group (Mali)", "Military Forces of Mali")]),
    ("Three civilians were killed by gunmen.", [("Unidentified Armed Group (Mali)", "Civilians (Mali)")]),
    ("UN peacekeepers were hit by a roadside bomb.", [("Unidentified Armed Group (Mali)", "United Nations Peacekeepers")]),
    ("A roadside bomb hit a UN convoy, wounding four peacekeepers.",
     [("Unidentified Armed Group (Mali)", "United Nations Peacekeepers")]),
    ("Protesters marched through the capital.", [("Protesters (Mali)", "")]),
    ("Police often arrest protesters in the capital.", []),
    ("Ansar Dine has carried out similar bombings before.", []),
    ("Kenyan police clashed with bandits in the market.", [("Police Forces of Kenya", "Unidentified Armed Group (Mali)")]),
    # the typer's event is anchored at the sentence's first event word, not at its evidence ("dead")
    ("Suspected militants attack an army base near the town, leaving two soldiers dead.",
     [("Unidentified Armed Group (Mali)", "Military Forces of Mali")]),
    # a description and the named group it belongs to are one actor, not the other side (the people
    # killed at a market are civilians: an attack on them)
    ("Gunmen believed to be from Ansar Dine attacked the market, leaving nine people dead.",
     [("Ansar Dine", "Civilians (Mali)")]),
    # the attacker behind the weapon of a passive: "killed by bombs dropped from ..."
    ("Twelve villagers were killed in an air raid by barrel bombs dropped from Malian army helicopters.",
     [("Military Forces of Mali", "Civilians (Mali)")]),
    # whoever found, reported or mourned the dead is not a side of the killing
    ("Chadian police found the bodies of six villagers massacred near the road.",
     [("Unidentified Armed Group (Mali)", "Civilians (Mali)")]),
    ("Police said gunmen massacred four worshippers.", [("Unidentified Armed Group (Mali)", "Civilians (Mali)")]),
    # ... nor who hunts for its doers after it
    ("Police are hunting two gunmen who massacred four worshippers.",
     [("Unidentified Armed Group (Mali)", "Civilians (Mali)")]),
    # nor is who told of it after the event ("..., residents said")
    ("French jets bombed rebel positions near the town, residents said.",
     [("Military Forces of France", "Unidentified Armed Group (Mali)")]),
    ("French jets bombed the town overnight, villagers and officials said.",
     [("Military Forces of France", "Unidentified Armed Group (Mali)")]),
    # violence against civilians is against civilians, named or not
    ("Gunmen abducted the mayor of the town.", [("Unidentified Armed Group (Mali)", "Civilians (Mali)")]),
    # a side the sentence leaves unnamed comes from the article: its air force, the camp opposed to the attacker
    ("French jets bombed rebel positions on Friday. Further air strikes were carried out on Saturday.",
     [("Military Forces of France", "Unidentified Armed Group (Mali)")] * 2),
    ("Malian troops clashed with Ansar Dine fighters. The troops seized the town.",
     [("Military Forces of Mali", "Ansar Dine")] * 2),
    # ... and so does the attacker of a missile that hit in another country than the striking state's own; in its
    # own, an unnamed attacker stays unnamed
    ("French jets bombed rebel positions on Friday. A missile hit a fuel depot.",
     [("Military Forces of France", "Unidentified Armed Group (Mali)")] * 2),
    ("Malian jets bombed rebel positions on Friday. A missile hit a fuel depot.",
     [("Military Forces of Mali", "Unidentified Armed Group (Mali)"), ("Unidentified Armed Group (Mali)", "")]),
    ("French jets bombed rebel positions on Friday. The VPA shelled a fuel depot.",   # a doer named, if unknown
     [("Military Forces of France", "Unidentified Armed Group (Mali)"), ("Unidentified Armed Group (Mali)", "")]),
    # a force that only told of an event is no side the article names against the attacker
    ("Gunmen abducted 40 villagers near the town, police said. The gunmen stormed Konna on Saturday.",
     [("Unidentified Armed Group (Mali)", "Civilians (Mali)"), ("Unidentified Armed Group (Mali)", "")]),
])
def test_who_did_it_to_whom(text, actors):
    assert [(e.actor1, e.actor2) for e in EventExtractor().extract(_context(text))] == actors


@pytest.mark.parametrize("text, background", [
    ("Islamist fighters overran Konna last year.", [True]),
    ("Islamist fighters seized Konna in March 2012.", [True]),
    ("Islamist fighters seized Konna on March 31, 2012.", [False]),   # an earlier event with its own day
    ("Islamist fighters seized Konna on March 31, 2009.", [True]),    # a day years before the report: history
    ("Islamist fighters seized Konna on February 2, 2011.", [False]),  # under two years before: a late report
    ("Islamist fighters seized Konna on Thursday.", [False]),
    ("Islamist fighters seized Konna earlier this month.", [False]),
    # a month of the year before is history, unless it is one of the last two: news though the year turned
    ("Islamist fighters seized Konna last month.", [False]),
    ("Islamist fighters seized Konna in December 2012.", [False]),
    ("Islamist fighters seized Konna in October 2012.", [True]),
    # a country that recalls its envoy over a killing recalls no history
    ("Mali recalled its ambassador after rebels seized Konna.", [False]),
    ("Survivors recalled how Islamist fighters seized Konna.", [True]),
    # a war or a rule summed up by the months or years it has lasted is no event of a day
    ("The army has been battling Islamist fighters near Konna since 2009.", [True]),
    ("Islamist fighters had ruled Konna since last spring, enforcing floggings.", [True]),
    # ... but a fight of the last days is one
    ("The army has been battling Islamist fighters near Konna since Tuesday.", [False]),
    # a deed told as what the deed of a "since" clause caused is of that deed's time
    ("Mali has been in turmoil since the army seized power in March 2012, triggering protests in Bamako.",
     [True]),
])
def test_history_the_article_recalls_is_background(text, background):
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    assert [e.background for e in EventExtractor().extract(ctx)] == background


@pytest.mark.parametrize("text, last_dates", [
    # a story's day holds over a few sentences of its telling with no date of their own
    ("Rebels attacked an army post near Gao on Tuesday, killing four soldiers. Residents hid in their homes. The mayor "
     "spoke to reporters. Shops stayed shut. Rebels also shelled the market in Konna.",
     (date(2013, 1, 15), date(2013, 1, 15))),
    # ... but a month or a year told that far back is history's: the report's window
    ("Rebels seized Gao in March 2012. Residents hid in their homes. The mayor spoke to reporters. Shops stayed shut. "
     "Rebels shelled the market in Konna.", (date(2013, 1, 17), date(2013, 1, 18))),
])
def test_a_storys_day_holds_over_its_telling(text, last_dates):
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    assert [(e.date_start, e.date_end) for e in EventExtractor().extract(ctx)][-1] == last_dates


def test_no_one_hurt_in_the_next_sentence_is_a_toll_of_zero():
    text = "Rebels shelled the town on Friday. There were no reports of casualties."
    assert [e.fatalities for e in EventExtractor().extract(_context(text))] == [0]


@pytest.mark.parametrize("text, tolls", [
    # deaths told in a sentence with no event of its own belong to the event the next sentence makes
    ("A blast tore through the bus depot and killed 23 people. Police suspect a suicide attack by the rebels.",
     [23]),
    # not when the event states its own toll, nor from a sentence that made an event of its own
    ("A blast tore through the bus depot and killed 23 people. Rebels shelled the town, killing 4.", [4]),
    ("Rebels shelled the town, killing 4. Militants attacked a checkpoint near the town.", [4, None]),
])
def test_a_toll_told_just_before_the_event(text, tolls):
    assert [e.fatalities for e in EventExtractor().extract(_context(text))] == tolls


@pytest.mark.parametrize("text, tolls", [
    # deaths told in the sentence after the event, which makes no event of its own, are the event's
    ("Suicide bombers struck a market in the town. At least 20 people died.", [20]),
    ("Gunmen raided a village overnight. Twelve villagers were killed and 4 wounded.", [12]),
    ("A car bomb exploded in the market. Hospital officials said nine people died.", [9]),
    # not a running total, nor a toll the event states itself, nor past a sentence with no deaths
    ("A car bomb exploded in the market. The conflict has killed 9,000 people since 2012.", [None]),
    ("A car bomb exploded in the market, killing 4. Hospital officials said nine people died.", [4]),
    ("A car bomb exploded in the market. Police closed the road. Nine people died.", [None]),
])
def test_a_toll_told_just_after_the_event(text, tolls):
    assert [e.fatalities for e in EventExtractor().extract(_context(text))] == tolls


@pytest.mark.parametrize("text, types", [
    # a deed in a "since" clause after a superlative or "first" is what the news is measured from: history
    ("It was the deadliest attack on the army since the military seized power in a coup on July 26.", ["Armed clash"]),
    ("It was the first attack on the town since rebels captured it in March.", ["Armed clash"]),
    # not the main clause's own deed, nor a deed before "since"
    ("Troops fought the rebels first since the truce by shelling their positions.",
     ["Armed clash", "Shelling/artillery/missile attack"]),
    ("The largest protests since 2019 broke out in the capital on Monday.", ["Peaceful protest"]),
    # ... and one a "since" clause tells as the start of a span, a war or a campaign counted from
    ("At least 500 civilians have been killed since a government assault on the town began two months ago.", []),
    ("Over 300 people have died since the fighting broke out in the town.", []),
    ("The army has shelled the town daily since the offensive began in April.", ["Shelling/artillery/missile attack"]),
])
def test_a_deed_another_is_measured_from_is_history(text, types):
    events = EventExtractor().extract(_context(text, published=date(2013, 8, 17)))
    assert sorted(e.sub_event_type for e in events if not e.background) == types


@pytest.mark.parametrize("text, toll", [
    # the attackers a later sentence counts dead add to the toll of the attack they made (ACLED counts both sides)
    ("Jihadists killed 12 soldiers in an ambush near the river. Nine assailants were neutralised, the army said.", 21),
    ("Jihadists killed 12 soldiers in an ambush near the river. The troops fought back. Nine of the attackers were "
     "killed during the fighting, the army said.", 21),
    ("Gunmen killed four guards at the gate of the camp. Three terrorists were \"neutralised\", officials said.", 7),
    # not the dead of a state's own attack told again, nor bombs neutralised
    ("Soldiers killed 12 jihadists in a raid near the river. The 12 jihadists were killed at dawn.", 12),
    ("Jihadists killed 12 soldiers in an ambush near the river. Three bombs were neutralised, the army said.", 12),
])
def test_attackers_counted_dead_after_the_attack_add_to_its_toll(text, toll):
    assert max(e.fatalities or 0 for e in merge(EventExtractor().extract(_context(text)), 25)) == toll


def test_a_year_holding_the_report_day_frames_a_tally_and_does_not_date_the_event():
    text = "Rebels shelled the town, the deadliest attack in 2013."
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    assert [(e.date_start, e.date_end, e.date_how) for e in EventExtractor().extract(ctx)] == [
        (date(2013, 1, 17), date(2013, 1, 18), "window")]


GAO = Place(-3, "Gao", 16.27, -0.04, "ML", population=86633)


@pytest.mark.parametrize("text, places, location", [
    # a region named with its country is finer than the country
    ("Four soldiers in the Mopti region of Mali were killed when jets bombed their post.",
     [("Mopti", MOPTI_REGION), ("Mali", MALI)], "Mopti"),
    # the place of the trigger's own clause, not of the next one
    ("Residents of Konna reported air strikes in the morning, and further raids were reported at Gao.",
     [("Konna", KONNA), ("Gao", GAO)], "Konna"),
    # where someone spoke is not where it happened: the country it did, when nothing finer is known
    ("Speaking to a senate committee in Gao, the minister said jets had bombed rebel camps.",
     [("Gao", GAO)], "Mali"),
    # a headquarters attacked or taken is where it happened; a group's seat is not
    ("Rebels stormed the old gendarmerie headquarters in Gao, killing two guards.", [("Gao", GAO)], "Gao"),
    ("A group with its headquarters in Gao claimed that jets had bombed rebel camps.", [("Gao", GAO)], "Mali"),
    ("A group whose headquarters are in Gao claimed that jets had bombed rebel camps.", [("Gao", GAO)], "Mali"),
    ("Rebels overran the militia camp and burned its headquarters in Gao.", [("Gao", GAO)], "Gao"),
    ("A group that has its headquarters in Gao claimed that jets had bombed rebel camps.", [("Gao", GAO)], "Mali"),
    # a town named only as the owner of the place after it gives way to it, unless that place was put abroad
    ("Gunmen raided Gao's Konna quarter, killing two guards.", [("Gao", GAO), ("Konna", KONNA)], "Konna"),
    ("Gunmen raided Gao's Vienna quarter, killing two guards.",
     [("Gao", GAO), ("Vienna", Place(-9, "Vienna", 48.2, 16.37, "AT", population=1_900_000))], "Gao"),
    # the place the trigger's own words name says the country: a finer place abroad is only where the jets
    # came from; one of the same country stays the finer place
    ("Jets flying from a Nigerien base outside Niamey carried out air strikes in Mali on Monday.",
     [("Niamey", Place(-10, "Niamey", 13.51, 2.11, "NE", population=1_000_000)), ("Mali", MALI)], "Mali"),
    ("Jets carried out air strikes in northern Mali on Monday, hitting a depot near Gao.",
     [("Mali", MALI), ("Gao", GAO)], "Gao"),
    # ... and so do the countries listed with it: a finer place in any of them is the event's
    ("Air strikes in Niger and Mali killed 30 fighters near Gao.",
     [("Niger", Place(2440476, "Niger", 17.6, 8.1, "NE", "A", "PCLI")), ("Mali", MALI), ("Gao", GAO)], "Gao"),
    # a country a violent deed struck, named right after its word and ending the phrase, is where it happened;
    # not one that describes what was struck
    ("Jihadists from Mali attacked western Niger, killing 12 soldiers.",
     [("Mali", MALI), ("Niger", Place(2440476, "Niger", 17.6, 8.1, "NE", "A", "PCLI"))], "Niger"),
    ("Jihadists attacked the Niger consulate, killing two guards.",
     [("Niger", Place(2440476, "Niger", 17.6, 8.1, "NE", "A", "PCLI"))], "Mali"),
])
def test_the_place_of_the_events_own_clause_at_its_finest(text, places, location):
    ctx = _context(text, [_toponym(text, name, place) for name, place in places])
    assert [e.location for e in EventExtractor().extract(ctx)][:1] == [location]


def test_a_town_named_only_as_where_someone_spoke_is_not_the_articles_focus():
    bamako = Place(2460596, "Bamako", 12.65, -8.0, "ML", feature_code="PPLC", population=1297281)
    text = "Gunmen overran the camp, the minister told a news conference in Bamako. Konna was quiet."
    ctx = _context(text, [_toponym(text, "Bamako", bamako), _toponym(text, "Konna", KONNA)])
    assert ctx.focus is not None and ctx.focus.text == "Konna"


NIGER = Place(2440476, "Niger", 17.6, 8.1, "NE", "A", "PCLI")
NIONO = Place(-4, "Niono", 14.25, -5.99, "ML", admin1_code="04", population=34113)
SEGOU_REGION = Place(-5, "Segou", 13.5, -6.0, "ML", "A", "ADM1", admin1_code="04")
BAMBA = Place(-6, "Bamba", 17.03, -1.4, "ML", admin1_code="09", admin1_name="Gao", population=5000)


@pytest.mark.parametrize("text, places, locations", [
    # a town's own region after a comma says where the town is: one event, not two
    ("Rebels shelled Niono, Segou overnight.", [("Niono", NIONO), ("Segou", SEGOU_REGION)], ["Niono"]),
    # ... though the name is read as the region's capital town: it is written as the town's region
    ("Rebels shelled Bamba, Gao overnight.", [("Bamba", BAMBA), ("Gao", GAO)], ["Bamba"]),
    # two towns listed are two places of the event
    ("Rebels shelled Niono and Gao overnight.", [("Niono", NIONO), ("Gao", GAO)], ["Niono", "Gao"]),
    ("Rebels shelled Niono, Gao and Konna.", [("Niono", NIONO), ("Gao", GAO), ("Konna", KONNA)],
     ["Niono", "Gao", "Konna"]),
    # the second with its article or bearing; countries listed with countries
    ("Rebels shelled Niono and eastern Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono", "Gao"]),
    ("Jets struck camps in northern Mali and southern Niger.", [("Mali", MALI), ("Niger", NIGER)], ["Mali", "Niger"]),
    # ... or with its settlement's noun, or parts of it
    ("Jets bombed bases near Niono and the town of Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono", "Gao"]),
    ("Troops took Niono and several areas of Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono", "Gao"]),
    ("Rebels shelled Niono and mainly Bambara quarters of Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono", "Gao"]),
    # ... not its own parts ("Niono and its Bambara quarters of Gao" names parts of the place before)
    ("Rebels shelled Niono and its Bambara quarters of Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono"]),
    ("Jets struck camps in Mali and northern and eastern Niger.", [("Mali", MALI), ("Niger", NIGER)],
     ["Mali", "Niger"]),
    ("Rebels shelled Niono, as well as the city of Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono", "Gao"]),
    ("Rebels seized a checkpoint between Niono and the town of Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono"]),
    # ... but a name after "the" that qualifies a noun names a site of the first place
    ("Troops seized the airport of Niono and the Gao road bridge.", [("Niono", NIONO), ("Gao", GAO)], ["Niono"]),
    # two towns "between" which a road or a front runs are its ends, not two places of the event
    ("Rebels seized a checkpoint on the road between Niono and Gao.", [("Niono", NIONO), ("Gao", GAO)], ["Niono"]),
])
def test_a_region_after_its_town_qualifies_it(text, places, locations):
    ctx = _context(text, [_toponym(text, name, place) for name, place in places])
    assert [e.location for e in EventExtractor().extract(ctx)] == locations


TROOPS = Actor("Military Forces of Mali", "state", 0, 6, True)
REBELS = Actor("Ansar Dine", "armed", 0, 10, True)


@pytest.mark.parametrize("sub_event_type, actor1, actor2, expected", [
    # a side nobody names: troops gain or strike against unidentified armed men, a group takes a town
    # from the country's forces
    ("Government regains territory", TROOPS, None, ("Military Forces of Mali", "Unidentified Armed Group (Mali)")),
    ("Air/drone strike", TROOPS, None, ("Military Forces of Mali", "Unidentified Armed Group (Mali)")),
    ("Non-state actor overtakes territory", REBELS, None, ("Ansar Dine", "Military Forces of Mali")),
    ("Non-state actor overtakes territory", None, None, ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    # a named side stays; a bomb's target is not guessed; an unnamed attacker of protesters is unidentified
    ("Armed clash", TROOPS, REBELS, ("Military Forces of Mali", "Ansar Dine")),
    ("Remote explosive/landmine/IED", REBELS, None, ("Ansar Dine", "")),
    ("Chemical weapon", None, None, ("Unidentified Armed Group (Mali)", "")),
    ("Excessive force against protesters", None, None, ("Unidentified Armed Group (Mali)", "Protesters (Mali)")),
    # territory regained by nobody named was the country's forces' gain; an arrest by nobody named its police's
    ("Government regains territory", None, None, ("Military Forces of Mali", "")),
    ("Arrests", None, None, ("Police Forces of Mali", "")),
    ("Arrests", TROOPS, None, ("Military Forces of Mali", "")),
    # "the police" read as the article's country's are the police of the country where the event happened
    ("Arrests", Actor("Police Forces of Niger", "state", 0, 6, True, generic=True), None, ("Police Forces of Mali", "")),
])
def test_the_side_nobody_names_follows_acled(sub_event_type, actor1, actor2, expected):
    event_type = "Protests" if sub_event_type.startswith("Excessive") else "Battles"
    assert acled_names(event_type, sub_event_type, actor1, actor2, "Mali") == expected


@pytest.mark.parametrize("event_type, sub_event_type, actor1, actor2, expected", [
    # an armed group is no side of a crowd's event: the crowd is (a state force it faces stays)
    ("Protests", "Peaceful protest", REBELS, None, ("Protesters (Mali)", "")),
    ("Protests", "Protest with intervention", REBELS, TROOPS, ("Protesters (Mali)", "Military Forces of Mali")),
    ("Riots", "Violent demonstration", REBELS, None, ("Rioters (Mali)", "")),
    # ... but force against protesters is the force's, whoever it is
    ("Protests", "Excessive force against protesters", REBELS, None, ("Ansar Dine", "Protesters (Mali)")),
])
def test_a_crowds_event_is_the_crowds(event_type, sub_event_type, actor1, actor2, expected):
    assert acled_names(event_type, sub_event_type, actor1, actor2, "Mali") == expected


@pytest.mark.parametrize("text, sub_event_types", [
    # a bombing with no aircraft and no state forces is a bomb on the ground
    ("A truck bombing outside the market killed 30 people.", ["Remote explosive/landmine/IED"]),
    ("Bombings at two mosques in the town left 12 worshippers dead.", ["Remote explosive/landmine/IED"]),
    # aircraft, state forces or the article's earlier air strikes make it an air strike
    ("Jets carried out a bombing raid on rebel positions.", ["Air/drone strike"]),
    ("Malian forces bombed rebel positions near the town.", ["Air/drone strike"]),
    ("French jets hit the depot on Friday. The bombing went on overnight.", ["Air/drone strike"] * 2),
    # "strikes" with no aircraft and no actor at all are not air strikes
    ("Lightning strikes at the fairground injured 20 visitors.", []),
    ("Strikes by dock workers closed the port for a week.", []),
    ("Strikes hit rebel positions near the town.", ["Air/drone strike"]),
])
def test_a_bombing_without_aircraft_is_on_the_ground(text, sub_event_types):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == sub_event_types


@pytest.mark.parametrize("text, sub_event_types", [
    # an aircraft that fired or dropped the weapon, as its subject or where it came from: an air strike
    ("A coalition helicopter bombs a truck near the port, wounding four soldiers.", ["Air/drone strike"]),
    ("Missiles fired from a drone hit a car on the coast road, killing two suspected militants.",
     ["Air/drone strike"]),
    ("Rockets launched by helicopter gunships hit the rebel camp.", ["Air/drone strike"]),
    # an aircraft that carried people after the blast fired nothing
    ("A roadside bomb killed four soldiers and the wounded were flown by helicopter to the capital.",
     ["Remote explosive/landmine/IED"]),
    # an air force's base or officer is no aircraft; an aircraft hit is no striker
    ("A car bomb exploded outside an air force base, killing four guards.", ["Remote explosive/landmine/IED"]),
    ("An air force officer was killed when a roadside bomb hit his car.", ["Remote explosive/landmine/IED"]),
    ("Rebels fired mortars at the airport where the army's helicopters are parked.",
     ["Shelling/artillery/missile attack"]),
    # "suicide" before the bombing word: a suicide bomb, even where the sentence is mainly a claim
    ("The group claims responsibility for a double suicide car bombing near the port. Eleven people are killed.",
     ["Suicide bomb"]),
    ("Rebels claim responsibility for a suicide truck bombing at the army base.", ["Suicide bomb"]),
    ("A car bombing near the port killed 11 people.", ["Remote explosive/landmine/IED"]),
    # a suicide bomb needs its bomber told: a bomb attack on a convoy is a remote explosive
    ("A bomb hit a lorry convoy taking food to the camp, and nine people died.",
     ["Remote explosive/landmine/IED"]),
    ("A bomber blew himself up at a checkpoint, killing nine.", ["Suicide bomb"]),
    ("On Friday another bomber had blown himself up at the same checkpoint, wounding a soldier.", ["Suicide bomb"]),
    # police raid on the ground: their arrests are the event
    ("Police arrested 60 suspects in raids across the capital.", ["Arrests"]),
    # a raid an armed group made is a battle on the ground; state forces' raids stay air raids
    ("An al-Qaeda raid on the port town of Mukalla leaves 27 people dead.", ["Armed clash"]),
    ("Government raids on the rebel-held suburb kill 12 people.", ["Air/drone strike"]),
    # two named armed groups fight, whatever civilians the sentence also names
    ("Kurdish fighters of the YPG encircle the Islamic State-held town, as thousands of refugees flee.",
     ["Armed clash", "Change to group/activity"]),
    ("Gunmen clashed with villagers in the north.", ["Attack"]),
    # members of a union or workers on strike who fight police riot; one they kill is mob violence
    ("Police clashed with members of the teachers union in the state capital, leaving six dead.",
     ["Violent demonstration"]),
    ("Striking workers clashed with police outside the factory.", ["Violent demonstration"]),
    ("The mayor was kidnapped and beaten to death by striking miners.", ["Mob violence"]),
    # workers attacked, or a person carried off by an armed group, stay the armed group's deed
    ("The gunmen ambushed a bus carrying workers from the mine.", ["Attack"]),
    ("The mayor was kidnapped by gunmen.", ["Abduction/forced disappearance"]),
    ("Two students were kidnapped by rebels near the school.", ["Abduction/forced disappearance"]),
    # riot police (or any force) that kill the crowd use force against protesters; riot police alone do not
    ("Riot police kill two protesters in the capital.", ["Excessive force against protesters"]),
    ("Riot police shoot dead three demonstrators at a rally.", ["Excessive force against protesters"]),
    ("Riot police watched as thousands marched peacefully through the capital.", ["Peaceful protest"]),
    ("Police fired tear gas at protesters outside parliament.", ["Protest with intervention"]),
    ("Soldiers clashed with protesters, and two soldiers were killed.", ["Violent demonstration"]),
    # explosives set off at a protest are force against it, one event; a protest about a bombing is not
    ("An explosion rocks the protest camp in the capital, wounding dozens.", ["Excessive force against protesters"]),
    ("A bomb exploded at an opposition rally, killing five.", ["Excessive force against protesters"]),
    ("Protesters denounced the bombing of the mosque.", ["Peaceful protest", "Remote explosive/landmine/IED"]),
    ("A bomb exploded at the market; later protesters marched.", ["Remote explosive/landmine/IED"]),
    # protesters arrested are the police's intervention in their protest, one event; other arrests stay arrests
    ("Ten protestors are arrested.", ["Protest with intervention"]),
    ("Activists block a motorway near the airport. Ten protesters are arrested.", ["Protest with intervention"]),
    ("Police fired tear gas at protesters and arrested twelve of them.", ["Protest with intervention"]),
    ("Police arrested 30 students at their dormitory.", ["Arrests"]),
    # fighting whose dead include an armed side's is a clash, the civilians caught in it; one-sided killing is not
    ("Fighting in several villages of the state kills two civilians and nine Boko Haram fighters.", ["Armed clash"]),
    ("Gunmen kill nine villagers in a raid on a market.", ["Attack"]),
    ("Fighting for land: gunmen kill four farmers in the valley.", ["Attack"]),
    # captives killed are no side of a fight: an attack on them; fighters killed and others captured stay a fight
    ("Militants say they have killed 20 captured policemen.", ["Attack"]),
    ("Rebels killed 10 soldiers and took 4 prisoners.", ["Armed clash"]),
    ("Insurgents killed four soldiers and captured two others near the river.", ["Armed clash"]),
    # civilians counted after a word of capture are abducted; fighters so captured are no event of their own
    ("Militants captured 200 villagers near the river.", ["Abduction/forced disappearance"]),
    ("The army captured 12 rebels near the river.", []),
    ("Rebels captured two towns near the river.", ["Non-state actor overtakes territory"]),
])
def test_who_fired_the_weapon_or_did_the_deed_decides_its_sub_type(text, sub_event_types):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == sub_event_types


@pytest.mark.parametrize("text, sub_event_types", [
    # a building or a work blown up, with nobody said to die, is property destroyed
    ("Insurgents blew up the old road bridge outside the town overnight.", ["Looting/property destruction"]),
    ("Militants blew up a gas pipeline in the desert.", ["Looting/property destruction"]),
    ("Rebels blew up two pylons on Sunday.", ["Looting/property destruction"]),
    # a death, or no structure as the verb's object, keeps it a bombing
    ("Insurgents blew up a bridge, killing three soldiers crossing it.", ["Remote explosive/landmine/IED"]),
    ("A bomber blew up a minibus near the bridge.", ["Remote explosive/landmine/IED"]),
    ("Militants blew up an army truck on the main road.", ["Remote explosive/landmine/IED"]),
])
def test_a_structure_blown_up_is_property_destroyed(text, sub_event_types):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == sub_event_types


@pytest.mark.parametrize("text, sub_event_types", [
    # looting or burning told as what the attack, fight or strike before it in the clause also did: part of it
    ("Gunmen stormed the village on Saturday night, shooting in the air and looting the grain stores.", ["Attack"]),
    ("Bandits attacked the village at dawn and torched several houses.", ["Attack"]),
    ("A warplane bombed the market, setting fire to dozens of stalls.", ["Air/drone strike"]),
    # told alone, or by a crowd, it is an event of its own
    ("Gunmen looted the grain stores of the village on Saturday night.", ["Looting/property destruction"]),
    ("Youths looted shops in the market after the match.", ["Looting/property destruction"]),
])
def test_looting_during_an_attack_is_that_attacks(text, sub_event_types):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == sub_event_types


@pytest.mark.parametrize("text, actor2", [
    # a bomb or a strike whose dead the clause counts as people of no side hit civilians
    ("A car bomb exploded outside a crowded cafe in the capital, killing at least eleven people.", "Civilians (Mali)"),
    ("Jets bombed the weekly market, killing 14 people and wounding dozens.", "Civilians (Mali)"),
    ("Four traders were wounded when a grenade was thrown into the bus station.", "Civilians (Mali)"),
    # soldiers named as the dead, a site of the forces, or no dead: no civilians
    ("A roadside bomb killed three soldiers on the road to the airport.", "Military Forces of Mali"),
    ("A truck bomb went off at an army base, killing nine people.", "Military Forces of Mali"),
    ("A car bomb exploded outside the ministry overnight.", ""),
])
def test_a_bomb_or_strike_that_killed_people_hit_civilians(text, actor2):
    assert [e.actor2 for e in EventExtractor().extract(_context(text))] == [actor2]


@pytest.mark.parametrize("text, sub_event_types", [
    # hostages taken in the clause of an attack or a capture: an abduction beside it, however long the
    # noun phrase between the verb and "hostage"
    ("Gunmen ambushed a bus carrying civilians, taking the driver and several of the passengers captive.",
     ["Attack", "Abduction/forced disappearance"]),
    ("Militants overran the camp, taking about forty of the foreign and local contract staff hostage.",
     ["Non-state actor overtakes territory", "Abduction/forced disappearance"]),
    # a kidnapping told alone is one event
    ("Gunmen kidnapped three aid workers on the road.", ["Abduction/forced disappearance"]),
])
def test_hostages_taken_beside_an_attack_are_an_event_of_their_own(text, sub_event_types):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == sub_event_types


@pytest.mark.parametrize("text, sub_event_types", [
    # taken without a fight: said in the taking's clause, or in the next one going on with the same move
    ("Soldiers retook the town on Monday without a fight, the army said.", ["Non-violent transfer of territory"]),
    ("Soldiers took control of the airport overnight, and at dawn their patrols entered the market "
     "unopposed.", ["Non-violent transfer of territory"]),
    # said in a later clause someone reports, it tells of another act: the taking was a fight (the soldiers'
    # flight told beside it is how the town changed hands, not a move of its own: not_events.taking_parts)
    ("The town fell to the rebels on Monday, and traders said the soldiers had fled.",
     ["Non-state actor overtakes territory"]),
])
def test_a_place_taken_without_a_fight_by_its_own_clause(text, sub_event_types):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == sub_event_types


def test_a_state_that_only_mourns_is_not_the_attacker():
    text = "Chad declares a day of mourning after the bombing of a mosque killed 20 people."
    [event] = EventExtractor().extract(_context(text))
    assert event.event_type == "Explosions/Remote violence" and event.sub_event_type != "Air/drone strike"
    assert "Chad" not in event.actor1


@pytest.mark.parametrize("text, actor1", [
    # the group that claims an attack is its attacker: in the sentence that tells of it or the next
    ("A car bomb exploded near the market, killing nine people. Ansar Dine claimed responsibility.", ["Ansar Dine"]),
    ("Ansar Dine claims responsibility for suicide bombings at two mosques that kill 40 people.", ["Ansar Dine"]),
    # "said it had carried out" claims too, for the story's earlier reports as well; an army checkpoint is
    # the army's
    ("A suicide bomber blew himself up at an army checkpoint on Friday. It was the first suicide bombing in "
     "the region since the offensive began in January. Ansar Dine said it had carried out the attack.",
     ["Ansar Dine", "Ansar Dine"]),
    # a named attacker stays; a claim with no named group changes nothing
    ("Malian troops shelled the camp. Ansar Dine claimed responsibility for a bombing last year.",
     ["Military Forces of Mali"]),
    ("A car bomb exploded near the market, killing nine people. Nobody claimed responsibility.",
     ["Unidentified Armed Group (Mali)"]),
    # the group a report holds responsible, named before the phrase or after it, in the sentence or the next
    ("Six guards died when a bomb hit their post in Gao, with MUJAO believed to be behind it.", [MUJAO]),
    ("Gunmen killed four traders at the market in Gao. Officials blamed Ansar Dine.", ["Ansar Dine"]),
    ("A roadside bomb killed three soldiers near Gao; the blast was blamed on MUJAO.", [MUJAO]),
    pytest.param("A mine killed two herders near Gao. MUJAO were to blame, the mayor said.", [MUJAO], marks=SIXTH_ROUND),
    # a blame with no named group, or a named attacker already: nothing changes
    pytest.param("A mine killed two herders near Gao. The mayor blamed the drought for the hunger.",
                 ["Unidentified Armed Group (Mali)"], marks=SIXTH_ROUND),
    ("Malian troops shelled the camp near Gao. The mayor blamed Ansar Dine for the war.", ["Military Forces of Mali"]),
    # who is only suspected after "by" is still the attacker named
    ("Nine villagers were shot dead near Gao by suspected MUJAO fighters.", [MUJAO]),
    # the group an official blames is named as the claimant is
    ("A car bomb exploded near the market, killing nine people. The governor says Ansar Dine is to blame.",
     ["Ansar Dine"]),
    # the claimant, not a group named in a relative clause that describes it
    ("A car bomb exploded near the market, killing nine people. Ansar Dine, which is allied to MUJAO, claimed "
     "responsibility.", ["Ansar Dine"]),
])
def test_the_group_that_claims_an_attack_made_it(text, actor1):
    assert [e.actor1 for e in EventExtractor().extract(_context(text))][:len(actor1)] == actor1


@pytest.mark.parametrize("second, same", [
    # a sentence whose subject is an event told before tells more of it, wherever else it looks: one
    # event once merged
    ("The strikes were heard as far away as Konna.", True),
    ("This air raid was the heaviest since the rebels came to Konna.", True),
    ("It was the heaviest air raid near Konna in months.", True),
    # or that names it again as what harmed someone
    ("Aid workers in Konna said nobody was hurt by the air strikes.", True),
    ("Two herders near Konna were killed in the air strikes, a doctor said.", True),
    # not on another day it states, nor an event that is not the subject
    ("The strikes resumed near Konna on Sunday.", False),
    ("Jets also struck Konna.", False),
    ("The jets struck Konna.", False),      # a side acting again is a new event
])
def test_a_story_retold_is_one_event(second, same):
    first, again = _told_twice("French jets carried out air strikes near Gao on Friday. " + second)
    assert len(again) == 1 and ((again[0].location, again[0].date_start) == (first.location, first.date_start)) == same


def _told_twice(text: str) -> tuple[Event, list[Event]]:
    """The first event of a text placed at Gao and Konna, and the later ones of its sub-type."""
    places = [_toponym(text, "Gao", GAO), _toponym(text, "Konna", KONNA)]
    ctx = _context(text, places, find_timexes(text, date(2013, 1, 20)), date(2013, 1, 20))
    first, *rest = EventExtractor().extract(ctx)
    return first, [e for e in rest if e.sub_event_type == first.sub_event_type]


@pytest.mark.parametrize("first_text, first_type, second, retold", [
    # a work blown up, told again as the blast that harmed (or spared) someone: the same event
    ("Rebels blew up the bridge near Gao on Friday.", "Looting/property destruction",
     "Traders in Konna said nobody was hurt by the bomb blast.", True),
    # a new bomb of its own is another event
    ("Rebels blew up the bridge near Gao on Friday.", "Looting/property destruction",
     "A roadside bomb hit a truck near Konna on Sunday.", False),
    # a protest met with force, told again as the protests: the same event; a new protest on another day is not
    ("Police fired tear gas at protesters in Gao on Friday.", "Protest with intervention",
     "The protests were called by the opposition.", True),
    ("Police fired tear gas at protesters in Gao on Friday.", "Protest with intervention",
     "On Sunday, hundreds protested in Konna.", False),
    ("Police fired tear gas at protesters in Gao on Friday.", "Protest with intervention",
     "The rally in Konna was peaceful.", False),
    # the strike's projectiles named again with "the" as what struck: the same strike, whatever weapon word the
    # typer reads; not where they struck another place
    ("Jets carried out an air strike near Gao on Friday.", "Air/drone strike",
     "Witnesses said the missiles struck a market.", True),
    ("Jets carried out an air strike near Gao on Friday.", "Air/drone strike",
     "Witnesses said the missiles struck a market in Konna.", False),
    # the one who carried it out named again with "the" as the subject: the same event, whatever its words
    ("A suicide bomber blew himself up at an army post near Gao on Friday, killing six soldiers.", "Suicide bomb",
     "The bomber, dressed as a trader, detonated his explosives near the gate, officers said.", True),
    ("A suicide bomber blew himself up at an army post near Gao on Friday, killing six soldiers.", "Suicide bomb",
     "The bomber's brother detonated explosives at a market in Konna on Sunday.", False),
])
def test_an_event_retold_in_other_words_is_one_event(first_text, first_type, second, retold):
    text = first_text + " " + second
    places = [_toponym(text, name, place) for name, place in (("Gao", GAO), ("Konna", KONNA)) if name in text]
    ctx = _context(text, places, find_timexes(text, date(2013, 1, 20)), date(2013, 1, 20))
    first, second_event = EventExtractor().extract(ctx)
    same = (second_event.sub_event_type, second_event.location) == (first.sub_event_type, first.location)
    assert first.sub_event_type == first_type and same == retold


@pytest.mark.parametrize("second, location", [
    # a retelling that names a town of the first telling's region or country: the event's finer place
    ("The air strikes hit the market in Niono at noon, witnesses said.", "Niono"),
    ("The air strikes hit the market in Konna at noon, witnesses said.", "Segou"),   # a town of another region
    # a sentence of no event of its own whose subject names the event and tells what it struck: its place too
    ("The strike hit the crowded market in the town of Niono at noon, witnesses said.", "Niono"),
    ("The strike hit the crowded market in the town of Konna at noon, witnesses said.", "Segou"),
    ("The mayor of Niono said the market had been closed at noon.", "Segou"),
])
def test_a_retelling_names_the_finer_place(second, location):
    text = "Jets bombed a market in the Segou region on Sunday, killing 30 civilians. " + second
    places = [_toponym(text, "Segou", SEGOU_REGION)] + [_toponym(text, name, place) for name, place in
                                                          (("Niono", NIONO), ("Konna", KONNA)) if name in text]
    ctx = _context(text, places, find_timexes(text, date(2013, 1, 20)), date(2013, 1, 20))
    assert {e.location for e in merge(EventExtractor().extract(ctx), 25)} == {location}


@pytest.mark.parametrize("second, location", [
    # "the town" points back past where people fled, and past the town a distance was measured from
    ("Thousands of people fled toward Gao as shells fell on the town.", "Konna"),
    ("Shells fell on the town overnight, residents said.", "Konna"),
    # a town named as the shells' own place is theirs
    ("Thousands of people fled toward Gao as shells fell on Gao.", "Gao"),
])
def test_the_town_points_back_past_a_destination_and_a_distance(second, location):
    text = "Rebels captured the town of Konna, 60 km north of Gao, on Monday. " + second
    places = [_toponym(text, "Konna", KONNA)] + [Toponym("Gao", m.start(), m.end(), GAO, 0.9)
                                                  for m in re.finditer("Gao", text)]
    ctx = _context(text, places, find_timexes(text, date(2013, 1, 20)), date(2013, 1, 20))
    assert [e.location for e in EventExtractor().extract(ctx) if e.sentence.startswith(second[:20])] == [location]


@pytest.mark.parametrize("first, second, found", [
    # the next sentence's subject names the killings and tells where and on which day they took place: an event
    # at each town (a toll for both unknown at each), on that day
    (" in January", "The killings in Niono and Konna took place on January 15, a rights group said.",
     [("Niono", date(2013, 1, 15), None), ("Konna", date(2013, 1, 15), None)]),
    (" in January", "The killings in Niono took place on January 15, a rights group said.",
     [("Niono", date(2013, 1, 15), 40)]),
    # a day outside the month the first sentence told is not theirs; one the first did not tell at all is
    (" in January", "The killings in Niono took place on February 15, a rights group said.",
     [("Niono", date(2013, 1, 1), 40)]),
    ("", "The killings in Niono took place on February 15, a rights group said.",
     [("Niono", date(2013, 2, 15), 40)]),
])
def test_the_next_sentence_tells_where_and_when_the_event_took_place(first, second, found):
    text = f"Soldiers killed at least 40 villagers in two villages in Mali{first}. " + second
    places = [_toponym(text, "Mali", MALI)] + [_toponym(text, name, place) for name, place in
                                                (("Niono", NIONO), ("Konna", KONNA)) if name in text]
    ctx = _context(text, places, find_timexes(text, date(2013, 2, 20)), date(2013, 2, 20))
    events = [e for e in EventExtractor().extract(ctx) if e.sub_event_type == "Attack"]
    assert [(e.location, e.date_start, e.fatalities) for e in events] == found


@pytest.mark.parametrize("second, same", [
    # the event named again with the preposition of its phrase ("attack on"), as a sentence's subject
    ("It was the deadliest attack on the army near Konna in months.", True),
    # the sentence right after, of the same two sides, its subject named again with "the", no day or toll of its own
    ("The soldiers were guarding a convoy near Konna when they came under fire.", True),
    # ... not where it states another day, another time, a toll, or names its subject afresh
    ("The soldiers came under fire near Konna on Sunday.", False),
    ("The soldiers later came under fire near Konna.", False),
    ("The soldiers came under fire near Konna, and four of them were killed.", False),
    ("Malian soldiers came under fire near Konna.", False),
    ("The gunmen attacked soldiers near Konna.", False),    # the side that struck acts again: a new deed
])
def test_an_ambush_told_again_is_one_event(second, same):
    first, again = _told_twice("Gunmen killed 12 Malian soldiers in an ambush near Gao on Friday. " + second)
    assert first.sub_event_type == "Armed clash" and len(again) == 1
    assert ((again[0].location, again[0].date_start) == (first.location, first.date_start)) == same


@pytest.mark.parametrize("text, dates", [
    # a period that holds the report's day after "time(s)" counts events: this one is undated
    ("For the third time this week, rebels shelled the town.", (date(2013, 1, 17), date(2013, 1, 18))),
    ("Rebels shelled the town, the fourth time this month.", (date(2013, 1, 17), date(2013, 1, 18))),
    # a period alone dates the event
    ("Rebels shelled the town this week.", (date(2013, 1, 14), date(2013, 1, 20))),
])
def test_a_count_within_a_period_does_not_date_the_event(text, dates):
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    assert [(e.date_start, e.date_end) for e in EventExtractor().extract(ctx)] == [dates]


@pytest.mark.parametrize("text, dates", [
    # "the same day as" another event states no date: the other event's own date does
    ("Looting in the port happened the same day as the ambush: on Tuesday gunmen ambushed a patrol.",
     [(date(2013, 1, 15), date(2013, 1, 15))] * 2),
    # "the same day" alone follows the narrative's date
    ("Rebels shelled the town on Tuesday. Gunmen ambushed a convoy on the road the same day.",
     [(date(2013, 1, 15), date(2013, 1, 15))] * 2),
])
def test_a_date_compared_with_another_event_states_none(text, dates):
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    assert [(e.date_start, e.date_end) for e in EventExtractor().extract(ctx)] == dates


GAZA = Place(-6, "Gaza", 31.5, 34.47, "PS", population=410000)
SDEROT = Place(-7, "Sderot", 31.52, 34.6, "IL", population=19700)


@pytest.mark.parametrize("text, actor1", [
    # an unnamed attacker firing across a border is of the country it fired from
    ("Two rockets fired from Gaza hit Sderot.", "Unidentified Armed Group (Palestine)"),
    ("Two rockets hit Sderot.", "Unidentified Armed Group (Israel)"),
])
def test_an_unnamed_attacker_is_of_where_it_fired_from(text, actor1):
    places = [_toponym(text, name, place) for name, place in (("Gaza", GAZA), ("Sderot", SDEROT)) if name in text]
    assert [e.actor1 for e in EventExtractor().extract(_context(text, places))] == [actor1]


@pytest.mark.parametrize("sentence, expected", [
    # property an attack destroyed is part of that attack
    ("The minister said the raid destroyed several of the convoy's trucks.", []),
    ("Shelling also damaged the old mosque.", []),
    # destruction by a group is an event of its own
    ("Fighters destroyed several ancient shrines.", ["Looting/property destruction"]),
])
def test_destruction_by_an_attack_is_that_attacks(sentence, expected):
    found = find_triggers(sentence, 0, len(sentence))
    actors = ActorFinder().find(sentence, 0, len(sentence), "ML")
    kept = [with_context_rules(t, actors, sentence, sentence[:t.start]) for t in found]
    assert [t.sub_event_type for t in kept if t and t.event_type == "Strategic developments"] == expected


@pytest.mark.parametrize("sentence, territorial", [
    # capturing a count of people is no territorial event
    ("Security forces captured three alive.", False),
    ("The army said it had seized 12 rebels and a truck.", False),
    # capturing a place is
    ("Security forces captured the town.", True),
    ("Rebels seized two towns in the north.", True),
])
def test_a_capture_of_people_is_no_territory(sentence, territorial):
    found = [t for t in find_triggers(sentence, 0, len(sentence)) if t.sub_event_type.startswith("territory")]
    takers = [Actor("Unidentified Armed Group", "armed", 0, 6, False)]  # a capture needs a side that could take
    kept = [with_context_rules(t, takers, sentence, sentence[:t.start]) for t in found]
    assert bool(found) and any(kept) == territorial


@pytest.mark.parametrize("text, how", [
    # a date in a clause that "since" opens dates that clause, not the event
    ("Rebels shelled the town, the first attack since troops arrived on Monday.", "window"),
    # so does one after a first or a superlative: it frames a comparison
    ("Rebels shelled the town, the deadliest attack since the 2012 coup.", "window"),
    # "since Monday" itself is the event's span
    ("Rebels have shelled the town since Monday.", "stated"),
])
def test_a_date_in_a_since_clause_does_not_date_the_event(text, how):
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    assert [e.date_how for e in EventExtractor().extract(ctx)][:1] == [how]


@pytest.mark.parametrize("text, types", [
    # with no rule trigger, a typed violent event whose evidence is no cue word stands when deaths are stated
    ("Loud explosions rock the bus station in the capital, killing four people.", ["Explosions/Remote violence"]),
    ("Loud explosions rock the bus station in the capital.", []),
    # evidence that is an event word ("bombs") stands without deaths
    ("Two bombs explode near the bus station in the capital.", ["Explosions/Remote violence"]),
])
def test_a_typed_event_with_deaths_stands(text, types):
    assert [e.event_type for e in EventExtractor().extract(_context(text))] == types


def test_a_since_clause_does_not_date_the_next_sentence_either():
    text = ("Rebels shelled the town, the first attack since troops arrived on Monday. "
            "Militants also attacked an army post nearby.")
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    *_, next_one = EventExtractor().extract(ctx)
    assert next_one.sentence.startswith("Militants") and next_one.date_how == "window"


SHARE = 0.43


class _UnsureTyper:
    """A typer that gives a sentence with a word of killing an attack on civilians at a fixed score, with that
    word as its evidence (at 0.7: what the real typer does on violence it has seen little of), and no event
    to any other sentence. Asked for a higher threshold than its score, it gives the type's share of the
    event classes instead (0.43 here), as the real typer does: the score to test is the one asked at 0.5."""

    def __init__(self, score: float = 0.7) -> None:
        self.score = score

    def ranked(self, text: str, start: int, end: int, threshold: float = 0.0, detect: bool = True) -> list:
        found = re.compile(r"kill\w*|die\w*|dead|shoots|shot", re.I).search(text, start, end)
        if found is None:  # no word of killing: no event, for this typer
            return [Typed("None", "", 0.5, start, start)]
        at, to = found.start(), found.end()
        if self.score < threshold:  # as the real typer: below the threshold asked, a type's share, not its score
            return [Typed("Attack", "Violence against civilians", SHARE, at, at)]
        return [Typed("Attack", "Violence against civilians", self.score, at, to)]


@pytest.mark.parametrize("text, score, tolls", [
    # people died: a violent type the typer is unsure of is an event all the same
    ("Men on motorbikes kill nine traders at the cattle market.", 0.7, [9]),
    ("Nine traders at the cattle market were killed by men on motorbikes.", 0.7, [9]),
    # no deaths, or a typer far from sure, or a lone attacker (crime, not political violence): no event
    ("Men on motorbikes visit nine traders at the cattle market.", 0.7, []),
    ("Men on motorbikes kill nine traders at the cattle market.", 0.3, []),
    ("A gunman shoots dead three shoppers at the mall.", 0.7, []),
    ("Two people were killed when a gunman opened fire in the market.", 0.7, []),
    # a lone person killed (the object of the killing) is no lone attacker
    ("Militants killed a driver near the market.", 0.7, [1]),
    ("Men on motorbikes killed a man who ran a shop at the market.", 0.7, [1]),
    # the unsure report and the sure one beside it are one event: the sure one's, with the toll
    ("Rebels shelled the town on Friday. Nine traders at the cattle market died.", 0.7, [9]),
    # deaths added to those just told ("also") continue the last event and add to its toll
    ("Rebels shelled the town on Friday, killing 4. Five traders at the market also died.", 0.7, [9]),
    # and across a sentence that tells of no event
    ("Rebels shelled the town on Friday. Residents fled to the hills. Nine traders at the market died.", 0.7, [9]),
    ("Rebels shelled the town on Friday. Residents fled to the hills. Gunmen killed nine traders.", 0.99, [None, 9]),
    # a sure report typed on a word of dying only tells the deaths of the event before it
    ("Rebels shelled the town on Friday. Five traders at the market were killed.", 0.99, [5]),
    # but someone killing someone is an act of its own
    ("Rebels shelled the town on Friday. Gunmen then killed five traders at the market.", 0.99, [None, 5]),
])
def test_deaths_make_an_event_of_an_unsure_violent_type(text, score, tolls):
    extractor = EventExtractor(typer=_UnsureTyper(score))
    assert [e.fatalities for e in extractor.extract(_context(text))] == tolls


@pytest.mark.parametrize("text, actors", [
    # the agent after "by" right after an event noun is its attacker
    ("An air-strike by the Chadian army on the market killed 12 people.",   # people of no side: civilians
     [("Military Forces of Chad", "Civilians (Mali)")]),
    ("A suicide bombing by Ansar Dine on the checkpoint killed three soldiers.", [("Ansar Dine", "Military Forces of Mali")]),
    # a coalition a state leads is that state's forces
    ("The Chadian-led coalition bombed rebel positions near the town.",
     [("Military Forces of Chad", "Unidentified Armed Group (Mali)")]),
    # not who holds the target ("held by", `holding_participles.txt`)
    ("An air strike hit the town held by Ansar Dine.", [("Unidentified Military Forces", "Ansar Dine")]),
    ("The shelling of a checkpoint manned by Malian soldiers killed two.",
     [("Unidentified Armed Group (Mali)", "Military Forces of Mali")]),
    # not who only condemned or reported it
    ("The shelling of the town was condemned by Chadian officials.", [("Unidentified Armed Group (Mali)", "")]),
    # a trigger that ends in "by" holds the cue of its agent
    ("A teacher was shot by Ansar Dine fighters in the town.", [("Ansar Dine", "Civilians (Mali)")]),
])
def test_the_agent_after_by(text, actors):
    assert [(e.actor1, e.actor2) for e in EventExtractor().extract(_context(text))] == actors


@pytest.mark.parametrize("text, names, location", [
    # a distance from a town set off after another place says where that place lies: not the event's place
    ("Jets struck a camp in the Mopti region, about 40 miles east of Gao, killing nine.",
     [("Mopti", MOPTI_REGION), ("Gao", GAO)], "Mopti"),
    ("Jets struck a camp 40 km east of Gao.", [("Gao", GAO)], "Gao"),
])
def test_a_distance_apposed_to_a_place(text, names, location):
    ctx = _context(text, toponyms=[_toponym(text, n, p) for n, p in names])
    assert [e.location for e in EventExtractor().extract(ctx)][:1] == [location]


def test_both_places_are_the_towns_named_just_before():
    text = "French jets hit depots around Gao and Konna. Further raids were carried out on both places on Tuesday."
    ctx = _context(text, toponyms=[_toponym(text, "Gao", GAO), _toponym(text, "Konna", KONNA)])
    assert [e.location for e in EventExtractor().extract(ctx)] == ["Gao", "Konna", "Gao", "Konna"]


@pytest.mark.parametrize("text, day", [
    # a time of day right before a date: the date says when
    ("French jets bombed the town overnight from Monday to Tuesday.", date(2013, 1, 14)),
    # a date in a relative clause after the event tells of another noun, not of the event
    ("French jets bombed the town, on the third day of the operation, which began on Monday.", date(2013, 1, 17)),
    ("French jets bombed the town, which rebels took on Monday, on Thursday.", date(2013, 1, 17)),
    ("Police arrested Omar Diallo, a blogger who won a press prize in 2009.", date(2013, 1, 17)),
    # a date in an aside opened by a participle before the event dates the participle's deed
    ("A former mayor, elected in 2011, was shot dead by the rebels.", date(2013, 1, 17)),
    ("The town, a rebel stronghold besieged since 2012, was shelled by the army.", date(2013, 1, 17)),
    ("French jets bombed the town on Monday.", date(2013, 1, 14)),
    # a bare year qualifying a noun the trigger is not in dates that noun, not the event
    ("Thousands marched in the town against a 2011 labour law.", date(2013, 1, 17)),
    ("Jets bombed a camp of the 2012 splinter group near the town.", date(2013, 1, 17)),
    ("A cameraman, the 2010 holder of a press medal, was killed when rebels attacked the convoy.", date(2013, 1, 17)),
    ("Crowds held a sit-in in the town over Friday's verdict against a teacher.", date(2013, 1, 17)),
    ("A drone strike near the town killed the planner of the March 2011 hotel bombing.", date(2013, 1, 17)),
    # a date told with a deed the event answers or mourns, or with what an anniversary marks, dates that deed
    ("Crowds marched in the town against the killing of a student in December.", date(2013, 1, 17)),
    ("Hundreds rallied in the town over the arrest of a union leader last week.", date(2013, 1, 17)),
    ("On the tenth anniversary of the massacre of miners in 2003, hundreds marched in the town.", date(2013, 1, 17)),
    # ... not a side the event is against, a span, or "over the weekend"
    ("Crowds rallied in the town against the governor on Monday.", date(2013, 1, 14)),
    ("Crowds marched in the town against the arrest of a union leader on Monday.", date(2013, 1, 14)),
    ("Rebels and troops fought over control of the town on Monday.", date(2013, 1, 14)),
    ("Rebels shelled the town over two days in December.", date(2012, 12, 1)),
    # ... but the year of the event's own noun, a year alone, or the time the event fell in does
    ("Monday's ambush killed four soldiers near the town.", date(2013, 1, 14)),
    ("Four soldiers were killed in Monday's ambush near the town.", date(2013, 1, 14)),
    ("The 2012 coup toppled the president.", date(2012, 1, 1)),
    ("The March 2012 coup toppled the president.", date(2012, 3, 1)),
    ("Rebels shelled the town in 2012.", date(2012, 1, 1)),
    ("Rebels shelled the town during the 2012 offensive.", date(2012, 1, 1)),
    # a span of days told as what the event lasted reaches back from the report's day; a span after it does not
    ("Four days of clashes that killed 60 in the town ended in a truce.", date(2013, 1, 14)),
    ("Two weeks of heavy shelling have left the town in ruins.", date(2013, 1, 4)),
    ("Five days after the coup, rebels shelled the town.", date(2013, 1, 17)),
    # a date of something planned or scheduled is its own, yet to come, not the event's
    ("A bomb killed six people at a rally for the vote to be held on January 27.", date(2013, 1, 17)),
    ("Rebels shelled the town, angry at a delay to elections due in 2014.", date(2013, 1, 17)),
    ("Rebels shelled the town on Monday, days before talks scheduled for January 24.", date(2013, 1, 14)),
    # a date after the report's day, with no word of a plan before it, is still not the date of a done event
    ("Crowds marched in the town as the council said a new vote will take place on January 27.", date(2013, 1, 17)),
    # ... but "due to" gives a cause, and the date before it is the event's
    ("Rebels shelled the town on Monday due to a quarrel over wells.", date(2013, 1, 14)),
    ("Troops detained 40 protesters in the town without due process on Monday.", date(2013, 1, 14)),
    # ... and a word of a plan on the attack itself ("a planned raid") leaves the attack's date to it
    ("Rebels killed six soldiers in a planned raid on Monday near the town.", date(2013, 1, 14)),
    ("Rebels shelled the town in a long-planned assault on Monday.", date(2013, 1, 14)),
    # a date right after a verb of saying dates the statement: the event keeps the report's day and the day before
    ("Rebels shelled the town, killing six, the governor said on Monday.", date(2013, 1, 17)),
    ("Rebels shelled the town, an officer told reporters by phone on Monday.", date(2013, 1, 17)),
    ("The army said at a briefing on Monday that rebels shelled the town.", date(2013, 1, 17)),
    # ... not a date inside what was said, nor one of its own before it
    ("The army announced that a Monday raid killed six rebels near the town.", date(2013, 1, 14)),
    ("Rebels shelled the town on Sunday, the governor said on Monday.", date(2013, 1, 13)),
])
def test_which_date_is_the_events(text, day):
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    assert [e.date_start for e in EventExtractor().extract(ctx)][:1] == [day]


@pytest.mark.parametrize("text, told", [
    # a change of hands told again is one event, whatever sides the second telling names
    ("Malian troops retook Konna on Monday. The capture came a week after the rebels' advance.",
     [("Government regains territory", date(2013, 1, 14))] * 2),
    # an event named as what came before another is the one told before
    ("Rebels shelled the town on Monday. Looting followed the shelling.",
     [("Shelling/artillery/missile attack", date(2013, 1, 14))] * 2),
])
def test_an_event_told_again(text, told):
    ctx = _context(text, timexes=find_timexes(text, date(2013, 1, 18)))
    found = [(e.sub_event_type, e.date_start) for e in EventExtractor().extract(ctx)
             if e.sub_event_type != "Looting/property destruction"]
    assert found == told


@pytest.mark.parametrize("name, label", [("Sévaré", "Sevare"), ("Zābul", "Zabul"), ("Al Qunayţirah", "Al Qunaytirah"),
                                         ("Gao", "Gao")])
def test_the_location_is_written_in_plain_letters(name, label):
    text = f"Rebels shelled {name} on Monday."
    place = Place(-9, name, 14.0, -4.0, "ML", population=40000)
    ctx = _context(text, toponyms=[_toponym(text, name, place)])
    assert [(e.location, e.place.name) for e in EventExtractor().extract(ctx)] == [(label, name)]


@pytest.mark.parametrize("written, name, code, label", [
    # a region or a town named by another romanisation or another name keeps the text's spelling (the place
    # as named in the text)
    ("Deir ez-Zor Governorate", "Dayr az Zawr", "ADM1", "Deir ez-Zor Governorate"),
    ("Hadramout", "Hadramawt", "ADM1", "Hadramout"),
    ("Quneitra", "Al Qunayţirah", "PPL", "Quneitra"),
    ("Palmyra", "Tadmur", "PPL", "Palmyra"),
    ("Sirte", "Surt", "PPL", "Sirte"),
    ("Sidra", "Al Sidrah", "PPL", "Sidra"),
    # a gazetteer name that holds the text's stays
    ("Kasai-Central", "Kasaï Central", "ADM1", "Kasai Central"),
    ("Hawija District", "Al-Hawija District", "ADM2", "Al-Hawija District"),
    ("North Waziristan", "North Waziristan District", "ADM2", "North Waziristan District"),
    ("Kobani", "Kobani", "PPL", "Kobani"),
])
def test_a_place_is_labelled_as_the_text_names_it(written, name, code, label):
    text = f"Rebels shelled {written} on Monday."
    place = Place(-9, name, 14.0, -4.0, "ML", "P" if code == "PPL" else "A", code, population=40000)
    ctx = _context(text, toponyms=[_toponym(text, written, place)])
    assert [e.location for e in EventExtractor().extract(ctx)] == [label]


@pytest.mark.parametrize("text, events", [
    # a clause told as what the event answers is an event of its own, at the places of its own clause
    ("Malian jets bombed rebel positions near Gao in response to rebel shelling of Konna.",
     [("Air/drone strike", "Gao"), ("Shelling/artillery/missile attack", "Konna")]),
    ("In retaliation for rebel shelling of Konna, Malian jets bombed rebel positions near Gao.",
     [("Shelling/artillery/missile attack", "Konna"), ("Air/drone strike", "Gao")]),
    # a deed answered that is named as one known (definite) was told before: no event of its own
    ("Malian jets bombed rebel positions near Gao in response to the rebel shelling of Konna.",
     [("Air/drone strike", "Gao")]),
    ("Malian jets bombed rebel positions near Gao in retaliation for last week's rebel shelling of Konna.",
     [("Air/drone strike", "Gao")]),
    ("In retaliation for Ansar Dine's shelling of Konna, Malian jets bombed rebel positions near Gao.",
     [("Air/drone strike", "Gao")]),
    # one clause, one event of a type
    ("Malian jets bombed rebel positions near Gao and Konna.", [("Air/drone strike", "Gao"), ("Air/drone strike", "Konna")]),
])
def test_a_clause_the_event_answers(text, events):
    ctx = _context(text, toponyms=[_toponym(text, "Gao", GAO), _toponym(text, "Konna", KONNA)])
    assert [(e.sub_event_type, e.location) for e in EventExtractor().extract(ctx)] == events


@pytest.mark.parametrize("text, actor1", [
    # a nationality after "pro-" or "anti-" is a side taken, not that state's forces
    ("A pro-Chadian militia force seized the town.", "Unidentified Armed Group (Mali)"),
    ("Chadian forces seized the town.", "Military Forces of Chad"),
])
def test_a_side_taken_is_not_a_states_forces(text, actor1):
    assert [e.actor1 for e in EventExtractor().extract(_context(text))] == [actor1]


@pytest.mark.parametrize("text, actor1", [
    # a nationality written as an abbreviation, or before a model or a word qualifying the craft, names the
    # state's forces; a warship, a bomber and a coalition a state leads are its forces too
    ("A U.S. drone fired two missiles at a truck near Gao.", "Military Forces of United States"),
    ("US warplanes bombed a depot outside Gao.", "Military Forces of United States"),
    ("French B-52 bombers bombed rebel camps north of Gao.", "Military Forces of France"),
    ("French stealth jets bombed a depot near Gao.", "Military Forces of France"),
    ("Chadian fighter jets struck a convoy near Gao.", "Military Forces of Chad"),
    ("French warships fired cruise missiles at camps near Gao.", "Military Forces of France"),
    ("UK-led coalition air strikes hit a camp near Gao.", "Military Forces of United Kingdom"),
    # the craft a weapon was fired from is the attacker; a state that backs a force is not that force
    ("Missiles, fired from a U.S. drone, hit a truck near Gao.", "Military Forces of United States"),
    ("U.S.-backed Malian troops retook the town of Gao.", "Military Forces of Mali"),
    # the government's or the army's craft are the forces of the article's country
    ("Government helicopters fired on a convoy near Kidal.", "Military Forces of Mali"),
    ("Army helicopters attacked a village near Gao, killing nine.", "Military Forces of Mali"),
    # not a nationality: the craft stays unnamed, and a suicide bomber is no state's
    ("Unmarked jets bombed a camp near Gao.", "Unidentified Military Forces"),
    ("Two Malian suicide bombers blew themselves up at a checkpoint in Gao.", "Unidentified Armed Group (Mali)"),
])
def test_a_nationality_before_a_craft_names_its_forces(text, actor1):
    assert [e.actor1 for e in EventExtractor().extract(_context(text))][:1] == [actor1]


@pytest.mark.parametrize("text, sides", [
    # a people's armed men who did the violence are its ethnic militia (ACLED), the country after; as victims, civilians
    ("Fulani herdsmen attacked two villages near Mopti, killing 20.",
     ("Fulani Ethnic Militia (Mali)", "Civilians (Mali)")),
    ("Dogon villagers were attacked by armed Peul militiamen near Bankass.",
     ("Fulani Ethnic Militia (Mali)", "Civilians (Mali)")),
    ("Gunmen killed five Fulani herders near Mopti.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    # ... the subject of a passive was hit, a speaker names no side, nor do a named leader's men
    ("Ten Fulani herders were killed by gunmen near Mopti.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("Fulani herders said gunmen attacked their camp near Sevare, killing three.", ("Unidentified Armed Group (Mali)", "")),
    # ... and the other side of a clash, named after "with"
    ("Soldiers clashed with Fulani fighters near Douentza.",
     ("Military Forces of Mali", "Fulani Ethnic Militia (Mali)")),
    ("Fulani herdsmen clashed with Dogon hunters near Bankass, leaving 12 dead.",
     ("Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)")),
    ("Dogon and Fulani militiamen clashed near Bankass.", ("Dogon Ethnic Militia (Mali)", "Fulani Ethnic Militia (Mali)")),
])
def test_a_peoples_armed_men_are_its_ethnic_militia(text, sides):
    assert [(e.actor1, e.actor2) for e in EventExtractor().extract(_context(text))] == [sides]


@pytest.mark.parametrize("text, actors", [
    # a side named after a participle of striking was struck, though the typer's evidence stands after it
    pytest.param("Large blasts occur in the town, targeting the army and leaving six soldiers injured.",
                 [("Unidentified Armed Group (Mali)", "Military Forces of Mali")], marks=SIXTH_ROUND),
    pytest.param("Large blasts occur in the town, leaving six soldiers injured.",
                 [("Unidentified Armed Group (Mali)", "Military Forces of Mali")], marks=SIXTH_ROUND),
    # a side before the event that no such participle precedes still acted
    ("Malian troops shelled the camp, killing six rebels.", [("Military Forces of Mali", "Unidentified Armed Group (Mali)")]),
])
def test_a_side_after_a_participle_of_striking_was_struck(text, actors):
    assert [(e.actor1, e.actor2) for e in EventExtractor().extract(_context(text))] == actors


@pytest.mark.parametrize("text, types", [
    # one armed side and dead counted as people who are no side: an attack on civilians, not a clash
    ("Nine people were killed in an attack on a bus depot near Gao.", [("Violence against civilians", "Attack")]),
    ("Gunmen stormed a hotel in Gao, leaving eleven guests dead.", [("Violence against civilians", "Attack")]),
    # soldiers there, or two armed groups, or a word of fighting each other: a clash
    ("Nine people were killed in an attack on an army post near Gao.", [("Battles", "Armed clash")]),
    ("Ansar Dine and the MNLA clashed near Gao, and nine people were killed.", [("Battles", "Armed clash")]),
    # no count of unarmed dead: the attack's kind stays the rule's
    ("Gunmen attacked a checkpoint near Gao.", [("Battles", "Armed clash")]),
    # ... but a place where people live or work as its object is an attack on the people there, dead told or not
    # (round 3: our own headlines' "Gunmen storm a hotel in Mogadishu" wanted it too)
    ("Gunmen attacked a hotel in Gao.", [("Violence against civilians", "Attack")]),
])
def test_a_one_sided_attack_on_people_is_on_civilians(text, types):
    ctx = _context(text, toponyms=[_toponym(text, "Gao", GAO)])
    assert [(e.event_type, e.sub_event_type) for e in EventExtractor().extract(ctx)] == types


def test_a_clause_the_event_answers_has_its_own_toll():
    text = "Rebels shelled the town, killing 12 fighters, in response to a rocket attack on the base."
    assert [e.fatalities for e in EventExtractor().extract(_context(text))] == [12, None]


@pytest.mark.parametrize("second, events", [
    # deaths told in another town than the event's are not its toll, nor one event with it
    ("Nine traders died in Konna.", [("Gao", None), ("Konna", 9)]),
    ("Nine traders died in Gao.", [("Gao", 9)]),
])
def test_deaths_in_another_town_are_another_event(second, events):
    text = f"Rebels shelled Gao on Friday. {second}"
    second_town = KONNA if "Konna" in second else GAO
    ctx = _context(text, [_toponym(text, "Gao", GAO), _toponym(text, second_town.name, second_town, 1 if second_town is GAO else 0)])
    assert [(e.location, e.fatalities) for e in EventExtractor(typer=_UnsureTyper(0.7)).extract(ctx)] == events


@pytest.mark.parametrize("text", [
    "Rebels seized the town; jets carried out air strikes and a suicide bomber struck a checkpoint.",
    "Hamas's fighters took control of the crossing while protesters rallied and rioters torched cars.",
    "Thousands rally, students stage a sit-in and the militia overruns two villages.",
])
def test_the_trigger_index_reads_as_the_whole_table(text):
    """Triggers are tried per first word (phrases.phrase_index): the same matches, of the same rows, as the
    table compiled as one alternation."""
    from extract.phrases import FIRST_WORD, indexed_matches, phrase_index, phrase_table
    pattern = phrase_table("triggers.csv", "phrase")[0]
    whole, cursor = [], 0
    for word in FIRST_WORD.finditer(text):    # the whole table tried at every word, matches not overlapping
        match = pattern.match(text, word.start()) if word.start() >= cursor else None
        if match:
            whole.append((match.span(), match.lastgroup))
            cursor = match.end()
    indexed = [(m.span(), m.lastgroup) for m in indexed_matches(phrase_index("triggers.csv", "phrase"), text, 0, len(text))]
    assert indexed == whole and len(whole) >= 3


PARIS = Place(-8, "Paris", 48.85, 2.35, "FR", population=2138551)


@pytest.mark.parametrize("text, towns, location", [
    # no town in the sentence and none the article is about: the last town of the narrative just before
    ("The minister landed at Gao and flew on to Konna. Rebels had burned a school and two shops.",
     ("Gao", "Konna"), "Konna"),
    # a town abroad (where a spokesman spoke) is no place of the war's events: the country
    ("The army spoke in Paris of the war. Rebels had burned a school and two shops.", ("Paris",), "Mali"),
])
def test_an_unplaced_event_takes_the_narratives_town(text, towns, location):
    places = {"Gao": GAO, "Konna": KONNA, "Paris": PARIS}
    ctx = _context(text, [_toponym(text, name, places[name]) for name in towns])
    assert [e.location for e in EventExtractor().extract(ctx)] == [location]


@pytest.mark.parametrize("text, sub_event_types", [
    # forces arriving at or taking up positions in a place are deployed there (ACLED: Strategic developments / Other)
    ("A company of French marines arrived at the port on Tuesday to guard the ferry.", ["Other"]),
    ("A second French unit took up positions in the town on Tuesday.", ["Other"]),
    # with no armed side arriving, no event
    ("The minister arrived at the airport on Tuesday.", []),
    ("Traders took up positions in the market at dawn.", []),
])
def test_forces_arriving_are_deployed(text, sub_event_types):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == sub_event_types


@pytest.mark.parametrize("second, location", [
    # an object pointing back ("at the town") is the place told before, not a town named after it
    ("French marines took up positions at the town, which lies just east of Gao.", "Konna"),
    # named right after ("the town of Gao"), or named before in its sentence, it is that town
    ("French marines took up positions at the town of Gao.", "Gao"),
    ("French marines reached Gao and took up positions at the town.", "Gao"),
])
def test_an_object_pointing_back_is_the_place_told_before(second, location):
    text = "French troops arrived at Konna on Tuesday. " + second
    towns = [_toponym(text, "Konna", KONNA), _toponym(text, "Gao", GAO)]
    events = EventExtractor().extract(_context(text, towns))
    assert len(events) == 2 and events[-1].location == location


NIGER = Place(2440476, "Niger", 17.6, 8.08, "NE", "A", "PCLI")


@pytest.mark.parametrize("text, places, sub_event_types", [
    # where people live or work, taken while taking them hostage: the hostage-taking alone
    ("Gunmen overran the hotel, taking about thirty guests hostage.", (), ["Abduction/forced disappearance"]),
    ("The raiders seized the workers' living quarters, taking the engineers hostage.", (),
     ["Abduction/forced disappearance"]),
    # a camp or a town is territory, taken with hostages or not
    ("Militants overran the army camp, taking a dozen soldiers' relatives hostage.", (),
     ["Non-state actor overtakes territory", "Abduction/forced disappearance"]),
    ("Gunmen overran the hotel at dawn.", (), ["Non-state actor overtakes territory"]),
    # a country crossed into is a route, not a place taken; a town entered is
    ("The column had entered Niger from the north two weeks before.", (("Niger", NIGER),), []),
    ("The column entered Konna on Thursday.", (("Konna", KONNA),), ["Non-violent transfer of territory"]),
    # a thing seized is no place taken: arms seized are disrupted weapons use, other things no event
    ("Naval forces seized a shipment of rifles off the coast.", (), ["Disrupted weapons use"]),
    ("Thousands of mortar rounds and grenades were seized at the port by soldiers.", (), ["Disrupted weapons use"]),
    ("The coast guard seized an unmanned survey drone near the islands.", (), []),
    ("Militiamen seized cash and jewellery from the bank.", (), []),
    ("Militiamen seized the bank and the post office in Konna.", (("Konna", KONNA),),
     ["Non-state actor overtakes territory"]),
    ("Islamist fighters seized the airport and the weapons stores in Konna.", (("Konna", KONNA),),
     ["Non-state actor overtakes territory"]),
    # what an act sets out to end was going on before it: told where it began
    ("Troops stormed the compound on Thursday to end a hostage-taking by the gunmen.", (), ["Armed clash"]),
])
def test_what_changes_hands_is_a_place(text, places, sub_event_types):
    toponyms = [_toponym(text, name, place) for name, place in places]
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text, toponyms))] == sub_event_types


@pytest.mark.parametrize("rule_sub, typed_sub, kept", [
    # a fight ("the army had fought back") takes no place because the typer reads the clause as a loss
    ("Armed clash", "Government regains territory", "Armed clash"),
    ("Armed clash", "Non-state actor overtakes territory", "Armed clash"),
    # the typer's sub-type of the same event type otherwise stands
    ("Attack", "Abduction/forced disappearance", "Abduction/forced disappearance"),
])
def test_the_typer_retypes_a_rule_trigger(rule_sub, typed_sub, kept):
    kind = "Battles" if rule_sub == "Armed clash" else "Violence against civilians"
    rule = Trigger(0, 7, kind, rule_sub, "", "", 4)
    assert retyped(rule, [Trigger(0, 7, kind, typed_sub, "", "", 6, 0.97)]).sub_event_type == kept


MOPTI = Place(2453348, "Mopti", 14.4843, -4.1827, "ML", population=108456)


@pytest.mark.parametrize("text, places, wanted", [
    # a town found empty just after it was taken: taken without a fight
    ("French troops took control of Konna overnight. Special forces landed on the airstrip first. "
     "The town was largely deserted when they arrived.", (("Konna", KONNA),), ["Non-violent transfer of territory"]),
    # someone leaving something behind, or another town found empty, says nothing of this taking
    ("French troops took control of Konna overnight. The retreating fighters had left mines behind.",
     (("Konna", KONNA),), ["Government regains territory"]),
    ("French troops took control of Konna overnight. Mopti was deserted.", (("Konna", KONNA), ("Mopti", MOPTI)),
     ["Government regains territory"]),
    # forces moving in to secure a place deploy there; moving in alone is a transfer
    ("About 500 Chadian soldiers entered Konna to secure the former rebel stronghold.", (("Konna", KONNA),),
     ["Other"]),
    ("About 500 Chadian soldiers entered Konna on Monday.", (("Konna", KONNA),), ["Non-violent transfer of territory"]),
])
def test_how_a_place_changed_hands(text, places, wanted):
    toponyms = [_toponym(text, name, place) for name, place in places]
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text, toponyms))] == wanted


@pytest.mark.parametrize("text, loser", [
    # insurgents taking a town from nobody named took it from the state it lies in, not from the article's
    # best-known force
    ("French jets struck rebel positions near Konna on Sunday. Konna fell to the insurgents on Monday.",
     "Military Forces of Mali"),
    ("French jets struck rebel positions near Konna on Sunday. Insurgents seized Konna from French troops on Monday.",
     "Military Forces of France"),
])
def test_the_side_that_lost_a_town(text, loser):
    toponyms = [_toponym(text, "Konna", KONNA), _toponym(text, "Konna", KONNA, nth=1)]
    events = EventExtractor().extract(_context(text, toponyms))
    assert [e.actor2 for e in events if e.sub_event_type == "Non-state actor overtakes territory"] == [loser]


@pytest.mark.parametrize("text, place", [
    # a town named as the bearing of the place struck gives way to one the place is around or near
    ("French aircraft struck depots north of Konna and around Mopti overnight.", "Mopti"),
    ("French aircraft struck depots around Konna and south of Mopti overnight.", "Konna"),
    # alone, the bearing's town is the nearest known place
    ("French aircraft struck depots north of Konna overnight.", "Konna"),
])
def test_a_bearing_names_no_place_of_action(text, place):
    toponyms = [_toponym(text, "Konna", KONNA)] + ([_toponym(text, "Mopti", MOPTI)] if "Mopti" in text else [])
    [event] = EventExtractor().extract(_context(text, toponyms))
    assert event.location == place


@pytest.mark.parametrize("text, dates", [
    # the sentence after an undated event, naming it as its subject, says when it happened
    ("Departing fighters had set fire to the town library. He said the fire was set late last week.",
     (date(2013, 1, 25), date(2013, 1, 27))),
    ("Rebels had shelled the town library. The attack was carried out late last week, the mayor said.",
     (date(2013, 1, 25), date(2013, 1, 27))),
    # an event its own sentence dates keeps its date; a sentence about something else dates nothing
    ("Departing fighters set fire to the town library on Monday. He said the fire was set late last week.",
     (date(2013, 1, 28), date(2013, 1, 28))),
    ("Departing fighters had set fire to the town library. He said the school was reopened late last week.",
     (date(2013, 1, 27), date(2013, 1, 28))),
])
def test_a_story_dated_by_the_sentence_after(text, dates):
    timexes = find_timexes(text, date(2013, 1, 28))
    [event] = EventExtractor().extract(_context(text, timexes=timexes, published=date(2013, 1, 28)))
    assert (event.date_start, event.date_end) == dates


@pytest.mark.parametrize("text, clauses", [
    # a violent deed in a relative clause of "whose" is a clause of its own, to the next comma
    ("Soldiers retook Konna, the town whose capture by rebels a week ago began the war, on Thursday.",
     ["Soldiers retook Konna, the town ", "whose capture by rebels a week ago began the war", ", on Thursday."]),
    # a deed that is no violence stays in its sentence, typed whole
    ("A diplomat whose arrest caused a row between the two countries was asked to leave.",
     ["A diplomat whose arrest caused a row between the two countries was asked to leave."]),
    # a coordinated clause telling of another event of the first's kind is a clause of its own
    ("Jets bombed the bridge at dawn, and further air strikes hit the market later.",
     ["Jets bombed the bridge at dawn", " further air strikes hit the market later."]),
    ("Jets bombed the bridge at dawn, and residents fled the town.",
     ["Jets bombed the bridge at dawn, and residents fled the town."]),
])
def test_clauses_of_their_own(text, clauses):
    assert [text[start:end] for start, end in clauses_of(text, 0, len(text))] == clauses


def test_two_strikes_in_two_clauses_are_two_events():
    text = "Residents of Konna reported air raids early in the day, and further strikes were reported later near Gao."
    events = EventExtractor().extract(_context(text, [_toponym(text, "Konna", KONNA), _toponym(text, "Gao", GAO)]))
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Konna"), ("Air/drone strike", "Gao")]


def test_the_deed_of_a_whose_clause_is_an_event_of_its_own():
    text = "Soldiers retook Konna on Thursday, the town whose capture by rebels eight days ago began the war."
    events = EventExtractor().extract(_context(text, [_toponym(text, "Konna", KONNA)],
                                               find_timexes(text, date(2013, 1, 18))))
    assert sorted((e.sub_event_type, e.date_start.isoformat()) for e in events) == [
        ("Government regains territory", "2013-01-17"), ("Non-state actor overtakes territory", "2013-01-10")]


@pytest.mark.parametrize("text, wanted", [
    # troops moving into a town the day after a fight there took it in that fight
    ("Fighting between soldiers and rebels broke out around Konna on Wednesday. "
     "The troops entered the town on Thursday as French jets struck the area.",
     [("Armed clash", "2013-01-16"), ("Government regains territory", "2013-01-17"),
      ("Air/drone strike", "2013-01-17")]),
    # without a fight told, or one its sentence denies, the move is a transfer
    ("The troops entered the town of Konna on Thursday.", [("Non-violent transfer of territory", "2013-01-17")]),
    ("Fighting between soldiers and rebels broke out around Konna on Wednesday. "
     "The troops entered the town on Thursday without a fight.",
     [("Armed clash", "2013-01-16"), ("Non-violent transfer of territory", "2013-01-17")]),
    # what earlier reports said, contradicted, is no event
    ("Fighting between soldiers and rebels broke out around Konna on Wednesday. The minister denied "
     "earlier reports that the troops had entered the town.", [("Armed clash", "2013-01-16")]),
])
def test_a_town_entered_after_a_fight(text, wanted):
    toponyms = [_toponym(text, "Konna", KONNA)]
    timexes = find_timexes(text, date(2013, 1, 18))
    events = EventExtractor().extract(_context(text, toponyms, timexes))
    assert [(e.sub_event_type, e.date_start.isoformat()) for e in events] == wanted
    # who lost the town is named in the taking's clause, not in the jets' told beside it
    assert not any(e.actor2.startswith("Military Forces") for e in events if e.sub_event_type == "Government regains territory")


@pytest.mark.parametrize("text, wanted", [
    # an event a time is counted from is history, not news of the day (the intervention here)
    ("The capture of Konna came two weeks after France began its intervention.", ["Non-state actor overtakes territory"]),
    ("The president resigned nine months after rebels toppled his predecessor.", []),
    # past a comma the clause is the event's own
    ("Three days after the raid, rebels seized Konna.", ["Non-state actor overtakes territory"]),
])
def test_an_event_a_time_is_counted_from(text, wanted):
    toponyms = [_toponym(text, "Konna", KONNA)] if "Konna" in text else []
    events = EventExtractor().extract(_context(text, toponyms))
    assert [e.sub_event_type for e in events] == wanted


@pytest.mark.parametrize("text, wanted", [
    # named only as what came before a raid, then told one by one: the preview is no event of its own
    ("Jets struck Konna on Monday. The raid followed two suicide attacks on a checkpoint. On Saturday a bomber "
     "blew himself up at the checkpoint. On Friday another bomber blew himself up there.",
     [("Air/drone strike", "2013-01-14"), ("Suicide bomb", "2013-01-12"), ("Suicide bomb", "2013-01-11")]),
    # told nowhere else, it stays
    ("Jets struck Konna on Monday. The raid followed two suicide attacks on a checkpoint.",
     [("Air/drone strike", "2013-01-14"), ("Suicide bomb", "2013-01-14")]),
])
def test_a_preview_of_the_story_told_later(text, wanted):
    toponyms = [_toponym(text, "Konna", KONNA)]
    timexes = find_timexes(text, date(2013, 1, 15))
    events = EventExtractor().extract(_context(text, toponyms, timexes, published=date(2013, 1, 15)))
    assert [(e.sub_event_type, e.date_start.isoformat()) for e in events] == wanted


def test_the_story_told_later_keeps_the_previews_toll():
    # the deaths told with the preview are the later telling's when it tells none of its own
    text = "A guard dies following a clash near Konna. The army says the clash took place near Konna at dawn."
    events = EventExtractor().extract(_context(text, [_toponym(text, "Konna", KONNA)]))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 1)]


@pytest.mark.parametrize("text, wanted", [
    # an armed side's own gear it saw destroyed is its loss in the fighting, not its deed
    ("The rebels had seen their trucks and fuel dumps destroyed.", []),
    # civilians' property destroyed is an event all the same
    ("Villagers saw their granaries destroyed.", ["Looting/property destruction"]),
    ("The rebels destroyed the granaries.", ["Looting/property destruction"]),
])
def test_what_a_side_saw_destroyed(text, wanted):
    assert [e.sub_event_type for e in EventExtractor().extract(_context(text))] == wanted


@pytest.mark.parametrize("text", [
    # force against protesters is the force's, whichever way the sentence turns (ACLED's definition)
    "Three protesters were killed when police opened fire near the mosque.",
    "Police opened fire on protesters near the mosque, killing three.",
])
def test_force_against_protesters_is_the_forces(text):
    [event] = EventExtractor().extract(_context(text))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Excessive force against protesters", "Police Forces of Mali", "Protesters (Mali)")


@pytest.mark.parametrize("text, told", [
    # an arrest the typer reads is told by a reported word of arresting, or by none (it read "custody")
    ("Police in Gao arrest 12 suspects.", True),
    ("Police in Gao take 12 suspects into custody.", True),
    ("A former minister held under house arrest is moved to a prison.", True),  # a detention
    # every word of arresting a purpose, a plan or another sense: none
    ("The president sends 4,000 soldiers to Gao in order to arrest the men behind a judge's murder.", False),
    ("Police plan to arrest the organisers of the march.", False),
    ("The general died of cardiac arrest in Bamako.", False),
])
def test_an_arrest_the_typer_reads_is_told(text, told):
    assert arrest_told(text, 0, (0, len(text))) is told

