"""Headline-style reports of our own through the whole pipeline: what is no event (plans, threats,
verdicts, anniversaries, diplomacy, disasters, sport ...) gives none, and each family of events gives its
type. Written for issue 12 to check specificity and recall on text no benchmark holds."""
from __future__ import annotations

from datetime import date

import pytest

from extract.merge import merge
from extract.models import Article
from extract.pipeline import Pipeline

from tests.regressions import SIXTH_ROUND

PUBLISHED = date(2015, 3, 6)


@pytest.fixture(scope="module")
def pipeline(tiny_gazetteer) -> Pipeline:
    return Pipeline(tiny_gazetteer)


def _events(pipeline: Pipeline, text: str) -> list:
    article = Article(doc_id="h", text=text, published=PUBLISHED, date_source="jsonl")
    return merge(pipeline.extract(article), pipeline.settings.merge_distance_km)


@pytest.mark.parametrize("text", [
    # policy statements
    "The defence minister outlined a new strategy for the northern provinces.",
    "The government said it would spend more on border security next year.",
    "Parliament approved a bill extending the state of emergency by three months.",
    "The president vowed to crush the insurgency within a year.",
    "Officials announced plans to recruit ten thousand new police officers.",
    "Lawmakers debate a bill that would allow the army to detain suspects without charge.",
    # trials, charges and verdicts
    "A military court sentenced a former rebel commander to twenty years in prison.",
    "Judges acquitted three journalists accused of aiding militants.",
    "The trial of the men accused of the 2013 mall siege opened in Nairobi.",
    "A former warlord was found guilty of war crimes by the tribunal in The Hague.",
    "An appeals court upheld the death sentence of an opposition leader.",
    "Prosecutors charged two teenagers with plotting a bombing campaign.",
    "A court orders the release of protesters detained last year.",
    # reports and anniversaries of past events
    "A UN report says more than 3,000 civilians died in the conflict last year.",
    "Thousands gather to mark the tenth anniversary of the massacre at the school.",
    "The town marks the 20th anniversary of the night when F. X. Ortiz's men stormed the theatre.",
    "Inspectors from the Prohibition of Chemical Weapons body visit Bamako.",
    "A crowded minibus hits a rock wall on the road out of Gao, killing eleven passengers.",
    "Celebratory gunfire kills a boy at a wedding in Gao.",
    "UN investigators say there are grounds to believe chemical weapons have been used near Gao.",
    "Human rights groups published a report documenting torture in detention centres.",
    "The country commemorates the victims of the 1994 genocide.",
    "A new study estimates the war has displaced four million people since it began.",
    "Memorial services were held for the soldiers who died in the ambush last spring.",
    "A new film about the siege of Sarajevo opens in cinemas.",
    # threats and warnings
    "The militant group threatened to attack foreign embassies in the capital.",
    "The United States warns its citizens of a heightened risk of terrorist attacks in Kenya.",
    "Rebel leaders warned that they could resume fighting if talks fail.",
    "The army chief said troops are prepared to storm the city if necessary.",
    "Police are on high alert after intelligence of a possible attack on the airport.",
    "Officials fear the violence could spread to neighbouring provinces.",
    "The group threatens to execute the hostages unless its demands are met.",
    "The army says it is ready to retake the city from the rebels.",
    # plans and what did not come about
    "The opposition plans a mass rally in the capital next week.",
    "NATO is considering sending more troops to the Baltic states.",
    "Unions call a general strike for Monday to protest fuel prices.",
    "The two sides are expected to sign a ceasefire agreement later this month.",
    "Russia says it will hold military exercises near the border in April.",
    "Leaders agree to meet again next month to discuss the border dispute.",
    "The UN will send a team to investigate reports of chemical weapons use.",
    "A ceasefire would allow aid to reach the besieged towns, the envoy said.",
    "Negotiators fail to agree on a truce.",
    "Analysts say a coup is unlikely despite tensions in the army.",
    "Opposition leaders call for protests against the election result.",
    "Authorities ban a planned march in the capital.",
    # elections
    "Voters in Afghanistan go to the polls to choose a new president.",
    "The ruling party wins a majority in the parliamentary election.",
    "Election officials begin counting ballots after a peaceful vote.",
    "The opposition candidate concedes defeat in the presidential runoff.",
    # sanctions and diplomacy
    "The European Union imposes new sanctions on Russian banks.",
    "The foreign ministers of Iran and Saudi Arabia meet in Oman for talks.",
    "The UN Security Council adopts a resolution condemning the attacks.",
    "Washington expels two diplomats over spying allegations.",
    "The United Nations appoints a new envoy for Syria.",
    "China and Japan hold talks on the disputed islands.",
    "Peace talks between the government and the rebels resume in Addis Ababa.",
    "The president calls for calm and urges an end to the violence.",
    "The foreign minister calls for a ceasefire in Yemen.",
    "The minister resigns over his handling of the crisis.",
    # disasters and accidents
    "A magnitude 7.1 earthquake strikes off the coast of Chile.",
    "Floods kill at least 40 people in northern India.",
    "A passenger plane crashes into a mountain, killing all 150 on board.",
    "A fire at a garment factory kills 12 workers in Bangladesh.",
    "An outbreak of cholera has killed 30 people in the refugee camps.",
    "A ferry capsizes on Lake Victoria, leaving dozens missing.",
    "A gas explosion destroys an apartment block in Moscow.",
    "A hurricane destroys hundreds of homes along the coast.",
    "Firefighters battle a wildfire near the city.",
    "Investigators search for the cause of the explosion at the chemical plant.",
    # sport, science, economy, ceremonies
    "Nigeria beats Ghana two goals to one in the football final.",
    "The Olympic torch arrives in Sochi amid tight security.",
    "A striker scores twice as the home side wins the derby.",
    "Scientists launch a satellite to study the atmosphere.",
    "The central bank raises interest rates by half a point.",
    "The army holds its annual parade to celebrate independence day.",
    "Troops take part in joint military exercises with Jordan.",
    "The president pardons hundreds of prisoners to mark the new year.",
    # habits, denials and earlier events recalled without a date
    "Police regularly arrest street vendors in the old city.",
    "The army denied that its soldiers had shelled the village.",
    "The militants have in the past kidnapped foreign workers for ransom.",
    "The group has carried out similar bombings in the region.",
    # a campaign's course in the present perfect, and the war's toll of its strikes: no one event
    "Moscow has intensified its attacks on the towns of the east since the spring.",
    "The rebels have stepped up their raids on army outposts in recent months.",
    "The rebels have since stepped up attacks on police and soldiers in the north.",
    "Government air strikes have killed more than 4,000 civilians since the war began.",
    "Officials said no attack had taken place.",
    "The rebels deny carrying out the attack on the convoy.",
    # humanitarian news
    "Aid agencies warn that two million people face hunger in South Sudan.",
    "Refugees continue to arrive at the border camps.",
    "The World Bank approves a loan to rebuild roads destroyed during the war.",
    "Thousands of refugees return home after the end of the fighting.",
    "The government reopens schools that were closed during the unrest.",
    "The UN says the humanitarian situation in Gaza is getting worse.",
    # words of conflict in another sense, crime and accidents, state punishment, cyber attacks
    "The former prime minister dies of a heart attack at the age of 78.",
    "Rival party leaders clash over the budget in a televised debate.",
    "The singer is locked in a legal battle with her record label.",
    "The actor loses his long battle with cancer.",
    "The home team captures the league title for the third year running.",
    "Customs officers seize two tonnes of cocaine at the port.",
    "Police seize a shipment of counterfeit medicine.",
    "A gunman kills five people at a shopping centre in Texas before turning the gun on himself.",
    "A bus plunges into a ravine, killing 25 passengers.",
    "A train derails in the north, killing at least 30 people.",
    "A landslide buries a village, leaving 60 people missing.",
    "Air traffic controllers strike, grounding hundreds of flights.",
    "The film about the war was a box office bomb.",
    # the state's judicial executions (its soldiers', police's or an armed group's are attacks)
    "Iran executes a man convicted of drug trafficking.",
    "Saudi Arabia beheads a Pakistani man for smuggling heroin.",
    "The government executes 47 people, among them a prominent cleric.",
    "Three men convicted of murder are executed in Bamako.",
    "Thousands attend the funeral of the slain journalist.",
    "The navy rescues 400 migrants from a sinking boat in the Mediterranean.",
    "Hackers attack the websites of several government ministries.",
    "A cyber attack disrupts the national power grid.",
    "The Taliban release a video of a captured American soldier.",
    "The army says it has killed the leader of the group in an operation last month.",
    "A gas leak at a chemical plant kills 11 workers.",
    "The company is accused of destroying evidence in the fraud case.",
    "Wildfires destroy thousands of hectares of forest.",
    "The president fires his defence minister after a corruption scandal.",
    "Shares in the arms maker surge after the contract is signed.",
    "A suspected poacher is killed by an elephant in the national park.",
    "Talks on Iran's nuclear programme break down.",
    "The opposition leader is freed from prison after ten years.",
    "An inquiry finds police used excessive force during last year's protests.",
    "A museum opens an exhibition on the history of the civil war.",
    "The government declares three days of national mourning for the victims.",
    "A bomb disposal expert explains how mines are cleared.",
    "Tensions rise as both countries move troops to the border.",
    "The UN says both sides violated the truce.",
    # accidents, verdicts, ceremonies, a word of conflict with another object, an event named only as what came before
    'At least 20 pilgrims are killed in a stampede at a shrine.',
    'A bridge collapses in the capital, killing nine motorists.',
    'An avalanche kills 14 climbers on the mountain.',
    'A heatwave has killed more than 1,000 people across the country.',
    'The former dictator is sentenced to life in prison for crimes against humanity.',
    'A man is sentenced to death for the murder of a policeman.',
    'The army chief is sworn in as president.',
    'The rebel leader is elected to parliament.',
    'The government lifts the curfew imposed after the riots.',
    # an event named only as what suspects, an inquiry or a trial are about
    'Police seek a tenth suspect in the Bamako bombing.',
    'Investigators search for suspects in the bombing of a bus in Gao.',
    'The country reopens its border with Turkey.',
    'Officials say the hostage crisis has ended peacefully.',
    'The UN warns the conflict could become a famine.',
    'The parliament votes to send troops to fight the militants.',
    'A boat carrying migrants sinks off Libya; 300 are feared drowned.',
    'Police say the fire at the market was an accident.',
    'An explosion at a fireworks factory kills 20 workers.',
    'The president visits troops on the front line.',
    'Soldiers are greeted by cheering crowds as they return home.',
    'The government and rebels begin a new round of peace talks.',
    'A senior militant leader is reported to have died of natural causes.',
    'A famous novelist dies at the age of 91.',
    'Doctors strike over unpaid salaries at state hospitals.',
    'Two journalists are awarded a prize for their coverage of the war.',
    'The army says it has regained the confidence of the people.',
    'Thousands of people flee their homes as floodwaters rise.',
    'The rebels say they will honour the ceasefire.',
    'Parliament passes a law against terrorism.',
    'The court rules the ban on the opposition party illegal.',
    'The two countries sign a trade agreement.',
    'A drone crashes in a field; nobody is hurt.',
    # organised crime, accusations and blame, statements, accidents of the forces
    'Police dismantle a drug smuggling ring and arrest 40 people.',
    'A drug cartel boss is extradited to the United States.',
    'Mexican authorities arrest the leader of a drug cartel.',
    'A human trafficking ring is broken up by Italian police.',
    'Gangsters rob a bank and escape with millions.',
    'The government accuses the rebels of shelling civilians.',
    'Russia accuses Ukraine of violating the ceasefire.',
    'The opposition blames the government for the violence.',
    'Amnesty International accuses the army of killing civilians during the offensive.',
    'The president says the army has defeated the insurgency.',
    'The UN condemns the attack on its peacekeepers.',
    'A report blames police for the deaths of protesters last year.',
    'The minister says security forces will be deployed to the north.',
    'Lawmakers vote to extend the military operation for another year.',
    'A coal mine explosion traps dozens of miners.',
    'Police find a cache of stolen jewellery.',
    'An army helicopter crashes during a training flight, killing four crew.',
    'A soldier is killed in an accident at a military base.',
    "A school shooting in Ohio leaves three students dead.",
    pytest.param("Had the rebels captured the dam, millions would have lost power.",
                 marks=pytest.mark.xfail(reason="a condition told by inversion ('Had the rebels') has no hedge word")),
    "Police arrested a man for stealing cars in the suburbs.",
    # an attack of an illness that kills is no armed attack
    "A heart attack killed the former governor of Gao on Sunday.",
    # an attack in words on a plan, a law or the media
    "The opposition in Bamako attacks the budget plan.",
    "The president attacks the media in a speech in Gao.",
    # an attack with no armed side told, or told only by what it left; a gunfight with no harm; words as shells
    "Opposition lawmakers attack the government's plan to raise fuel prices in Bamako.",
    "Dogs attack a child in a park in Bamako.",
    "The attack left the people of Gao in shock.",
    "Lawmakers exchange fire over the budget in Bamako.",
    "Reporters bombard the minister with questions in Bamako.",
    # a rally called off or cancelled; deaths in a brush fire
    "The rally was cancelled after threats in Bamako.",
    "Protests called off in Bamako after talks with the government.",
    "A brush fire near Gao kills three firefighters.",
    # a proposal shot down
    "Parliament in Bamako shot down the proposal on Tuesday.",
    # a siege of a building by a crowd, lifted by police
    "Police lifted the siege of the university by striking students in Bamako.",
    # a stab in the back; one nationality alone tells no side
    "The governor said the opposition stabbed the country in the back.",
    "A Malian man stabbed his wife in Bamako.",
    # a stabbing with no side named is crime
    "A man stabs his neighbour during a quarrel in Bamako.",
    # ... even where the police tell of it
    "Police say a man stabbed two people during a quarrel in Bamako.",
    "A man rams his car into a cafe terrace in Bamako, killing two; police say he was drunk.",
    # a siege lifted by no force
    "The central bank lifts the siege of the currency markets.",
    # property destroyed with no one named who destroyed it: a fire, an accident, a spacecraft
    "A fire destroys the old cathedral of Bamako.",
    "A warehouse in Gao burns down overnight.",
    "Hundreds of houses in Bamako are set ablaze after fireworks on New Year's Eve.",
    "The cargo capsule burnt up in the atmosphere after a rocket failure.",
    # an execution named by its noun, with no armed group its doer: the state's, or one told before
    "The council holds talks in New York on the recent beheadings in Gao.",
    "Rights groups voice concern about the executions carried out in Bamako.",
    "Mali's execution of a cleric in Bamako angers his followers.",
    # hostages moved or freed were not taken
    "Soldiers took the hostages to a hospital in Bamako.",
    # a protest named as what came after it or how it was handled: told before
    "Parliament in Bamako is dissolved in the wake of protests.",
    "The police chief of Gao is criticised for his handling of the rally.",
    # a shot that is a film's, and people shot by someone who is no armed side
    "The militants shot a video of their camp near Gao.",
    "A herder is shot by a hunter by mistake near Gao.",
    "Two militants were shot by police in Gao.",
    "Militants shot a propaganda video in the hills near Gao.",
    "Masked gunmen shot a man outside a bar in Atlanta.",  # crime, in a country at peace
    "Two workers died after a gas explosion at a factory in Bamako.",  # an accident
    "The government fears that unrest could spread to Gao.",
    "The council plans to demolish the old market in Bamako.",
    "Parliament in Bamako approves a law restricting street protests.",
    # a market's or a team's unrest, officials who demolish, prices that hit a mine, a hopeful in sport
    "Market unrest spreads as oil prices slump in Bamako trading.",
    "Unrest among the club's fans spreads after another home defeat in Bamako.",
    "City officials demolish a market in Bamako to make way for a new road.",
    "The fall in gold prices hits a mine near Gao hard.",
    "An Olympic hopeful is arrested for doping in Bamako.",
    "Police gunned down a robbery suspect in Atlanta.",  # crime, in a country at peace
    "Three children are burned to death in a house fire in Bamako.",
    "A man burns alive in his car after a crash in Bamako.",
    # a town "taken" elsewhere than by a force, and people killed by a side, told in a headline's passive
    "The council takes the city of Bamako to court over its rubbish collection.",
    "Soldiers take away the bodies of the dead near Gao.",
    "The rubbish was taken away by workers in Bamako.",
    "The budget will be presented in March by the finance minister in Bamako.",
    "Masked men rob a jewellery shop in Atlanta.",  # crime, in a country at peace
    "Investigators say the bomb that killed a general in Bamako in 2005 was made abroad.",
    # people a state lets go, a ruling that "strikes down" a law
    "Mali frees Reuters journalist Ali Touré after two years in jail in Bamako.",
    "Mali frees Al Arabiya reporter Ali Touré after two years in jail in Bamako.",
    "Mali's constitutional council strikes down Article 12 of the security law, which banned filming soldiers.",
    # people taken back, and a visit that enters a town (the present's forms need a fighting side; headlines use them)
    "Mali's army must take back captured MUJAO fighters, the president says.",
    "A UN delegation enters the town of Gao for talks.",
    "Lawmakers enter Parliament in Bamako for the vote.",
    "A general died of a heart attack at his home in Bamako.",
    "A farmer is shot in the leg by a hunter near Gao.",
    # a hunger strike told as the state someone is in
    "A jailed opposition leader, on a hunger strike for 30 days, is moved to a hospital in Bamako.",
    # crime in a country at peace, its police only hunting the doers
    "Police in Atlanta are hunting two men who opened fire at a restaurant, killing five people.",
    # the arrest of a lone attacker, told as how his deed ended
    "A knife-wielding man wounds eight people, among them four tourists, before being arrested in Bamako.",
    "An attacker stabs six people at a bus station in Bamako before being detained.",
    # a lone attacker with no stated motive: crime (LABELLING.md)
    "A boy kills eight pupils and a guard in a shooting at a school in Bamako.",
    # a deed the time of another is counted from
    "The rebels name a woman as minister for the first time since seizing Gao.",
    "The army chief visits Gao for the first time since fighting broke out there.",
])
def test_no_event(pipeline, text):
    assert [(e.event_type, e.sub_event_type) for e in _events(pipeline, text)] == []


