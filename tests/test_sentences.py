"""Sentence splitting with offsets, and the kinds of lines that are not event text."""
from __future__ import annotations

import pytest

from extract.models import Article
from extract.sentences import line_kind, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("Troops took Gao. They moved on.", ["Troops took Gao.", "They moved on."]),
    ("Jets struck on Jan. 11 near Konna. Residents fled.", ["Jets struck on Jan. 11 near Konna.", "Residents fled."]),
    ("The U.S. sent planes. Gen. Smith said so.", ["The U.S. sent planes.", "Gen. Smith said so."]),
    ('"We won," he said. "They ran."', ['"We won," he said.', '"They ran."']),
    ("Did they flee? Yes! Many did.", ["Did they flee?", "Yes!", "Many did."]),
    ("-- Ten men were flogged in the north.", ["Ten men were flogged in the north."]),
    ("J. R. Smith wrote it. Then he left.", ["J. R. Smith wrote it.", "Then he left."]),
])
def test_split(text, expected):
    assert [s.text for s in split_sentences(Article("d", text))] == expected


def test_offsets_point_into_the_text():
    text = "Gao fell.\n\nRead more: Why Gao matters\nKidal was next. Then Tessalit.\n"
    for sentence in split_sentences(Article("d", text)):
        assert text[sentence.start:sentence.end] == sentence.text


def test_paragraphs_count_lines():
    sentences = split_sentences(Article("d", "One. Two.\nThree.\n\nFour."))
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2]


def test_a_dateline_is_a_sentence_of_its_own_kind():
    text = "GAO, Mali, Jan. 26, 2013 (Desk) -- Troops entered Gao. Crowds cheered."
    article = Article("d", text, dateline_end=text.index("Troops"), dateline_place="Gao")
    assert [(s.text, s.kind) for s in split_sentences(article)] == [
        ("GAO, Mali", "dateline"), ("Troops entered Gao.", "body"), ("Crowds cheered.", "body")]


@pytest.mark.parametrize("text, dateline, first", [
    # a headline before the dateline: the reader, which looks at the text's start, does not see it
    ("Gunmen kill seven in Tuxpan\nMEXICO CITY (Desk) -- Gunmen burst into a home in Tuxpan.", "MEXICO CITY",
     "Gunmen burst into a home in Tuxpan."),
    ("Village attacked\nMOSCOW (Desk / Wire - 17th February, 2020) Unknown men attacked a village.", "MOSCOW",
     "Unknown men attacked a village."),
    ("Police halt a march\nCARACAS,  (Wire) - Police used tear gas on marchers.", "CARACAS",
     "Police used tear gas on marchers."),
    # not on a later line, and not a heading in capitals with no dash, agency or country
    ("Gunmen kill seven\nThe army says.\nGAO (Desk) -- Troops came.", None, "The army says."),
    ("Gunmen kill seven\nBREAKING NEWS FROM THE SAHEL TODAY IN FULL: Troops came.", None,
     "BREAKING NEWS FROM THE SAHEL TODAY IN FULL: Troops came."),
])
def test_a_dateline_after_a_headline(text, dateline, first):
    sentences = split_sentences(Article("d", text))
    assert [s.text for s in sentences if s.kind == "dateline"] == ([dateline] if dateline else [])
    assert [s.text for s in sentences if s.kind == "body"][0] == first


@pytest.mark.parametrize("line, kind", [
    ("Read more: Why the Sahel matters", "link"),
    ("Photos: Fighting in Gao", "link"),
    ("https://example.org/story", "link"),
    ("Our correspondent reported from Atlanta.", "byline"),
    ("Jane Doe contributed to this report.", "byline"),
    ("Reporting by Ann Lee in Bamako; writing by Tom Ray in Paris", "byline"),
    ("By John Smith", "byline"),
    ("French envoy stresses urgency", "heading"),
    ("Troops took the town of Gao on Saturday.", "body"),
    ("Two blasts were reported in the old town of Gao.", "body"),  # passive "reported in": no byline
    ("Troops attack Gao, with tanks reported in the streets.", "body"),  # a thing reported, not a reporter
    # a paragraph of news with "reported in" inside is body text, however it is phrased
    ("It was the first suicide bombing reported in the region since the offensive began. The group said it had "
     "carried out the attack and warned of more to come, a spokesman told local radio on Friday.", "body"),
    ("-- Fighters raided a depot", "body"),
    ("Photo caption: Malian soldiers patrol in Gao on Monday.", "caption"),
    ("Malian soldiers patrol in Gao on Monday. (AFP Photo/Jane Roe)", "caption"),
    ("Soldiers patrol a street in Gao. REUTERS/Jane Roe", "caption"),
    ("FILE PHOTO: Soldiers in Gao, January 2013.", "caption"),
    ("The picture: rebels seized Gao, officials said.", "body"),
])
def test_line_kind(line, kind):
    assert line_kind(line) == kind
