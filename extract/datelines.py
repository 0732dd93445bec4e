"""Datelines: where a reporter filed from, written before the first sentence ("BAMAKO, Mali (AP) --", "GAO:",
"MOSCOW (Agency - 17th February, 2020)"). Read by the article reader (a dateline opening the text may give the
publication date) and by the sentence splitter (a dateline, opening the text or the line after a headline, is
no event text).
"""
from __future__ import annotations

import re

DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\- ]{1,40}[A-Z.])"   # BAMAKO, IN AMENAS
    r"(?:,\s*(?P<country>[A-Z][A-Za-z .'’-]{1,30}?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"(?:,?\s*\((?P<agency>[^)\n]{1,60})\))?"
    # a dash (a hyphen with spaces around it) or a colon ends it; so may, after an agency in parentheses, a capital
    r"(?:\s*(?:--|—|–|:|(?<=\s)-(?=\s))\s*|(?<=\))\s+(?=[A-Z\"“]))"
)


def dateline_at(text: str, pos: int) -> re.Match | None:
    """The dateline starting at `pos`, if one does. An all-capitals place alone is a heading, not a dateline: it
    needs a country, a date or an agency, or a colon or a dash right after a short place."""
    match = DATELINE.match(text, pos)
    if match is None:
        return None
    place = match.group("place")
    named = bool(match.group("country") or match.group("date") or match.group("agency"))
    return match if place.isupper() and (named or len(place.split()) <= 3) else None
