"""Names as the steps compare them: folded (case, accents, typographic marks), keyed, loosened.

On the ground floor: the gazetteer, the place finder, the resolver, the actors and the events all
compare names this way, so none of them reaches into another step for it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import numpy as np

from . import tables

_APOSTROPHES = "\u2019\u2018\u02bc`"
_DASHES = "\u2010\u2011\u2013\u2014"
_FOLD_TABLE: dict[int, str] = {}  # only the characters that fold to something else
_FOLD_SEEN: set[str] = set()


def fold(text: str) -> str:
    """`text` lowercased and accent-stripped, with typographic apostrophes, dashes and spaces
    made plain, one character for one: the result always has the same length, so offsets found
    in it are offsets into `text`. (Text already in decomposed form keeps its combining marks.)"""
    if text.isascii():  # most text: of ASCII, only the letters and the backquote fold, and lower() is quick
        return text.lower().replace("`", "'")
    new = set(text) - _FOLD_SEEN
    for char in new:
        plain = _fold_char(char)
        if plain != char:
            _FOLD_TABLE[ord(char)] = plain
    _FOLD_SEEN.update(new)
    return text.translate(_FOLD_TABLE)


def _fold_char(char: str) -> str:
    """One character folded to exactly one character."""
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if unicodedata.category(char) == "Zs":  # no-break and other spaces, so names still match
        return " "
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.combining(mark) for mark in decomposed[1:]):
        char = decomposed[0]
    lower = char.lower()
    return lower if len(lower) == 1 else char  # 'İ'.lower() is two characters: keep one


# Latin letters that Unicode does not decompose into a base letter and a mark
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
                               "ı": "i", "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th"})


def plain_letters(name: str) -> str:
    """The name with its case but without accents, in plain Latin letters where it is written in Latin
    letters ("Sévaré" -> "Sevare", "Łódź" -> "Lodz"); letters of other scripts stay as they are."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """The index form of a name: folded, with runs of whitespace collapsed to one space."""
    return " ".join(fold(name).split())


_PUNCTUATION = re.compile(r"[\W_]")


def loose_key(name: str) -> str:
    """A name key without its punctuation: "North West" and "North-West", "St Croix" and
    "St. Croix" share one, as they do in the place finder's word forms."""
    return " ".join(_PUNCTUATION.sub(" ", fold(name)).split())


_PUNCTUATION_IN_LINE = re.compile(r"[^\w\n]+|_+")   # as _PUNCTUATION, line breaks aside
_SPACE_RUNS = re.compile(r" {2,}")


def loosened(keys: list[str]) -> list[str]:
    """loose_key of each of `keys` (names already folded, none with a line break), in one pass over
    them all: the gazetteer's 900,000 names took a second one by one. Only the keys holding a character
    other than a-z, 0-9 and single inner spaces can change, so only those go through the regexes."""
    odd = _unplain(keys)
    text = _SPACE_RUNS.sub(" ", _PUNCTUATION_IN_LINE.sub(" ", "\n".join(keys[i] for i in odd)))
    loose = list(keys)
    for i, line in zip(odd, text.split("\n")):
        loose[i] = line.strip(" ")
    return loose


_ALNUM = np.zeros(128, dtype=bool)
_ALNUM[[*range(ord("a"), ord("z") + 1), *range(ord("0"), ord("9") + 1)]] = True


def _unplain(keys: list[str]) -> list[int]:
    """Indices of the keys with a character other than a-z or 0-9, or a space not between two of those."""
    codes = _code_points("\n".join(keys))
    alnum = np.zeros(codes.size + 2, dtype=bool)              # a False either side: no neighbour there
    alnum[1:-1] = _ALNUM[np.minimum(codes, 127)] & (codes < 128)
    breaks = codes == ord("\n")
    fine = alnum[1:-1] | breaks | ((codes == ord(" ")) & alnum[:-2] & alnum[2:])
    odd = np.r_[0, np.cumsum(~fine, dtype=np.int32)]    # odd characters before each position
    ends = np.r_[np.flatnonzero(breaks), codes.size]
    return np.flatnonzero(odd[ends] > odd[np.r_[0, ends[:-1] + 1]]).tolist()