@pytest.mark.parametrize("text, sub_event_type", [
    # territory taken: present tense, conquest, encirclement, gains of ground, a fall
    ("Islamist fighters conquer the town of Palmyra after days of fighting.", "Non-state actor overtakes territory"),
    ("Rebels overrun an army outpost in the north.", "Non-state actor overtakes territory"),
    ("The border town falls to Houthi fighters.", "Non-state actor overtakes territory"),
    ("Militants seize a gas field in the desert.", "Non-state actor overtakes territory"),
    ("Insurgents gain ground near the capital as the army retreats.", "Non-state actor overtakes territory"),
    ("Separatists take over a police station in the east.", "Non-state actor overtakes territory"),
    ("The militia captures two villages after heavy fighting.", "Non-state actor overtakes territory"),
    ("The Iraqi army regains territory from the insurgents in the south.", "Government regains territory"),
    ("Syrian government troops recapture the airport from the rebels.", "Government regains territory"),
    ("Syrian troops encircle the rebel-held suburb.", "Armed clash"),
    ("Kurdish fighters encircle the town held by the militants.", "Armed clash"),
    # protests: rallies, marches, hunger strikes, sit-ins, pickets
    ("Thousands rally in the capital against corruption.", "Peaceful protest"),
    ("Students march through the city demanding free tuition.", "Peaceful protest"),
    ("Prisoners go on hunger strike over conditions in the jail.", "Peaceful protest"),
    ("Teachers stage a sit-in outside the ministry.", "Peaceful protest"),
    ("Demonstrators gather outside parliament to demand new elections.", "Peaceful protest"),
    ("Hundreds of workers picket the factory gates over unpaid wages.", "Peaceful protest"),
    ("Police fire tear gas to disperse protesters in the capital.", "Protest with intervention"),
    ("Crowds peacefully protest the release of the soldier who shot dead a farmer.", "Peaceful protest"),
    # riots: a crowd that fights, a mob, rioting, violence of a community
    ("Clashes between protesters and police leave dozens injured in Cairo.", "Violent demonstration"),
    ("Egyptian protesters clash with police in Cairo.", "Violent demonstration"),
    ("Crowds storm a police station in Karachi after a shooting.", "Violent demonstration"),
    ("Rioting youths set cars on fire in the suburbs.", "Violent demonstration"),
    ("Communal violence between two ethnic groups kills 12 in the north.", "Violent demonstration"),
    ("Supporters of two rival parties clash in the streets of Dhaka, leaving four dead.", "Violent demonstration"),
    ("Youths fight running battles with police in the suburbs.", "Violent demonstration"),
    ("Students attacked a police van during the march in Caracas.", "Violent demonstration"),
    ("Caste-related violence leaves nine dead in the state.", "Violent demonstration"),
    # villagers, residents, activists, migrants and inmates who fight are crowds too; a scuffle is a crowd's
    ("Villagers clash with riot police over a land deal near the dam, leaving three dead.", "Violent demonstration"),
    ("Hundreds of migrants clash with border guards at the fence.", "Violent demonstration"),
    ("Party activists clash with police outside the electoral commission in Lagos.", "Violent demonstration"),
    ("Inmates clash with guards at the central prison, leaving six dead.", "Mob violence"),  # no demonstration
    ("Residents and soldiers scuffle at a checkpoint in the old city.", "Violent demonstration"),
    ("Four villagers are killed in clashes between troops and rebels near the dam.", "Armed clash"),
    ("Residents said troops and rebels clashed near Gao on Thursday.", "Armed clash"),
    # a shooting by an armed group, its agent after "by" or its subject, with or without deaths
    ("A teacher is shot by suspected militants in Gao.", "Attack"),
    ("A tribal elder was shot and wounded by gunmen near Gao.", "Attack"),
    ("Militants shot a village chief in Gao.", "Attack"),
    ("Rebels shoot three farmers near Gao.", "Attack"),
    # the dead or hurt "after" a blast, in a country at war and with no accident told, are a bomb's
    ("Three travellers are killed after an explosion on a passenger train near Gao.", "Remote explosive/landmine/IED"),
    ("Gunmen shot and wounded a radio presenter in Gao.", "Attack"),
    # people seized are abducted; a house demolished by a side, a town occupied or control wrested, a mine hit, an
    # opposition figure held
    ("Militants seize a French tourist near Gao.", "Abduction/forced disappearance"),
    ("Police seize a journalist in Bamako.", "Arrests"),  # by state forces alone: an arrest
    ("Troops demolish the house of a rebel commander in Gao.", "Looting/property destruction"),
    ("Rebels briefly occupy the town of Konna.", "Non-state actor overtakes territory"),
    ("Two soldiers die after their vehicle hits a mine near Gao.", "Remote explosive/landmine/IED"),
    ("Malian troops wrest control of the airport of Gao from the rebels.", "Government regains territory"),
    ("Police in Bamako arrest a presidential hopeful.", "Arrests"),
    ("Militants attack and briefly occupy a hotel in Bamako, killing nine guests.", "Attack"),  # a building: no town
    # gunned down by an armed group, a policewoman of the state's forces, a person burned alive by a crowd, a town
    # taken
    ("Unknown attackers gun down two gendarmes near Gao.", "Armed clash"),
    ("Militants gun down a village chief near Gao.", "Attack"),
    ("Gunmen kill a policewoman at a checkpoint in Gao.", "Armed clash"),
    ("A crowd beats to death a man accused of theft in Bamako.", "Mob violence"),
    ("Rebels burned alive ten villagers near Gao.", "Attack"),
    ("Villagers near Gao beat to death two men accused of theft.", "Mob violence"),
    ("Rebels take the town of Konna after a week of fighting.", "Non-state actor overtakes territory"),
    ("Villagers killed by Ansar Dine fighters near Gao.", "Attack"),
    # a town entered unopposed changes hands without a fight; people who stone the police riot; federal forces are a
    # state's
    ("A journalist was taken away by gunmen in Gao.", "Abduction/forced disappearance"),
    ("Malian federal forces enter Kidal unopposed after the rebels withdraw.", "Non-violent transfer of territory"),
    ("Youths stoned a police station in Gao after the funeral.", "Violent demonstration"),
    ("Villagers stoned a police patrol near Gao after a death in custody.", "Violent demonstration"),
    ("A peaceful march by lawyers in Bamako ends without incident.", "Peaceful protest"),
    # masked men are an armed group; African Union forces a state's; a bomb claimed by what it did
    ("Masked men set fire to a church near Gao, killing a priest.", "Attack"),
    ("Malian and African Union forces drive the rebels out of Konna.", "Government regains territory"),
    ("Rebels claim responsibility for a bomb that killed a village chief near Gao.", "Remote explosive/landmine/IED"),
    # unrest that spreads or erupts is a crowd's, once in each town it reached
    ("Unrest in Mali spreads to the towns of Gao and Timbuktu.", "Peaceful protest"),
    # the young killed in a clash with state forces and no armed group are its stone-throwers: a riot
    ("A Malian teenager is shot dead in clashes with soldiers in Gao.", "Violent demonstration"),
    ("Two 15-year-old boys are killed in clashes with police in Bamako.", "Violent demonstration"),
    ("A youth is wounded in clashes with troops near Gao.", "Violent demonstration"),
    ("A teenager is killed in clashes between police and armed robbers in Bamako.", "Armed clash"),  # not his
    # political opponents of a leader who fight the police are a crowd
    ("Two people die in clashes between police and opponents of the president in Bamako.", "Violent demonstration"),
    ("A mob lynches a man accused of blasphemy.", "Mob violence"),
    ("A mob attacks a church and burns it down.", "Mob violence"),
    # strategic developments: arrests, looting, bases, agreements, weapons made safe, blasts
    ("Police arrest dozens of opposition supporters ahead of the vote.", "Arrests"),
    ("Security forces detain a senior militant commander in a night raid.", "Arrests"),
    ("Looters ransack shops in the city centre after the army withdraws.", "Looting/property destruction"),
    ("The rebels establish a new base near the border.", "Headquarters or base established"),
    ("The government and the rebels sign a peace agreement.", "Agreement"),
    ("Rebels and the army agree to a prisoner exchange.", "Agreement"),
    ("Soldiers defuse a bomb planted near the market.", "Disrupted weapons use"),
    ("Militants blow up a police truck on the road linking the two provinces.", "Remote explosive/landmine/IED"),
    ("Militants blow up a bridge linking the two provinces.", "Looting/property destruction"),
    ("A roadside bomb goes off prematurely near Mosul, killing the two men planting it.", "Disrupted weapons use"),
    ("Three militants die when the car bomb they were driving explodes early in Kirkuk.", "Disrupted weapons use"),
    ("The army launches an offensive against the rebels in the east.", "Armed clash"),
    # more phrasings of each family: strikes, abductions, killings, shelling, bombs, riots, protests, arrests,
    # looting, territory, agreements, mutinies
    ('Israeli jets strike targets in the Gaza Strip.', 'Air/drone strike'),
    ('Saudi-led warplanes pound Houthi positions in Sanaa.', 'Air/drone strike'),
    ('A US drone kills four suspected militants in North Waziristan.', 'Air/drone strike'),
    ('Boko Haram fighters abduct 20 women from a village in Borno.', 'Abduction/forced disappearance'),
    ('Gunmen kidnap three foreign engineers in the Niger Delta.', 'Abduction/forced disappearance'),
    ('Militants behead a captured soldier in Sinai.', 'Attack'),
    ("Jihadists release a video showing the beheading of a hostage near Gao.", "Attack"),
    ("Thousands protest in Bamako despite a ban on rallies.", "Peaceful protest"),
    # a ban defied is broken: the act after it took place
    ("Hundreds of students defied a ban and marched through Bamako.", "Peaceful protest"),
    ("Thousands of traders defy a ban on gatherings to protest in Gao.", "Peaceful protest"),
    ("Crowds flouting a ban on gatherings rallied in Bamako.", "Peaceful protest"),
    # people held in detention are arrested; a crime they rally against is their grievance, not their charge
    ("Forty opposition supporters were placed in detention in Bamako.", "Arrests"),
    ("Police arrest 12 activists in Bamako who had campaigned against fraud.", "Arrests"),
    ("Police arrest an opposition leader in Bamako who had denounced fraud in the ministry.", "Arrests"),
    ("Fighting restarts near Gao after a week of calm.", "Armed clash"),
    # an arrest resisted did not happen; a killing stands where the other trigger of its clause is no event
    ("Police shoot dead a man in Gao who resisted arrest with a knife.", "Attack"),
    ("Police shoot dead two men in Gao after they were arrested.", "Attack"),
    # the review of this round: police marching for a demand protest; a fight for a place is a fight; a rally declared
    # illegal and then broken up; fighting that has restarted
    ("Police officers march in Bamako to demand higher pay.", "Peaceful protest"),
    ("Islamist militants are fighting to gain control of the gold mines near Gao.", "Armed clash"),
    ("Police declared the rally illegal and fired tear gas at the crowd in Bamako.", "Protest with intervention"),
    ("Fighting has restarted in Gao.", "Armed clash"),
    # the second review: a march after a ban on protests defied; police that march to demand pay
    ("Thousands defied a ban on protests and marched in Bamako.", "Peaceful protest"),
    # a side that claims to have killed someone tells its killing: a fight when the dead are an armed group's
    ("The Malian army claims to have killed two MUJAO commanders and a bomb maker near Gao.", "Armed clash"),
    ("Ansar Dine says it has killed a kidnapped French engineer near Kidal.", "Attack"),
    ("Gunmen storm a hotel in Gao, taking at least thirty hostages.", "Abduction/forced disappearance"),
    ("Rights groups report summary executions by soldiers in Gao.", "Attack"),
    ("Ansar Dine's beheading of a hostage in Gao is condemned.", "Attack"),
    ('Unknown gunmen shoot dead a local politician in Karachi.', 'Attack'),
    ('Two soldiers are killed when their patrol is ambushed in Kashmir.', 'Armed clash'),
    ('Rebels and government troops exchange fire near the border.', 'Armed clash'),
    ('Mortar shells land on a residential district of Damascus, killing six.', 'Shelling/artillery/missile attack'),
    ('Rockets fired from Gaza land in southern Israel.', 'Shelling/artillery/missile attack'),
    ('A landmine explodes under a bus in northern Mali, killing five passengers.', 'Remote explosive/landmine/IED'),
    ('A suicide bomber blows himself up at a checkpoint in Kabul.', 'Suicide bomb'),
    ('Protesters torch a police station in Bujumbura.', 'Violent demonstration'),
    ('Angry residents burn tyres and block roads in Port-au-Prince.', 'Violent demonstration'),
    ('Police use tear gas against students protesting in Nairobi.', 'Protest with intervention'),
    ('Thousands of farmers block highways in protest at low prices.', 'Peaceful protest'),
    ('Opposition supporters hold a vigil outside the prison.', 'Peaceful protest'),
    ("Hundreds of women march in Abuja demanding the girls' release.", 'Peaceful protest'),
    ('Security forces kill 12 protesters in Khartoum.', 'Excessive force against protesters'),
    ('Police arrest the leader of the opposition party in Kampala.', 'Arrests'),
    ('The army captures a senior Taliban commander in Helmand.', 'Arrests'),
    ('Rebels loot a hospital in Bangui.', 'Looting/property destruction'),
    ('Militants set fire to a school in northern Nigeria.', 'Looting/property destruction'),
    ('Houthi rebels take control of the presidential palace in Sanaa.', 'Non-state actor overtakes territory'),
    ('Iraqi forces retake the city of Tikrit from the Islamic State.', 'Government regains territory'),
    ('The army pushes the rebels out of the town of Bor.', 'Government regains territory'),
    ('Rebels withdraw from the town of Kidal under a deal with the government.', 'Non-violent transfer of territory'),
    ('The government and the FARC sign a ceasefire agreement in Havana.', 'Agreement'),
    ('Rival militias agree a truce in Tripoli.', 'Agreement'),
    ('Soldiers mutiny in the capital over unpaid wages.', 'Other'),
    # violence against civilians: an attempt on a life is an attack
    ("The governor survives an assassination attempt in Peshawar.", "Attack"),
    ("Gunmen assassinate a provincial judge outside his home.", "Attack"),
    # a comma ends a trigger's neighbours ("a riot, police said" is no "riot police")
    ("Youths started a riot in Gao on Monday, police said.", "Violent demonstration"),
    ("Troops and rebels clashed near Gao, over 20 people were killed.", "Armed clash"),
    # two armed sides fight a battle, whoever else the clause mentions; force on a peaceful crowd stays force
    ("Malian troops clashed with MUJAO fighters in Gao near a square where protesters had gathered.", "Armed clash"),
    ("Police opened fire on protesters who had gathered peacefully in Gao, killing two.",
     "Excessive force against protesters"),
    # headline verbs in the present: fighting as the subject of a toll, an armed side that shells a town
    ("Fighting kills 12 in Gao.", "Armed clash"),
    ("Fighting killed 12 people in Gao on Monday.", "Armed clash"),
    ("Fighting rages on the outskirts of Gao.", "Armed clash"),
    ("Rebels shell Gao.", "Shelling/artillery/missile attack"),
    ("The army shells rebel positions near Gao.", "Shelling/artillery/missile attack"),
    ("Drones strike a convoy near Gao.", "Air/drone strike"),
    ("French warplanes bomb rebel bases near Gao.", "Air/drone strike"),
    ("Jets repeatedly pound rebel positions near Gao.", "Air/drone strike"),
    ("Rockets land near the airport in Gao.", "Shelling/artillery/missile attack"),
    ("Shells fell on the market in Gao on Sunday.", "Shelling/artillery/missile attack"),
    ("Islamists execute two men accused of theft in Gao.", "Attack"),
    # a protest told with what the crowd held ("holding" is no truce holding), an arrest over vote fraud
    ("Hundreds of students protested holding placards in Gao on Monday.", "Peaceful protest"),
    ("Police arrested the opposition leader in Gao after he denounced vote fraud.", "Arrests"),
    # sanctions already in force punish nothing the sentence tells (allegations.txt wants whom or what for)
    ("Rebels under UN sanctions attacked Gao on Monday.", "Armed clash"),
    # each form of the family verbs a new user's headline uses (issue 12's probe), with or without a full stop
    ("Government troops battle rebels for control of Gao", "Armed clash"),
    ("Rebels and Malian troops fight near Gao", "Armed clash"),
    ("Soldiers repel a rebel assault on a base near Gao", "Armed clash"),
    ("An ambush kills four soldiers near Gao", "Armed clash"),
    ("Rebels fire rockets at Gao", "Shelling/artillery/missile attack"),
    ("Rebels launched a missile at Gao on Monday.", "Shelling/artillery/missile attack"),
    ("Rockets strike the airport in Gao", "Shelling/artillery/missile attack"),
    ("Islamists kidnap a teacher in Gao", "Abduction/forced disappearance"),
    ("The rebel group kidnaps two traders near Gao", "Abduction/forced disappearance"),
    ("Militiamen raping women near Gao", "Sexual violence"),
    ("Militants burn down a school in Gao", "Looting/property destruction"),
    ("Islamists destroy a mausoleum in Timbuktu", "Looting/property destruction"),
    ("Militants detonate a bomb near the market in Gao", "Remote explosive/landmine/IED"),
    ("Police foil a bomb plot in Bamako", "Disrupted weapons use"),
    ("Soldiers shoot down a drone over Gao", "Disrupted weapons use"),
    ("The rebels establish a new camp near Gao", "Headquarters or base established"),
    ("French troops hand over their base in Timbuktu to Malian forces", "Non-violent transfer of territory"),
    ("Police round up dozens of opposition supporters in Bamako", "Arrests"),
    ("Police use batons to scatter marchers in Bamako", "Protest with intervention"),
    # a force that expels armed men from a place takes it
    ("Malian troops expel the rebels from the centre of Gao", "Government regains territory"),
    ("The army expelled MUJAO fighters from the old town of Gao after a day of fighting", "Government regains territory"),
    # an attack that kills, its toll told with no noun or after the place
    ("An attack in Gao kills 12.", "Attack"),
    ("A string of attacks around Gao kills 30.", "Attack"),
    ("Attacks near Gao killed six soldiers on Monday.", "Armed clash"),
    # bombs and guns together: the bombs decide, the gunfire is part of it
    ("Coordinated gun and bomb attacks kill four in Gao.", "Remote explosive/landmine/IED"),
    # an attack told by the dead it leaves, missiles fired by a plural subject
    ("A vehicle attack in Gao leaves two people dead.", "Attack"),
    ("Warships fire cruise missiles at targets near Gao.", "Shelling/artillery/missile attack"),
    # a launch brought down in flight, told in its sentence or the next, hit nothing: disrupted weapons use
    ("Rebels fire a missile at Gao; the army says it was intercepted.", "Disrupted weapons use"),
    ("Rebels say they launched a missile at Gao. The army says the missile was intercepted near the city.",
     "Disrupted weapons use"),
    ("Rebels fire rockets at Gao, killing two; others were intercepted.", "Shelling/artillery/missile attack"),
    ("Rebels fire a missile at the airport of Gao. The missile was shot down over the city; nobody was hurt.",
     "Disrupted weapons use"),
    ("Rebels fire a missile at Gao; air defences shoot down the missile.", "Disrupted weapons use"),
    # ... but "it" shot down is as often the aircraft a missile was fired at: the launch stays one
    ("Rebels fired a missile at an army jet near Gao. It was shot down and the pilot was killed.",
     "Shelling/artillery/missile attack"),
    # the present tense of bombarding
    ("The air force bombards rebel positions near Gao.", "Air/drone strike"),
    # "attack" as a headline's verb in the present tense; a place where people gather attacked is an attack on them
    ("Militants attack the police headquarters in Gao.", "Armed clash"),
    ("Malian troops attack insurgents south of Gao.", "Armed clash"),
    # a site state forces hold attacked: its guards fought back; a hotel near one is no such site
    ("Gunmen attack a police station in Gao, killing three people.", "Armed clash"),
    ("An attack on a security service office in Gao leaves two people dead.", "Armed clash"),
    ("Gunmen attack a hotel near a police station in Gao, killing three people.", "Attack"),
    ("Gunmen attack a bus at a checkpoint outside Gao, killing seven passengers.", "Attack"),
    ("Militants attack the former police station, now a school, in Gao, killing two teachers.", "Attack"),
    ("Jihadists attack army positions near Gao.", "Armed clash"),
    ("Jihadists attack a concert hall in Bamako.", "Attack"),
    ("Gunmen attack a crowded bar in Gao, killing four.", "Attack"),
    ("Jihadists attack a beach resort near Bamako, leaving 20 holidaymakers dead.", "Attack"),
    # a killing with no word of taking is no change of hands, whatever the typer reads
    ("Jihadist forces kill an army colonel at the edge of Gao.", "Armed clash"),
    # one shell or rocket that lands or hits
    ("Eight people are killed in Gao after a shell lands on their home.", "Shelling/artillery/missile attack"),
    ("A rocket hits a school in Gao, wounding two children.", "Shelling/artillery/missile attack"),
    # a crowd gathering to demand something protests
    ("Thousands gather in Bamako to demand the release of the opposition leader.", "Peaceful protest"),
    # a capture by a side the actor finder does not know, told by its noun
    ("The Gao Defence Brigades claim to have captured five towns near Gao.",
     "Non-state actor overtakes territory"),
    # "to death" after a killing word is no infinitive, whichever word the typer gives as its evidence
    ("A teacher is hacked to death by suspected militants near Gao.", "Attack"),
    # ... or by nobody named, of a site named as what was taken
    ("Mutineers seized the radio station in Gao on Sunday.", "Non-state actor overtakes territory"),
    ("The group took control of the border crossing near Gao.", "Non-state actor overtakes territory"),
    # ... or by nobody named, of a place named as what was taken
    ("Gao is captured after heavy fighting.", "Non-state actor overtakes territory"),
    ("The capture of Gao came a week after the talks failed.", "Non-state actor overtakes territory"),
    # ... and so does a crowd doing anything "to protest" or "in protest"
    ("Hundreds of traders block the main road in Gao to protest a new tax.", "Peaceful protest"),
    ("Students boycott classes in Bamako in protest over fee rises.", "Peaceful protest"),
    # a riot told beside an arrest that set it off is an event of its own
    ("After police arrest a suspect over drug charges, rioting erupts in Gao.", "Violent demonstration"),
    # a bare "attack" that kills people the typer reads as no side: an attack on civilians
    ("Bandits attack a village and kill seven near Gao.", "Attack"),
    # a launch whose interception is denied stays shelling
    ("Rebels fired rockets at Gao; none was intercepted.", "Shelling/artillery/missile attack"),
    ("Rebels fired rockets at Gao; none was shot down.", "Shelling/artillery/missile attack"),
    # hyphened car bombs, a blast told as reported, an insider's attack on his own side
    ("Car-bombings across Gao kill at least 20 people.", "Remote explosive/landmine/IED"),
    ("A powerful blast is reported in central Gao.", "Remote explosive/landmine/IED"),
    ("An insider attack at a base near Gao leaves six soldiers dead.", "Armed clash"),
    # a crewed aircraft shot down was fought; a drone shot down is disrupted weapons use
    ("Rebels shoot down a military helicopter near Gao.", "Armed clash"),
    ("Jihadists shoot down an air force warplane over Gao.", "Armed clash"),
    ("A military helicopter patrolling near the town of Gao is shot down.", "Armed clash"),
    ("Soldiers shoot down a drone over Gao.", "Disrupted weapons use"),
    # the words of a fight with guns on both sides
    ("Twelve people die in a gunfight between rival clans near Gao.", "Armed clash"),
    ("Soldiers and smugglers exchange fire near Gao.", "Armed clash"),
    # a protest whose crowd loots, torches or throws stones is a riot
    ("Protesters loot shops and torch cars in Bamako.", "Violent demonstration"),
    ("Protests, with looting, spread across Gao.", "Violent demonstration"),
    ("Protesters injure twelve police officers in Bamako.", "Violent demonstration"),
    ("Violence breaks out at a rally of the ruling party in Bamako.", "Violent demonstration"),
    ("Thousands march peacefully in Bamako; separately, gunmen wound three soldiers in Gao.", "Peaceful protest"),
    ("Supporters rally in Bamako; violence breaks out later in Gao between herders, killing five.", "Peaceful protest"),
    # a claim beside the attack's dead reports the attack; one person counted dead is no armed side
    ("A car attack in Gao leaves one person dead as Ansar Dine claims responsibility.", "Attack"),
    # a stabbing with a side named: a motive, or peoples apart (the attacker's nationality and another)
    ("A jihadist stabs three shoppers at a market in Gao.", "Attack"),
    ("An Algerian stabs two Malian guards outside the governor's office in Gao.", "Attack"),
    # ... or soldiers or police hurt by it, as by a car rammed into them: a fight with the state's forces
    ("A man stabs two soldiers at a checkpoint near Gao.", "Armed clash"),
    ("A man rams his car into a patrol of soldiers near Gao, wounding four.", "Armed clash"),
    # state forces lifting a siege take the place back
    ("Malian troops lift the siege of Gao after weeks of fighting.", "Government regains territory"),
    ("The army breaks the months-long siege of Gao.", "Government regains territory"),
    # an armed group's fighters killed by a force were fought, unless they were held when killed
    ("Troops shoot dead at least 24 militants hiding in a cave near Gao.", "Armed clash"),
    ("Police shoot dead a machete-wielding man who had wounded two officers in Gao.", "Armed clash"),
    ("Police kill two suspected MUJAO fighters in Gao.", "Armed clash"),
    ("MUJAO fighters execute two captured soldiers in Gao.", "Attack"),
    ("Soldiers execute 20 villagers near Gao.", "Attack"),
    ("Police summarily execute three suspects in Bamako, a rights group says.", "Attack"),
    ("The government executes 20 villagers near Gao, activists say.", "Attack"),
    ("Despite threats of arrest, thousands protest in Bamako.", "Peaceful protest"),
    ("Rebels capture her home town of Gao.", "Non-state actor overtakes territory"),
    ("Villagers lynch two MUJAO members in Gao.", "Mob violence"),
    # people killed by an armed group with no side named for them were attacked; a place changing hands is no
    # way of killing
    ("Ansar Dine fighters kill 14 in northern Mali.", "Attack"),
    ("MUJAO fighters kill 36 people in the Gao region.", "Attack"),
    # storming is one side's deed, like attacking: who was killed decides between a fight and an attack
    ("Armed men stormed the village of Boni in central Mali overnight, killing at least nine people and burning "
     "granaries.", "Attack"),
    ("Jihadists stormed an army post near Gao at dawn, killing 14 soldiers.", "Armed clash"),
    # a killing that needs an armed side has one in the group that claims it, in its sentence or the next
    ("A teacher is hacked to death in Gao. Ansar Dine claims responsibility.", "Attack"),
    # force that kills protesters kills: its toll makes it an event like any violence's
    ("Two protesters are killed by police in Bamako.", "Excessive force against protesters"),
    # after "falls to" stand the takers; forces entering a town the other side left take it without a fight
    ("The border town falls to the Houthi fighters.", "Non-state actor overtakes territory"),
    ("Government troops enter the town of Gao after the rebels pull out.", "Non-violent transfer of territory"),
    ("The army enters Gao after the rebels withdraw.", "Non-violent transfer of territory"),
    ("Rebel fighters enter Gao as the governor flees the town.", "Non-violent transfer of territory"),
    # a boy as the victim is no lone attacker
    ("A boy is killed by gunmen near Gao.", "Attack"),
    ("Gunmen kill a boy and his father near Gao.", "Attack"),
    # an attack "at" a place, its toll told later with its own day
    ("The number of dead from last week's attack at an army post near Gao climbs to 53.", "Armed clash"),
    # the dead at a site state forces hold were its guards, unless told civilians or killed by its own force
    ("Gunmen kill a dozen people at a security checkpoint near Gao.", "Armed clash"),
    ("Gunmen kill three civilians at an army checkpoint near Gao.", "Attack"),
    ("Police shoot dead a man at a police checkpoint in Bamako.", "Attack"),
    ("Dozens of detainees in Bamako go on a hunger strike to protest their treatment.", "Peaceful protest"),
    # a mass arrest beside one captive's own taking told as how his part ended
    ("Soldiers in Gao detain 20 suspected MUJAO fighters, one of whom was wounded before being captured.", "Arrests"),
    # a wave of drone attacks; a state's forces driven out of a town
    ("Mali launches a wave of drone attacks on Gao, killing four people.", "Air/drone strike"),
    ("Malian troops push Algerian forces out of Gao.", "Government regains territory"),
    ("Thousands took part in protests in Bamako on Sunday.", "Peaceful protest"),
    # the same words in a country at war tell an armed group's attack
    ("Police in Gao are hunting the gunmen who killed four villagers.", "Attack"),
    # a shooting told with where the victim was hit, by an armed person
    ("A shepherd is in hospital after being shot in the neck by a sniper near Gao.", "Attack"),
    ("A teenager is shot in the chest by gunmen near Gao.", "Attack"),
    # a raid by soldiers or the army is made on the ground: its dead decide between an attack and a fight
    ("Raids by Malian soldiers near Gao leave three villagers dead.", "Attack"),
    ("Two people are killed in Malian army raids near Gao.", "Attack"),
    ("A Malian army raid near Gao kills three gunmen.", "Armed clash"),
    ("Malian jets carry out raids near Gao, killing four.", "Air/drone strike"),
    # a day the deed is counted from is no deed before it
    ("Since Monday, rebels have shelled Gao every night.", "Shelling/artillery/missile attack"),
    # a campaign stepped up on a day, with its toll, is an event; so are strikes' deaths over a few days
    ("Malian jets intensified their strikes on Gao on Friday, killing six.", "Air/drone strike"),
    ("Malian air strikes have killed 14 people near Gao since Monday.", "Air/drone strike"),
])
def test_an_event_of_each_family(pipeline, text, sub_event_type):
    assert sub_event_type in [e.sub_event_type for e in _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    # the new words of the families, where they name no event
    "Leaders gather in Bamako to call for a ceasefire.",
    "Critics attack Islamists in a debate in Bamako.",
    # the second review of round 9: a suicide; rallies beside violence elsewhere
    "A soldier shot and killed himself at a base near Gao on Sunday.",
    "Cornered by guards outside a ministry in Bamako, the gunman fatally shoots himself.",
    "Police detain thousands of people in Bamako for pornography and gambling.",
    # a band's name, a coup's leader, an act done despite protests
    "Two former members of Pussy Riot give a concert in Bamako.",
    "The president says the vote will go ahead despite protests in Bamako.",
    "The coup leader says he will hand over power.",
    "A government plan to cut the fuel subsidy in half over two years was shot down by parliament.",
    # the review of round 9: leaders gathering, a missile test's hit
    "More than 40 leaders gather in Bamako to condemn the attack.",
    "The missile hit its target in a test, officials in Bamako said.",
    # proposals and threats of strikes; things seized, a fugitive captured: no place changes hands
    "The ministry rejects a proposal to stage joint air strikes on Gao.",
    "The junta repeats threats of air strikes on Gao.",
    "Police seize electronics from a house in Bamako.",
    "Police arrest a former mayor of Gao for fraud, capturing him in Bamako after months in hiding.",
    "A storm hits the coast of Bangladesh.",
    "The opposition gains ground in the polls.",
    "Stocks rally after the central bank cuts rates.",
    "The minister resigned in protest at the decision.",
    # a capture with no side that could take a place: a company's, a rare animal's, a state's of jewels
    "The telecom giant says it gained control of a French rival.",
    "A rare frog is captured in Bamako, the first seen in decades.",
    "Jewels worth $21 million were seized when the former president was overthrown.",
    # ... not a state or one person acting in protest, nor a crowd only planning to, nor money counted
    "Mali recalls its envoy from Paris in protest at the remarks.",
    "Thousands of supporters plan to protest the result in Bamako.",
    "The country withholds $6 million from its dues in protest of the vote.",
    # the review of round 10: money with thousands, a place of protests, what a state withdraws in protest
    "A company filed a $2,500 claim in Bamako to protest the penalty.",
    "Police sent 500 officers to protest sites in Bamako on Monday.",
    "Mali withdrew 300 troops from the border in protest at the raid.",
    "A court issues an arrest warrant for the former governor.",
    "The company gave a demonstration of its new software.",
    pytest.param("Thousands of supporters rally behind the coach.", marks=SIXTH_ROUND),
    # a protest between states (a note) or in court (a legal challenge)
    "The foreign ministry lodges a formal protest with its neighbour over the islands.",
    "The court hears the electoral protest of the defeated candidate.",
    "A new chief executive takes over at the bank.",
    "Investors shell out millions for shares in Lagos.",
    "The firm in Lagos was a shell for a smuggling ring.",
    "She has spent years fighting corruption in Lagos.",
    "The rebels vowed to execute their plan in Gao.",
    "The court will execute the order in Lagos.",
    "Drones hit the headlines at a fair in Lagos.",
    "Planes land safely in Lagos after the storm.",
    "Soldiers carried shells near Gao.",  # shells carried, not fired: the rule's noun sense (other_senses.csv)
    # the same words in their other senses, or with no side named before them
    "The town fell without a fight in Gao, residents said",
    "France is involved in the fight in Mali, officials said.",
    "Teachers fight for better pay in Bamako",
    "The minister wants to destroy the old market in Bamako",
    "Cooks wrap the fish in foil in Bamako",
    "The bank will round up the figures in Bamako",
    # a word only an armed group's act, with none named, leaves the typer to judge whether anything happened
    "A new theatre sets up camp in Bamako for the festival",
    # expelling people who bear no arms changes no territory's hands
    "Mali expels two French diplomats from Bamako.",
    "The ruling party expels its former treasurer from its ranks in Bamako.",
    "The army expels foreign reporters from the camps near Gao.",
    # a wave, a storm or a vehicle that strikes something is no air strike
    "A fisherman drowns when a freak wave strikes his boat off the coast near Gao.",
    "A delivery van strikes and injures a police officer outside the ministry in Bamako.",
    # a torch relay and lawmakers' scuffles are no destruction and no riot
    "The Olympic torch arrives in Bamako for the games.",
    "Lawmakers scuffle in parliament over the budget in Bamako.",
    # a blast at a works or in a drill, with no attack named, is an accident
    "A worker dies and five are hurt when a blast rips through a feed mill near Gao.",
    "Three recruits die and one is hurt after an explosion at an army firing range near Gao.",
    # a plan's word inside an event's phrase ("to take control of") is a plan for the typer as for the rules
    "Mali delays the census to allow its troops to take control of towns held by rebels near Gao.",
    # an official held for a bribe or in a case of corruption: ordinary crime
    "Police arrest the deputy mayor of Gao for allegedly seeking a bribe.",
    "Prosecutors report a new case of corruption at the port of Lagos, leaving six officials arrested.",
    # a ban defied by others, or only threatened, still bans what it names; being held is no new arrest
    "Despite a ban on protests, the streets of Bamako were quiet.",
    "The government warned it would punish anyone flouting the ban on protests in Bamako.",
    "The UN calls for the release of activists held in detention in Bamako.",
    # ... and rebels or soldiers marching on a place move, whatever they demand; firms fighting for a bank do not fight
    "Rebels marched on Bamako, demanding the president's resignation.",
    "Soldiers march on Bamako to demand the resignation of the government.",
    "Two rival business groups fight for control of the largest bank in Lagos.",
    "Mali says it has killed 30 stray dogs in Bamako.",
])
def test_family_words_that_name_no_event(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text, event_type", [
    # a crowd attacked or fired on is no riot (the force is against it)
    ("Security forces attacked protesters in the main square of Caracas.", "Riots"),
    ("Protesters were attacked by armed men in Caracas.", "Riots"),
    # damage the crowd protests against, done by others, is not the crowd's
    ("Protesters rally against looting by soldiers in Bamako.", "Riots"),
    ("Hundreds protest over the torching of a church in Gao.", "Riots"),
    ("Traders marched in Bamako after thieves looted their shops.", "Riots"),
    ("Protesters in Bamako accused police of looting shops.", "Riots"),
    # a protest still to come, right after "ahead of", is no protest (what happens before it may be an event)
    ("Police detain dozens of activists in Bamako ahead of a mass rally.", "Protests"),
    ("Troops are deployed across Bamako ahead of Friday's march.", "Protests"),
    ("Shops close in Gao ahead of the protest.", "Protests"),
    # troops or rebels that march or rally move; they do not protest
    ("Soldiers march on the capital Bamako.", "Protests"),
    ("The junta leader says he will step down as the army marches on Bamako.", "Protests"),
    ("Rebel fighters rally near Gao before the assault.", "Protests"),
    # a part someone played in a protest, named as what they are punished for
    ("Mali executes a man over his part in the protests in Bamako.", "Protests"),
    ("A student is jailed in Bamako for taking part in a rally.", "Protests"),
])
def test_no_event_of_the_type(pipeline, text, event_type):
    assert event_type not in [e.event_type for e in _events(pipeline, text)]



