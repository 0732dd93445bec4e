"""Tolls as headlines and news digests state them (issue 12, second round): short clauses with their
auxiliaries dropped, tolls before and after the verb and in apposition, lists of the dead and the hurt,
vague counts, running totals and "nobody hurt", checked against ACLED's conventions as the shared
benchmark's LABELLING.md summarises them (the number stated; "at least 81" 81; several 10, dozens 12,
hundreds 100; a range's bottom; nobody killed 0; no statement, or only the hurt, unknown). Every sentence
here was written for this project."""
from __future__ import annotations

from datetime import date

import pytest

from extract.merge import merge
from extract.models import Article
from extract.pipeline import Pipeline
from extract.tolls import fatalities


@pytest.mark.parametrize("sentence, toll", [
    # the count before its verb, the auxiliary dropped as headlines drop it
    ("Nine soldiers killed in ambush near the border.", 9),
    ("Eighteen villagers massacred in overnight raid.", 18),
    ("Some 40 fighters reported killed in clashes for the hilltop.", 40),
    ("Six policemen die as a bomb hits their patrol.", 6),
    ("Roughly 30 believed dead after strikes on a fuel depot.", 30),
    ("An estimated 200 civilians killed in the final week of the siege.", 200),
    ("Nineteen perish in attack on mining camp.", 19),
    ("25 die in prison riot.", 25),
    ("At least 17 people are dead after a bomb rips through a bus.", 17),
    ("14 people have been confirmed killed.", 14),
    ("Thirty-five miners killed by gunmen.", 35),
    ("Twelve people lost their lives when a bomb went off on a train.", 12),
    ("A total of 48 people died in the attack.", 48),
    ("Police: 6 killed in grenade attack on bar.", 6),
    ("Officials say 23 died after the militia burnt homes.", 23),
    # the count after its verb
    ("Car bomb kills 22 at crowded bus terminal.", 22),
    ("Gunmen on motorbikes kill 14 worshippers at a mosque.", 14),
    ("Bomb at football match kills 25 fans.", 25),
    ("Roadside bomb kills three U.S. soldiers.", 3),
    ("Gunmen shoot dead three teachers.", 3),
    ("IS executes 15 men accused of spying.", 15),
    ("Islamist rebels killed 7 and abducted 20 in a raid on a village.", 7),
    ("Fire on crowd kills at least five, medics say.", 5),
    ("Officials confirmed the deaths of 9 civilians.", 9),
    ("Massacre in village leaves 51 dead.", 51),
    ("Air raid leaves 17 dead, dozens hurt.", 17),
    ("Militants slay 11 road workers in the east.", 11),
    pytest.param("Troops kill all five attackers after a raid on their base.", 5,
                 marks=pytest.mark.xfail(reason="'all N' is not read: 'killing all 150 on board' is mostly an air "
                                                "crash, which a toll would make an event")),
    # in apposition or a relative clause
    ("A blast that left 12 dead tore through the market on Sunday.", 12),
    ("An ambush, which killed nine soldiers, was claimed by the rebels.", 9),
    ("The raid, in which 23 villagers died, drew wide condemnation.", 23),
    ("Monday's bombing, which claimed 31 lives, was the deadliest in months.", 31),
    ("The strike on the depot, killing 8 guards, was blamed on the air force.", 8),
    # lives claimed
    ("Suicide attack claims 19 lives in Kabul.", 19),
    ("Fighting claims the lives of at least 60 combatants.", 60),
    ("Roadside bomb claims three lives.", 3),
    ("Landmine claims the life of a shepherd.", 1),
    # the dead beside the hurt, in a digest's shorthand
    ("Kano bombing: 27 killed, 60 injured.", 27),
    ("Bus attack - 8 dead, 14 wounded.", 8),
    ("Twin blasts: at least 35 killed, over 100 hurt.", 35),
    ("Three killed, dozens injured as police fire on marchers.", 3),
    ("Gunmen kill 5, wound 9 in attack on police post.", 5),
    ("Attack on convoy kills 7 soldiers, injures 3.", 7),
    ("Clashes kill 2, injure 25.", 2),
    ("At least 2 killed, 25 hurt in protest violence.", 2),
    ("1 dead, 3 injured in knife attack on synagogue.", 1),
    ("Rocket attack kills one, wounds two.", 1),
    ("Bomb blast kills 2 and injures 11.", 2),
    ("Seven killed and over 20 abducted in raid.", 7),
    ("Casualties include 5 dead and 12 wounded.", 5),
    # a total and who was among it: the total, not total + part
    ("Drone strike kills 10, including 3 children.", 10),
    ("Mortar fire kills six people including a baby.", 6),
    ("Market bombing kills 41, among them 9 women.", 41),
    ("Fifteen dead including a child after mortar hits school.", 15),
    ("Thirteen killed, among them seven children.", 13),
    ("Seven people, among them a child, were killed.", 7),
    ("Twenty people died; the dead include two aid workers.", 20),
    ("Attack leaves 6 dead, including the attacker.", 6),
    ("The attack killed 8 people, including the three attackers.", 8),
    # only who was among the dead: those named
    ("Among the dead were two soldiers and a translator.", 3),
    ("Among the dead was a local police chief.", 1),
    # two sides of one fight add up
    ("Clash leaves 4 soldiers and 15 militants dead.", 19),
    ("Five troops and 20 insurgents killed in fierce battle.", 25),
    ("Army says 30 rebels and two soldiers died in the fighting.", 32),
    ("Twelve militants, three police killed in shootout.", 15),
    ("Attack on army post: 9 soldiers, 16 attackers dead.", 25),
    ("Gunfight leaves two officers and a suspect dead.", 3),
    ("Bomb kills 3 policemen and a civilian in Quetta.", 4),
    ("Gunmen killed a woman and her two daughters.", 3),
    ("Two suicide bombers and 11 worshippers died in the mosque attack.", 13),
    ("The bombing killed 15 people and the gunfire that followed killed 5 more.", 20),
    ("Gunmen kill 3; 2 more die later in hospital.", 5),
    # the toll of the same event rising
    ("Two more wounded die, raising the toll of Friday's attack to 29.", 29),
    ("Death toll in the mosque bombing climbs to 53.", 53),
    ("The toll from the hotel siege rises to 21 after three bodies are found.", 21),
    ("Death toll from market blast reaches 70.", 70),
    ("Death toll from Saturday's attack now stands at 43.", 43),
    ("The number killed in the bombing has risen to 26.", 26),
    ("The death toll is 14, according to medics.", 14),
    # a war's toll is no event's
    ("Fighting kills 12, bringing the week's toll to 50.", 12),
    ("Syria violence kills 80 on Tuesday, raising the war's toll to over 190,000.", 80),
    ("Toll of the war tops 250,000, monitor says.", None),
    ("The conflict's toll has passed 10,000 dead.", None),
    ("The fighting, which has killed 2,000 people since April, went on.", None),
    ("More than 90,000 people have been killed in the three-year war.", None),
    ("A monitoring group says the conflict has killed 150,000.", None),
    ("The insurgency has claimed 20,000 lives.", None),
    ("Clashes last week killed 30 people.", 30),
    # bodies found
    ("Police find 21 bodies dumped in a ravine.", 21),
    ("Bodies of 13 abducted pilgrims discovered.", 13),
    ("Thirty bodies with gunshot wounds found in the river.", 30),
    ("Mass grave with at least 60 bodies unearthed.", 60),
    # only the hurt: unknown, not 0
    ("Grenade attack injures 16 at a rally.", None),
    ("Seven hurt as bomb explodes near a school.", None),
    ("Scores wounded in clashes with riot police.", None),
    ("Dozens injured as police and students clash.", None),
    # nobody hurt: 0
    ("Blast wounds 30; no deaths reported.", 0),
    ("Rocket lands in an open field, causing no casualties.", 0),
    ("Mortar hits army base; no casualties reported.", 0),
    ("Attack on pipeline leaves no one hurt.", 0),
    ("There were no fatalities in the raid, police said.", 0),
    ("No deaths were reported after the blast.", 0),
    ("The explosion caused no injuries.", 0),
    ("Nobody hurt as gunmen fire on an empty bus.", 0),
    # numbers as words and with commas
    ("Fighting around the airport killed one hundred and twenty fighters.", 120),
    # tens and a unit apart, but not a unit that opens a compound ("two-year-old")
    ("Gunmen killed twenty two villagers in the raid.", 22),
    ("The shelling killed twenty two-year-old children at the creche.", 20),
    # a count of time is no count of the dead
    ("Within 24 hours gunmen killed 5 villagers.", 5),
    ("In the past 48 hours, gunmen killed 5 villagers in the hills.", 5),
    # a bare noun's death denied a word or two before it; a raised total holds the deaths that add to it
    ("No young child was killed in the blast.", None),
    ("Not one soldier died in the ambush.", None),
    ("Gunmen who did not flee kill soldier near the border.", 1),
    ("Two more die, raising the toll to 29.", 29),
    ("Rebels executed 1,200 prisoners, a rights group said.", 1200),
    ("Sixty-two people were killed in the strike on the market.", 62),
    ("Nearly 1,500 were killed in the assault on the city.", 1500),
    ("Twenty two people killed as militants storm a hotel.", 22),
    ("Half a dozen soldiers died in the attack.", 6),
    # qualifiers of a count: the number stated
    ("Gunmen stormed the village, killing as many as 20 people.", 20),
    ("No fewer than 30 soldiers died in the assault.", 30),
    ("Close to 50 people were killed when the dam was shelled.", 50),
    ("Upwards of 70 fighters were killed in the battle.", 70),
    # vague counts (LABELLING.md: several 10, dozens 12, hundreds 100)
    ("Hundreds killed as militants storm the town.", 100),
    ("A dozen soldiers killed in dawn attack.", 12),
    ("Over a dozen killed in attack on a church.", 12),
    ("Several killed in ambush on aid convoy.", 10),
    ("Dozens dead in overnight raids.", 12),
    ("Two dozen killed as rebels shell a camp.", 24),
    # the attackers' own deaths
    ("Suicide bomber kills 9 at a checkpoint.", 9),
    ("A suicide bomber blew himself up, killing 6 soldiers.", 6),
    # one death without a number, articles dropped as headlines drop them
    ("One killed as rocket hits home in Sderot.", 1),
    ("A soldier is killed and two are wounded in a mine blast.", 1),
    ("Sniper kills child in Aleppo.", 1),
    ("Unidentified gunmen kill tribal elder.", 1),
    ("Teenager shot dead by police during protest.", 1),
    ("Journalist killed in Mogadishu car bombing.", 1),
    # ... and one named by the place or body it serves
    ("The mayor of Gao is shot dead.", 1),
    ("The governor of Kidal Region was killed in an ambush.", 1),
    ("The mayor of Gao, accused of graft, is shot dead in jail.", 1),
    ("The chief of staff was killed in the blast.", None),
    ("The bill of Senator Diallo was killed in committee.", None),
    ("Two brothers were killed by a stray bullet.", 2),
])
def test_digest_tolls(sentence, toll):
    assert fatalities(sentence) == toll