def _code_points(text: str) -> np.ndarray:
    """`text` as an array of its code points (lone surrogates too), for work on every character at once."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _text_of(codes: np.ndarray) -> str:
    """The text of an array of code points (`_code_points`' inverse)."""
    data = codes.astype(np.uint32).tobytes()
    try:
        return data.decode("utf-32-le")
    except UnicodeDecodeError:   # a lone surrogate: allowed, but decoding it is twice as slow
        return data.decode("utf-32-le", "surrogatepass")


_SEPARATORS = (ord(","), ord("\n"))
KEYED_CHUNK = 1 << 21   # characters `keyed` takes at a time: its arrays hold ~40 bytes a character


def keyed(text: str) -> str:
    """`text` with each of its names (separated by commas and line breaks, which stay) made its
    name_key: the gazetteer's two million names a few lines at a time over their code points, each
    distinct character folded once (one str.translate over them all took a second, the spacing regexes
    half that; the whole text at once, 200 MB more memory)."""
    chunks, start = [], 0
    while start < len(text):
        end = text.find("\n", start + KEYED_CHUNK)    # a name never spans lines, so neither does its key
        end = len(text) if end < 0 else end + 1
        chunks.append(_keyed_lines(text[start:end]))
        start = end
    return "".join(chunks)


def _keyed_lines(text: str) -> str:
    """`keyed` of a piece of text ending where a line ends (or the text does)."""
    codes = _code_points(text)
    if not codes.size:
        return text
    chars = np.flatnonzero(np.bincount(codes))
    folded = fold("".join(map(chr, chars)))
    into, blank = np.zeros(chars[-1] + 1, dtype=np.uint32), np.zeros(chars[-1] + 1, dtype=bool)
    into[chars] = _code_points(folded)
    blank[chars] = [c.isspace() and c != "\n" for c in folded]   # what str.split() splits on
    codes, blank = into[codes], blank[codes]
    codes[blank] = ord(" ")
    first = ~blank                      # a run of blanks keeps its first
    first[1:] |= ~blank[:-1]
    codes, blank = codes[first], blank[first]
    edge = (codes == _SEPARATORS[0]) | (codes == _SEPARATORS[1])
    edge_before, edge_after = np.ones_like(edge), np.ones_like(edge)
    edge_before[1:], edge_after[:-1] = edge[:-1], edge[1:]
    return _text_of(codes[~(blank & (edge_before | edge_after))])   # no blank at a name's edge


@lru_cache(maxsize=1 << 16)
def folded(name: str) -> str:
    """fold(name), memoised: scoring compares the same few names many times."""
    return fold(name)



@lru_cache(maxsize=1 << 16)
def spelling_key(name: str) -> str:
    """The consonant skeleton of a romanised name under the transliteration table
    (`transliteration.csv`): "Derna" and "Darnah" share one, "Quneitra" and "Al Qunaytirah" too.
    Loose on purpose: only to tell whether a candidate the gazetteer already matched is
    named in the text by another spelling of its main name, never to find candidates."""
    key = fold(name)
    for pattern, replacement in _spelling_rules():
        key = pattern.sub(replacement, key)
    return key if len(key) >= MIN_SKELETON else fold(name)  # "Gao" and "Goa" share a skeleton of one letter


MIN_SKELETON = 3
MIN_ARTICLED_SKELETON = 5  # consonants: "Ras al-Ain" (r, s, n) is too short to be told apart by a loose key


def article_skeleton(name: str) -> str:
    """The `spelling_key` of a name that holds the Arabic article (`arabic_articles.txt`), without its articles
    wherever they stand: "Jisr al-Shughur" and GeoNames' "Jisr ash Shughur" share one, "Maarat al-Numan" and
    "Ma'arrat an-Nu'man" too (the article takes the next letter's sound, and the letters differ). "" for a
    name without the article, or one whose skeleton is shorter than MIN_ARTICLED_SKELETON."""
    folded = fold(name)
    if articled_name().search(folded) is None:
        return ""
    key = spelling_key(articled_name().sub(" ", folded).strip())
    return key if len(key) >= MIN_ARTICLED_SKELETON else ""


@cache
def articled_name() -> re.Pattern:
    """The Arabic article in a folded name, with the space or hyphen before and after it ("jisr ash shughur",
    "al-qaim"): one of `arabic_articles.txt` before a word, at the name's start or after a word."""
    return re.compile(rf"(?:^|[ -])(?:{article_forms()})[- ](?=\w)")


@cache
def article_forms() -> str:
    """The Arabic article's romanised forms (`arabic_articles.txt`) as one alternation, the longest first."""
    return "|".join(sorted(tables.lines("arabic_articles.txt"), key=len, reverse=True))


@cache
def _spelling_rules() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["pattern"]), row["replacement"]) for row in tables.rows("transliteration.csv"))
