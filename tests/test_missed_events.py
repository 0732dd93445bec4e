"""Events real headlines told in ways the extractor used to miss, family by family (sentences in our own
words): each family's phrasing that must now give its event and toll, and near phrasings that must not."""
from __future__ import annotations

import pytest

from extract.models import Place, Toponym
from tests.test_headlines import _events, pipeline  # noqa: F401 (the tiny-gazetteer pipeline, a fixture)

from tests.regressions import SIXTH_ROUND


def _found(pipeline, text: str) -> list[tuple[str, int | None]]:
    """(sub-event type, fatalities) of each event the pipeline makes of a text."""
    return [(e.sub_event_type, e.fatalities) for e in _events(pipeline, text)]


@pytest.mark.parametrize("text, found", [
    # people hacked, stabbed or beaten to death by an armed side: an attack on civilians
    ("Rebels hacked six villagers to death near Gao.", [("Attack", 6)]),
    ("Jihadists hack two farmers to death in Mali.", [("Attack", 2)]),
    ("Militants stabbed two teachers to death near Gao.", [("Attack", 2)]),
    # ... by a mob, mob violence as before; by nobody armed, a crime, no event
    ("A mob hacked a suspected witch to death in Gao.", [("Mob violence", 1)]),
    ("A man hacked his neighbour to death in Gao.", []),
    ("A man stabbed his neighbour to death in Gao.", []),
    # ... nor dead counted in a stabbing with no side named, whatever the toll: a crime
    ("Three people die and six are hurt in a mass stabbing attack on a nursery in Gao.", []),
    ("Jihadists kill three people in a stabbing attack at a school in Gao.", [("Attack", 3)]),
    ("Villagers beat two suspected thieves to death in Gao.", [("Mob violence", 2)]),
])
def test_a_killing_told_by_its_manner(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a blast told only by its victims is a bomb
    ("A blast injures 20 gendarmes and kills a driver in Gao.", [("Remote explosive/landmine/IED", 1)]),
    ("Nine traders were killed in twin explosions at the cattle market of Gao.", [("Remote explosive/landmine/IED", 9)]),
    ("Two people were killed in a blast at a market in Konna.", [("Remote explosive/landmine/IED", 2)]),
    ("A blast near a police station in Gao wounded four officers.", [("Remote explosive/landmine/IED", None)]),
    # ... and one story with the kind of attack the next sentence names
    ("An explosion kills nine in Gao. Officials suspect a suicide bombing.", [("Suicide bomb", 9)]),
    # ... unless its clause or the next sentence tells of an accident
    ("An explosion at a fireworks factory in Gao kills 12.", []),
    ("No one was injured in an explosion near Gao.", []),
    ("A gas explosion in a restaurant in Gao kills three.", []),
    ("An explosion at a gas station in Gao kills four.", []),
    ("An explosion at a sports hall in Gao kills one person. A gas leak is suspected.", []),
    # tear gas fired nearby is no cause of the blast
    ("A blast kills six at a market in Gao, where traders sell tear gas sprays.",
     [("Remote explosive/landmine/IED", 6)]),
])
def test_a_blast_with_victims(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a raid that kills is a fight; an air raid stays an air strike
    ("A police raid kills four gunmen in Gao.", [("Armed clash", 4)]),
    ("An air raid kills five in Gao.", [("Air/drone strike", 5)]),
    # forces coming under fire fought; a minister coming under fire was criticised
    ("Malian soldiers came under fire near Gao.", [("Armed clash", None)]),
    ("The minister came under fire for his remarks.", []),
    # forces advancing on a place held by the enemy fight for it; prices and talks advance peacefully
    ("Malian troops advance towards rebel-held Konna.", [("Armed clash", None)]),
    ("Share prices advanced towards a record in Bamako.", []),
    # ... and give way to the place changing hands that came of it, or that the advancing side took
    ("Malian troops advanced on Konna and retook the town.", [("Government regains territory", None)]),
    ("A column of fighters advancing towards Mopti seized Konna on Monday.",
     [("Non-state actor overtakes territory", None)]),
    # a crowd forcing police lines riots; a lorry crashing into barriers is an accident
    ("Hundreds of dock workers broke through police barriers in Gao.", [("Violent demonstration", None)]),
    ("A lorry crashed into barriers on the road to Gao.", []),
    # forces gaining ground, whatever word qualifies it; a party gaining ground in the polls is none
    ("Malian troops gained valuable ground near Gao.", [("Government regains territory", None)]),
    ("The opposition party gained significant ground in the polls.", []),
    # tank fire is shelling
    ("Tank fire killed a farmer near Gao.", [("Shelling/artillery/missile attack", 1)]),
    # violence at a rally is a riot, a rally's name in quotes and all; a rally where none is reported stays peaceful
    ('Police reported brawls at a so-called "freedom" rally in Gao.', [("Violent demonstration", None)]),
    ("Scuffles at a peaceful march in Gao left two people hurt.", [("Violent demonstration", None)]),
    ("Thousands attended a rally in Gao; police reported no violence at the rally.", [("Peaceful protest", None)]),
    # "demonstrated" as "showed" is no protest
    ("Thousands demonstrated in Gao against the government.", [("Peaceful protest", None)]),
    ("The failure was demonstrated by the collapse of the talks in Gao.", []),
    # prisoners an armed group releases are an agreement (ACLED's codebook); a state's amnesty or a call for
    # their release is none
    ("Rebels in Gao released 40 prisoners on Sunday.", [("Agreement", None)]),
    ("The government freed 300 prisoners in Bamako under an amnesty.", []),
    ("Activists called for the release of political prisoners in Bamako.", []),
    ("A former minister was released from prison in Bamako.", []),
])
def test_a_fight_a_riot_or_an_agreement_told_by_a_phrase(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the fighting a ceasefire ends is told before it, with its toll: two events
    ("The army and the rebels agreed to a truce in Gao after fighting that killed 40.",
     [("Armed clash", 40), ("Agreement", None)]),
    ("The army and the rebels agreed to a ceasefire in Gao.", [("Agreement", None)]),
])
def test_a_second_event_in_one_headline(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the attacker's own death is a death (ACLED counts it), alone or beside his victims'
    ("At a checkpoint near Gao a suicide bomber set off his vest, killing himself and wounding a guard.",
     [("Suicide bomb", 1)]),
    ("A suicide bomber killed two guards and himself at a checkpoint in Gao.", [("Suicide bomb", 3)]),
    # a count told outright in the next sentence beats a vague one ("dozens" is 12), but never lowers it
    ("Dozens of villagers were killed when militants raided Gao. Medics counted 40 bodies.", [("Attack", 40)]),
    ("Dozens of villagers were killed when militants raided Gao. Five bodies were found later.", [("Attack", 12)]),
    ("Militants raided Gao, killing 20 villagers. Medics counted 40 bodies.", [("Attack", 20)]),
    # people shot dead in the sentence after a riot, by nobody named, are the riot's dead; a killing with its
    # killers named is an event of its own
    ("Police clashed with rioters in Gao. Two traders and a police officer were shot dead.",
     [("Violent demonstration", 3)]),
    ("Police clashed with rioters in Gao. Gunmen shot dead two traders in Konna.",
     [("Violent demonstration", None), ("Attack", 2)]),
])
def test_whose_deaths_count(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a fighting side that ends a truce or announces an offensive changes what it does
    ("Jihadists in Mali say they will not extend the ceasefire with the government.",
     [("Change to group/activity", None)]),
    ("The army declares the end of the ceasefire in Gao.", [("Change to group/activity", None)]),
    ("The Taliban announce their yearly spring offensive in Afghanistan.", [("Change to group/activity", None)]),
    # ... but an offensive only planned is none
    ("The Taliban announce they will launch an offensive in Afghanistan next month.", []),
    # a truce that runs out with nobody ending it is no event, and no new agreement; one agreed still is
    ("A brief truce ends in Gao.", []),
    ("Rebels and the army agree a ceasefire in Gao.", [("Agreement", None)]),
])
def test_a_truce_ended_or_an_offensive_announced(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # workers who go on strike make a protest (as ACLED codes them)
    ("Nurses in Bamako go on strike for the first time in ten years.", [("Peaceful protest", None)]),
    ("Teachers across Mali went on strike over unpaid wages.", [("Peaceful protest", None)]),
    # a strike of weapons is an attack; a strike called for a later day, or only named by its length, is none
    ("Unions in Mali call a general strike for next week against the new tax.", []),
    ("Drones strike a convoy of trucks near Gao.", [("Air/drone strike", None)]),
    ("Bus drivers in Bamako begin a two-day stoppage.", []),
])
def test_a_strike_of_workers(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # decapitating, as beheading, is an attack
    ("Jihadists decapitated a village chief near Gao.", [("Attack", None)]),
    # shellfire is shelling
    ("Shellfire hits a school in Konna.", [("Shelling/artillery/missile attack", None)]),
])
def test_a_word_of_beheading_or_shelling(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a trigger whose needed actor is not named before it ("came under attack" needs a force under attack) is no
    # trigger, but leaves the typer free to find the attack the sentence tells
    ("Two hotels in Gao came under attack from gunmen; at least 20 guests were killed.", [("Attack", 20)]),
    ("A market in Gao came under attack from jihadists, leaving nine traders dead.", [("Attack", 9)]),
    ("The hotel chain came under attack from critics over its prices in Gao.", []),
    # a doubtful reading as a claim of responsibility leaves a rule trigger standing
    ("The governor claims that three rebel trucks crossed into Gao and were attacked by Malian troops.",
     [("Armed clash", None)]),
    # an attack only reacted to is told before, unless the reaction dates it
    ("Mali's president denounces the ambush of the convoy.", []),
    ("The UN condemns an attack that killed ten peacekeepers near Gao on Sunday.", [("Armed clash", 10)]),
])
def test_the_typer_beside_an_unmet_trigger_or_a_doubtful_claim(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a word of condemning makes an attack told before only when the attack is what it condemns ...
    ("The governor condemns the ambush of a convoy near Gao.", []),
    ("The governor denounces the rebels’ ambush of a convoy near Gao.", []),
    ("Mali's president denounces Sunday's attack, which killed nine soldiers in Gao.", [("Armed clash", 9)]),
    # ... not when those who condemn something else are the ones who act
    ("Hundreds of protesters denouncing the fuel price rise clashed with police in Bamako.",
     [("Violent demonstration", None)]),
    ("Students denounced the new fees and protested outside the parliament in Bamako.", [("Peaceful protest", None)]),
    ("Opposition supporters condemn fraud, riot in Bamako.", [("Violent demonstration", None)]),
])
def test_an_attack_condemned_or_a_crowd_condemning(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the leaders of a group struck at, not a head cut off: the strike alone is the event
    ("Jets carried out a decapitation strike on rebel leaders near Gao.", [("Air/drone strike", None)]),
    ("The army's decapitation campaign against jihadist commanders goes on in Mali.", []),
])
def test_a_decapitation_of_leaders(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a deed going on or begun after "to" is told, not planned ...
    ("Malian troops continue to battle jihadists for the town of Gao.", [("Armed clash", None)]),
    ("The army began to shell rebel positions near Gao.", [("Shelling/artillery/missile attack", None)]),
    # ... while a deed after "to" with no such verb stays a plan or a purpose
    ("Malian troops prepare to battle jihadists for the town of Gao.", []),
    ("The army vowed to shell rebel positions near Gao.", []),
])
def test_a_deed_going_on_after_to(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # rockets or shells fired, told in the passive
    ("Six rockets were fired into Gao from the desert overnight.", [("Shelling/artillery/missile attack", None)]),
    ("Mortars are fired at the UN camp in Kidal.", [("Shelling/artillery/missile attack", None)]),
    # operations or offensives launched, in the plural
    ("Malian units launched operations to win back Kidal from the rebels.", [("Armed clash", None)]),
    # a plan to launch them is none
    ("The army plans to launch operations against the rebels near Kidal.", []),
])
def test_rockets_fired_or_operations_launched(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a group's claim two sentences after a deed that needs an armed group is that deed's
    ("A teacher is hacked to death in Gao. He had spoken against the jihadists. Ansar Dine claims responsibility for "
     "the attack.", [("Attack", 1)]),
    # with no claim, a killing of one person with no armed group named stays a crime
    ("A teacher is hacked to death in Gao. He had spoken against the jihadists. Police are looking for a suspect.", []),
])
def test_a_claim_told_later(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a demonstration the report itself calls violent, or one that turned violent, is a riot
    ("Students hold a violent demonstration against fee rises in Bamako.", [("Violent demonstration", None)]),
    ("The march in Bamako turned violent when youths threw stones at the police.", [("Violent demonstration", None)]),
    # ... a peaceful one stays a protest, and a non-violent one is not "violent"
    ("Students hold a peaceful demonstration against fee rises in Bamako.", [("Peaceful protest", None)]),
    ("Students hold a non-violent protest against fee rises in Bamako.", [("Peaceful protest", None)]),
])
def test_a_demonstration_told_as_violent(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a trigger word in a name ("Lynch" after a capitalised word) is no event word
    ("A court in Bamako fined the bank Dupont Lynch for fraud.", []),
    # ... a lynching by a mob is one event, mob violence (not an attack beside it)
    ("A mob lynched a suspected thief in Gao.", [("Mob violence", 1)]),
    # a capture by a camera, a storm of the weather, a post regained are no events
    ("Video footage captures the mayor of Gao leaving the burning town hall.", []),
    ("Nine residents were hurt when severe storms swept the region of Gao.", []),
    ("Mali's prime minister regains the role of party secretary in Bamako.", []),
    # ... while a place captured, a base stormed and control regained are
    ("Rebels captured the town of Gao.", [("Non-state actor overtakes territory", None)]),
    ("The army regains control of Gao.", [("Government regains territory", None)]),
    # a hedge of the first word of a list is the hedge of the others
    ("The new penal code of Mali will in time allow stoning, amputation and flogging for some crimes.", []),
    ("Jihadists flogged two men and stoned a woman in Gao.", [("Attack", None)]),
])
def test_names_other_senses_and_listed_hedges(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a "bombing attack" is one bomb, not a bomb and an attack beside it
    ("Four traders die in a bombing attack on a crowded market in Gao.", [("Remote explosive/landmine/IED", 4)]),
    # aircraft that hit, strike or target a place are an air strike
    ("Six Malian bombers hit rebel positions near Timbuktu.", [("Air/drone strike", None)]),
    ("The army says its bombers struck rebel camps near Timbuktu.", [("Air/drone strike", None)]),
    # forces that oust a group from a town take it back; ousting a president stays a coup
    ("Malian and French troops oust the jihadists from the town of Konna.", [("Government regains territory", None)]),
    ("Soldiers ousted the president in Bamako.", [("Other", None)]),
    # places listed with who holds each are one event each
    ("Two soldiers are killed around rebel-held Gao and government-held Timbuktu.",
     [("Armed clash", None), ("Armed clash", None)]),
    # a wildfire told by its acres and containment destroys, it does not attack
    ("The Konna Fire in central Mali keeps burning at 60% containment, with 3,000 acres of farmland being destroyed.",
     []),
])
def test_compounds_aircraft_ousting_held_places_and_wildfires(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a deed named by its suspect, its perpetrator or the man wanted for it is one told before
    ("A judge in Bamako hears the Gao market bombing suspect.", []),
    ("The perpetrator of a knife attack at a Bamako school was inspired by jihadist videos, police say.", []),
    # ... and so is one the news came after, undated
    ("Ministers meet in Bamako following the recent attack on a bus near Gao.", []),
    # ... while a deed of the report told beside an earlier one stays
    ("Gunmen attacked a bus near Gao on Sunday after the recent attack on a convoy.", [("Attack", None)]),
])
def test_a_deed_named_by_its_suspect_or_as_what_came_before(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a crowd that marches, in the present too, is a protest; the month is none
    ("More than 3,000 people march in Bamako to back the army.", [("Peaceful protest", None)]),
    ("In March people in Bamako voted.", []),
    # wages withdrawn are no forces withdrawn (the bomb that hit the soldiers is the claimed event)
    ("Jihadists claim their bomb hit soldiers withdrawing their wages at a bank in Gao.",
     [("Remote explosive/landmine/IED", None)]),
    ("Rebels withdrew their fighters from Gao.", [("Change to group/activity", None)]),
])
def test_crowds_that_march_and_wages_withdrawn(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # in a country at peace, a fight with no armed group and no state's forces among its sides is crime
    ("A fight between two biker gangs in Atlanta leaves one man dead.", []),
    ("Gunfire traded at a concert in Atlanta injures 28 people.", []),
    # ... one with police as a side stays a clash there, and any fight stays one in a country at war
    ("A gun battle between police and gunmen in Atlanta leaves two dead.", [("Armed clash", 2)]),
    ("Jihadists clash with soldiers near Gao.", [("Armed clash", None)]),
])
def test_a_fight_with_no_sides_in_a_country_at_peace(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the review of the fourteenth session's rules: misfires it found, fixed
    ("Soldiers ousted the president from power in Bamako.", [("Other", None)]),
    ("Gunmen Attack Police Station In Gao", [("Armed clash", None)]),  # title case: capitals tell no names
    ("Troops regained the seat of Gao region after a week of fighting.", [("Government regains territory", None)]),
    ("Jihadists seen in the video captured the town of Konna last week.",
     [("Non-state actor overtakes territory", None)]),
    ("Militiamen lynched three villagers near Gao.", [("Attack", 3)]),
    ("A suspect in a theft case opened fire on police in Bamako, killing one officer.", [("Armed clash", 1)]),
    ("A jihadist wanted in Mali for bombings was killed in an air strike near Gao on Friday.",
     [("Air/drone strike", 1)]),
    ("Following the recent elections, riots broke out in Bamako.", [("Violent demonstration", None)]),
    ("A trader was stabbed to death in Bamako. Police opened an inquiry. Ansar Dine claimed responsibility for the "
     "attack on a base in Gao.", []),
    ("The ruling party began to rally supporters in Bamako ahead of the vote.", []),
    # ... and forms it found the rules should reach
    ("Police detained 20 people in the aftermath of the latest bombing in Gao.", [("Arrests", None)]),
    ("Fighting continued to rage in Gao on Wednesday, killing 10 people.", [("Armed clash", 10)]),
    ("Residents fear kidnapping, rape and looting in the camps around Gao.", []),
])
def test_the_fourteenth_review(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the longest phrase wins whatever row holds it: hostages seized are an abduction, not a town seized
    ("Gunmen seized hostages at a hotel in Bamako.", [("Abduction/forced disappearance", None)]),
    # an aircraft named some words after the word of downing
    ("Jihadists shoot down a Malian Air Force Mi-35 transport helicopter near Gao.", [("Armed clash", None)]),
    ("Rebels shot down a drone near Gao.", [("Disrupted weapons use", None)]),
    # people who die in protests died at them; one who resigns in protest holds none
    ("Three people die in protests in Bamako.", [("Excessive force against protesters", 3)]),
    ("The minister resigned in protest in Bamako.", []),
    # ... and so do those a protest left dead, or killed after one
    ("Protests in Bamako leave three people dead.", [("Excessive force against protesters", 3)]),
    ("Three people are killed after mass protests in Bamako.", [("Excessive force against protesters", 3)]),
    ("Protests in Bamako leave the city calm.", [("Peaceful protest", None)]),
])
def test_longest_phrases_far_aircraft_and_deaths_in_protests(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a finite verb after a charge ends its phrase: what the charged then do or suffer is news
    ("Three men accused of plotting to kill the mayor die in a shootout with soldiers in Gao.", [("Armed clash", 3)]),
    ("Three men accused of plotting to kill the mayor were arrested in Gao.", [("Arrests", None)]),
    ("Two men accused of the bombing in Gao were jailed for life.", []),
    ("A man accused of having been behind the bombing in Gao was sentenced.", []),
    # ... not one inside a relative clause or an aside, which stays the charge's
    ("The verdict, which is final, concerns the bombing of a Bamako hotel.", []),
    ("Court sentences two men who were arrested over the bombing of a Bamako hotel.", []),
    # a deed named by its doer came before
    ("Police named the perpetrator of the bombing in Bamako.", []),
    ("The perpetrator of the attack on the Gao market was arrested on Monday.", [("Arrests", None)]),
])
def test_a_charge_ended_by_a_verb_and_a_deed_named_by_its_doer(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # police who clash with a trade's people meet a riot; with armed men or between herders and farmers, a fight
    ("Police clash with traders in Bamako.", [("Violent demonstration", None)]),
    ("Police clash with gunmen near Gao.", [("Armed clash", None)]),
    ("Herders clash with farmers near Gao, leaving ten dead.", [("Armed clash", 10)]),
    # a trigger's last word has its other senses whatever words come before it
    ("Mortar rounds hit the headlines in Atlanta.", []),
    ("Mortar rounds hit a market in Gao, killing five.", [("Shelling/artillery/missile attack", 5)]),
    ("Mortar rounds hit shops in Konna, wounding five.", [("Shelling/artillery/missile attack", None)]),
])
def test_trades_in_a_riot_and_a_last_words_sense(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a month is no march; a march told in title case still is one
    ("A bus drove out of a depot and off a bridge near Gao on March 26.", []),
    ("Thousands March in Bamako against the junta.", [("Peaceful protest", None)]),
    # a killing's participle before its noun names a person, not a deed
    ("The nephew of the assassinated president spoke in Bamako.", []),
    ("Gunmen assassinated the mayor of Gao.", [("Attack", 1)]),
    # an end called for was of something going on; a deed a cause led to happened
    ("The UN demands an end to the shelling of Gao.", []),
    ("Violence between soldiers and jihadists near Gao left five dead.", [("Armed clash", 5)]),
])
def test_a_month_a_participle_and_an_end_called_for(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a person killed in an attack, named by a civilian's calling, was attacked; soldiers so killed fought
    ("The imam of Gao was killed in an attack near the mosque.", [("Attack", 1)]),
    ("Two soldiers were killed in an attack on their base near Gao.", [("Armed clash", 2)]),
    # the side after "clashes between" is read as after "clash with"
    ("Clashes between local traders and police in Gao leave two dead.", [("Violent demonstration", 2)]),
    ("Clashes leave ten villagers dead near Gao.", [("Attack", 10)]),
    # a town braced for a storm, a pile-up of cars: no event
    ("The army braces for the storm in Gao.", []),
    ("A multi-car pile-up near Gao kills 21 people.", []),
])
def test_callings_killed_in_attacks_sides_after_between_and_no_events(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # an arrest announced or confirmed is one made
    ("Police announced the arrest of a senior jihadist commander in Gao.", [("Arrests", None)]),
    ("After the arrest of the imam, riots broke out in Bamako.", [("Violent demonstration", None)]),
    # an armed group that agrees or strikes a deal reaches an agreement; a state alone, or a minister, does not
    ("Jihadists agree with the government to leave Gao.", [("Agreement", None)]),
    ("The Taliban and the government reached a deal in Gao.", [("Agreement", None)]),
    ("Germany agreed to send tanks to Mali.", []),
    ("The minister agreed with the report on Gao.", []),
])
def test_an_arrest_announced_and_an_armed_groups_deal(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the review of this session's rules: misfires it found, fixed
    ("Tuareg rebels agree to attend peace talks in Algeria.", []),  # no agreement yet
    ("Jihadists who signed a deal with the government in 2015 attacked soldiers near Gao, killing four.",
     [("Armed clash", 4)]),  # a relative clause's status
    ("Atlanta jail completes a swap of prisoners with a county facility.", []),  # no armed side
    ("A woman was killed in an attack by a crocodile near Gao.", []),  # an animal's attack
    ("A man was attacked by a crocodile near Gao.", []),
    ("Two killed in an attack at an Atlanta nightclub.", []),  # crime in a country at peace
    ("Police detained 30 students for protesting in Bamako.", [("Protest with intervention", None)]),
    ("Gunmen murdered the mayor of Konna on Sunday.", [("Attack", 1)]),  # a form it found missed
    # a drive-by shooting is an attack; in a country at peace, with no side named, crime
    ("Two councillors died in a drive-by shooting outside their office in Gao.", [("Attack", 2)]),
    ("A drive-by shooting kills two in Atlanta.", []),
])
def test_review_of_the_fifteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # in a country at peace a bomb, a grenade or a captivity with no side named is crime
    ("A parcel bomb explodes at a depot in Atlanta, wounding two workers.", []),
    ("Nine people are found held captive in a house in Atlanta.", []),
    # ... one a named group claims is its attack; in a country at war the same bomb is an event
    ("Jihadists claim a bomb blast at a depot in Atlanta that wounded two workers.",
     [("Remote explosive/landmine/IED", None)]),
    ("A parcel bomb explodes at a depot in Gao, wounding two workers.", [("Remote explosive/landmine/IED", None)]),
])
def test_an_unclaimed_bomb_or_captivity_in_a_country_at_peace(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a chemical agent used is a chemical weapon; one destroyed, inspected or watched over is none
    ("Jihadists fired shells filled with mustard gas at soldiers near Gao.", [("Chemical weapon", None)]),
    ("Inspectors destroy chemical weapons stockpiles in Gao.", []),
    ("The chemical weapons watchdog meets in Bamako.", []),
    ("Mali accuses jihadists of using chemical weapons in Gao.", []),
])
def test_a_chemical_agent_used(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # arrests of people who covered or led a protest dated apart are an event of the day beside it
    ("Intelligence agents arrest 12 reporters who were covering Sunday's rallies in Bamako.",
     [("Peaceful protest", None), ("Arrests", None)]),
    # ... arrests at a protest, dated with it or not at all, are its intervention
    ("Hundreds are detained at rallies in Bamako on Sunday.", [("Protest with intervention", None)]),
    ("Police detained 300 protesters at rallies in Bamako.", [("Protest with intervention", None)]),
    # ... as are arrests after protests told breaking out, no longer only named as what came before
    ("Hundreds are detained in Bamako after mass protests break out over a disputed vote.",
     [("Protest with intervention", None)]),
    ("The curfew imposed after mass protests in Bamako is lifted.", []),
    # ... and an event named as what came before, told with its own day, is that day's event (LABELLING.md)
    ("Officials say a gang is behind the kidnapping of 16 missionaries yesterday near Gao.",
     [("Abduction/forced disappearance", None)]),
    # a deed that is a protest by itself
    ("Climate activists glued themselves to a painting at a museum in Bamako.", [("Peaceful protest", None)]),
])
def test_arrests_beside_a_protest_and_events_told_with_their_day(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # an assault or an offensive begun is a fight; its aim after "to" is no event of its own
    ("Soldiers and militiamen begin an assault to drive jihadists out of Konna.", [("Armed clash", None)]),
    # a deed a day before another is one the report dates; one weeks before, history
    ("Mali declares a state of emergency a day after a suicide bombing that killed two people in Gao.",
     [("Suicide bomb", 2)]),
    ("Two weeks after the bombing in Gao, the market reopened.", []),
])
def test_an_assault_begun_and_a_deed_a_day_before(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # people a side takes, named before the word of capture with a preposition after it, took no place
    ("Jihadists release dozens of Malian peacekeepers captured near Gao.", [("Agreement", None)]),
    ("Soldiers captured Konna on Monday.", [("Government regains territory", None)]),
    # ... or "others" counted before it, ending the clause: the deaths beside them are the fight's (the attackers'
    # dead added to the guards', as ACLED counts both sides)
    ("Jihadists attack a post near Gao, killing two guards. Nine attackers were killed and four others captured.",
     [("Armed clash", 11)]),
    # hostages or captives an armed side frees are a release it agreed to, as its prisoners are (the labelled sets
    # code both so; test_headlines once listed a negotiated release as no event)
    ("Jihadists freed two hostages in Gao.", [("Agreement", None)]),
    ("The rebels release 20 hostages after negotiations in Gao.", [("Agreement", None)]),
])
def test_people_captured_near_a_place_and_hostages_freed(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the second review of this session's rules: misfires it found, fixed
    ("Three workers die after inhaling toxic gas in a well near Bamako.", []),  # an accident's gas
    ("Police in Atlanta charge a chemistry teacher with making sarin in his garage.", []),  # an agent made
    ("Fears grow that jihadists in Gao have acquired chemical weapons.", []),  # an agent held
    ("A sarin attack kills 40 in Timbuktu.", [("Chemical weapon", 40)]),  # one event, not two
    ("Opposition leaders begin a charm offensive to woo voters in Bamako.", []),  # an offensive of words
    ("The Senate begins debate on a ban on assault weapons.", []),
    ("At Friday's rally in Bamako, police detained 50 opposition supporters.", [("Protest with intervention", None)]),
    ("Rebels seize the peacekeepers' base in Gao.", [("Non-state actor overtakes territory", None)]),  # a place
    ("Jihadists release a video of hostages held in the desert near Timbuktu.", []),  # a video, no release
    ("Al-Qaeda frees a Swiss hostage held in Timbuktu.", [("Agreement", None)]),  # a form it found missed
])
def test_second_review_of_the_fifteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # fighting that goes on, resumes or rages is a fight, beside a truce agreed in the same clause
    ("Rebels agree to a truce with the army near Gao, but fighting rages on in the town.",
     [("Armed clash", None), ("Agreement", None)]),
    ("Fighting resumed near Konna on Monday.", [("Armed clash", None)]),
    ("The fighting continues to shape the election debate in Atlanta.", []),
])
def test_fighting_that_goes_on(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a bare word of killing by a fighting side named before it: typed by its victims (civilians, forces, a crowd)
    ("Soldiers fatally shoot a herder near Gao.", [("Attack", 1)]),
    ("Soldiers kill a herder near Gao.", [("Attack", 1)]),
    ("Rebels kill five soldiers near Gao.", [("Armed clash", 5)]),
    ("Police fatally shoot a protester in Bamako.", [("Excessive force against protesters", 1)]),
    # ... not by a lone attacker or no one armed, nor beside the deed that killed, nor the attacker's own death
    ("A man kills his wife in Gao.", []),
    ("A gunman kills two worshippers at a church in Atlanta.", []),
    ("Floods kill 12 in Gao.", []),
    ("A bomb kills 5 in Gao as rebels in Timbuktu kill 12 soldiers.",
     [("Remote explosive/landmine/IED", 5)]),
    ("Suicide bombers kill 14 worshippers at two mosques in Gao.", [("Suicide bomb", 14)]),
    ("Police shoot a suspected thief in Bamako.", []),  # policing with no death: no event
])
def test_a_bare_word_of_killing(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the border or road between two places is one event, not one in each (the noun of places may carry a word)
    ("Soldiers and rebels trade fire on the road between the northern towns of Gao and Timbuktu, leaving nine dead.",
     [("Armed clash", 9)]),
    ("Soldiers and rebels trade fire on the border between the Malian regions of Gao and Timbuktu.",
     [("Armed clash", None)]),
    ("Airstrikes hit Gao and Timbuktu.", [("Air/drone strike", None), ("Air/drone strike", None)]),
])
def test_a_stretch_between_two_places(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # an attack whose side acted upon is state forces is a fight (ACLED's violence against civilians targets civilians)
    ("Jihadists have killed 30 people, mostly police officers, near Gao in the past week.", [("Armed clash", 30)]),
    ("Jihadists attack a village near Gao, killing 12 civilians.", [("Attack", 12)]),
    # ... and a force noun that only says what someone outside it criticises is no side at all
    ("Gunmen shoot dead an outspoken police critic in Bamako.", [("Attack", 1)]),
    ("Gunmen kill a well-known army critic in Bamako.", [("Attack", 1)]),
    # ... nor police who only told of it
    ("Gunmen attacked a camp near Gao, killing nine, police said.", [("Attack", 9)]),
    # ... and people the actors table names as civilians (actors.csv) were attacked, not fought; herders and farmers
    # who fight are communal militias (fighting_people.txt), soldiers a state's
    ("Gunmen attacked tourists near Gao.", [("Attack", None)]),
    ("Rebels attacked a group of miners near Gao.", [("Attack", None)]),
    ("Jihadists attacked missionaries near Gao.", [("Attack", None)]),
    ("Herders clashed with farmers near Gao.", [("Armed clash", None)]),
    ("Rebels attacked soldiers near Gao.", [("Armed clash", None)]),
])
def test_forces_attacked_were_fought(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a riot in a prison, at a match or a festival with no word of protest is mob violence, no demonstration
    ("A riot at a prison in Gao leaves nine inmates dead.", [("Mob violence", 9)]),
    ("Fans riot after a football match in Bamako, injuring 20.", [("Mob violence", None)]),
    ("Inmates riot at a prison in Bamako to protest overcrowding.", [("Violent demonstration", None)]),
    ("Rioters torch shops in Gao after a disputed election.", [("Violent demonstration", None)]),
])
def test_riots_with_no_demonstration(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a post, outpost or base set up by armed men is a base established; a post office or relief camp is not
    ("Turkish troops built an observation post outside Gao.", [("Headquarters or base established", None)]),
    ("The army has established two new military bases near Gao.", [("Headquarters or base established", None)]),
    ("The town set up a new post office in Gao.", []),
    ("Aid groups set up relief camps near Gao.", []),
    # a capture with its day before its object ("captured on Sunday the town of"); "captured on camera" is none
    ("Troops captured on Sunday the river port of Gao.", [("Government regains territory", None)]),
    ("The shooting was captured on a security camera in Gao.", []),
])
def test_bases_set_up_and_captures_dated_first(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # explosives set off by armed men are a bomb; a controlled detonation by the forces that found it is none
    ("Militants detonated explosives beneath a bridge near Gao.", [("Remote explosive/landmine/IED", None)]),
    ("Army engineers safely detonated a landmine found near Gao.", [("Disrupted weapons use", None)]),
    # warplanes or artillery that destroyed something struck it
    ("Syrian warplanes destroyed an arms depot in Gao.", [("Air/drone strike", None)]),
    ("Rebels destroyed a bridge near Gao.", [("Looting/property destruction", None)]),
    # a mine stuck to a hull is a bomb planted
    ("A tanker is hit by a limpet mine off the coast near Gao.", [("Remote explosive/landmine/IED", None)]),
])
def test_explosives_set_off_and_destruction_from_the_air(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a ship a side captures is property taken (seized_objects.csv), its noun read past a long flag before it
    ("Rebels capture a Liberian-flagged chemical products tanker off Gao.", [("Looting/property destruction", None)]),
    ("Rebels capture a cargo ship off Gao.", [("Looting/property destruction", None)]),
])
def test_a_ship_captured(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # "protest" qualifying a thing (a sign, a song, a vote, a note) is no protest held
    ("A man holding a protest placard was hit by a car in Atlanta.", []),
    ("A protest vote in Bamako unseats the mayor.", []),
    ("The court in Bamako strikes down parts of the new protest law.", []),
    ("Hundreds join a protest in Bamako.", [("Peaceful protest", None)]),
])
def test_protest_as_a_things_qualifier(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the review of the sixteenth session's rules (helper-225): misfires it found, fixed
    ("Malian troops kill time at the Gao base as talks stall.", []),  # an idiom
    ("Police warn that speeding drivers kill hundreds each year in Bamako.", []),  # the drivers kill
    ("Malian soldiers kill a rogue elephant near Gao.", []),
    ("A soldier kills his wife in a domestic dispute in Bamako.", []),
    ("Atlanta police fatally shoot an armed robbery suspect.", []),
    ("Gendarmes kill a student protester in Bamako.", [("Excessive force against protesters", 1)]),
    ("Police kill a protester's brother at his home in Gao.", [("Attack", 1)]),
    ("Traders riot near the stadium in Bamako over a tax rise.", [("Violent demonstration", None)]),
    ("Residents riot in Konna after soldiers shoot a guest at a wedding.", [("Violent demonstration", None)]),
    ("Rioters torch a police station in Gao after a young man dies in jail.", [("Violent demonstration", 1)]),
    ("The army set up a post-war reconstruction fund in Bamako.", []),
    ("The army created the post of deputy chief of staff in Bamako.", []),
    ("Police set up a crisis headquarters after floods in Gao.", []),
    ("French troops build a new military base near Gao.", [("Headquarters or base established", None)]),
    ("Soldiers detonated a bomb found near the Gao market.", [("Disrupted weapons use", None)]),
    ("Miners detonated explosives at a gold mine near Gao.", []),
    ("The minister's resignation set off a political bomb in Bamako.", []),
    ("Islamists captured on Monday two soldiers near Gao.", []),  # people, no place: as without the day
])
def test_review_of_the_sixteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # one person arrested is political when a calling in apposition to the passive's subject says so
    ("Amadou Diallo, an investigative reporter for an independent news website in Mali, is detained in Bamako.",
     [("Arrests", None)]),
    ("A French tourist is arrested in Bamako for smuggling.", []),
])
def test_a_reporter_held_named_far_before(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the second review of the sixteenth session's rules (helper-226): misfires it found, fixed
    ("Soldiers kill stray dogs in Gao.", []),
    ("The Rebels kill off the Tigers' comeback in a Bamako cup final.", []),
    ("Prisoners riot in Bamako to demand speedy trials.", [("Violent demonstration", None)]),
    ("Inmates riot at Bamako central prison, three killed.", [("Mob violence", 3)]),
    ("Traders protest music ban in Bamako.", [("Peaceful protest", None)]),
    ("Gunmen attacked a village near Konna, killing three, according to the police.", [("Attack", 3)]),
    ("Ibrahim Sow, a reporter for a Bamako radio station, says a thief was arrested in Bamako.", []),
    ("Jihadists built a support base among herders near Konna.", []),
])
def test_second_review_of_the_sixteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