@pytest.mark.parametrize("sentence, toll", [
    # digest sentences of several clauses: the dead with the hurt, results and casualties
    ("A suicide bombing at a funeral kills at least 25 people and injures 40 others.", 25),
    ("An attack on a bus station results in the deaths of 19 people.", 19),
    ("Gunmen attack a village, resulting in 31 deaths.", 31),
    ("Two car bombs explode in the city, with at least 14 dead.", 14),
    ("Rocket fire kills a woman and injures her two sons.", 1),
    ("The explosion caused 40 casualties.", None),
    ("Clashes left over 100 casualties, including 12 dead.", 12),
    ("At least 8 people are reported dead after the raid.", 8),
    ("Security forces fire on protesters, leaving at least 5 dead and 30 injured.", 5),
    ("At least 20 people died and dozens were injured when a car bomb exploded.", 20),
    ("A car bomb killed 20 people and wounded dozens more on Sunday.", 20),
    ("An attack on a military base killed 11 soldiers, the army said on Sunday.", 11),
    ("Police say 2 officers were killed and 1 was wounded.", 2),
    ("Rival clans clash, leaving 15 people dead.", 15),
    ("The dead were all civilians, officials said.", None),
    ("One person was killed.", 1),
    ("A policeman was killed and another injured in the attack.", 1),
    ("A British aid worker is killed in the blast.", 1),
    ("The attack killed a 12-year-old boy.", 1),
    ("Troops kill a Palestinian teenager during clashes.", 1),
    ("Gunmen kill two, including a child.", 2),
    ("At least 40 people, most of them civilians, have been killed.", 40),
    ("Over 300 are now confirmed dead after last week's attack.", 300),
    ("The number of people killed rose to 88.", 88),
    ("A shooting at a checkpoint left one soldier dead.", 1),
    ("Five people were killed Sunday.", 5),
    ("The attack, the deadliest this year, killed 33.", 33),
    ("Violence across the country kills 22 on the day of the vote.", 22),
    ("The army says 45 militants were killed in air strikes over the weekend.", 45),
    # the toll rising after the wounded die or bodies are found
    ("The toll rises to 17 after two of the wounded die in hospital.", 17),
    ("Three more bodies are pulled from the rubble, bringing the toll to 24.", 24),
    ("At least three people were killed in renewed fighting, bringing the total since Friday to 45.", 3),
    # a toll over a span of days is that fighting's, an event over that window (toll_windows.txt)
    ("Fighting has killed at least 19 people since Saturday.", 19),
    ("Air strikes over the past 24 hours have killed 60.", 60),
    # running totals
    ("More than 1,000 people have been killed since the uprising began in March.", None),
    ("About 50 people are killed every day in the province.", None),
    ("Gunmen kill 12 a day after the vote.", 12),
    # nobody killed
    ("The blast killed no one.", 0),
    ("No one was reported killed.", 0),
    ("Reports of casualties could not be confirmed.", None),
    # the attackers' deaths count with their victims' (ACLED: every death of the event)
    ("A bomb blast in a market kills 6 people including the bomber.", 6),
    ("Militants attack a checkpoint; four soldiers and six attackers die.", 10),
    ("A suicide bomber kills himself and 3 policemen at a checkpoint.", 4),
    ("A suicide car bomber kills 7 soldiers and himself.", 8),
    ("A gunman kills 4 people before being shot dead by police.", 5),
    # "himself" with no verb of killing before it is no attacker's death
    ("The governor himself and his aides were unhurt after gunmen killed 4 villagers.", 4),
    ("The party distanced itself and himself from the attack that killed 3 people.", 3),
])
def test_digest_tolls_of_several_clauses(sentence, toll):
    assert fatalities(sentence) == toll

