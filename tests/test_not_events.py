"""Violent readings that tell no violence (extract/not_events.py), by family, each beside headlines of the
same family that stay events: accidents and disasters unless an attack or an armed group is named, weapons
fired at nothing unless they kill. Each runs through the whole pipeline as a headline published on 6 March
2015. Written for this project; none is taken from a benchmark."""
from __future__ import annotations

from datetime import date

import pytest

from extract.merge import merge
from extract.models import Article
from extract.phrases import list_pattern
from extract.pipeline import Pipeline

from tests.regressions import SIXTH_ROUND


@pytest.fixture(scope="module")
def pipeline(tiny_gazetteer) -> Pipeline:
    return Pipeline(tiny_gazetteer)


def _types(pipeline: Pipeline, text: str) -> list[str]:
    article = Article(doc_id="n", text=text, published=date(2015, 3, 6), date_source="jsonl")
    return [e.event_type for e in merge(pipeline.extract(article), pipeline.settings.merge_distance_km)]


@pytest.mark.parametrize("text", [
    # crashes and collisions
    "An army helicopter crashes near Larissa, killing four officers.",
    "Seven soldiers are killed when their transport plane crash-lands in the desert.",
    "A minibus collides with a lorry near Agra, killing twelve pupils.",
    "A passenger train derails in the hills, leaving 30 dead.",
    "A ferry carrying troops capsizes on the lake; 40 are missing.",
    # natural disasters that kill troops or civilians
    "Three avalanches bury army posts in the Kashmir mountains, killing ten soldiers.",
    "A landslide buries a border post, killing six guards.",
    # weather that kills, and a vehicle leaving the road
    "Heavy snowfall across the hills near Larissa kills at least nine people.",
    "A sandstorm batters Agra, killing three residents.",
    # an animal's attack
    "Two bathers were killed in a shark attack on the coast near Gao.",
    "A minibus runs off the road near Larissa, killing eleven passengers.",
    # an explosion told as an accident, in its own sentence or the next
    "A gas explosion at a block of flats in Lyon kills two people.",
    "A blast at a gym in the town of Venlo kills two people. Police suspect a gas leak.",
    # weapons fired at nothing
    "North Korea test-fires two short-range missiles into the sea off its east coast.",
    "The army fires a missile from Gao that landed in the sea.",
    "Pyongyang launches a ballistic missile that lands in the Sea of Japan.",
    "Russia test-launches an intercontinental missile, which lands on a range in Kamchatka.",
    "A patrol boat fires warning shots across the bow of a trawler near the islets.",
    "Iran tests a new long-range missile, state media say.",
    # a launch that names no target, origin or harm after its verb (the place of a meeting after a pause is not its)
    "Pyongyang fires two medium-range missiles as the leaders of Japan, France and Mali meet in Paris.",
    # an attack on computers or networks
    "A denial-of-service attack on a news site in Paris knocks it offline for a day.",
    "Hackers attack the computer network of a bank in Lyon.",
    "Police in Lyon open an inquiry into a hacking attack on a film studio.",
    # the cue before its trigger, not one told later in the clause
    "A DoS attack on a bank in Lyon last week, and now a denial-of-service attack on a news site in Paris.",
    # an arrest over an accident or a disaster
    "Ten staff of a care home in Paris that was gutted by fire, killing 20, are detained for questioning.",
    "Police arrest the driver of a bus that collided with a train near Gao.",
    # a crash of an aircraft whose kind holds an attack word, and a collision in the present tense
    "A Russian Air Force attack helicopter crashes near Kandahar, killing two pilots.",
    "Four people die when a coach and a tanker collide on a motorway near Agra.",
    # damage done by a disaster, in its own sentence or told after it
    "Wildfires rage across the hills near Larissa. Dozens of homes are destroyed by flames.",
    "The roof of the old town hall in Lyon is damaged by fire weeks before it was to reopen.",
    "A strong earthquake shakes the coast near Larissa. Dozens of houses are damaged in the town.",
    # deaths told right after the disaster that caused them
    "A cyclone is expected to reach the coast near Agra today with heavy rain. At least five people have died "
    "and thousands have been moved to shelters.",
    # a fire told with its article, that kills or destroys
    "A fire in a hotel near Agra kills nine guests.",
    "At least nine people have been killed following a fire in a bus depot in Lyon.",
    "The fire destroyed dozens of homes in the old town of Larissa.",
])
def test_no_violence(pipeline, text):
    assert _types(pipeline, text) == []


