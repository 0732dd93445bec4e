"""Who did it to whom by the sentence's structure (extract/sides.py): sentences of our own, each with
the actor1 and actor2 its first trigger should get."""
from __future__ import annotations

import re

import pytest

from extract.actors import ActorFinder
from extract.triggers import Trigger, find_triggers
from extract.sides import CLASH_PARTNER, pick_actors

MUJAO = "MUJAO: Movement for Oneness and Jihad in West Africa"


@pytest.mark.parametrize("sentence, actor1, actor2", [
    # a group named inside a description of a place or a person is no side
    ("French jets bombed Kidal, the home ground of an Ansar Dine commander.", "Military Forces of France", ""),
    ("French jets bombed the convoy of Abou Zeid, one of the leaders of AQIM.", "Military Forces of France", ""),
    # a speaker telling of what "they" did is that side
    ("The MNLA said they had seized the town from Ansar Dine.", "MNLA: National Movement for the Liberation of Azawad",
     "Ansar Dine"),
    # allies named together elsewhere in the sentence stay allies
    ("French commandos seized the bridge, and French and Malian troops later held the town.",
     "Military Forces of France", ""),
    # the agent after a participle and "by", past a comma; not who holds the target
    ("Nine bodies lay near the well after a massacre, most likely committed by MUJAO.", MUJAO, ""),
    ("Jets struck the camp used by MUJAO near the river.", "", MUJAO),
    # who believes or suspects is no side
    ("France believes that MUJAO fighters attacked the convoy.", MUJAO, ""),
    # a force's place where civilians were attacked is no side of the attack
    ("Eight villagers were executed at the army camp.", "", "Civilians"),
    # the person who blew himself up is the bomber, not the victim; those his blast hit are
    ("It was the town's first suicide attack: a woman on foot blew herself up beside an army post.",
     "", "Military Forces of Mali"),
    ("It was the town's first suicide attack: a man on a bicycle was wounded when a blast hit the army post.",
     "", "Civilians"),
    # a state's own strike noun is its event, whoever the subject is; its allies named before it are no target
    ("Malian troops, backed by French air strikes, pushed towards the rebel camp.", "Military Forces of France",
     "Unidentified Armed Group"),
    ("Malian soldiers, supported by French jets, shelled the rebel camp.", "Military Forces of Mali",
     "Unidentified Armed Group"),
    # the dead of both sides of a clash are its two sides, the state's forces first; one side's dead leave the
    # other as named after the clash
    ("Four militants, two Malian soldiers and a civilian were killed in clashes near the town.",
     "Military Forces of Mali", "Unidentified Armed Group"),
    ("Five militants were killed in clashes near the town.", "", "Unidentified Armed Group"),
    # the dead of one side and the side named after "clash with" or "fighting": the two sides of the clash, the
    # state's forces first when no attack says who opened it
    ("A MUJAO commander was killed in a clash with Malian troops near the town.", "Military Forces of Mali", MUJAO),
    ("Three soldiers were killed in clashes with MUJAO fighters near the town.", "Military Forces of Mali", MUJAO),
    ("Two Malian soldiers were killed in a firefight near the border.", "Military Forces of Mali", ""),
    # ... but an attack on them names its side first
    ("Two Malian soldiers were killed in an ambush near the border.", "", "Military Forces of Mali"),
    # the side named after the clash that killed them ("in heavy clashes with", "during heavy fighting against")
    ("Six MUJAO fighters were killed in heavy clashes with Malian troops outside the town.", "Military Forces of Mali", MUJAO),
    ("Four soldiers were killed during heavy fighting against MUJAO near Gao.", "Military Forces of Mali", MUJAO),
    # a clash told as what killed both sides, with no attack named: the state's forces first
    ("Heavy fighting near Gao kills two Malian soldiers and five rebels.", "Military Forces of Mali",
     "Unidentified Armed Group"),
    ("Clashes outside the town left three soldiers and six MUJAO fighters dead.", "Military Forces of Mali",
     MUJAO),
    ("An ambush near Gao kills five militants and two Malian soldiers.", "Unidentified Armed Group",
     "Military Forces of Mali"),
    # who declares a truce is its party, not who told of it; a truce only told of is not the teller's
    ("The Malian government declares a ten-day ceasefire in the north.", "Government of Mali", ""),
    ("Mali's president announced that a ceasefire took effect in the north.", "", ""),
    # ... nor without "that", where the act has a subject or a verb of its own
    ("Malian police announced gunmen attacked villagers near Gao.", "Unidentified Armed Group", "Civilians"),
    ("Malian police announced five villagers were attacked near Gao.", "", "Civilians"),
    ("A Malian police spokesman told the radio that gunmen shot three herders near Gao.", "Unidentified Armed Group",
     ""),
    # ... nor is a force's spokesman named after the deed, with his name
    ("Gunmen attacked a checkpoint near Gao, Malian police spokesman Ali Maiga said.", "Unidentified Armed Group", ""),
    # a teller who says "it" did the act is its side; "it was" only tells what the event was
    ("The Malian army said it shelled MUJAO positions near Gao.", "Military Forces of Mali", MUJAO),
    ("The Malian army said on Monday it shelled MUJAO positions near Gao.", "Military Forces of Mali", MUJAO),
    ("MUJAO said in a statement its fighters had ambushed a Malian patrol near Gao.", MUJAO, ""),
    ("The Malian army said it launched air strikes on MUJAO near Gao.", "Military Forces of Mali", MUJAO),
    ("Malian police said it was a car bomb that killed five people.", "", ""),
    # who repelled an attack suffered it: the attacker is the side named with the attack
    ("Malian troops repelled a MUJAO attack near Gao.", MUJAO, "Military Forces of Mali"),
    # a government named after a violent event is what it struck, no side
    ("A car bomb exploded outside a Malian government compound in Gao.", "", ""),
    # a side struck by the subject before the event's word is its target, however precisely it is named
    ("MUJAO gunmen kill four Malian soldiers in an ambush near Gao.", MUJAO, "Military Forces of Mali"),
    ("Gunmen wounded five Malian gendarmes in an ambush near Gao.", "Unidentified Armed Group", "Military Forces of Mali"),
    # ... but not one named beside the subject
    ("Rebels and Malian troops fought near Gao.", "Military Forces of Mali", "Unidentified Armed Group"),
])
def test_sides_by_structure(sentence, actor1, actor2):
    trigger = find_triggers(sentence, 0, len(sentence))[0]
    first, second = pick_actors(trigger, ActorFinder().find(sentence, 0, len(sentence), "ML"), sentence)
    assert (first.name if first else "", second.name if second else "") == (actor1, actor2)