@pytest.fixture(scope="module")
def pipeline(tiny_gazetteer) -> Pipeline:
    return Pipeline(tiny_gazetteer)


def _tolls(pipeline: Pipeline, text: str) -> dict[str, int | None]:
    """Each event's toll by its place, the text read as an article published on 6 March 2015."""
    article = Article(doc_id="t", text=text, published=date(2015, 3, 6), date_source="jsonl")
    return {e.location: e.fatalities for e in merge(pipeline.extract(article), pipeline.settings.merge_distance_km)}


@pytest.mark.parametrize("text, tolls", [
    # the toll told in the next sentence is the event's
    ("Gunmen raided a village near Gao on Monday. At least 30 residents were killed.", {"Gao": 30}),
    ("A car bomb exploded outside a police station in Gao. Officials said 11 people died.", {"Gao": 11}),
    ("Rebels shelled Gao on Monday. Nobody was hurt.", {"Gao": 0}),
    # two events in one headline: each its own toll
    ("A bomb kills 5 in Gao as rebels in Timbuktu kill 12 soldiers.", {"Gao": 5}),
    ("A suicide bomber kills 4 soldiers at a checkpoint in Gao; a second blast in Konna kills 2.", {"Gao": 4, "Konna": 2}),
    ("Nine killed as rebels storm Gao.", {"Gao": 9}),
    ("A car bomb in Gao kills Amadou Touré, a police chief; two other officers were also killed.", {"Gao": 3}),
    pytest.param("A bomb kills 5 in Gao as clashes in Timbuktu leave 12 dead.", {"Gao": 5, "Timbuktu": 12},
                 marks=pytest.mark.xfail(reason="one event per event type and clause (events.py): the bomb is not "
                                                "reported beside the clash")),
    # one event's toll beside the toll of a whole campaign
    ("Troops kill 20 militants in Konna, raising the toll of the week's fighting to 90.", {"Konna": 20}),
    ("Air strikes kill 9 in Gao, bringing the conflict's death toll to 4,000.", {"Gao": 9}),
    # a raised total beside the deaths the sentence tells apart spans earlier days; one that new deaths only
    # add to is the event's
    ("Rebels shell Gao for a second day, killing three civilians and raising the toll to 15.", {"Gao": 3}),
    ("The death toll from Saturday's bombing of a mosque in Gao rises to 47.", {"Gao": 47}),
    # digest headlines of one event each
    ("A suicide bomber kills at least 23 people at a market in Gao.", {"Gao": 23}),
    ("Gunmen kill 14 people in an attack on a church in Gao, police say.", {"Gao": 14}),
    ("A car bomb explodes outside a hotel in Bamako, killing at least eight people and wounding 30.", {"Bamako": 8}),
    ("Islamist fighters storm the town of Konna, killing dozens of residents.", {"Konna": 12}),
    ("A drone strike in Gao kills a senior militant commander and his two bodyguards.", {"Gao": 3}),
    ("Fighting between troops and rebels in Gao leaves at least 40 dead, including 10 civilians.", {"Gao": 40}),
    ("A roadside bomb kills a soldier and wounds four in Gao.", {"Gao": 1}),
    ("Clashes in Gao kill 5; separately, a bomb in Timbuktu wounds 12.", {"Gao": 5}),
    ("Gunmen on motorcycles kill 11 villagers near Gao, the third such attack this month.", {"Gao": 11}),
    ("Rioters in Bamako torch shops after the killing of a trader; one person dies.", {"Bamako": 1}),
    pytest.param("Militants attack an army post near Gao, killing six soldiers; the army says 20 attackers were killed.",
                 {"Gao": 26}, marks=pytest.mark.xfail(reason="two sides' dead told in two clauses: the larger is "
                                                             "kept, where ACLED adds them")),
])
def test_the_toll_of_each_event_of_a_digest(pipeline, text, tolls):
    assert _tolls(pipeline, text) == tolls