@pytest.mark.parametrize("text, event_type", [
    # an attack or an armed group named beside the crash
    ("A helicopter crashes in Kandahar after Taliban fighters shoot it down, killing five soldiers.", "Battles"),
    ("A roadside bomb overturns an army truck, killing four soldiers.", "Explosions/Remote violence"),
    ("Militants ambush a convoy; a truck crashes into a ravine and six soldiers die.", "Battles"),
    # an assault ("storm") is no storm, and an attack during one stays an attack
    ("Troops storm a hotel in Bamako, killing four gunmen.", "Battles"),
    ("Rebels attacked a post near Gao during a snowstorm, killing five soldiers.", "Battles"),
    # an explosion whose next sentence blames a bomber, not a leak
    ("A blast at a market in Kabul kills two people. Police suspect a suicide bomber.", "Explosions/Remote violence"),
    ("An explosion at a bus stop kills four. Officials say a gas leak is ruled out and a bomb is suspected.",
     "Explosions/Remote violence"),
    # a launch that hits someone
    ("A mortar round fired from the sea kills two fishermen off Gaza.", "Explosions/Remote violence"),
    ("Rockets fired into a village kill three children.", "Explosions/Remote violence"),
    # a fire someone set is an arson, whatever it then burned
    ("Troops torched homes in a village near Gao and the fire spread to the mosque.", "Strategic developments"),
    ("Security forces set fire to homes in Gao, and the fire spread to the market.", "Strategic developments"),
    ("Soldiers killed five villagers and set a fire in the market near Gao.", "Violence against civilians"),
    # "hack" as a cut, with deaths
    ("Rebels hack six villagers to death near Gao.", "Violence against civilians"),
    # a word of computers told after the trigger, of another deed
    ("Troops shelled Gao as hackers took down the army's website.", "Explosions/Remote violence"),
    # a launch told with its target, its origin or its place, with no harm
    ("Militants fire rockets from Gaza at dawn; nobody is hurt.", "Explosions/Remote violence"),
    ("Insurgents fired rockets overnight in Kandahar.", "Explosions/Remote violence"),
    ("Rebels fire a missile toward the airport in Kandahar.", "Explosions/Remote violence"),
    # rockets, or an armed group's missile, told with no target
    ("Militants in Kandahar fire two rockets; no injuries are reported.", "Explosions/Remote violence"),
    ("Rebels near Kandahar fire a missile, the army says.", "Explosions/Remote violence"),
    # a state's launch told as an attack, or with what it hit after a comma
    ("Russia launches a huge missile attack overnight.", "Explosions/Remote violence"),
    ("Iran fires six missiles, striking two bases near Kandahar.", "Explosions/Remote violence"),
    ("Israel fired at Gaza two guided missiles overnight.", "Explosions/Remote violence"),
    # damage an armed group does, after a disaster or not
    ("A flood hits the valley. Militants burn down the relief camp in Kandahar.", "Strategic developments"),
    ("A storm hits the coast near Gao. Gunmen kill four fishermen in the town.", "Violence against civilians"),
    # a disaster's word in another sense: figurative, an attack's speed, an aircraft's make
    ("Malian troops made a lightning advance towards rebel-held Konna.", "Battles"),
    ("British Tornado jets hit targets near Gao on Monday.", "Explosions/Remote violence"),
    # weapons' fire takes no article: no fire of a disaster
    ("Militants open fire on a bus near Kandahar, killing six.", "Violence against civilians"),
    ("Soldiers returned the fire, and two policemen died in Gao.", "Battles"),
    # a truce put to the test is no weapon test
    ("Jets struck targets near Gao on Monday, testing a fragile truce.", "Explosions/Remote violence"),
    # a war long over named beside an event, not as the time of its deed; a war still fought
    ("Crowds protest in Paris over the treatment of prisoners during World War II.", "Protests"),
    ("Jets bombed Gao in the heaviest raid of the civil war.", "Explosions/Remote violence"),
])
def test_violence_stays(pipeline, text, event_type):
    assert event_type in _types(pipeline, text)


