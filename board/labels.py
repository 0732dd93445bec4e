"""Place names on the offline map, drawn as pictures: no font is fetched from the internet.

MapLibre draws text only with font glyphs it downloads, so labels are rendered here with Pillow's
built-in font into transparent images laid over the map (image layers in Web Mercator), one image
per zoom band: more places as one zooms in, each at a readable size for its band. Two kinds of
place are named: those with events (the most reported first) and, after them, towns from the
shipped table data/label_places.csv (tools/build_label_places.py), capitals then the most populous, each
with a small dot since no event marker shows where it is. A name that would cover another name (or
a town's name that would cover an event's point) is left out.
"""
from __future__ import annotations

import base64
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from PIL import Image, ImageDraw, ImageFont

from extract.names import plain_letters
from extract.settings import ROOT

from .mercator import TILE_PIXELS, latitude_at, world_pixels

LABEL_PLACES = ROOT / "data" / "label_places.csv"
BANDS = 3                    # zoom bands above the starting view's zoom, each with its own image
LABELS_PER_BAND = (12, 40, 150)   # places with events, the most reported first
TOWNS_PER_BAND = (15, 40, 100)     # then towns without events: capitals, then the most populous
FONT_SIZE = 12
STROKE = 2                   # pixels of white halo around each letter
TEXT_COLOR, TOWN_COLOR, HALO_COLOR = (40, 40, 40, 255), (100, 100, 100, 255), (255, 255, 255, 230)
OFFSET = 9                   # pixels between an event's point and its name
TOWN_OFFSET, DOT_RADIUS = 5, 2   # a town's dot, and its name beside it
POINT_RADIUS = 4             # an event's smallest point: town names keep off it
WINDOW = (2048, 1024)        # pixels named around the view's centre in each band (about twice the map's view)
FOCUS = (800, 400)           # ... of which towns are chosen from the map's own view (about its size): the
                             # towns budget goes to what is on screen, not to capitals far off it
PALETTE_COLORS = 16


@dataclass(frozen=True)
class Label:
    """A name placed on a band's picture: its text, anchor pixel (left middle), ink box, and whether it is a town."""
    text: str
    x: float
    y: float
    box: tuple[float, float, float, float]
    town: bool


def read_towns(path: Path = LABEL_PLACES) -> pd.DataFrame:
    """The label towns (name, latitude, longitude, population, capital), capitals first (they orient a
    reader best), then the most populous."""
    try:
        towns = pd.read_csv(path, usecols=["name", "latitude", "longitude", "population", "capital"],
                            keep_default_na=False)
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: cannot read the map's label places ({error}); "
                         "rebuild it with python tools/build_label_places.py") from error
    return towns.sort_values(["capital", "population"], ascending=False, kind="stable").reset_index(drop=True)


def label_layers(places: pd.DataFrame, view: dict, towns: pd.DataFrame | None = None) -> list[dict]:
    """Image layers naming `places` (columns name, latitude, longitude, weight: places with events) and
    `towns` (name, latitude, longitude, population) around the `view` (center, zoom: the map's starting
    framing), for the zoom bands from the view's zoom on; [] when there is nothing to name."""
    layers = []
    for zoom, (low, high), box, chosen in bands(places, view, towns):
        if chosen:
            source, inked = render(chosen, box, zoom)
            layers.append({"sourcetype": "image", "source": source, "coordinates": corners(inked),
                           "minzoom": low, "maxzoom": high})   # above the points: a big point would hide the start of its own name
    return layers