@pytest.mark.parametrize("text, toll", [
    # the toll each event of a headline gets (LABELLING.md: the number stated; dozens 12, several 10,
    # hundreds 100; a range's bottom; nobody hurt 0; no statement or only the wounded: unknown)
    ("Police open fire on protesters in the capital, killing four.", 4),
    ("Rioting in the city leaves three people dead.", 3),
    ("Clashes between protesters and police leave two dead in Cairo.", 2),
    ("Thousands march peacefully through the capital.", None),
    ("Crowds peacefully protest the release of the soldier who shot dead a farmer.", None),
    ("A rocket hits a school in Gaza; no one is hurt.", 0),
    ("Militants attack a police post in the north, killing a policeman and two civilians.", 3),
    ("Between 20 and 30 villagers are killed in an attack by gunmen in Borno.", 20),
    ("A car bomb kills at least 12 people, including three children, in Baghdad.", 12),
    ("Dozens of people are killed in air strikes on a market in Yemen.", 12),
    ("Air strikes kill 30 militants and five civilians in Syria.", 35),
    ("A suicide bomber kills 15 people at a mosque in Kano.", 15),
    ("Gunmen kill two dozen worshippers at a church in Nigeria.", 24),
    ("The death toll from Tuesday's bombing in Kabul rises to 40.", 40),
    ("Two soldiers are killed and six wounded in an ambush in Mali.", 2),
    ("A roadside bomb wounds five soldiers in Afghanistan.", None),
    ("Rebels shell the city, killing several civilians.", 10),
    ("Hundreds are feared dead after militants raid a town in Nigeria.", 100),
    ("Fighting between the army and rebels kills 25 people, 18 of them rebels.", 25),
    ("A drone strike kills a senior militant commander in Pakistan.", 1),
    ("Security forces kill 11 militants in a raid in Egypt.", 11),
    ("Police kill a protester during clashes in Caracas.", 1),
    ("An explosion at a rally in Bangkok injures dozens.", None),
    ("A bomb goes off prematurely in Mosul, killing the four men planting it.", 4),
    # the attacker's own death told just after is one more of the event's dead (ACLED counts the attackers)
    ("Two soldiers are killed in an assault on an army post in Gao. The gunman is also killed.", 3),
    ("A militant kills seven people at a market in Gao. Police shoot and kill the attacker.", 8),
    ("Gunmen kill seven people at a market in Gao. Police shoot dead two of the gunmen.", 9),
    # ... not a death he caused, nor one at another time
    ("Two soldiers are killed in an assault on an army post in Gao. The gunman killed two more in Kidal.", 2),
    ("A bomb kills five people at a market in Gao. The bomber was later killed by police.", 5),
    ("A bomb kills five people at a market in Gao. In a separate incident, troops killed the gunman in Kidal.", 5),
    ("A suicide bomber kills 12 people, including himself, at a mosque in Gao. The bomber died instantly.", 12),
])
def test_the_toll_of_a_headline_event(pipeline, text, toll):
    events = _events(pipeline, text)
    assert events and {e.fatalities for e in events} == {toll}


