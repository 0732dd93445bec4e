"""Who the whole article says acted (extract/attribution.py): short articles of our own, each with the
sides expected of the event its sentence tells."""
from __future__ import annotations

from datetime import date

import pytest

from extract.models import Article
from extract.pipeline import Pipeline

from tests.regressions import SIXTH_ROUND

UNNAMED = "Unidentified Armed Group (Mali)"


@pytest.fixture(scope="module")
def pipeline(tiny_gazetteer) -> Pipeline:
    return Pipeline(tiny_gazetteer)


def _sides(pipeline: Pipeline, text: str, phrase: str) -> list[tuple[str, str]]:
    """(actor1, actor2) of each event whose sentence holds `phrase`."""
    article = Article("a", text, published=date(2013, 2, 1), date_source="cli")
    return [(e.actor1, e.actor2) for e in pipeline.extract(article) if phrase in e.sentence]


@pytest.mark.parametrize("text, phrase, sides", [
    # the article says who the unnamed men are, even after the event
    ("Gunmen stormed a hotel in Gao on Tuesday, killing four guests. Officials later said the gunmen "
     "belonged to Ansar Dine.", "stormed", [("Ansar Dine", "Civilians (Mali)")]),
    # two groups and nothing tying either to the event: it stays unidentified
    ("Islamist fighters attacked an army post near Konna on Monday, killing three soldiers.\n\nBoth Ansar Dine "
     "and AQIM have men in the region.", "attacked", [(UNNAMED, "Military Forces of Mali")]),
    # the group the article says holds the town, over another group it names
    ("French jets bombed targets around Gao on Sunday.\n\nAnsar Dine holds Timbuktu, while MUJAO has run Gao "
     "since last year.", "bombed", [("Military Forces of France", "MUJAO: Movement for Oneness and Jihad in West Africa")]),
    # the group the sentence just before names, in the same paragraph
    ("Fighters of Ansar Dine crossed the river near Gao at dawn. The shooting began near the market an hour "
     "later.", "shooting", [("Ansar Dine", "")]),
    # ... but not across a paragraph
    ("Fighters of Ansar Dine crossed the river near Gao at dawn.\n\nFrench jets struck targets near Timbuktu "
     "on Friday.", "struck", [("Military Forces of France", UNNAMED)]),
    # the article's only group, named in another paragraph and not said to be the kidnappers, is not taken
    pytest.param("AQIM has held Western captives in the desert for years.\n\nOn Friday the kidnappers killed a hostage "
                 "near Timbuktu.", "killed", [(UNNAMED, "Civilians (Mali)")], marks=SIXTH_ROUND),
    # a group named only to describe a place is no side
    ("French jets bombed targets near Gao, the home town of an AQIM commander, on Sunday.", "bombed",
     [("Military Forces of France", UNNAMED)]),
    # the troops are the one other country's forces named before them
    ("French paratroopers landed at Timbuktu on Sunday night, and the soldiers took control of the airport "
     "without a fight.", "took control", [("Military Forces of France", UNNAMED)]),
    # a story told on: the passive names no attacker, the sentence before does
    ("Rights groups said Malian soldiers had carried out summary executions near Konna. In Konna, at least "
     "seven people were executed at the army camp.", "executed at", [("Military Forces of Mali", "Civilians (Mali)")]),
    # the group that claims the attack made it; "IS" in capitals is the group, "is" the verb is not (the nine people
    # the bomb killed were civilians)
    ("A suicide bomber killed nine people at a market in Gao on Friday. IS claimed the attack.", "bomber",
     [("Islamic State", "Civilians (Mali)")]),
    ("A suicide bomber killed nine people at a market in Gao on Friday. It is the third such attack this year.",
     "bomber", [(UNNAMED, "Civilians (Mali)")]),
    ("A SOLDIER IS KILLED IN AN ATTACK IN GAO ON MONDAY.", "ATTACK", [("Unidentified Armed Group", "")]),
    # the town's holder: the town is what is held, in the same clause ("ran from Gao" holds nothing; a group
    # holding the desert in the next clause does not hold Gao)
    ("Gunmen attacked a checkpoint in Gao on Sunday, killing two soldiers.\n\nIn January, MUJAO fighters ran "
     "from Gao as French troops arrived.", "attacked", [(UNNAMED, "Military Forces of Mali")]),
    ("Gunmen attacked a checkpoint in Gao on Sunday, killing two soldiers.\n\nThe army says it controls Gao, "
     "while the desert to the north remains in the hands of Ansar Dine.", "attacked",
     [(UNNAMED, "Military Forces of Mali")]),
    # a group named as what others belong to is one candidate, not two ("rebels of the MNLA")
    ("Tuareg rebels of the MNLA crossed the river near Gao at dawn. The shooting began near the market an hour "
     "later.", "shooting", [("MNLA: National Movement for the Liberation of Azawad", "")]),
    # who led the story's band names it, for the events at the article's own town
    ("Islamist fighters seized Gao on Monday. Gao had been quiet for weeks.\n\nSources said the column was "
     "commanded by a senior leader of AQIM.\n\nFrench jets struck rebel positions near Konna on Sunday.",
     "seized", [("AQIM: Al Qaeda in the Islamic Maghreb", "Military Forces of Mali")]),
    ("Islamist fighters seized Gao on Monday. Gao had been quiet for weeks.\n\nSources said the column was "
     "commanded by a senior leader of AQIM.\n\nFrench jets struck rebel positions near Konna on Sunday.",
     "struck", [("Military Forces of France", UNNAMED)]),
    # a government named before is the state, not the forces of another country its soldiers stand for
    ("Mali's government called a day of mourning after gunmen killed four soldiers near Gao on Monday.",
     "killed", [(UNNAMED, "Military Forces of Mali")]),
])
def test_the_article_names_the_sides(pipeline, text, phrase, sides):
    assert _sides(pipeline, text, phrase) == sides


@pytest.mark.parametrize("text, victims", [
    ("Gunmen killed a British engineer and an Algerian near Gao on Monday.", "Civilians (International)"),
    ("Gunmen kidnapped two French tourists in Gao on Friday.", "Civilians (France)"),
    ("Gunmen kidnapped French aid workers in Gao on Friday.", "Civilians (France)"),
    # who told of it is no victim: their nationality does not name the victims
    ("Gunmen kidnapped a trader near Gao on Friday, two French officials said.", "Civilians (Mali)"),
    ("Gunmen kidnapped dozens of foreign workers near Gao on Friday.", "Civilians (International)"),
    ("Gunmen kidnapped a local trader near Gao on Friday.", "Civilians (Mali)"),
    # foreigners beside nationals are of several nationalities; a nationality alone names them
    ("Gunmen kidnapped several foreigners and a few Malian workers near Gao on Friday.", "Civilians (International)"),
    ("Gunmen kidnapped a few Malian workers near Gao on Friday.\n\nForeigners at Gao left the town.",
     "Civilians (Mali)"),
    # the article calls the victims at that town foreign elsewhere
    ("Gunmen kidnapped the staff of a gas plant near Gao on Friday.\n\nMost of the workers held at Gao were "
     "foreigners, officials said.", "Civilians (International)"),
])
def test_civilians_by_nationality(pipeline, text, victims):
    assert [a2 for _, a2 in _sides(pipeline, text, "Gunmen")] == [victims]
