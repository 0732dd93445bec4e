"""The disposable cache files: a value comes back only under its own key, and damage is no cache."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from extract import caches


def test_a_value_comes_back_under_its_key_only(tmp_path: Path) -> None:
    path = caches.cache_file(tmp_path / "sub", "kind", "/some/file.csv")
    assert path.parent == tmp_path / "sub" and path.name.startswith("kind-")
    assert caches.read(path, ("k", 1)) is None                       # absent
    caches.write(path, ("k", 1), {"words": ["a", "b"], "n": (1, 2.5)})
    assert caches.read(path, ("k", 1)) == {"words": ["a", "b"], "n": (1, 2.5)}
    assert caches.read(path, ("k", 2)) is None                       # stale
    assert list(path.parent.iterdir()) == [path]                     # no temporary file left


class Payload:
    def __reduce__(self):
        return (print, ("code ran",))


@pytest.mark.parametrize("content", [
    b"not a pickle",
    pickle.dumps(["a list, not the stored layout"]),
    pickle.dumps({"key": ("k", 1), "value": Payload()}),             # would run code if unpickled
])
def test_damaged_or_foreign_files_are_no_cache(tmp_path: Path, content: bytes,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kind-x.pickle"
    path.write_bytes(content)
    assert caches.read(path, ("k", 1)) is None
    assert "code ran" not in capsys.readouterr().out


def test_an_unwritable_folder_costs_only_the_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    caches.write(blocker / "kind-x.pickle", ("k",), [1])            # a file where the folder should be
    assert caches.read(blocker / "kind-x.pickle", ("k",)) is None