@pytest.mark.parametrize("text, tolls", [
    # one toll told for several places cannot be split: unknown on each (LABELLING.md); nobody hurt stays 0
    ("Air strikes on Gao and Timbuktu kill 12 militants.", [None, None]),
    ("Rockets hit Gao and Timbuktu; no one is hurt.", [0, 0]),
    ("Air strikes on Gao kill 12 militants.", [12]),
])
def test_a_toll_over_several_places(pipeline, text, tolls):
    assert [e.fatalities for e in _events(pipeline, text)] == tolls


@pytest.mark.parametrize("text, tolls", [
    # a toll told once for a killing and another deed of the clause is the killing's alone: counted once
    ("Gunmen stormed a village near Gao, killing 12 people and abducting 30 women.",
     {"Abduction/forced disappearance": None, "Attack": 12}),
    ("Rebels attacked an army post near Gao, killing four soldiers and seizing two trucks of arms.",
     {"Armed clash": 4}),
])
def test_a_toll_told_for_a_killing_and_another_deed(pipeline, text, tolls):
    assert {e.sub_event_type: e.fatalities for e in _events(pipeline, text)} == tolls


@pytest.mark.parametrize("text, places", [
    # a list of towns goes on past an aside in brackets after a name, its other spelling or what it is: each town an
    # event of its own
    ("Protests spread to Bamako (the capital), Timbuktu and Konna.", ["Bamako", "Konna", "Timbuktu"]),
    ("Air strikes hit Timbuktu (Tombouctou), Gao and Konna.", ["Gao", "Konna", "Timbuktu"]),
    ("Rebels attack army posts in Konna, Timbuktu (Tombouctou) and Gao.", ["Gao", "Konna", "Timbuktu"]),
])
def test_a_list_of_places_past_an_aside_in_brackets(pipeline, text, places):
    assert sorted(e.location for e in _events(pipeline, text)) == places