@pytest.mark.parametrize("text, accident", [
    # a word of disaster counts only in its disaster's sense
    ("a flood of refugees", False), ("floodwaters swept the camp", True),
    ("a lightning advance", False), ("a soldier struck by lightning", True),
    ("Tornado jets", False), ("tornadoes tore through the camp", True),
])
def test_accident_cues_in_their_disaster_sense(text, accident):
    assert (list_pattern("accident_cues.txt").search(text) is not None) == accident


@pytest.mark.parametrize("text", [
    # a shooting or a stabbing in a country at peace, with no armed group or political side named
    "Two people die and five are hurt in a shooting at a birthday party in Atlanta.",
    "Three people die in a knife attack at a supermarket in Paris; a man is arrested.",
    "A police sergeant dies in a shooting outside a diner in Atlanta; detectives question a neighbour.",
    "Two people die in a shooting at a bar in Paris; detectives say the killing was not terror-related.",
    "Police hunt three suspects after a student dies in a shooting on a college campus in Atlanta.",
    "A gunman shot dead two people at a bar in Atlanta in March.",
    "A former employee shoots and kills three people at a printing firm in Atlanta.",
    # an arrest there with no side named, crime words or not
    "A onetime Liberian rebel commander, wanted over wartime torture, is detained in Paris.",
])
def test_crime_in_a_country_at_peace(pipeline, text):
    assert _types(pipeline, text) == []


@pytest.mark.parametrize("text, event_type", [
    # the same words in a country at war
    pytest.param("A shooting in Gao kills two people and wounds five.", "Violence against civilians", marks=SIXTH_ROUND),
    # a political side named in the sentence or later in the report
    ("A gunman shoots dead three worshippers at a church in Atlanta; police call it an act of terrorism.",
     "Violence against civilians"),
    pytest.param("A shooting at a cafe in Paris kills four. Investigators say the gunman had sworn loyalty to Islamic State.",
                 "Violence against civilians", marks=SIXTH_ROUND),
    # a decision allowing an act, then the act done
    ("The governor authorised the police to break up the rally in Paris, and officers fired tear gas at the crowd.",
     "Protests"),
    ("Police in Paris arrest three suspected Islamic State members.", "Strategic developments"),
    ("Police in Paris arrest an opposition leader.", "Strategic developments"),
    ("Police in Paris detain the organiser of the marches.", "Strategic developments"),
    # a bomb is no shooting, whoever is shot after it
    ("A bomb goes off at the main station in Paris, and soldiers shoot the bomber.", "Explosions/Remote violence"),
])
def test_a_killing_with_a_side_stays(pipeline, text, event_type):
    assert event_type in _types(pipeline, text)


