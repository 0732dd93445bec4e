"""One settings object: defaults, overrides, and unknown names refused with the valid list."""
from __future__ import annotations

import pytest

from extract.settings import ENV_PATHS, Settings


def test_defaults_and_override():
    assert Settings.make(merge_distance_km=10.0).merge_distance_km == 10.0
    assert Settings.make().merge_distance_km == Settings().merge_distance_km


def test_unknown_setting_lists_the_valid_ones():
    with pytest.raises(ValueError, match="unknown setting.*merge_distance.*valid settings: .*db_path"):
        Settings.make(merge_distance=3)


@pytest.mark.parametrize("name", sorted(ENV_PATHS))
def test_paths_from_the_environment(monkeypatch, tmp_path, name):
    for variable in ENV_PATHS.values():
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv(ENV_PATHS[name], str(tmp_path / "elsewhere"))
    chosen = Settings.from_env()
    assert getattr(chosen, name) == tmp_path / "elsewhere"
    assert [field for field in ENV_PATHS if getattr(chosen, field) != getattr(Settings(), field)] == [name]
