"""Web Mercator pixels, as MapLibre places them: what both the place names and the clusters measure in."""
from __future__ import annotations

import math

import numpy as np

TILE_PIXELS = 512            # MapLibre's world is 512 px wide at zoom 0
MAX_LATITUDE = 85.05         # the projection's edge


def world_pixels(lon: np.ndarray, lat: np.ndarray, zoom: float) -> tuple[np.ndarray, np.ndarray]:
    """Pixel x, y of points at `zoom`, from the world's top left corner."""
    size = TILE_PIXELS * 2.0 ** zoom
    siny = np.sin(np.radians(np.clip(lat, -MAX_LATITUDE, MAX_LATITUDE)))
    return (lon + 180) / 360 * size, (0.5 - np.log((1 + siny) / (1 - siny)) / (4 * np.pi)) * size


def latitude_at(y: float, zoom: float) -> float:
    """The latitude at pixel row `y` (from the world's top) at `zoom`: world_pixels' inverse, within the edge."""
    size = TILE_PIXELS * 2.0 ** zoom
    latitude = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / size))))
    return max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))
