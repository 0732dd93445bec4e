"""Place names on the offline map, drawn as pictures: no font is fetched from the internet.

MapLibre draws text only with font glyphs it downloads, so labels are rendered here with Pillow's
built-in font into transparent images laid over the map (image layers in Web Mercator), one image
per zoom band: more places as one zooms in, each at a readable size for its band.
"""
from __future__ import annotations

import base64
import io
import math
import unicodedata

import numpy as np
import pandas as pd
from PIL import Image, ImageDraw, ImageFont

TILE_PIXELS = 512            # MapLibre's world is 512 px wide at zoom 0
BANDS = 3                    # zoom bands above the starting view's zoom, each with its own image
LABELS_PER_BAND = (12, 40, 150)   # the most reported places first
FONT_SIZE = 12
TEXT_COLOR, HALO_COLOR = (40, 40, 40, 255), (255, 255, 255, 230)
OFFSET = 9                   # pixels between a point and its name
MAX_SIDE = 4096              # an image larger than this is left out (zoomed far in on a wide area)
MARGIN_DEGREES = 2.0
MAX_LATITUDE = 85.0
PALETTE_COLORS = 16


def label_layers(places: pd.DataFrame, zoom: float) -> list[dict]:
    """Image layers naming `places` (columns name, latitude, longitude, weight), for the zoom bands
    from `zoom` (the starting view's) on; [] when there is nothing to name."""
    places = places.dropna(subset=["latitude", "longitude"]).sort_values("weight", ascending=False, kind="stable")
    if places.empty:
        return []
    box = bounds(places)
    base = math.floor(zoom)
    layers = []
    for band, count in zip(range(BANDS), LABELS_PER_BAND):
        zoom = base + band
        picture = render(places.head(count), box, zoom)
        if picture is not None:
            layers.append({"sourcetype": "image", "source": picture, "coordinates": corners(box),
                           "minzoom": 0 if band == 0 else zoom - 0.5, "maxzoom": 24 if band == BANDS - 1 else zoom + 0.5})
                           # above the points: a big point would hide the start of its own name
    return layers


def bounds(places: pd.DataFrame) -> tuple[float, float, float, float]:
    """West, south, east, north around the places, with room for names to the east."""
    west, east = places["longitude"].min() - MARGIN_DEGREES, places["longitude"].max() + 4 * MARGIN_DEGREES
    south, north = places["latitude"].min() - MARGIN_DEGREES, places["latitude"].max() + MARGIN_DEGREES
    return max(west, -180.0), max(south, -MAX_LATITUDE), min(east, 180.0), min(north, MAX_LATITUDE)


def corners(box: tuple[float, float, float, float]) -> list[list[float]]:
    """The image's corners as MapLibre wants them: top left, top right, bottom right, bottom left."""
    west, south, east, north = (float(edge) for edge in box)
    return [[west, north], [east, north], [east, south], [west, south]]


def world_pixel(lon: float, lat: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel of a point at `zoom`."""
    size = TILE_PIXELS * 2 ** zoom
    siny = math.sin(math.radians(lat))
    return (lon + 180) / 360 * size, (0.5 - math.log((1 + siny) / (1 - siny)) / (4 * math.pi)) * size


def render(places: pd.DataFrame, box: tuple[float, float, float, float], zoom: int) -> str | None:
    """A PNG (as a data URL) with the places' names, greedily skipping any that would overlap."""
    west, south, east, north = box
    left, top = world_pixel(west, north, zoom)
    right, bottom = world_pixel(east, south, zoom)
    width, height = round(right - left), round(bottom - top)
    if not 0 < width <= MAX_SIDE or not 0 < height <= MAX_SIDE:
        return None
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw, font = ImageDraw.Draw(image), ImageFont.load_default(size=FONT_SIZE)
    taken: list[tuple[float, float, float, float]] = []
    for name, lat, lon in zip(places["name"].map(drawable), places["latitude"], places["longitude"]):
        if not name:
            continue
        x, y = world_pixel(lon, lat, zoom)
        x0, y0, x1, y1 = draw.textbbox((x - left + OFFSET, y - top), name, font=font, anchor="lm")
        if any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in taken):
            continue
        taken.append((x0, y0, x1, y1))
        draw.text((x - left + OFFSET, y - top), name, font=font, anchor="lm", fill=TEXT_COLOR,
                  stroke_width=2, stroke_fill=HALO_COLOR)
    out = io.BytesIO()
    # A 16-colour palette (two greys and their edges on transparency) looks the same and takes a fifth of
    # the bytes, sent with every map; optimize=True would take twice the time for 2% fewer.
    image.quantize(colors=PALETTE_COLORS, method=Image.Quantize.FASTOCTREE).save(out, format="PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def drawable(name: object) -> str:
    """The name in the letters the built-in font has (ASCII): accents dropped ("Léré" -> "Lere"), a
    name in another script left out (empty) rather than drawn as empty boxes."""
    decomposed = unicodedata.normalize("NFKD", str(name))
    return "".join(c for c in decomposed if c.isascii() and c.isprintable()).strip()


def places_of(events: pd.DataFrame, keep: np.ndarray | None = None) -> pd.DataFrame:
    """The named places of exact events (not region or country points) among those `keep` marks (all
    when None), with their number of events. Masks first, then only three columns copied: a million
    events take a tenth of a second."""
    named = ((events["place_precision"] <= 2) & events["latitude"].notna() & (events["location"] != "")).to_numpy()
    chosen = events.loc[named if keep is None else named & keep, ["latitude", "longitude", "location"]]
    return (chosen.groupby(["latitude", "longitude"], observed=True, sort=False)
            .agg(name=("location", "first"), weight=("location", "size")).reset_index())