@pytest.mark.parametrize("text, places", [
    # countries named as places are each an event's; countries named with no locative cue are the sides
    ("Air strikes hit militant camps in Mali and Niger.", 2),
    ("Mali and Niger exchange fire across their border, killing four soldiers.", 1),
    ("Mali and Niger hit by jihadist attacks that killed 30.", 2),
])
def test_countries_listed_as_places_or_as_sides(pipeline, text, places):
    assert len(_events(pipeline, text)) == places


@pytest.mark.parametrize("text", [
    # an abduction told as a captivity, an adjective or what something answers is no abduction of its own
    "Police in Bamako arrest two Islamist militants in a manhunt for the kidnapped teachers.",
    "Youths riot in Gao in revenge for the kidnapping of a local trader.",
    "The rebels free a former mayor of Gao who had been held hostage since March.",
])
def test_an_abduction_told_in_passing(pipeline, text):
    assert "Abduction/forced disappearance" not in {e.sub_event_type for e in _events(pipeline, text)}


@pytest.mark.parametrize("text, sub_event_types", [
    # prisoners an attack frees are its deed, a jailbreak, no agreement; a side letting them go agrees
    ("Jihadists attack the prison in Gao, freeing at least 270 prisoners.", ["Armed clash"]),
    ("The government frees 300 prisoners in Bamako under the peace deal.", ["Agreement"]),
    ("After the rebels left Gao, the government freed 50 prisoners under a peace deal.", ["Agreement"]),
])
def test_prisoners_freed_by_an_attack_or_by_a_deal(pipeline, text, sub_event_types):
    assert [e.sub_event_type for e in _events(pipeline, text)] == sub_event_types