def _dated(pipeline, text: str) -> list[tuple[str, str]]:
    """(sub-event type, first day) of each event the pipeline makes of a text."""
    return [(e.sub_event_type, str(e.date_start)) for e in _events(pipeline, text)]


@pytest.mark.parametrize("text, dated", [
    # a date in a long "since" clause told after the event dates that clause's verb, not the event (published
    # 6 March 2015: the report's day and the day before)
    ("French jets bomb rebel positions in Gao, the first air strikes in the Gao region since a truce ended weeks "
     "of fighting between the army and the rebels in October 2012.", [("Air/drone strike", "2015-03-05")]),
    # ... and the verb of that clause, when it is the event, has it
    ("Soldiers have held Konna since they retook it from the rebels in January.",
     [("Government regains territory", "2015-01-01")]),
    # guards: the event's own day before a "since" of comparison; a comparison's year
    ("Rebels attacked Gao on Tuesday, the first attack in the region since the army took back the town from the "
     "jihadists in January 2013.", [("Armed clash", "2015-03-03")]),
    ("Rebels attacked Gao on Friday, the worst attack since the coup of March 2012.", [("Armed clash", "2015-03-06")]),
])
def test_a_since_clause_dates_its_own_verb(pipeline, text, dated):
    assert _dated(pipeline, text) == dated


