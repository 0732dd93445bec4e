"""Distances on the globe and a grid of places for "the nearest one within reach".

Comparing every place of an article with every other made a long article quadratic (a
5 MB article took minutes). A grid whose cells are at least `reach` wide answers "the nearest
place within reach" by looking at the neighbouring cells only.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from .models import Place

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = 111.19
POLAR_LATITUDE = 80.0  # above this, longitude cells are so narrow that a whole band is searched
LONGITUDE_MARGIN = 1.5
ARRAYS_FROM = 48
Arrays = tuple[np.ndarray, np.ndarray, np.ndarray]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance; geopy's is exact but ten times slower, and this runs
    once per candidate and anchor."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def haversine_many(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """distance_km from one point to many, all in radians."""
    a = np.sin((lats - lat) / 2) ** 2 + math.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))


class NearIndex:
    """Distinct places in a grid of square cells `reach_km` high (in degrees of latitude)."""

    def __init__(self, places: Iterable[Place], reach_km: float) -> None:
        self.reach_km = reach_km
        self._step = reach_km / KM_PER_DEGREE
        self._columns = math.ceil(360.0 / self._step)
        self._cells: dict[tuple[int, int], list[Place]] = defaultdict(list)
        self._nearest: dict[int, float | None] = {}
        self._around_cell: dict[tuple[int, int], list[Place] | Arrays] = {}
        self._few = list({p.geonameid: p for p in places}.values())
        for place in self._few:
            self._cells[self._cell(place.latitude, place.longitude)].append(place)

    def __len__(self) -> int:
        return len(self._few)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self._step), math.floor((lon + 180.0) / self._step) % self._columns

    def nearest_km(self, place: Place) -> float | None:
        """Distance to the nearest other place within `reach_km` (None when there is none);
        remembered per place, as one article asks about the same candidates again and again."""
        if place.geonameid not in self._nearest:
            self._nearest[place.geonameid] = self._nearest_of(place)
        return self._nearest[place.geonameid]

    def _nearest_of(self, place: Place) -> float | None:
        # an ordinary article has a handful of places: comparing with each costs less than the grid
        few = len(self._few) < ARRAYS_FROM
        around = self._few if few else self._neighbourhood(self._cell(place.latitude, place.longitude), abs(place.latitude))
        if isinstance(around, list):
            # a place more degrees of latitude away than reach allows is out of reach: no trigonometry for it
            km = [distance_km(place.latitude, place.longitude, o.latitude, o.longitude) for o in around
                  if o.geonameid != place.geonameid and abs(o.latitude - place.latitude) * KM_PER_DEGREE <= self.reach_km]
            return min((d for d in km if d <= self.reach_km), default=None)
        ids, lats, lons = around
        km = haversine_many(math.radians(place.latitude), math.radians(place.longitude), lats, lons)
        km = km[(ids != place.geonameid) & (km <= self.reach_km)]
        return float(km.min()) if len(km) else None

    def _neighbourhood(self, cell: tuple[int, int], lat: float) -> list[Place] | Arrays:
        """The places around a cell, built once per cell: a list when few, else arrays of ids and
        coordinates in radians (numpy pays off only past a few dozen places)."""
        if cell not in self._around_cell:
            places = list(self._around(cell, lat))
            self._around_cell[cell] = places if len(places) < ARRAYS_FROM else (
                np.array([p.geonameid for p in places], dtype=np.int64),
                np.radians([p.latitude for p in places]), np.radians([p.longitude for p in places]))
        return self._around_cell[cell]

    def _around(self, cell: tuple[int, int], lat: float) -> Iterable[Place]:
        """The places of the cells that can hold a place within reach of (lat, lon): one band of
        latitude either side, and as many columns as a degree of longitude shrinks there (with a
        margin, since a great circle is shorter than the parallel), all of them near a pole."""
        band, column = cell
        poleward = min(90.0, (abs(band) + 2) * self._step)
        shrink = math.cos(math.radians(poleward))
        if poleward >= POLAR_LATITUDE:
            columns = range(self._columns)
        else:
            reach = math.ceil(LONGITUDE_MARGIN / shrink)
            columns = {(column + d) % self._columns for d in range(-reach, reach + 1)}
        for near_band in (band - 1, band, band + 1):
            for near_column in columns:
                yield from self._cells.get((near_band, near_column), ())