@pytest.mark.parametrize("text, events", [
    # protesters killed with no killer named, told after their protest: force against it, one event, its crowd the
    # victims (LABELLING.md); a killer named is the force's side
    ("Protests break out in Bamako over power cuts. Three protesters are shot dead.",
     [("Excessive force against protesters", "Unidentified Armed Group (Mali)", "Protesters (Mali)", 3)]),
    ("Protests break out in Bamako over power cuts; three protesters are killed.",
     [("Excessive force against protesters", "Unidentified Armed Group (Mali)", "Protesters (Mali)", 3)]),
    ("Protests break out in Bamako over power cuts. Three protesters are killed by police.",
     [("Excessive force against protesters", "Police Forces of Mali", "Protesters (Mali)", 3)]),
])
def test_protesters_killed_after_their_protest(pipeline, text, events):
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in _events(pipeline, text)] == events


@pytest.mark.parametrize("text, sub_event_types", [
    # property destroyed during a fight is that fight's toll, no destruction of its own
    ("Dozens of homes near Gao were destroyed during fierce clashes.", ["Armed clash"]),
    ("Rebels destroyed a bridge near Gao during the night.", ["Looting/property destruction"]),
    # the people an arrest took, named again as a subject, are that arrest's, placed or not
    ("The police arrest 12 activists over a vigil. Those arrested include a former mayor.", ["Arrests"]),
    ("Police arrest 40 opposition figures. Among those detained are two former ministers.", ["Arrests"]),
    ("Police in Gao arrest 12 activists over a vigil. Those arrested include a former mayor.", ["Arrests"]),
    # an arrest told with no place, on another day, stays apart
    ("Police in Gao arrest 12 activists on Tuesday. Police arrested another 30 on Sunday.", ["Arrests", "Arrests"]),
])
def test_one_event_told_in_parts(pipeline, text, sub_event_types):
    assert [e.sub_event_type for e in _events(pipeline, text)] == sub_event_types