@pytest.mark.parametrize("text, not_type", [
    # one person's act of protest, or protests named only as what came before or what someone led (the
    # leader's arrest is an event of its own)
    ("Two judges resigned in protest at the army's abuses.", "Protests"),
    ("The envoy walked out in protest during the minister's speech.", "Protests"),
    ("Parliament is dissolved following opposition protests.", "Protests"),
    ("Police in Paris detain the organiser of the marches.", "Protests"),
    # the same, the protests known by a name between ("following opposition Freedom Front protests")
    ("The cabinet resigns following opposition Freedom Front protests.", "Protests"),
    ("The leader of the Free Women protest in Bamako over the failure of the police is detained.", "Protests"),
    # an event named as a span of time it filled, with no toll: what came before
    ("Nurses in Lyon agree to return to their wards after eleven weeks of strikes.", "Protests"),
    ("Aid may reach Gao, a town that has seen two weeks of heavy French and Malian bombing.",
     "Explosions/Remote violence"),
    # 'demonstrate' as 'show'
    ("The report says the weakness of the defences was demonstrated by the raid.", "Protests"),
    ("The vote demonstrates that the party has lost its base.", "Protests"),
    ("The test flight demonstrates a new engine over Paris.", "Protests"),
    ("A guard in Paris tried to demonstrate how the alarm works.", "Protests"),
    # a deed as what charges or talk are about
    ("A film crew in Paris faces kidnapping charges after a custody dispute.", "Violence against civilians"),
    ("The mayor of Lyon apologises for his remarks about rape.", "Violence against civilians"),
    # the body's arrest, not the police's
    ("A former rebel commander dies of cardiac arrest in a hospital in Gao.", "Strategic developments"),
    # deeds told as what someone is acquitted of or was arrested for
    ("A former governor is acquitted of looting public funds.", "Strategic developments"),
    ("Crowds gather in Paris in outrage at the arrest of a guard for the rape of a prisoner.",
     "Violence against civilians"),
    # a court's verdict in any voice, with or without its charge after it
    ("A court in Bamako convicts a teacher as the organiser of the kidnapping of two nurses.",
     "Violence against civilians"),
    ("Two men convicted in the killing of a guard near Gao lose their appeal.", "Violence against civilians"),
    # a deed those arrested are said to have had a part in
    ("Police in Gao arrest four men involved in the beheading of a trader.", "Violence against civilians"),
    # what did not come about: a failure to act or to agree
    ("Hundreds of mothers protest in Bamako over the failure to act on the abduction of forty pupils.",
     "Violence against civilians"),
    ("Police in Bamako arrest two students, one of them for allegedly taking part in riots.", "Riots"),
    # a plea to a charge; allegations a monitor documents
    ("A man pleads guilty to assault during the riot at the parliament in Bamako.", "Riots"),
    ("A rights group says it has documented allegations of looting by soldiers in Gao.", "Strategic developments"),
    # a killing or a fight of a war long over: history recalled
    ("Seoul hands back the remains of 300 soldiers killed in the Korean War.", "Battles"),
    ("A parade in Paris honours the troops who fought during the Second World War.", "Battles"),
    # ... its victims and its doer told between the deed and the war
    ("Parliament votes to recognise the massacre of civilians by an empire in the First World War as genocide.",
     "Violence against civilians"),
])
def test_told_as_background_or_charge(pipeline, text, not_type):
    assert not_type not in _types(pipeline, text)