@pytest.mark.parametrize("sentence, actor1, actor2", [
    # the side that qualifies the event noun the victims died in is its attacker
    ("Six fighters were killed in a suspected French drone strike near Tessalit.", "Military Forces of France",
     "Unidentified Armed Group"),
    ("Four Malian soldiers were killed in a MUJAO attack on their post.", MUJAO, "Military Forces of Mali"),
    # a force a unit is of is the agent
    ("Five MUJAO fighters were killed by a unit of Malian commandos near Gao.", "Military Forces of Mali", MUJAO),
    # the side killed had attacked first: it opened the event
    ("Five MUJAO fighters were killed by Malian troops after attacking a checkpoint near Gao.", MUJAO,
     "Military Forces of Mali"),
    ("Five MUJAO fighters, who had stormed the market, were shot dead by Malian gendarmes.", MUJAO,
     "Military Forces of Mali"),
    ("Five MUJAO fighters were killed by Malian troops as they slept.", "Military Forces of Mali", MUJAO),
    # ... but a "who" after the killer tells of the killer, not of the side killed
    ("Five Malian soldiers were killed by MUJAO fighters who stormed their post near Gao.", MUJAO,
     "Military Forces of Mali"),
    # killed by people the sentence names by no side: no side to name, not the victims' enemy
    ("Two French soldiers were shot dead by two men in Malian army uniforms.", "", "Military Forces of France"),
    # the dead of a toll after "with" were acted upon, as a passive's subject: no attacker named
    ("Attacks hit Gao, with dozens of civilians and Malian soldiers killed.", "", "Civilians"),
    ("MUJAO attacks hit Gao, with four Malian soldiers killed.", MUJAO, "Military Forces of Mali"),
])
def test_sides_of_a_killing_told_in_the_passive(sentence, actor1, actor2):
    found = re.search(r"killed|shot dead", sentence)
    trigger = Trigger(found.start(), found.end(), "Battles", "Armed clash", "", "", 0)
    first, second = pick_actors(trigger, ActorFinder().find(sentence, 0, len(sentence), "ML"), sentence)
    assert (first.name if first else "", second.name if second else "") == (actor1, actor2)


@pytest.mark.parametrize("sentence, typed, actor1, actor2", [
    # the typer's span begins on the subject: the side that acted, not one the event is told after
    ("Gunmen attack a Malian army convoy near Gao.", "Gunmen", "Unidentified Armed Group", "Military Forces of Mali"),
    # guard: a span after the subject leaves it the subject
    ("Malian troops attack MUJAO fighters near Gao.", "attack", "Military Forces of Mali", MUJAO),
])
def test_the_subject_a_typed_span_begins_on(sentence, typed, actor1, actor2):
    start = sentence.index(typed)
    trigger = Trigger(start, start + len(typed), "Battles", "Armed clash", "", "", 6, 0.9)
    first, second = pick_actors(trigger, ActorFinder().find(sentence, 0, len(sentence), "ML"), sentence)
    assert (first.name if first else "", second.name if second else "") == (actor1, actor2)


@pytest.mark.parametrize("gap, partner", [(" with the ", True), (" against ", True), (" fighting ", True),
                                          (" while fighting the ", True), (" near ", False), (" by ", False),
                                          (" in a fierce gunfight with ", True), (" in the town near ", False)])
def test_the_side_a_clash_was_fought_against(gap, partner):
    # "killed in clashes with", "were killed fighting": what follows is the other side of the clash
    assert (CLASH_PARTNER.fullmatch(gap) is not None) == partner
