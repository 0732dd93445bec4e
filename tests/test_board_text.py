"""The pure text helpers of the page: highlighting, ISO dates, window captions, headers."""
from __future__ import annotations

from datetime import date

import pytest

from board.text import HEADERS, highlighted, is_iso_date, window_text


@pytest.mark.parametrize("text, start, end, expected", [
    ("Rebels took Gao. Calm.", 12, 16, "Rebels took :orange-background[**Gao\\.**] Calm\\."),
    ("a*b [c](d)\nnext", 0, 1, ":orange-background[**a**]\\*b \\[c\\]\\(d\\)  \nnext"),
])
def test_the_sentence_is_highlighted_and_the_article_cannot_inject_markdown(text, start, end, expected):
    assert highlighted(text, start, end) == expected


@pytest.mark.parametrize("text, expected", [
    ("2013-01-14", True), ("2013-1-14", False), ("1358121600000000", False), ("2013-02-30", False), ("", False),
])
def test_iso_dates_are_told_from_other_forms(text, expected):
    assert is_iso_date(text) is expected


def test_a_window_caption_counts_both_ends():
    assert window_text((date(2013, 1, 14), date(2013, 1, 20))) == "14 Jan 2013 – 20 Jan 2013 (7 days)"


def test_every_table_header_is_words_not_a_column_name():
    assert all("_" not in label and label[0].isupper() for label in HEADERS.values())