@pytest.mark.parametrize("text, event_type", [
    ("Thousands march in Paris in protest at the army's abuses.", "Protests"),
    ("Students demonstrate in Paris against the new fees.", "Protests"),
    ("Thousands demonstrated the next day in Paris.", "Protests"),
    ("Police arrest the leader of the opposition in Paris.", "Strategic developments"),
    ("Militants rape and kill a girl in Gao.", "Violence against civilians"),
    ("Gunmen kidnap two charity workers in Gao.", "Violence against civilians"),
    # taking part in something is no charge, and a convict or a convicted man is no verdict on what he does next
    ("Five soldiers involved in the operation are killed by a roadside bomb near Gao.", "Explosions/Remote violence"),
    ("Escaped convicts attack a police post in Gao, killing two officers.", "Battles"),
    # a war long over told of someone in the clause leaves the clause's own killing its event
    ("Veterans who fought in the Korean War were attacked by gunmen near Gao.", "Battles"),
    ("A convicted jihadist escapes and kills two guards at a prison in Gao.", "Violence against civilians"),
    # a span of an event that tells its toll is the event
    ("After four days of fighting that left 60 people dead in Gao, the two sides declare a truce.", "Battles"),
    # a span with no comma after it, then the clause's own subject and verb: the event itself
    ("After weeks of talks the army stormed the rebel base near Gao.", "Battles"),
    ("After months of calm rebels attacked an army post near Gao.", "Battles"),
    # after a name, a verb with its object tells the event, not a name of it
    ("Villagers flee after the Taliban seize the town of Kandahar.", "Battles"),
    ("Villagers flee after the Taliban seized Kandahar.", "Battles"),
    ("Leaders of the Afghan Taliban clash with Hezb-e-Islami fighters near Kandahar.", "Battles"),
])
def test_the_event_itself_stays(pipeline, text, event_type):
    assert event_type in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    # an arrest for organised crime (ordinary_crimes.txt): no political side
    "A senior figure of the Camorra, wanted for twenty years, is arrested by police near Paris.",
    "Police arrest a mafia boss who had been on the run since 1996.",
    "A drug lord is captured by marines in a beach town.",
])
def test_an_arrest_for_organised_crime(pipeline, text):
    assert "Strategic developments" not in _types(pipeline, text)


@pytest.mark.parametrize("text, protest", [
    # a state, its organs, a capital standing for it or an organisation protests by a word or a note: no event
    ("China protests the sale of fighter jets to Taiwan.", False),
    ("The foreign ministry of Russia formally protested the expulsion of its diplomats.", False),
    ("Beijing protests a visit by the Dalai Lama to Paris.", False),
    ("Amnesty International protests the executions of six men in Bamako.", False),
    ("The law passes despite angry protests from Germany and France.", False),
    ("Japan's protest over the island visit is rejected.", False),
    # people who protest, named or counted, and protests known by their country's name stay events
    ("Thousands in Mali protest the new constitution.", True),
    ("Journalists in Mali protest the government's closure of a radio station.", True),
    ("Mali protests continue for a third day in Bamako.", True),
    ("Farmers protest the land law outside parliament in Bamako.", True),
    ("Students from Bamako protested the fee increase.", True),
    # a body's name as the adjective of people, or tied to them by "of" or "from", is no body protesting
    ("Protests by government workers enter a third day in Bamako.", True),
    ("Backers of the president protested the vote in Bamako.", True),
    ("Tuaregs of Mali protest the offensive in Gao.", True),
    ("Mali's protest movement enters its fourth month.", True),
    ("Reporters Without Borders protests the expulsion of a journalist from Mali.", False),
])
def test_a_protest_by_a_body(pipeline, text, protest):
    assert ("Protests" in _types(pipeline, text)) == protest


@pytest.mark.parametrize("text, types", [
    # an attack stopped before it was carried out is its disruption, not the attack
    ("Police foil a bomb attack on a stadium in Paris.", ["Strategic developments"]),
    ("Troops in Bamako foil an attempt on the prime minister's life.", ["Strategic developments"]),
    ("Security forces thwart a suicide attack on a mosque in Gao.", ["Strategic developments"]),
    # a fight in which an attack was foiled, with deaths, is the fight
    ("Troops foil an attack on a base in Gao, killing five militants.", ["Battles"]),
])
def test_a_foiled_attack_is_its_disruption(pipeline, text, types):
    assert _types(pipeline, text) == types