def bands(places: pd.DataFrame, view: dict, towns: pd.DataFrame | None = None
          ) -> list[tuple[int, tuple[float, float], tuple[float, float, float, float], list[Label]]]:
    """Per zoom band: its zoom, the map zooms it shows at, the box it covers and the names placed on it."""
    places = places.dropna(subset=["latitude", "longitude"]).sort_values("weight", ascending=False, kind="stable")
    towns = towns if towns is not None else pd.DataFrame(columns=["name", "latitude", "longitude", "population"])
    base = math.floor(view["zoom"])
    found = []
    for band, (count, town_count) in enumerate(zip(LABELS_PER_BAND, TOWNS_PER_BAND)):
        zoom = base + band
        box = window(view["center"], zoom)
        inside, towns_inside = within(places, box), within(towns, window(view["center"], zoom, FOCUS))
        shown = (0 if band == 0 else zoom - 0.5, 24 if band == BANDS - 1 else zoom + 0.5)
        found.append((zoom, shown, box, layout(inside.head(count), towns_inside.head(town_count), inside, box, zoom)))
    return found


def window(center: dict, zoom: int, pixels: tuple[int, int] = WINDOW) -> tuple[float, float, float, float]:
    """West, south, east, north of `pixels` (width, height) around `center` at `zoom` (within the world)."""
    x, y = world_pixels(np.array([center["lon"]]), np.array([center["lat"]]), zoom)
    size = TILE_PIXELS * 2 ** zoom
    left, right = max(x[0] - pixels[0] / 2, 0.0), min(x[0] + pixels[0] / 2, size)
    top, bottom = y[0] - pixels[1] / 2, y[0] + pixels[1] / 2
    west, east = left / size * 360 - 180, right / size * 360 - 180
    return west, latitude_at(bottom, zoom), east, latitude_at(top, zoom)


def within(places: pd.DataFrame, box: tuple[float, float, float, float]) -> pd.DataFrame:
    west, south, east, north = box
    lat, lon = places["latitude"], places["longitude"]
    return places[((lat >= south) & (lat <= north) & (lon >= west) & (lon <= east)).to_numpy()]


def corners(box: tuple[float, float, float, float]) -> list[list[float]]:
    """The image's corners as MapLibre wants them: top left, top right, bottom right, bottom left."""
    west, south, east, north = (float(edge) for edge in box)
    return [[west, north], [east, north], [east, south], [west, south]]


def layout(places: pd.DataFrame, towns: pd.DataFrame, points: pd.DataFrame, box: tuple[float, float, float, float],
           zoom: int) -> list[Label]:
    """The names to draw, in picture pixels: places with events first, then towns; a name whose box
    would meet a name already placed is skipped, and a town's also when it would cover an event's point
    (`points`: every place with events in the picture)."""
    font = ImageFont.load_default(size=FONT_SIZE)
    left, top = picture_origin(box, zoom)
    taken: list[tuple[float, float, float, float]] = []
    px, py = world_pixels(points["longitude"].to_numpy(float), points["latitude"].to_numpy(float), zoom)
    dots = np.column_stack([px - left - POINT_RADIUS, py - top - POINT_RADIUS, px - left + POINT_RADIUS, py - top + POINT_RADIUS])
    chosen = []
    for frame, town in ((places, False), (towns, True)):
        xs, ys = world_pixels(frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float), zoom)
        for name, x, y in zip(frame["name"].map(drawable), xs - left, ys - top):
            if not name:
                continue
            x0, y0, x1, y1 = font.getbbox(name, anchor="lm")
            gap = TOWN_OFFSET if town else OFFSET
            ink = (x + gap + x0 - 1, y + y0 - 1, x + gap + x1 + 1, y + y1 + 1)
            if town:
                ink = (x - DOT_RADIUS - 1, *ink[1:])
            if meets(ink, taken) or (town and meets_any(ink, dots)):
                continue
            taken.append(ink)
            chosen.append(Label(name, x + gap, y, ink, town))
    return chosen


def meets(box: tuple[float, float, float, float], others: list[tuple[float, float, float, float]]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in others)


def meets_any(box: tuple[float, float, float, float], others: np.ndarray) -> bool:
    """Whether `box` meets any row (x0, y0, x1, y1) of `others`: vectorised, as there may be thousands."""
    x0, y0, x1, y1 = box
    return bool(((x0 < others[:, 2]) & (others[:, 0] < x1) & (y0 < others[:, 3]) & (others[:, 1] < y1)).any())