@pytest.mark.parametrize("text, sub_event_types", [
    # a crewed aircraft shot down while striking: the fight that downed it, and the strike
    ("Jihadists shoot down an air force warplane carrying out an air strike on Gao.",
     ["Armed clash", "Air/drone strike"]),
    # a deed of another kind by a side named after "after": its own event; not a fight told twice, nor a cause
    ("French jets bomb rebel positions near Gao after Ansar Dine fighters fire rockets at Timbuktu.",
     ["Air/drone strike", "Shelling/artillery/missile attack"]),
    ("Police in Bamako arrest twenty people after Ansar Dine fighters attack a church in Gao.", ["Arrests", "Attack"]),
    ("Troops kill ten militants after Ansar Dine fighters attack a base near Gao.", ["Armed clash"]),
    ("Troops retake Konna after heavy fighting with rebels.", ["Government regains territory"]),
])
def test_two_events_of_one_clause(pipeline, text, sub_event_types):
    assert [e.sub_event_type for e in _events(pipeline, text)] == sub_event_types


@pytest.mark.parametrize("text, sub_event_types", [
    # after "while", a clause with its own subject and its own event word is an event of its own, whether or not
    # a trigger of the table fired on either side
    ("A militia leader is killed by a bomb near Gao while two soldiers die in fighting near Kidal.",
     ["Remote explosive/landmine/IED", "Armed clash"]),
    # guards: "while" and a participle is the time of the same act; "also" tells more of the same act
    ("Two guards are killed while repelling a jihadist raid on a depot near Gao.", ["Armed clash"]),
    ("Twenty jihadists are killed in an assault on Gao while three soldiers are also killed.", ["Armed clash"]),
    # ... nor the scene ("while shoppers were buying food", "tried to flee"), the hurt beside the dead, nor the same
    # crowd with no place of its own
    ("A bomb exploded in a market in Gao while shoppers were buying food, killing 12.",
     ["Remote explosive/landmine/IED"]),
    ("Two soldiers were killed in Gao while a third was wounded.", ["Armed clash"]),
    ("Police fired tear gas in Bamako while protesters burned tyres.", ["Protest with intervention"]),
    ("Protesters marched in Bamako while police fired tear gas.", ["Protest with intervention"]),
    ("Troops killed five militants near Gao while others fled into the desert.", ["Armed clash"]),
])
def test_a_clause_after_while_is_typed_apart(pipeline, text, sub_event_types):
    assert sorted(e.sub_event_type for e in _events(pipeline, text)) == sorted(sub_event_types)