@pytest.mark.parametrize("text, types", [
    # police raids that arrest are the arrests, not air strikes
    ("Police detain 30 suspected militants in dawn raids in Gao.", ["Strategic developments"]),
    # an air raid named as such stays beside the arrests
    ("Jets carry out air raids on Gao as police arrest 30 suspects.",
     ["Explosions/Remote violence", "Strategic developments"]),
    # looting and a crowd's arrest beside a riot are the riot's
    ("Riots and looting of shops break out in Gao over fuel prices.", ["Riots"]),
    ("Rioters loot supermarkets in Gao; more than 100 people are arrested.", ["Riots"]),
    ("Riots over fuel prices break out in Gao. More than 300 people have been arrested.", ["Riots"]),
    # arrests told just after a march, with no place of their own, are the force it met: one event (LABELLING.md:
    # the protest and the force it met are one); in a town of their own they stay
    ("Protesters march in Gao. Police arrest 40 of them.", ["Protests"]),
    ("Protesters march in Gao. Police arrest 40 people in Konna.", ["Protests", "Strategic developments"]),
    # a withdrawal told beside a change of hands is how the place changed hands; told alone, it is a move
    ("Rebels capture Gao after the army withdraws its last units.", ["Battles"]),
    ("Islamist fighters withdraw from Gao.", ["Strategic developments"]),
    # killings with no side named, told just after a riot, are the riot's; an armed group's are their own
    ("Riot police clash with opposition marchers in Gao. A teacher and two officers die of gunshot wounds.",
     ["Riots"]),
    ("Protesters clash with police in Gao. Gunmen later kill four villagers in a nearby town.",
     ["Riots", "Violence against civilians"]),
    # ... and so are those in another town or on another day than the demonstration
    ("Hundreds march through Gao on Monday to demand jobs. On Tuesday five villagers are shot dead near Konna.",
     ["Protests", "Violence against civilians"]),
])
def test_parts_of_one_event(pipeline, text, types):
    assert sorted(_types(pipeline, text)) == types


@pytest.mark.parametrize("text, types", [
    # a candidate's campaign rally is no demonstration
    ("The governor throws her support behind the party's nominee at a rally in Atlanta.", []),
    ("The Republican nominee rallies supporters in Atlanta ahead of the primary.", []),
    # a rally against something, or for a demand, is one, campaign words or not
    ("Opposition supporters rally in Gao to demand the release of their candidate.", ["Protests"]),
    ("Thousands rally in Paris against the president's campaign for a third term.", ["Protests"]),
    ("Thousands rally in Paris for higher wages.", ["Protests"]),
    # a campaign or a primary that is no election's
    ("Hundreds of parents rally outside a primary school in Gao over teacher pay.", ["Protests"]),
    ("Thousands rally in Bamako in support of the army's military campaign in the north.", ["Protests"]),
])
def test_a_campaign_rally(pipeline, text, types):
    assert _types(pipeline, text) == types


def test_the_deaths_after_a_riot_are_its_toll(pipeline):
    text = "Riot police clash with opposition marchers in Gao. A teacher and two officers die of gunshot wounds."
    article = Article(doc_id="n", text=text, published=date(2015, 3, 6), date_source="jsonl")
    assert [e.fatalities for e in merge(pipeline.extract(article), pipeline.settings.merge_distance_km)] == [3]


@pytest.mark.parametrize("text, sub_event_types", [
    # a counted crowd held at demonstrations is the force they met: one event per place, no arrests of their own
    ("Hundreds of people are detained at anti-government rallies in Gao and Bamako.",
     ["Protest with intervention", "Protest with intervention"]),
    ("Police detain dozens of marchers at a protest against fuel prices in Bamako.", ["Protest with intervention"]),
])
def test_a_crowd_held_at_its_protest(pipeline, text, sub_event_types):
    article = Article(doc_id="n", text=text, published=date(2015, 3, 6), date_source="jsonl")
    events = merge(pipeline.extract(article), pipeline.settings.merge_distance_km)
    assert sorted(e.sub_event_type for e in events) == sub_event_types


