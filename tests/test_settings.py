"""One settings object: defaults, overrides, and unknown names refused with the valid list."""
from __future__ import annotations

import pytest

from extract.settings import Settings


def test_defaults_and_override():
    assert Settings.make(merge_distance_km=10.0).merge_distance_km == 10.0
    assert Settings.make().merge_distance_km == Settings().merge_distance_km


def test_unknown_setting_lists_the_valid_ones():
    with pytest.raises(ValueError, match="unknown setting.*merge_distance.*valid settings: .*db_path"):
        Settings.make(merge_distance=3)