@pytest.mark.parametrize("text, found", [
    # a side's figure captured, as the object or as the passive's subject: a person held, an arrest, no place taken
    ("Malian troops capture a senior commander of Ansar Dine near Gao.", [("Arrests", None)]),
    ("Abu Bakr al-Tuwati, a spokesman for the rebels, is captured in Gao.", [("Arrests", None)]),
    ("Police say the leader of a rebel cell was captured by commandos in Gao.", [("Arrests", None)]),
    # guards: the figure owns the place taken, or is told in an aside of the place
    ("Troops capture the rebel leader's hometown of Konna.", [("Government regains territory", None)]),
    ("The rebel stronghold of Konna, home of the group's leader, was captured by troops.",
     [("Government regains territory", None)]),
])
def test_a_figure_captured_is_arrested(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # an attack on a place of worship in a country at peace is a deed against a faith, not a gang's crime
    ("Two attacks on mosques in Paris leave 12 people dead.", [("Attack", 12)]),
    ("Two attacks at nightclubs in Paris leave 12 people dead.", []),
    # a series of blasts is a bomb however long its subject runs before the toll
    ("A series of blasts at chapels and guest houses in three towns of Mali, including the old trading city of "
     "Gao, kills 30 people.", [("Remote explosive/landmine/IED", 30)]),
    ("A series of explosions at a fuel depot near Gao kills nine workers; officials blame a gas leak.", []),
])
def test_worship_attacked_and_a_series_of_blasts(pipeline, text, found):
    assert _found(pipeline, text) == found