@pytest.mark.parametrize("text, types", [
    # a rape with no armed group nor state force named: a crime, an allegation or a case in a report
    ("A magazine withdraws its story of an alleged rape at a college in Paris.", []),
    ("A woman who says a businessman raped her in 2009 drops her suit against him.", []),
    ("A farmhand is held in Gao as a rape suspect.", []),
    # an armed group's or a state force's sexual violence stays, told in either voice
    ("Soldiers rape twelve women in a village near Gao.", ["Violence against civilians"]),
    ("Four women are raped by militiamen near Timbuktu.", ["Violence against civilians"]),
    # ... or named earlier in the article, the side its report is about
    ("Militiamen shot two herders dead near Gao on Monday. They raped four women before they left.",
     ["Violence against civilians", "Violence against civilians"]),
])
def test_a_rape_with_no_armed_side(pipeline, text, types):
    assert _types(pipeline, text) == types


@pytest.mark.parametrize("text, types", [
    # an arrest on charges of corruption or graft: ordinary crime, however high the official
    ("Prosecutors in Bamako arrest a former minister on corruption charges.", []),
    ("A governor's nephew is detained in Bamako in a graft case.", []),
    # held by an agency against graft, or for fraud in any form of its verb
    ("The anti-graft agency of the ruling party detains the mayor of Bamako.", []),
    ("Police in Bamako arrest 300 people suspected of defrauding pensioners.", []),
    # the crowd held at a protest against corruption is the protest met with force
    ("Police detain 200 anti-corruption protesters in Bamako.", ["Protests"]),
    # corruption as what someone held spoke or wrote about, not a charge: the arrest of a critic
    ("Police in Bamako arrest a journalist who reported on corruption in the army.", ["Strategic developments"]),
    ("Police detain a blogger in Bamako who exposed graft at the customs office.", ["Strategic developments"]),
])
def test_an_arrest_for_corruption(pipeline, text, types):
    assert _types(pipeline, text) == types



@pytest.mark.parametrize("text, types", [
    # one or two people held with no political side, armed group or attack named: news, not an ACLED arrest
    ("A famous singer and his wife are arrested in Bamako and charged with disorderly conduct.", []),
    ("Police detain a visiting tourist in Bamako for leaving a book in his hotel.", []),
    ("Two teenagers are arrested in Lyon for spraying graffiti on a monument.", []),
    # guards: a crowd held, a political figure, a journalist, an activist, the suspects of an attack
    ("Police arrest 30 people in Bamako after a night of looting.", ["Strategic developments"]),
    ("The junta detains the former defence minister in Bamako.", ["Strategic developments"]),
    ("Gendarmes arrest a reporter in Bamako.", ["Strategic developments"]),
    # ... named in the plural too
    ("Police in Bamako arrest two former ministers.", ["Strategic developments"]),
    ("Soldiers detain two senators in Bamako.", ["Strategic developments"]),
    # ... or told a few words after the arrest, past a possessive and an adjective
    ("Police in Bamako arrest the country's outspoken former prime minister.", ["Strategic developments"]),
    # ... an army's officers, a union's or students' leaders, and those held over a coup
    ("Soldiers in Bamako detain a retired general.", ["Strategic developments"]),
    ("Gendarmes in Bamako arrest General Moussa Traore's chief of staff.", ["Strategic developments"]),
    # ... but "general" in another sense names no officer
    ("Police in Bamako arrest a general practitioner for prescribing forged sick notes.", []),
    ("Gendarmes in Bamako arrest two soldiers suspected of plotting a coup.", ["Strategic developments"]),
    ("Police in Bamako arrest a union leader.", ["Strategic developments"]),
    ("Police in Bamako arrest a prominent opposition activist.", ["Strategic developments"]),
    ("Police in Bamako arrest a parliamentarian of the ruling party.", ["Strategic developments"]),
    # ... a scholar or a critic of the state, an adviser of its leaders
    ("Police in Bamako arrest a law professor who wrote essays against the junta.", ["Strategic developments"]),
    ("Police in Bamako arrest a government critic.", ["Strategic developments"]),
    ("Soldiers in Bamako detain an adviser to the ousted leader.", ["Strategic developments"]),
    # ... and one held on a charge that is political by its nature
    ("Police in Bamako arrest a retired teacher for alleged sedition.", ["Strategic developments"]),
    ("A former banker is detained in Bamako and charged with treason.", ["Strategic developments"]),
    # ... but a figure told past a relative clause is someone else, the one held no figure
    ("Police in Bamako arrest a man who assaulted a journalist.", []),
    ("Police arrest two men suspected of planting a bomb at a bus station in Gao.", ["Strategic developments"]),
    # the deed of the ones held, told as what they masterminded or are wanted for, is no event of its own
    ("Police in Bamako arrest a mayor, the alleged mastermind of the kidnapping of 12 traders.",
     ["Strategic developments"]),
    ("Police in Gao arrest an opposition leader wanted for the kidnapping of two priests.", ["Strategic developments"]),
])
def test_a_few_held_with_no_political_side(pipeline, text, types):
    assert _types(pipeline, text) == types