def picture_origin(box: tuple[float, float, float, float], zoom: int) -> tuple[float, float]:
    west, _, _, north = box
    x, y = world_pixels(np.array([west]), np.array([north]), zoom)
    return float(x[0]), float(y[0])


def render(labels: list[Label], box: tuple[float, float, float, float], zoom: int
           ) -> tuple[str, tuple[float, float, float, float]]:
    """A PNG (as a data URL) of the placed names over `box`, towns with their dot, cut to the part of
    `box` they cover (returned as west, south, east, north). The names take a fifth of a band's window
    or less, and the browser decodes, uploads and draws every pixel of the picture each time the map is
    drawn anew (twice a rerun that changes it; in software on a machine without a GPU): cut to the names,
    that is a fifth of the work, the same names at the same places."""
    left, top = picture_origin(box, zoom)
    x0, y0, x1, y1 = ink_bounds(labels)
    image = Image.new("RGBA", (x1 - x0, y1 - y0), (0, 0, 0, 0))
    draw, font = ImageDraw.Draw(image), ImageFont.load_default(size=FONT_SIZE)
    for label in labels:
        color = TOWN_COLOR if label.town else TEXT_COLOR
        x, y = label.x - x0, label.y - y0
        if label.town:
            dot = x - TOWN_OFFSET
            draw.ellipse((dot - DOT_RADIUS, y - DOT_RADIUS, dot + DOT_RADIUS, y + DOT_RADIUS), fill=color,
                         outline=HALO_COLOR)
        draw.text((x, y), label.text, font=font, anchor="lm", fill=color, stroke_width=STROKE, stroke_fill=HALO_COLOR)
    out = io.BytesIO()
    # A 16-colour palette (greys and their edges on transparency) looks the same and takes a fifth of
    # the bytes, sent with every map; optimize=True would take twice the time for 2% fewer.
    image.quantize(colors=PALETTE_COLORS, method=Image.Quantize.FASTOCTREE).save(out, format="PNG")
    west, north = lon_lat(left + x0, top + y0, zoom)
    east, south = lon_lat(left + x1, top + y1, zoom)
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii"), (west, south, east, north)


def ink_bounds(labels: list[Label]) -> tuple[int, int, int, int]:
    """Whole picture pixels (left, top, right, bottom) holding every name's ink with its halo."""
    margin = STROKE + 1
    return (math.floor(min(label.box[0] for label in labels)) - margin,
            math.floor(min(label.box[1] for label in labels)) - margin,
            math.ceil(max(label.box[2] for label in labels)) + margin,
            math.ceil(max(label.box[3] for label in labels)) + margin)


def lon_lat(x: float, y: float, zoom: int) -> tuple[float, float]:
    """The longitude and latitude of world pixel (`x`, `y`) at `zoom` (Web Mercator)."""
    return x / (TILE_PIXELS * 2 ** zoom) * 360 - 180, latitude_at(y, zoom)


def drawable(name: object) -> str:
    """The name in the letters the built-in font has (ASCII): accents dropped ("Léré" -> "Lere"), a
    name in another script left out (empty) rather than drawn as empty boxes."""
    return "".join(c for c in plain_letters(str(name)) if c.isascii() and c.isprintable()).strip()


def places_of(events: pd.DataFrame, keep: np.ndarray | None = None) -> pd.DataFrame:
    """The named places of exact events (not region or country points) among those `keep` marks (all
    when None), with their number of events. Masks first, then only three columns copied: a million
    events take a tenth of a second."""
    named = ((events["place_precision"] <= 2) & events["latitude"].notna() & (events["location"] != "")).to_numpy()
    chosen = events.loc[named if keep is None else named & keep, ["latitude", "longitude", "location"]]
    return (chosen.groupby(["latitude", "longitude"], observed=True, sort=False)
            .agg(name=("location", "first"), weight=("location", "size")).reset_index())