@pytest.mark.parametrize("text, found", [
    # what those arrested are held in connection to is their charge, not an event of the report
    ("Authorities in Bamako arrest a colonel and ten more men in connection to a foiled plot to kill the "
     "president.", [("Arrests", None)]),
    ("Gendarmes detain four men in Gao in connection to the bombing of a bus station.", [("Arrests", None)]),
])
def test_held_in_connection_to(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # an attack named by its doers ("a rebel attack") on the army's positions is a fight, however many died
    ("A rebel attack on two army positions near Gao leaves 31 people dead.", [("Armed clash", 31)]),
    ("A militant attack on a market near Gao leaves 12 people dead.", [("Attack", 12)]),
    # guard: an attack only feared
    ("Gao residents fear a rebel attack.", []),
])
def test_an_attack_named_by_its_doers(pipeline, text, found):
    assert _found(pipeline, text) == found



TESSIT = Place(-71, "Tessit", 15.2, 0.9, "ML", feature_class="A", feature_code="ADM2", admin1_code="09")
MENAKA = Place(-72, "Menaka", 15.9, 2.4, "ML", feature_class="A", feature_code="ADM1", admin1_code="10")


@pytest.mark.parametrize("district, province, address", [
    # a district and a province the text names by their levels are an address, though the gazetteer's older
    # boundaries put the district in another province
    ("Tessit District", "Menaka Province", True),
    # without the words of their levels, the gazetteer's provinces decide: two places
    ("Tessit", "Menaka", False),
])
def test_a_district_and_its_province_by_name(district, province, address):
    from extract.event_places import _qualifies
    text = f"Rebels capture a base in {district}, {province}."
    first, second = text.index(district), text.index(province)
    assert _qualifies(text, Toponym(district, first, first + len(district), TESSIT),
                      Toponym(province, second, second + len(province), MENAKA)) is address