@pytest.mark.parametrize("text, types", [
    # people named by their taking, right after their noun, with no auxiliary: the news is something else
    ("Twelve Indian nurses held hostage for a month in Gao fly home to Agra.", []),
    ("The minister says troops know where the pupils kidnapped by the militants are held near Gao.", []),
    ("Six inmates in Lyon kill themselves after freeing hostages seized on Monday.", []),
    # a headline drops the auxiliary with the article: the taking told as the news
    ("Twenty pupils kidnapped by gunmen near Gao", ["Violence against civilians"]),
    ("Two French journalists abducted in Kidal on Saturday", ["Violence against civilians"]),
    ("Sunday morning 20 pupils kidnapped near Gao in the worst attack since March", ["Violence against civilians"]),
    # the taking itself, with its auxiliary or its taker as subject, stays news
    ("Twenty pupils are kidnapped by gunmen near Gao.", ["Violence against civilians"]),
    ("Gunmen kidnap two nurses in Gao.", ["Violence against civilians"]),
    # a noun of people as the subject of the verb, its object after it
    ("Armed men abducted nine herders near Gao.", ["Violence against civilians"]),
])
def test_people_named_by_their_taking(pipeline, text, types):
    assert _types(pipeline, text) == types


@pytest.fixture(scope="module")
def bucharest_pipeline() -> Pipeline:
    from conftest import TINY_ROWS
    from extract.gazetteer import Gazetteer
    bucharest = {"geonameid": 683506, "name": "Bucharest", "latitude": 44.43, "longitude": 26.1,
                 "feature_code": "PPLC", "country_code": "RO", "population": 1877155}
    return Pipeline(Gazetteer.from_rows([*TINY_ROWS, bucharest]))


@pytest.mark.parametrize("text, types", [
    # Romania is at peace (peaceful_countries.csv): an arrest there with no side named is no event
    ("Police in Bucharest detain a businessman for 24 hours.", []),
    # an arrest with a political side named stays one
    ("Police in Bucharest detain the opposition leader.", ["Strategic developments"]),
])
def test_an_arrest_in_a_country_at_peace(bucharest_pipeline, text, types):
    assert _types(bucharest_pipeline, text) == types


@pytest.mark.parametrize("text, plain", [
    # letters a case-blind pattern takes for ASCII ones, whose lower case is another letter (a dotless i, a long
    # s, a dotted capital I: a Turkish keyboard, an old scan): the same events as the plain text, never a crash
    ("Islamıst rebels attacked an army post near Gao, killing six soldıers.",
     "Islamist rebels attacked an army post near Gao, killing six soldiers."),
    ("French jetſ carried out air ſtrikes on rebel bases near Gao yeſterday.",
     "French jets carried out air strikes on rebel bases near Gao yesterday."),
    ("POLİCE FİRED TEAR GAS AT PROTESTERS İN GAO OVERNİGHT.", "POLICE FIRED TEAR GAS AT PROTESTERS IN GAO OVERNIGHT."),
])
def test_letters_a_case_blind_pattern_reads_as_ascii(pipeline, text, plain):
    assert _types(pipeline, text) == _types(pipeline, plain) != []
