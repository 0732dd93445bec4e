"""Benchmark scripts that print figures, and the helpers they share."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType


def load_module(path: Path) -> ModuleType:
    """A benchmark's own scorer, imported from its folder (never copied into the project)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSONL file; blank lines are skipped."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