@pytest.mark.parametrize("text, found", [
    # militants attacking checkpoints or outposts attack the forces manning them: a fight
    ("Militants attack checkpoints near Gao. Seven gendarmes are killed.", [("Armed clash", 7)]),
    ("Jihadists attack two army outposts near Gao.", [("Armed clash", None)]),
])
def test_checkpoints_attacked(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # stun grenades thrown to disperse a crowd are no grenade attack, and no lethal force
    ("Police fire stun grenades at protesters in Bamako.", [("Protest with intervention", None)]),
    ("Hundreds riot in Bamako; police respond with water cannon and stun grenades.", [("Violent demonstration", None)]),
    # guard: a grenade thrown at a crowd
    ("A grenade is thrown at protesters in Bamako.", [("Excessive force against protesters", None)]),
])
def test_stun_grenades(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # soldiers or police no longer serving are civilians when killed
    ("Gunmen kill three former soldiers in Gao.", [("Attack", 3)]),
    ("An ex-soldier is killed by gunmen in Gao.", [("Attack", 1)]),
    # guard: serving soldiers killed are a fight
    ("Gunmen kill three soldiers in Gao.", [("Armed clash", 3)]),
])
def test_former_soldiers_killed(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the seventeenth session's review: a figure that owns the place taken, or tells of its capture, is not taken
    ("The Malian army captures the hometown of a rebel leader near Gao.", [("Government regains territory", None)]),
    ("Gao, home of the rebel leader, was captured by the army on Monday.", [("Government regains territory", None)]),
    ("According to the rebel spokesman, Timbuktu was captured by French troops.",
     [("Government regains territory", None)]),
    ("The rebel leader said Gao was captured by the army on Monday.", [("Government regains territory", None)]),
    # a permission or preparations told as what came before the act hedge nothing
    ("After receiving approval to use force, troops attacked Islamist positions near Konna.", [("Armed clash", None)]),
    ("Militants made preparations for weeks, then detonated a car bomb in Gao.",
     [("Remote explosive/landmine/IED", None)]),
    # an anniversary's "when" hedges only its own deed
    ("On the anniversary of the day when French troops freed Gao a car bomb killed 12 people in its market.",
     [("Remote explosive/landmine/IED", 12)]),
    # other senses: a demonstration for a class, verbal attacks, a passive hit, a council's rebels
    ("A chef used two children to demonstrate for the cameras how to bake bread.", []),
    ("Critics decry the senator's verbal attacks on Atlanta mosques.", []),
    ("A bus hit by a rocket near Gao; seven passengers killed.", [("Shelling/artillery/missile attack", 7)]),
    ("Rebel attacks on the budget bill fail in the Atlanta city council.", []),
])
def test_review_of_the_seventeenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a country opening a clause after a comma is its subject as it is the sentence's ("In response to ..., Mali
    # launches strikes"): its forces struck
    ("In response to rockets fired from the hills, Mali launches strikes on Gao.", [("Air/drone strike", None)]),
    ("Mali launches strikes on rebel bases near Gao.", [("Air/drone strike", None)]),
])
def test_a_country_opening_a_clause(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # "bombs" as a headline's verb, its targets after it: an air strike
    ("The army bombs rebel positions near Gao.", [("Air/drone strike", None)]),
    ("France bombs jihadist camps near Gao.", [("Air/drone strike", None)]),
    # guard: bombs as things
    ("Police defused two bombs the size of a football in Gao.", [("Disrupted weapons use", None)]),
    ("Troops defuse two bombs planted near army positions in Gao.", [("Disrupted weapons use", None)]),
])
def test_bombs_as_a_verb(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a market bombed, in the plural present of headlines
    ("Militants bomb a market in Gao.", [("Remote explosive/landmine/IED", None)]),
    # guard: a police search is no raid of a side (a raid row was tried and dropped: "raid a school and abduct 30
    # girls" became two events)
    ("Police raided a house in Bamako.", []),
])
def test_bombs_in_the_present(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a neighbourhood attacked is where people live: an attack on them; seized, it is territory
    ("Militiamen attack a Muslim neighbourhood in Gao.", [("Attack", None)]),
    ("Rebels seize a neighbourhood of Gao from government forces.", [("Non-state actor overtakes territory", None)]),
])
def test_a_neighbourhood_attacked(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # fighters who surrender to the other side: ACLED codes the surrender as an agreement
    ("Ten rebels have surrendered to the army near Gao.", [("Agreement", None)]),
    ("Hundreds of rebels lay down their arms in Gao.", [("Agreement", None)]),
    # guards: a surrender refused or called for, a suspect's to the police, a country's to pressure
    ("The rebels refuse to surrender to the army in Gao.", []),
    ("A suspect surrendered to police in Atlanta.", []),
    ("Mali surrendered to pressure from donors.", []),
])
def test_fighters_surrender(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the second review of the seventeenth session: other senses of the words its rows tried
    ("Market traders in Bamako flog cheap phones to students.", []),
    ("Rebels burn a lot of cash on weapons, a UN report says.", []),
    ("Sarin has killed 40 people in Konna.", [("Chemical weapon", 40)]),
    ("UN investigators say there are grounds to believe chemical weapons have been used near Gao.", []),
])
def test_second_review_of_the_seventeenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the third review of the seventeenth session (false events on news of other kinds): rows and relaxations that
    # misfired were dropped (a road blocked, a small group or people as a crowd, "to demonstrate against", a country
    # after an opening phrase); these stay no event
    ("After a slow start, France attack the Irish line and score twice in Atlanta.", []),
    ("Thousands of revellers block the main road in Bamako to celebrate the team's win.", []),
    ("A teacher resigns in protest over the school closure in Atlanta.", []),
    ("Thousands of farmers are set to demonstrate against the new tax in Bamako on Friday.", []),
    ("The Army surrendered to Navy 17-14 in the annual game in Atlanta.", []),
    ("Party rebels have surrendered to the whips ahead of the budget vote.", []),
    ("Gunman surrenders to FBI agents after a standoff in Atlanta.", []),
    ("Pastor dies of a heart attack on the church steps in Atlanta.", []),
    ("The insurgent attack on the party leadership failed at the Atlanta convention.", []),
    # ... while a surrender in a relative clause is no agreement of its own
    ("Soldiers who surrendered to jihadists in Konna were executed.", [("Attack", None)]),
    ("An attack on a synagogue in Paris leaves two dead.", [("Attack", 2)]),
])
def test_third_review_of_the_seventeenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # deaths stated where the typer, held to the typing threshold, puts its doubt first though an ACLED event is
    # likelier than not: typed again at the deaths threshold, as a violent type below the threshold was
    ("A teacher was killed and two pupils were injured during an attack near Gao.", [("Attack", 1)]),
    ("Two soldiers are killed near Konna.", [("Armed clash", 2)]),
    ("Four police officers are killed in Timbuktu.", [("Armed clash", 4)]),
    # ... unless the killer named after "by" is no fighting side: a crime or an accident
    ("An army officer is killed by his wife in Bamako.", []),
    ("Two police officers are killed by a drunk driver in Atlanta.", []),
    ("A policeman is killed by a bull in Konna.", []),
    # ... and where it reads a disaster, a fighting side named as the killer makes the deaths violence
    ("Dozens of people were killed by paramilitary forces near Gao.", [("Attack", 12)]),
    # one death of a person named by the place he served: a toll, so the typer's doubtful attack is one
    ("The chief imam of Gao is killed in a night attack near Konna.", [("Attack", 1)]),
    # no event as before: accidents, disasters, illness
    ("Two soldiers are killed in a training accident near Konna.", []),
    ("Three soldiers are killed when their helicopter crashes near Gao.", []),
    ("Ten people are killed in a landslide in Konna.", []),
    ("A rebel commander dies of illness in Gao.", []),
])
def test_deaths_the_typer_doubts(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the review of the eighteenth session: a killer named after "by" is a fighting side only as the head of the
    # words after it; kin and animals name no violence; people killed with no doer, in no deed of violence, of no
    # fighting side, stay no event
    ("A cyclist was killed by a police car in Atlanta.", []),
    ("A pedestrian was killed by a car driven by a soldier in Bamako.", []),
    ("A girl was killed by a police dog in Bamako.", []),
    ("Gao's side were killed 3-0 by Police FC in the league.", []),
    ("Two patients were killed by a fire at the military hospital in Bamako.", []),
    ("Three people were killed during a police chase in Atlanta.", []),
    ("Three people were killed in an incident at a market in Gao.", []),
    ("The mayor of Gao was killed in a fall at his home.", []),
    ("The deputy mayor of Konna was shot dead by his brother in a land dispute.", []),
    ("Four villagers were killed by a lion near Timbuktu.", []),
    ("The imam of Timbuktu was assassinated by suspected jihadists.", [("Attack", 1)]),
])
def test_review_of_the_eighteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # clashes told beside a protest the police broke up, with no two armed sides named: the crowd's riot, one event
    ("Clashes erupt in Bamako as police break up an opposition rally.", [("Violent demonstration", None)]),
    ("Clashes broke out in Gao when police dispersed a march by students.", [("Violent demonstration", None)]),
    # ... but two armed sides' fight beside a protest is a fight and a protest
    ("Soldiers clash with jihadists near Gao as residents protest against insecurity.",
     [("Armed clash", None), ("Peaceful protest", None)]),
])
def test_clashes_beside_a_protest(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a change of hands told as a participle describing a place was told before: no capture reported here
    ("Soldiers patrol the recently liberated town of Gao.", []),
    ("Aid reaches the recently recaptured city of Gao.", []),
    ("Refugees return to the liberated city of Gao.", []),
    # ... while the capture told by its verb is one, as is a later capture of a place described so
    ("The army recaptured the city of Gao from jihadists.", [("Government regains territory", None)]),
    ("Rebels captured the town of Gao on Monday.", [("Non-state actor overtakes territory", None)]),
])
def test_a_place_described_by_its_capture(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a protest and, apart, the violent deed it followed: each its own event
    ("Residents protested in Gao after jihadists killed five villagers near Konna.",
     [("Peaceful protest", None), ("Attack", 5)]),
    ("Protesters rallied in Bamako against the army after clashes in Gao left ten soldiers dead.",
     [("Armed clash", 10), ("Peaceful protest", None)]),
    ("Students protested in Bamako after clashes between soldiers and rebels in Gao.",
     [("Armed clash", None), ("Peaceful protest", None)]),
    # ... and a protest that followed a disaster is a protest
    ("Workers rally in Bamako after a mine collapse killed 20 miners.", [("Peaceful protest", None)]),
])
def test_a_protest_and_the_deed_it_followed(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the second review of the eighteenth session: a deed after "after" told, not reported (in a relative clause, by a
    # report, a trial or a release) stays with the protest's clause
    ("Protests in Gao after the trial of jihadists who killed 30 villagers.", [("Peaceful protest", None)]),
    ("Demonstrators rallied in Bamako after a report said soldiers killed 30 civilians in 2019.",
     [("Peaceful protest", None)]),
    ("Residents protest in Gao after the release of jihadists who killed five villagers.", [("Peaceful protest", None)]),
    # a participle describing a place is no trigger, so a capture told after it keeps its slot
    ("The seized town of Konna was retaken by the army on Sunday.", [("Government regains territory", None)]),
    ("Jihadists attacked the recently liberated town of Konna, killing five soldiers.", [("Armed clash", 5)]),
    ("A bomb exploded in the recently liberated town of Gao, killing three.", [("Remote explosive/landmine/IED", 3)]),
    # a passive's subject that is a place where people live or work was attacked, as the active's object is
    ("A hotel in Bamako was attacked by gunmen.", [("Attack", None)]),
    ("The market in Gao was attacked by jihadists.", [("Attack", None)]),
    ("A police station in Gao was attacked by gunmen.", [("Armed clash", None)]),
])
def test_second_review_of_the_eighteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the typer's evidence hedged (an anniversary's deed), a side's event word after a pause past it is reported
    ("On the anniversary of the day when the president was killed, gunmen shot dead five people in Gao.",
     [("Attack", 5)]),
    # ... but a plan's second deed, with no side doing it after the pause, stays hedged
    ("Rebels plan to attack Gao, and kill its leaders.", []),
    ("Rebels threaten to attack Gao, saying soldiers will die.", []),
    # a phrase of charges opening the sentence, closed by a comma, hedges nothing after it
    ("In connection with the unrest, soldiers shot dead three men in Gao.", [("Attack", 3)]),
    ("In connection with the bombing in Gao, two men were sentenced to death.", []),
])
def test_a_deed_reported_after_a_hedged_one(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a side's figure captured by an armed group took no place: a fighter taken alone is no event of its own
    ("Rebels capture the army commander in Gao.", []),
    ("Rebels captured a police commander near Gao.", []),
    # ... by state forces an arrest, as before; a place named beside the figure is still taken
    ("Malian troops capture the rebel leader near Gao.", [("Arrests", None)]),
    ("Rebels capture the hometown of the army commander.", [("Non-state actor overtakes territory", None)]),
])
def test_a_figure_captured_by_an_armed_group(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the third review of the eighteenth session (news of other kinds): deaths of a fighting side count as violence only
    # in a country at war and in no accident; the crowd named again after "after", or a bare clash there, is the same
    # protest's; a clash told beside a protest is the crowd's only where a state force met it or it broke out at the
    # protest; a passive's subject is its head, before a place phrase; a relative
    # "that" is no determiner; a natural death of an official is no toll; a penalty shootout is sport
    ("A police officer was killed while directing traffic in Atlanta.", []),
    ("Two policemen were killed on a highway near Atlanta.", []),
    ("Two engineers were killed in a rocket engine test in Atlanta.", []),
    ("Opposition supporters marched on in Bamako after police opened fire on the crowd, killing three.",
     [("Excessive force against protesters", 3)]),
    ("Police fired tear gas at protesters in Atlanta after clashes.", [("Violent demonstration", None)]),
    ("Farmers protested in Gao as herders and farmers clashed near Konna.",
     [("Armed clash", None), ("Peaceful protest", None)]),
    ("Clashes broke out at a peaceful protest in Timbuktu, leaving three dead.", [("Violent demonstration", 3)]),
    ("A checkpoint near the market in Gao was attacked by gunmen.", [("Armed clash", None)]),
    ("Jets that bombed camps near Gao returned safely.", [("Air/drone strike", None)]),
    ("Jihadists shelled Gao on the day the former governor of Gao died in a Bamako hospital.",
     [("Shelling/artillery/missile attack", None)]),
    ("Fans protested in Bamako after the Eagles were knocked out in a penalty shootout.", [("Peaceful protest", None)]),
])
def test_third_review_of_the_eighteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a shell told only by what it did, in the passive: shelling, with no side named
    ("Two children were killed by a shell in Gao on Monday.", [("Shelling/artillery/missile attack", 2)]),
    ("Three houses were hit by shells in Gao.", [("Shelling/artillery/missile attack", None)]),
    ("The firm is owned by a shell company in Gao.", []),
    # a blast at a mine or a quarry with no bomb and no side named is an accident of industry ...
    ("An explosion at a gold mine near Gao killed 12 miners.", []),
    ("A blast at a quarry in Gao killed four workers.", []),
    # ... but a bomb there, an attack on it, or a landmine that kills miners is an event
    ("A bomb exploded at a gold mine near Gao, killing 12 miners.", [("Remote explosive/landmine/IED", 12)]),
    ("Jihadists attacked a gold mine near Gao, killing 12 miners.", [("Attack", 12)]),
    ("A landmine killed two deminers near Gao.", [("Remote explosive/landmine/IED", 2)]),
])
def test_a_shell_told_by_its_victims_and_a_blast_at_a_mine(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # "to" before a word of protest after a verb of assembling says why people came: the protest is reported
    ("Lawyers gather outside the court in Gao to demonstrate against new fees.", [("Peaceful protest", None)]),
    ("Lawyers gathered in Gao to protest against new fees.", [("Peaceful protest", None)]),
    ("A few hundred people gathered in Gao to protest against the tax.", [("Peaceful protest", None)]),
    # ... but a gathering planned or expected, or a deed of another kind it was for, is no event yet
    ("Unions plan to gather in Gao to protest against new fees.", []),
    ("Thousands are expected to gather in Gao to protest on Friday.", []),
    ("Lawyers will gather in Gao to protest.", []),
    ("Troops gathered near Gao to attack the town.", []),
])
def test_people_gathered_to_protest(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # an acronym after a determiner opening the sentence is no word of a name ("An IED" is no "Pussy Riot")
    ("An IED exploded near Gao.", [("Remote explosive/landmine/IED", None)]),
    ("An IED destroyed a truck near Gao.", [("Remote explosive/landmine/IED", None)]),
    ("The Desert Storm veterans met in Gao.", []),
])
def test_an_acronym_after_a_determiner(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a review's probes of the session's rules (helper-241): a shell of another sense, a compound's first part
    ("Investors in Bamako were hit by a shell company fraud.", []),
    ("Fishermen near Gao hit by a Shell oil spill.", []),
    ("A bather was struck by a shell thrown by a boy on the riverbank in Gao.", []),
    ("Bamako traders hit by a shell-shocked currency market.", []),
    ("Turtles on a beach near Atlanta were killed by a shell-crushing disease.", []),
    ("A school in Konna was hit by a shell, wounding four pupils.", [("Shelling/artillery/missile attack", None)]),
    # a blast at a mine that a side claims or is blamed for is a bomb
    ("An explosion at a gold mine near Gao killed 12 miners; JNIM claimed responsibility.",
     [("Remote explosive/landmine/IED", 12)]),
    ("Blast kills six miners at a gold mine near Gao; the army blames rebels.", [("Remote explosive/landmine/IED", 6)]),
    # a gathering to march on a town, to rally support, or that nobody made is no protest
    ("Rebel fighters gathered near Konna to march on the town.", []),
    ("Nobody gathered in Bamako to protest, police said.", []),
    ("Hundreds gathered in Bamako on Saturday to march against the junta.", [("Peaceful protest", None)]),
    # a name that opens with a determiner keeps its capitals a name's
    ("The Clash played a concert in Gao.", []),
    ("The IED Detection Company opened an office in Bamako.", []),
    ("The Riot Club was screened in Bamako on Saturday.", []),
    ("The Ambush, a new thriller, opened in cinemas in Bamako.", []),
    ("The Massacre, a local rap group, performed in Gao.", []),
    ("Malians in Bamako watched The Bombing of Gao, a documentary.", []),
])
def test_review_of_the_nineteenth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # captives a sentence says were then killed: one attack, not an abduction beside it
    ("A village chief was kidnapped and beheaded near Konna.", [("Attack", None)]),
    ("Two aid workers were abducted and later killed near Gao.", [("Attack", None)]),
    ("Militants abducted three teachers near Gao and beheaded them.", [("Attack", None)]),
    # ... but captives freed, or others killed beside the taking, leave it as it was
    ("Gunmen abducted two nurses near Gao and freed them later.", [("Abduction/forced disappearance", None)]),
    ("Gunmen kidnapped and killed a village chief near Konna.", [("Attack", 1)]),
])
def test_captives_then_killed(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a review of the captives' rule (helper-242): "them" after a relative clause's taking may be its doers, a
    # killing vowed or threatened is none, and "her" before a noun is a possessive
    ("Police found the men who kidnapped a trader in Bamako and killed them in a shootout.",
     [("Armed clash", None), ("Abduction/forced disappearance", None)]),
    ("Villagers caught two men who abducted a girl near Konna and lynched them.",
     [("Mob violence", None), ("Abduction/forced disappearance", None)]),
    ("Gunmen kidnapped two nurses near Gao and vowed to torture and kill them.",
     [("Abduction/forced disappearance", None)]),
    ("Militants abducted two aid workers near Gao and threatened to torture and behead them.",
     [("Abduction/forced disappearance", None)]),
    ("Gunmen abducted a woman near Konna and killed her two brothers.", [("Abduction/forced disappearance", None)]),
    ("Gunmen abducted a woman near Konna and killed her.", [("Attack", None)]),
])
def test_review_of_the_captives_rule(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a death by a gun or a deed of war told in the passive, in a country at war, is an attack whoever did it (a
    # fight when the dead were police); not in a country at peace, nor of kin, animals, an attacker, or in a relative
    # clause (a knife's stays crime until an armed group is named: `test_a_claim_told_later`)
    ("A village elder was gunned down in Konna.", [("Attack", 1)]),
    ("Two policemen were gunned down in Gao on Monday.", [("Armed clash", 2)]),
    ("A teacher was beheaded near Timbuktu.", [("Attack", 1)]),
    ("A local councillor was shot and killed in Timbuktu.", [("Attack", 1)]),
    ("A tourist was shot dead in Atlanta.", []),
    ("His wife was shot dead in Gao.", []),
    ("Three lions were shot dead near Gao.", []),
    ("The raid was over after a second gunman was shot dead in Bamako.", []),
    ("Relatives of a trader who was shot dead in Gao in 2012 demand justice.", []),
    ("A man was shot dead in a hunting accident near Konna.", []),
    ("A herder was killed in Konna.", []),
])
def test_a_death_by_a_weapon_in_the_passive(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a review of the rule of deaths by a gun (helper-244): a gun's mishap, a private crime, a story, a death denied,
    # feared or escaped, an animal in the singular, a dealer police shot, words that kill no one; the head of the
    # subject is read before its relative clause or participle
    ("A notorious drug dealer was shot dead by police in Bamako.", []),
    ("A man was shot dead while cleaning his gun in Gao.", []),
    ("A teenager was shot dead when a friend's rifle went off in Gao.", []),
    ("Two men were gunned down in a gang feud in Bamako.", []),
    ("Three people were shot dead when a hunter fired at a wild boar near Konna.", []),
    ("A wedding guest was shot and killed when a reveller fired into the air in Timbuktu.", []),
    ("The film's hero is shot dead in Bamako at the end.", []),
    ("In the new series filmed in Gao, a young officer is gunned down in the first episode.", []),
    ("The army denied that the captive was shot dead in Timbuktu.", []),
    ("The chief narrowly escaped being shot dead in Konna.", []),
    ("Had the guard not intervened, the mayor would have been shot dead in Gao.", []),
    ("A camel was shot dead at a checkpoint near Gao.", []),
    ("The home team was slaughtered 6-0 in Gao.", []),
    ("The reform bill was shot dead in parliament in Bamako.", []),
    ("A herder searching for his cattle was shot dead near Konna.", [("Attack", 1)]),
    ("A witness who identified the gunman was shot dead in Gao.", [("Attack", 1)]),
    # a person told with a relative clause before the passive is acted upon, no lone attacker
    ("A driver who worked for the UN was gunned down in Gao.", [("Attack", 1)]),
    ("A gunman who was wearing a vest killed five people in Gao.", []),
])
def test_review_of_the_deaths_by_a_gun(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a miss hunt (helper-243): a crowd that burns vehicles or buildings, sets them ablaze or pelts with stones makes
    # its protest a riot (not "burn the flag", nor burning others did); killing verbs with the particle first; stoning;
    # gang rape; forced disappearance
    ("Protesters burn vehicles in Bamako.", [("Violent demonstration", None)]),
    ("Demonstrators set the governor's office ablaze in Gao.", [("Violent demonstration", None)]),
    ("Students rally in Bamako and burn vehicles.", [("Violent demonstration", None)]),
    ("Protesters burn the national flag outside the embassy in Bamako.", [("Peaceful protest", None)]),
    ("Protesters said soldiers burned their cars in Gao.", [("Peaceful protest", None)]),
    ("Jihadists stone a woman to death in Timbuktu.", [("Attack", None)]),
    ("Soldiers gang-rape women near Gao, a UN panel says.", [("Sexual violence", None)]),
    ("A student activist is forcibly disappeared by security forces in Bamako, his family says.",
     [("Abduction/forced disappearance", None)]),
    ("A mob beat to death a man accused of theft in Bamako.", [("Mob violence", 1)]),
])
def test_a_miss_hunt_of_the_twentieth_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a deed of protest before "to" or "in" and a word of protest tells what people did (protest_deeds.txt): a
    # blockade or an occupation with its place, a dumping with what was dumped, self-immolation; not a veto, a
    # resignation, a walkout, nor a plan
    ("Residents barricaded the bridge in Konna to protest the eviction of traders.", [("Peaceful protest", None)]),
    ("Farmers dump manure outside government offices in Bamako to protest new rules.", [("Peaceful protest", None)]),
    ("Activists chained themselves to the gates of the ministry in Bamako to protest the new law.",
     [("Peaceful protest", None)]),
    ("A monk sets himself on fire in Atlanta in protest against the war.", [("Peaceful protest", None)]),
    ("Mali blocked the regional budget in protest over the sanctions.", []),
    ("The minister resigned in protest over the budget in Bamako.", []),
    ("Opposition lawmakers walked out of parliament in Bamako in protest.", []),
    ("Unions plan to block roads in Bamako to protest the pension reform.", []),
])
def test_a_deed_done_in_protest(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # bombs dropped, and glide or aerial bombs, are strikes from the air; a crowd's stones thrown at someone are a riot
    # (not stones thrown by someone unnamed, nor in the passive with no crowd named)
    ("Jets drop bombs on rebel positions near Gao, killing two.", [("Air/drone strike", 2)]),
    ("A glide bomb hits an apartment block in Gao, killing five.", [("Air/drone strike", 5)]),
    ("Aid planes drop food over Gao.", []),
    ("Youths throw stones at a police convoy in Gao.", [("Violent demonstration", None)]),
    ("A crowd pelts soldiers with stones in Bamako.", [("Violent demonstration", None)]),
    ("Police say someone threw stones at a passing train near Atlanta.", []),
    ("Soldiers were pelted with stones in Gao.", []),
])
def test_bombs_dropped_and_stones_thrown(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a review of the protest deeds and the crowd's damage (helper-245): a veto, a state's or a company's blockade, a
    # climb of prices, an armed group's occupation, a deed before another subject's resignation; damage denied,
    # called off or done by others; killings by stoning told in the passive left to the typer; a class of victims
    ("Republican senators blocked the highway bill in Atlanta in protest over spending.", []),
    ("Mali blocked the border crossing near Gao in protest at the new tariffs imposed by its neighbour.", []),
    ("A technology company blocked access to news sites in Atlanta in protest against a new media law.", []),
    ("Police blocked the bridge in Bamako as the opposition leader resigned in protest over the vote.", []),
    ("After a landslide blocked the road to Konna, the mayor resigned in protest over the lack of aid.", []),
    ("Prices of bread climbed again in Bamako on Monday in protest, a baker joked.", []),
    ("Protesters denied throwing rocks at police in Atlanta, saying the march was peaceful.",
     [("Peaceful protest", None)]),
    ("Demonstrators in Bamako urged the police to stop burning the cars of opposition members.",
     [("Peaceful protest", None)]),
    ("A woman was stoned to death in Gao, residents said.", [("Attack", None)]),
    ("Parliament passes a law criminalising forced disappearance in Bamako.", []),
    ("Families of the forcibly disappeared protest in Bamako.", [("Peaceful protest", None)]),
    ("Truck drivers blockaded the junction outside Gao in protest over roadside extortion by soldiers.",
     [("Peaceful protest", None)]),
])
def test_review_of_the_protest_deeds(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a gendarme, a UN peacekeeper in the singular: state forces (a gendarme shot dead was fought, as a police officer)
    ("A gendarme was shot dead in Konna.", [("Armed clash", 1)]),
    ("A gendarme helped villagers flee the floods near Konna.", []),
])
def test_a_gendarme_is_police(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the toll after a verb of killing whose particle comes first ("hack to death five villagers")
    ("Gunmen hack to death five villagers near Konna.", [("Attack", 5)]),
    ("Militants stone to death a man accused of adultery in Timbuktu.", [("Attack", 1)]),
    ("Soldiers beat to death three herders near Konna, witnesses say.", [("Attack", 3)]),
])
def test_a_toll_after_a_particle_first(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # "riot" and "mob" naming a thing ("riot police", "anti-riot gear", "a mob boss") are no evidence for the typer
    ("Riot police fired tear gas at students marching in Bamako against higher fees.",
     [("Protest with intervention", None)]),
    ("Anti-riot police broke up a sit-in by teachers in Gao.", [("Protest with intervention", None)]),
    ("A mob boss was sentenced to life in prison in Bamako.", []),
    ("A riot broke out in Gao after the vote count.", [("Violent demonstration", None)]),
    ("A mob lynched a suspected thief in Gao.", [("Mob violence", 1)]),
])
def test_a_naming_word_is_no_act(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # fire exchanged or traded with heavy weapons is both sides' fight, not one side's shelling
    ("Malian troops and rebels exchanged artillery fire near Konna.", [("Armed clash", None)]),
    ("Soldiers and jihadists traded mortar fire outside Gao on Sunday.", [("Armed clash", None)]),
    ("An exchange of rocket fire between the army and rebels killed three soldiers near Gao.", [("Armed clash", 3)]),
    ("Rebels shelled army positions near Gao with mortars.", [("Shelling/artillery/missile attack", None)]),
])
def test_fire_exchanged_with_heavy_weapons(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a release of hostages told in the passive, by their kidnappers, or of "its" captives is the release (ACLED:
    # Agreement), not the kidnapping it ends
    ("Six kidnapped aid workers were released in Gao.", [("Agreement", None)]),
    ("A mayor who was kidnapped by Ansar Dine last month is freed near Konna.", [("Agreement", None)]),
    ("Kidnappers release three Malian engineers near Gao.", [("Agreement", None)]),
    ("Ansar Dine releases its last remaining military captives in Gao.", [("Agreement", None)]),
    ("Gunmen kidnap six aid workers in Gao.", [("Abduction/forced disappearance", None)]),
    # ... and a bare verb of freeing whose captives are told near it: after it, or about it in the passive; their
    # taking told there is the release's past
    ("Ansar Dine frees 12 traders it had kidnapped near Gao.", [("Agreement", None)]),
    ("The rebels free a former mayor of Gao who had been held hostage since March.", [("Agreement", None)]),
    ("Jihadists release two engineers after five months in captivity near Gao.", [("Agreement", None)]),
    ("Observers held hostage for a week by rebels in Konna are released.", [("Agreement", None)]),
    ("Traders kidnapped by gunmen at a market in Gao last year are freed.", [("Agreement", None)]),
    # ... nor the noun
    ("Protesters in Bamako demand the release of the kidnapped teachers.", [("Peaceful protest", None)]),
    # ... not soldiers or police freeing them (a rescue), nor a thing released
    ("Malian troops free 20 hostages held by jihadists near Gao.", []),
    ("Two hostages are freed by the army near Gao.", []),
    ("Ansar Dine releases a video of two hostages it holds near Gao.", []),
])
def test_hostages_released(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # one side accusing an armed side of a deed and telling the harm it did reports the deed (the headline sets code
    # it, the accuser naming its doer)
    ("The government accuses the rebels of shelling a school in Gao, injuring three children.",
     [("Shelling/artillery/missile attack", None)]),
    # ... not a charge, nor an accusation that tells no harm
    ("Prosecutors accuse a former mayor of ordering a massacre in Gao, killing 30 men.", []),
    ("The government accuses the rebels of shelling civilians in Gao.", []),
])
def test_an_accusation_that_tells_the_harm_done(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # attackers the police kill at the end of their attack are of its story, counted or not: no attack on them
    ("Gunmen kill three traders at a market in Gao; police shoot dead two of the attackers.", [("Attack", 3)]),
])
def test_attackers_killed_at_the_end_of_their_attack(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # soldiers among the dead of a toll told after "with" make the attacks fights, whoever else died (ACLED: an attack
    # on state forces is a battle); civilians alone leave them attacks on civilians
    ("Attacks hit Gao and Konna, with dozens of civilians and police officers killed.",
     [("Armed clash", "Unidentified Armed Group (Mali)"), ("Armed clash", "Unidentified Armed Group (Mali)")]),
    ("Rebels attack a market in Gao, with five civilians killed.", [("Attack", "Unidentified Armed Group (Mali)")]),
])
def test_soldiers_among_the_dead_of_a_toll_after_with(pipeline, text, found):
    assert [(e.sub_event_type, e.actor1) for e in _events(pipeline, text)] == found