@pytest.mark.parametrize("text", [
    # destruction has a doer: named, a pronoun or a crowd before it, the agent of its passive, or, for a passive
    # with none, the one the report told before it
    "Jihadists torched a school in Gao.",
    "Youths set fire to the town hall in Gao.",
    "A church in Gao is badly damaged by arsonists.",
    "Jihadists entered Gao on Monday. The old library was burned.",
    "Jihadists entered Gao on Monday. They also destroyed the shrines.",
    # people named by a noun of persons, a people or a nationality in the plural
    "Settlers set fire to an olive grove near Gao.",
    "Fulani herdsmen burned three villages near Gao.",
    "Malians torched a car near Gao.",
    # a passive with no agent: its doer left untold
    "The mosque was burned in Gao on Sunday.",
])
def test_destruction_by_someone(pipeline, text):
    assert "Looting/property destruction" in [e.sub_event_type for e in _events(pipeline, text)]


def test_protests_and_clashes_with_police_are_one_riot(pipeline):
    events = _events(pipeline, "Protests and clashes with police leave three dead in Bamako.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Violent demonstration", 3)]


@pytest.mark.parametrize("text, sub_event_types", [
    # police who clash with protesters met a riot, whatever force they used besides
    ("Police clash and use tear gas on marchers in Bamako.", ["Violent demonstration"]),
    # the crowd's violence told in the next sentence, by its name or "they"; the protest told again is that riot
    ("Police fire tear gas at students protesting fee rises in Bamako. The students had begun to throw stones.",
     ["Violent demonstration"]),
    ("Police fire tear gas at students protesting fee rises in Bamako. They had thrown stones at the police.",
     ["Violent demonstration"]),
    ("Police clash with protesters in Bamako. The protests began a day after the president dissolved parliament.",
     ["Violent demonstration"]),
    # ... not another doer's violence, nor a fight of two armed sides beside a protest
    ("Police fire tear gas at students protesting fee rises in Bamako. Officials said soldiers looted shops.",
     ["Protest with intervention", "Looting/property destruction"]),
    ("Thousands protest in Gao as rebels clash with government troops.", ["Armed clash", "Peaceful protest"]),
    # ... nor violence denied, another crowd's, or another time's or place's
    ("Protesters marched in Bamako. They did not throw stones or burn tyres.", ["Peaceful protest"]),
    ("Protesters rallied in Bamako. Football fans threw stones at the referee in Gao.", ["Peaceful protest"]),
    ("Students marched peacefully in Bamako. Students had thrown stones at police a week earlier.",
     ["Peaceful protest"]),
])
def test_a_protest_that_clashed_is_a_riot(pipeline, text, sub_event_types):
    assert [e.sub_event_type for e in _events(pipeline, text)] == sub_event_types


def test_two_events_joined_by_and_are_both_told_and_share_no_toll(pipeline):
    events = _events(pipeline, "French air strikes and clashes kill more than 40 fighters near Gao.")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]
    assert [e.fatalities for e in events] == [None, None]


@pytest.mark.parametrize("text, sub_event_types", [
    # the arrest of the people behind an attack the report tells ends its story; other arrests are events
    ("Gunmen kill four worshippers at a mosque in Gao. The attackers were arrested an hour later.", ["Attack"]),
    ("A bomb kills 12 at a market in Gao. Police arrest five suspects.", ["Remote explosive/landmine/IED"]),
    ("A militant stabs two shoppers in Gao and flees before being arrested.", ["Attack"]),
    ("A bomb kills 12 at a market in Gao. Police detain 30 opposition activists in Bamako.",
     ["Remote explosive/landmine/IED", "Arrests"]),
    ("Police arrest a suspect in Bamako over a plot to bomb the embassy.", ["Arrests"]),
    ("Gunmen kill five villagers in Gao. In Bamako, police arrest 25 suspects in a raid on an opposition office.",
     ["Attack", "Arrests"]),
    # an arrest over a deed named as one known (definite) is the news: the deed was told before
    ("Police in Bamako arrest nine people over the recent bombings in Gao that killed 40.", ["Arrests"]),
    ("Police detain 30 people over the Bamako airport attack.", ["Arrests"]),
    ("Police arrest five men in relation to their alleged role in last week's massacre in Gao.", ["Arrests"]),
    # "in" tells where or during what
    ("Soldiers arrest five militants in the clashes in Gao.", ["Armed clash"]),
])
def test_the_arrest_of_an_attacks_suspects(pipeline, text, sub_event_types):
    assert [e.sub_event_type for e in _events(pipeline, text)] == sub_event_types


@pytest.mark.parametrize("text", [
    # a riot's first side is the crowd, also where state forces are the sentence's subject
    "The Indian government deploys the army to Gujarat after caste-related violence leaves nine dead.",
    "Egyptian police clash with stone-throwing youths in Cairo.",
])
def test_the_rioters_come_first(pipeline, text):
    riots = [e for e in _events(pipeline, text) if e.event_type == "Riots"]
    assert riots and all(e.actor1.startswith("Rioters") for e in riots)


@pytest.mark.parametrize("text, actor1, actor2", [
    # police without a nationality are the police of the event's country; a demonstration's crowd comes first
    ("Police kill two protesters in Gao.", "Police Forces of Mali", "Protesters (Mali)"),
    ("The police arrested 30 opposition supporters in Gao.", "Police Forces of Mali", ""),
    ("Police fire tear gas at protesters in Gao.", "Protesters (Mali)", "Police Forces of Mali"),
    ("Protesters clash with police in Gao.", "Rioters (Mali)", "Police Forces of Mali"),
    ("Students protest in Gao over exam fees.", "Protesters (Mali)", ""),
    # a police building is a place, not the force: anyone may hold it
    ("Rebels shelled the police station in Gao.", "Unidentified Armed Group (Mali)", ""),
    # gunmen who kill or attack a force are the side that acted, however precisely the force is named
    ("Unknown gunmen kill twelve Malian soldiers in an ambush near Gao.", "Unidentified Armed Group (Mali)",
     "Military Forces of Mali"),
    ("Gunmen attack a Malian army convoy near Gao, leaving three soldiers wounded.",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    # a former or retired member of a force is no longer the state's: the one attacked is a civilian
    ("Gunmen shot dead a retired police officer in Gao.", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # guard: a force that kills armed men stays the side that acted
    ("Malian soldiers kill twelve gunmen in a raid near Gao.", "Military Forces of Mali",
     "Unidentified Armed Group (Mali)"),
    # a person killed by name is one man targeted; a group named in a relative clause about him fought no one
    ("Gunmen in Gao kill Amadou Kone, head of the council of imams, who opposed the MUJAO fighters.",
     "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    # a country after "by" acts through its forces; one that backs a side is no agent
    ("Five fighters die in an air raid by the United States near Gao.",
     "Military Forces of United States", "Unidentified Armed Group (Mali)"),
    ("Rebels backed by Algeria shell Gao.", "Unidentified Armed Group (Mali)", ""),
    ("Rebels attack a convoy carrying aid donated by Japan near Gao.", "Unidentified Armed Group (Mali)", ""),
    # the people an arrest names are the held: with no one named holding them, the country's police did
    ("Four people are arrested in Bamako on suspicion of recruiting militants.", "Police Forces of Mali",
     "Unidentified Armed Group (Mali)"),
    ("After arresting two MUJAO commanders, Malian troops withdraw from Gao.", "Military Forces of Mali",
     "MUJAO: Movement for Oneness and Jihad in West Africa"),
    # an armed group named after its attack on civilians is its doer: civilians are the victims
    ("Five herders are killed in an Ansar Dine attack on a hamlet near Gao.", "Ansar Dine",
     "Civilians (Mali)"),
    # a launch brought down in flight: its first side is who brought it down, the forces of the country it was
    # fired at; a bomb that went off early stays its bombers'
    ("Ansar Dine fires a missile at Bamako; air defences shoot down the missile.", "Military Forces of Mali",
     "Ansar Dine"),
    ("A car bomb goes off prematurely in Gao, killing the four militants planting it.",
     "Unidentified Armed Group (Mali)", ""),
    # Mexico's cartels are named armed groups (ACLED names them)
    ("Gulf Cartel gunmen raid a bar in Gao, killing ten people.", "Gulf Cartel", "Civilians (Mali)"),
])
def test_the_sides_of_a_headline_event(pipeline, text, actor1, actor2):
    assert [(e.actor1, e.actor2) for e in _events(pipeline, text)] == [(actor1, actor2)]


@pytest.mark.parametrize("text, places", [
    # unrest or a fight that spreads to or reaches more places is an event in each of them
    ("Rioting goes on in Bamako, spreading to other towns such as Gao, Kidal and Timbuktu.",
     ["Bamako", "Gao", "Kidal", "Timbuktu"]),
    ("Protests reach Gao and Kidal.", ["Gao", "Kidal"]),
    ("Protests in Bamako spread to Gao and Kidal.", ["Bamako", "Gao", "Kidal"]),
    ("The epidemic spreads to Gao and Kidal.", []),
    # the third review: what reaches a town is the unrest itself, not reinforcements or a plane, nor a fear of it
    ("Fighting rages near Gao as rebel reinforcements reach Kidal and Timbuktu.", ["Gao"]),
    ("Riots in Bamako, with the government warning they could spread to Gao and Kidal.", ["Bamako"]),
])
def test_unrest_that_spreads_is_an_event_in_each_place(pipeline, text, places):
    assert sorted(e.location for e in _events(pipeline, text)) == places