@pytest.mark.parametrize("text, dated", [
    # a date told of the captives' taking or captivity is not the release's (published 6 March 2015: the report's
    # day and the day before); the release's own day is
    ("Traders kidnapped by gunmen near Gao last year are freed.", [("Agreement", "2015-03-05")]),
    ("The rebels free a former mayor of Gao who had been held hostage since March.", [("Agreement", "2015-03-05")]),
    ("Hostages kidnapped near Gao are freed on Wednesday.", [("Agreement", "2015-03-04")]),
])
def test_a_release_dated_by_its_own_day(pipeline, text, dated):
    assert [(e.sub_event_type, str(e.date_start)) for e in _events(pipeline, text)] == dated


@pytest.mark.parametrize("text, dated", [
    # a year in the topic heading a sentence opens with names the conflict, not the event's date (published 6 March
    # 2015: the report's day and the day before); a day there is a timeline's date
    ("Mali conflict (2012-present): Gunmen kill five traders near Gao.", [("Attack", "2015-03-05")]),
    ("2012-2013 northern Mali conflict: Rebels attack an army post in Konna.", [("Armed clash", "2015-03-05")]),
    ("March 3: Rebels attack an army post in Konna.", [("Armed clash", "2015-03-03")]),
    ("Rebels who took Konna in 2012 are tried in Bamako.", []),
])
def test_a_year_in_a_heading_names_the_conflict(pipeline, text, dated):
    assert _dated(pipeline, text) == dated


@pytest.mark.parametrize("text, found", [
    # a blast told by what it hit or ripped through is a bomb, unless a cause of an accident is told
    ("Twenty people were hurt when twin blasts hit a bazaar in Gao.", [("Remote explosive/landmine/IED", None)]),
    ("A blast rips through the centre of Gao.", [("Remote explosive/landmine/IED", None)]),
    # rocking is what is heard or felt: no event without victims
    ("Loud explosions rock the centre of Gao.", []),
    ("A gas blast rips through a restaurant in Bamako.", []),
    ("A sonic blast hit Bamako as a jet broke the sound barrier.", []),
    ("A blast tore through a depot storing petroleum in Bamako, killing a worker.", []),
])
def test_a_blast_told_by_what_it_hit(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a hunger strike ended, or the state someone was in when another thing happened, is no protest that day
    ("A jailed opposition leader ends her hunger strike in Bamako.", []),
    ("A dissident dies in Bamako after going on hunger strike.", []),
    ("A prisoner on hunger strike for 60 days is moved to a hospital in Bamako.", []),
    ("Hundreds of prisoners go on hunger strike in Bamako.", [("Peaceful protest", None)]),
])
def test_a_hunger_strike_ended_or_told_as_a_state(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a protest named as a state's note or a person's title, or told as to come, is no protest
    ("Mali files a high-level protest to Algeria about how its envoy was treated.", []),
    ("A student protest leader in Bamako is charged with plotting unrest.", []),
    ("The student protest leader says demonstrations will continue in Bamako.", []),
    ("The president meets judges in Bamako while opposition protests loom.", []),
    ("Students protest in Bamako against higher fees.", [("Peaceful protest", None)]),
])
def test_a_protest_as_a_note_a_title_or_to_come(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # fighting told with the place it goes on in; a clash or a battle of sport is a contest
    ("Fighting in northern Mali resumed on Monday.", [("Armed clash", None)]),
    ("Fighting in the league title race intensifies in Bamako.", []),
    ("Two Bamako clubs clash in the city derby.", []),
    ("Mali win a bruising football battle in Bamako.", []),
    ("Soldiers and rebels clash near the football stadium in Gao.", [("Armed clash", None)]),
])
def test_fighting_that_goes_on_somewhere_and_sport(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, dated", [
    # a deed in a relative clause on the subject tells who the side is: the main clause's deed is the event, and a
    # date after the relative clause's past verb is the side's past, not the event's day (published 6 March 2015)
    ("Former rebels who fought the army in 2012 launch an attack on a barracks in Gao.", [("Armed clash", "2015-03-05")]),
    ("Rebels who captured Kidal in 2012 clash with troops near Gao.", [("Armed clash", "2015-03-05")]),
    ("Rebels attacked an army post in Gao on Tuesday.", [("Armed clash", "2015-03-03")]),
])
def test_a_relative_clause_on_the_subject(pipeline, text, dated):
    assert _dated(pipeline, text) == dated


@pytest.mark.parametrize("text, found", [
    # a force raiding a group's hideouts, camps or bases fights it; bombardments, and bomb and shooting attacks, are
    # explosions
    ("Malian troops raid jihadist hideouts near Gao.", [("Armed clash", None)]),
    ("Police raid a militant hideout in Gao and arrest five suspects.", [("Arrests", None)]),
    ("Bomb and shooting attacks leave two dead in Gao.", [("Remote explosive/landmine/IED", 2)]),
    ("The army continues its bombardments of Konna.", [("Air/drone strike", None)]),
])
def test_raids_on_hideouts_and_bombardments(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # people held in custody by a court are no protest; people taken into custody are arrested; a trial told as a
    # time ("as the trial of ... opened") leaves the clash beside it
    ("The custody of three protesters is extended by a court in Bamako.", []),
    ("As the trial of the opposition leader opened in Bamako, his supporters clashed with police.",
     [("Violent demonstration", None)]),
    ("Police take 40 protesters into custody in Bamako.", [("Protest with intervention", None)]),
    ("Police took custody of 12 protesters who were blocking a road in Bamako.", [("Protest with intervention", None)]),
    ("Five opposition activists are taken into custody in Bamako.", [("Arrests", None)]),
])
def test_custody_of_protesters(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the crowd named again as the next sentence's subject, and arrests told after a protest or a riot with no place
    # of their own, tell more of the crowd's event
    ("Police fire on demonstrators in Gao, killing nine. The protesters were demanding the release of their leader.",
     [("Excessive force against protesters", 9)]),
    ("Police disperse a rally in Gao with tear gas. Several arrests were made.", [("Protest with intervention", None)]),
    ("Police clash with rioters in Gao. Several arrests were made.", [("Violent demonstration", None)]),
    ("Thousands march in Bamako against the junta. Police arrest 40 people in Gao.",
     [("Peaceful protest", None), ("Arrests", None)]),
])
def test_a_crowds_event_told_on(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a village an armed group attacks is where people live: an attack on them; one a side holds is fought for
    ("Gunmen attack a village near Gao.", [("Attack", None)]),
    ("Rebels attack a village held by the army near Gao.", [("Armed clash", None)]),
    ("Rebels seize a village near Gao.", [("Non-state actor overtakes territory", None)]),
])
def test_a_village_attacked(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a party's head, a bishop, a cleric or a rights lawyer held is a political arrest, however few are held; held over
    # a crime (a killing in the family, a rape) it is none
    ("Police arrest the head of the Sadi party at his home in Bamako.", [("Arrests", None)]),
    ("Police detain a Catholic bishop who criticised the junta in Bamako.", [("Arrests", None)]),
    ("Police detain a human rights lawyer in Bamako.", [("Arrests", None)]),
    ("An imam is arrested in Bamako over the murder of his wife.", []),
    ("A cleric was arrested in Bamako for the rape of a student.", []),
    # protesters charged or sentenced are a court's matter
    ("A court adjourns the trial of 500 protesters charged over a sit-in in Bamako.", []),
])
def test_a_party_head_or_a_cleric_held(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a force's or a group's fighters defecting, a group disbanding or merging change the group (a pledge of
    # allegiance in words is no event, as the headline set codes it; lawmakers defect to parties)
    ("Two Malian army colonels defect to the rebels in Kidal.", [("Change to group/activity", None)]),
    ("Ansar Dine announces it is disbanding in Kidal.", [("Change to group/activity", None)]),
    ("Ansar Dine pledges allegiance to AQIM in a video.", []),
    ("A judge in Bamako merged the case of a former minister with his deputy's case.", []),
    ("Lawmakers defect to the ruling party in Bamako.", []),
])
def test_a_group_changed(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # weapons seized, told as the passive's subject with an aside in it, and a bomb made safe are disrupted weapons
    # use, not a capture, a grenade or a blast
    ("A cache of weapons, including rocket-propelled grenades, was seized by troops at a hideout near Gao.",
     [("Disrupted weapons use", None)]),
    ("A roadside bomb was spotted and safely detonated by soldiers near Gao.", [("Disrupted weapons use", None)]),
    ("The town was seized by rebels near Gao.", [("Non-state actor overtakes territory", None)]),
])
def test_weapons_seized_or_made_safe(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # prisoners swapped and a deal signed to end the fighting are one agreement, whatever the parties' countries
    # listed; a deal only discussed is none
    ("Mali and Niger swap 95 prisoners of war each.", [("Agreement", None)]),
    ("The army and the rebels exchange prisoners in Gao.", [("Agreement", None)]),
    ("The government and the rebels sign an agreement to end hostilities in Bamako.", [("Agreement", None)]),
    ("Leaders discuss a deal to end the fighting in Bamako.", []),
    # prisoners swapped with words between the verb and the prisoners, a release "in a swap for" prisoners, and a
    # truce that "takes hold" (triggers.csv, agreement_cues.txt): an agreement
    ("The government and the rebels exchange more than 200 prisoners near Gao.", [("Agreement", None)]),
    ("Ten soldiers held by jihadists are released near Kidal in a swap for 12 prisoners.", [("Agreement", None)]),
    ("A three-day truce between the army and the rebels takes hold in Kidal.", [("Agreement", None)]),
    # ... not a truce only hoped for
    ("Hopes that a truce will take hold in Kidal fade as fighting goes on.", []),
])
def test_prisoners_swapped_and_deals_to_end_the_fighting(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # destruction told just after an attack, and a retreat just after a change of hands, with no place nor day of
    # their own, are parts of that event
    ("Gunmen attack a village near Gao, killing 12. The attackers also burned several shops.", [("Attack", 12)]),
    ("Troops retake Konna from the rebels. The rebels fled.", [("Government regains territory", None)]),
    ("Troops retake Konna. A day later the rebels abandoned Gao as well.",
     [("Government regains territory", None), ("Change to group/activity", None)]),
    ("Gunmen attack a village near Gao, killing 12. Rioters burned a church in Konna on Monday.",
     [("Violent demonstration", None), ("Attack", 12)]),
])
def test_parts_of_an_attack_or_a_taking_told_next(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # locals killed are civilians; the forces an attack is told "by" are its attacker, not its target, however the
    # report is sourced
    ("Ansar Dine fighters attack the town of Konna, leaving at least 20 locals dead.", [("Attack", 20)]),
    ("Troops in Gao shot dead dozens of young men, residents said.", [("Attack", 12)]),
])
def test_locals_and_the_attacker_told_by(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # guards from the review of this session's rules (helper-268, helper-269): each broke on a first version
    ("Farmers hold protest signs outside parliament in Bamako.", [("Peaceful protest", None)]),
    ("Workers at a textile plant in Bamako go on hunger strike for unpaid wages.", [("Peaceful protest", None)]),
    ("Heavy fighting in Gao halts the league season.", [("Armed clash", None)]),
    ("Fighting in the ruling party continues in Bamako.", []),
    ("Students protest in Bamako. Separately, police arrested three suspected militants planning attacks.",
     [("Peaceful protest", None), ("Arrests", None)]),
    ("Jihadists attack a village held by the army near Gao.", [("Armed clash", None)]),
    ("Gunmen raid a refugee camp near Gao, killing seven.", [("Attack", 7)]),
    ("Mediators drafted a deal to end hostilities in Bamako.", []),
    ("Mediators draft a deal to end hostilities in Bamako.", []),
    ("Malian troops raid Ansar Dine camps near Gao.", [("Armed clash", None)]),
    ("Rebels and the army agreed a ceasefire in Gao after a draft was circulated.", [("Agreement", None)]),
    ("A bomb disposal expert was killed when a device exploded in Gao.", [("Remote explosive/landmine/IED", None)]),
])
def test_review_of_the_twenty_second_session(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a time told with its preposition before a colon is the event's, no topic heading: an earlier year's event is
    # history (published 6 March 2015)
    ("In 2012: rebels seized the town of Konna.", []),
])
def test_a_time_before_a_colon(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the crowd told again as meeting force sharpens its protest; destruction told as later or by others stays its own
    ("Opposition supporters protest in Bamako. The protesters were dispersed with tear gas.",
     [("Protest with intervention", None)]),
    ("Gunmen killed five herders near Gao. Angry youths later destroyed the gunmen's village.",
     [("Attack", 5), ("Looting/property destruction", None)]),
])
def test_a_crowd_told_again_sharpened_and_reprisals(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a deadly clash at a stadium or a match with no force nor armed group named is the fans' riot; a prisoner swap only
    # discussed, a film about a kidnapping, a video shot by fighters are no events; a group releasing a kidnapped
    # person is an agreement
    ("Clashes at a football match in Bamako leave 20 dead.", [("Mob violence", 20)]),
    ("Mali and Niger discuss a prisoner swap in Niamey.", []),
    ("A film about kidnapped journalists is released in Bamako.", []),
    ("A video shot by Ansar Dine fighters shows their camp near Kidal.", []),
    ("Ansar Dine militants release a kidnapped Swiss couple near Kidal.", [("Agreement", None)]),
])
def test_stadium_riots_and_things_about_events(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a bomb told by what it destroyed or hit; strikes by workers, a storm on a lake and "allegations that" are no
    # violence; members of faiths clashing are a communal riot
    ("Fifteen people die near Gao when a bomb wrecks a fuel truck.",
     [("Remote explosive/landmine/IED", 15)]),
    ("The post office in Bamako shuts as its staff hold rolling strikes.", []),
    ("Thirty people drown near Mopti when boats overturn during a storm on the lake.", []),
    ("Police question a minister over allegations that he attacked a maid in Bamako.", []),
    ("Clashes between Christians and Muslims in Bamako kill 13 people.", [("Violent demonstration", 13)]),
    ("Clashes between a Christian Copt and Muslims in Bamako kill 13 people.", [("Violent demonstration", 13)]),
    # ... not one member of a faith named as a person's calling ("a Muslim cleric" shot in an exchange of fire)
    ("A Muslim cleric is arrested in Gao, wounded when he and police exchanged fire.",
     [("Armed clash", None), ("Arrests", None)]),
])
def test_bombs_that_destroy_and_other_senses_of_strikes_and_storms(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # clashes amid protests are the crowd's riot; a wave named by its year and people is no event; rebels making
    # gains take ground; fighting going on is a clash
    ("Clashes go on in Bamako for the fifth day running, amid demonstrations for reform.",
     [("Violent demonstration", None)]),
    ("After the 2012 Malian protests, the president imposes emergency rule.", []),
    ("Rebels make fresh gains against the army in the north of Mali.", [("Non-state actor overtakes territory", None)]),
    ("The rebels made gains in the peace talks in Algiers, analysts said.", []),
    ("Two policemen died on Tuesday of wounds sustained in a grenade attack in Gao on Monday.", [("Grenade", 2)]),
    ("The rebels say the final assault has begun, with fighting continuing in Gao.", [("Armed clash", None)]),
])
def test_clashes_amid_protests_and_gains(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a shutdown observed in answer to a killing is a protest; markets rally; injuries "sustained in" a blast recall
    # it; the dead a funeral mourns are no protest
    ("Parts of Gao observe a shutdown after the killing of a trader.", [("Peaceful protest", None)]),
    ("Stock markets in Bamako and Dakar rally after the central bank acts.", []),
    ("In Dakar the president has surgery for wounds sustained in a blast.", []),
    ("Soldiers shell mourners gathered in Gao for the funerals of protesters.",
     [("Shelling/artillery/missile attack", None)]),
])
def test_strikes_shutdowns_and_recalled_blasts(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a crowd that holds or runs the place is not the killing's agent
    ("Gunmen kill four at a checkpoint near Gao manned by supporters of the junta.", [("Attack", 4)]),
    ("A man is beaten to death by a mob in Gao.", [("Mob violence", 1)]),
])
def test_a_crowd_that_runs_the_place(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # from helper-283's hunt: killed by a bomb, a rocket strike, a place bulldozed, a cessation of hostilities
    # signed (not a power-sharing deal whose talks collapse), a group dissolving itself
    ("Three policemen are killed by a motorcycle bomb in Gao.", [("Remote explosive/landmine/IED", 3)]),
    ("A rocket strike on Gao wounds two.", [("Shelling/artillery/missile attack", None)]),
    ("Ansar Dine militants bulldoze ancient tombs in Timbuktu.", [("Looting/property destruction", None)]),
    ("The government and the rebels sign a cessation of hostilities in Algiers.", [("Agreement", None)]),
    ("Ansar Dine announces it is dissolving.", [("Change to group/activity", None)]),
    ("Talks on a power-sharing deal collapse in Bamako.", []),
    ("Ansar Dine and the MNLA join forces to form an Islamic state in Kidal.", [("Agreement", None)]),
    ("Opposition parties join forces ahead of the election in Bamako.", []),
    ("Protesters reclaim the central square in Bamako as police withdraw.", [("Peaceful protest", None)]),
])
def test_the_twenty_second_sessions_hunt(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a weapon named with the verb of its use, words between (weapon_deeds.csv): remote violence of its kind
    ("Helicopters loyal to the junta bomb the airport of Gao.", [("Air/drone strike", None)]),
    ("A gunship repeatedly hits a clinic in Kidal, killing nine.", [("Air/drone strike", 9)]),
    ("The air force flattens three buildings in Konna.", [("Air/drone strike", None)]),
    ("Heavy rockets rain down on the north of Gao overnight.", [("Shelling/artillery/missile attack", None)]),
    ("Army howitzers and tanks fire on rebel positions around Kidal.", [("Shelling/artillery/missile attack", None)]),
    ("Rebels launch long-range missiles at the airport of Gao.", [("Shelling/artillery/missile attack", None)]),
    # ... not a weapon struck, crashed, tested or fired in a drill, nor another sense of the verb, nor a threat
    ("A helicopter hit by a missile crashes near Gao.", []),
    ("A transport plane crashes into a hill near Kidal, killing nine.", []),
    ("The army test-fires two missiles near Gao.", []),
    ("Drones hit the headlines at a trade fair in Bamako.", []),
    ("The junta says it will launch missiles at any convoy that enters Kidal.", []),
    ("A private company fires the country's largest home-built rocket from Gao.", []),
])
def test_a_weapon_with_the_verb_of_its_use(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a force named after the deed only as who told or blamed, or inside a charge laid on the victims, is
    # no side: civilians killed stay an attack on them, not a fight with that force
    ("A teacher is shot dead by gunmen in Gao in what police call a targeted attack.", [("Attack", 1)]),
    ("Gunmen kill two herders in Gao; police blame jihadists.", [("Attack", 2)]),
    ("Jihadists kill three traders accused of spying for the army near Gao.", [("Attack", 3)]),
    # ... and a force that was the target is still one
    ("Jihadists kill three soldiers near Gao.", [("Armed clash", 3)]),
])
def test_a_force_that_only_told_or_was_named_in_a_charge(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # after ", and", a side named anew, with a place of its own, does a deed of another kind: two events (before, the
    # clash took the strike's toll, and the arrests were lost beside the dispersal)
    ("A drone strike kills a jihadist commander near Kidal, and soldiers clash with the militants outside Gao.",
     [("Armed clash", None), ("Air/drone strike", 1)]),
    ("Students protesting in Gao are dispersed with tear gas, and police detain three opposition leaders in Bamako.",
     [("Protest with intervention", None), ("Arrests", None)]),
    # ... not the same side's next deed, nor the dead of the same one
    ("Jihadists ambush an army patrol near Kidal, and then burn a market in Gao.", [("Armed clash", None)]),
    ("Jihadists ambush an army patrol near Kidal, and three soldiers die in Gao.", [("Armed clash", 3)]),
])
def test_a_side_named_anew_after_and(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # things thrown at the police, words between the verb and the stones (turning_violent.txt): a riot
    ("Protesters throw bottles and stones at police in Bamako, who reply with tear gas.",
     [("Violent demonstration", None)]),
    # ... not thrown by others at what the crowd protests
    ("Protesters in Bamako march against soldiers who threw bottles at their homes.", [("Peaceful protest", None)]),
])
def test_things_thrown_at_the_police(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a crowd named after "by" with its article or a word of anger, or traders: mob violence, whoever was killed
    ("Two men accused of theft are burned to death by traders at the market in Gao.", [("Mob violence", 2)]),
    ("A police officer is stoned to death by a crowd outside a mosque in Gao.", [("Mob violence", None)]),
    # ... not gunmen
    ("Two traders are killed by gunmen at the market in Gao.", [("Attack", 2)]),
    ("A soldier is shot dead by gunmen in Gao.", [("Armed clash", 1)]),
])
def test_a_crowd_after_by(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the review of this session's rules (helper-310): a plane, a drone or a helicopter that hits or strikes is no
    # weapon by that alone; nor one that "will" strike, jet fuel, flares and rockets fired onto a pitch; things thrown
    # "to" the police, a truce that fails to take hold
    ("A drone hit a tower during a light show in Bamako.", []),
    ("A cargo plane struck a flock of birds after take-off from Bamako.", []),
    ("The army warns that its drones will strike any convoy leaving Kidal.", []),
    ("Fans fire flares and rockets onto the pitch at a derby in Bamako.", []),
    ("Protesters throw flowers and water bottles to police in Bamako.", [("Peaceful protest", None)]),
    ("A fragile truce fails to take hold in Kidal as clashes continue.", [("Armed clash", None)]),
    # ... while a drone that kills still strikes, and jets that strike, and any aircraft that hits or strikes with a
    # fighting side named before it
    ("A drone kills three jihadists near Kidal.", [("Air/drone strike", 3)]),
    ("Jets loyal to the junta strike a convoy near Kidal.", [("Air/drone strike", None)]),
    ("Helicopters of the Malian army hit a convoy near Kidal as the talks in Algiers open.",
     [("Air/drone strike", None)]),
    ("A plane hit a power line near Gao.", []),
])
def test_the_reviews_breaks_of_weapons_thrown_things_and_truces(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # a hedge before a semicolon does not reach the report after it (hedges.is_hedged)
    ("Women boycott work in a strike against a proposed abortion ban; some 30,000 rally in Bamako despite the rain.",
     [("Peaceful protest", None)]),
    # people who came together (assembling_verbs.txt: "pack", "parade through") for a purpose of protest that is no
    # word of protest ("to denounce", "to press"): a protest (triggers.csv, `needs` gathered)
    ("Thousands of traders pack the main square of Bamako to denounce a new tax.", [("Peaceful protest", None)]),
    ("Some 5,000 farmers converge on the capital Bamako to press the government for land.",
     [("Peaceful protest", None)]),
    # ... not a purpose of people who did not come together, nor troops on parade
    ("Hundreds of lawyers file a petition in Bamako to demand the release of a judge.", []),
    ("Troops parade through Bamako to mark independence day.", []),
])
def test_a_purpose_of_protest_and_a_hedge_before_a_semicolon(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # an event called off, cancelled or put off did not take place (hedges.txt)
    ("The opposition calls off its weekly protests in Bamako after the president offers talks.", []),
    # ... but a leave cancelled before protests that go on tells them
    ("Police cancel leave as protests in Bamako enter a third day.", [("Peaceful protest", None)]),
])
def test_an_event_called_off(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # arrests made "while" the arrested demonstrate are the police's intervention in their protest, one event
    # (protest_settings.txt)
    ("About 30 activists of two youth movements are arrested by police in Bamako while demonstrating against the "
     "delay of the vote.", [("Protest with intervention", None)]),
    # ... not a thief arrested while selling what he stole
    ("A thief is arrested in Bamako while trying to sell a stolen phone.", []),
])
def test_arrested_while_demonstrating(pipeline, text, found):
    assert _found(pipeline, text) == found


@pytest.mark.parametrize("text, found", [
    # the typer's event at the crowd's own word, a deed's trigger right after it: mob violence
    ("In Mali's Gao region, a crowd of villagers hacks to death a 60-year-old woman they accused of using witchcraft "
     "to cause a child's death, the regional police commander says.", [("Mob violence", 1)]),
    # ... not residents who accuse, nor villagers killed
    ("Residents of a district of Bamako accuse police of killing young men overnight.", []),
    ("Three villagers are killed by gunmen near Gao.", [("Attack", 3)]),
])
def test_a_crowd_at_the_typers_word(pipeline, text, found):
    assert _found(pipeline, text) == found
