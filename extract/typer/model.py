"""The learned part of the typer: a linear model over `features`, applied with numpy.

The weights come from tools/train_typing.py (scikit-learn's logistic regression) and ship as
data/typing/model.npz: plain arrays, so run time needs numpy only. Scores are calibrated with
maps fitted on held-out folds of the training sentences (never on a benchmark).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..tables import DATA_DIR
from .words import fingerprint

MODEL_PATH = DATA_DIR / "typing" / "model.npz"
FORMAT = 3
# decisions a calibration map was fitted for: the best label among all 30 classes or the 25 ACLED ones,
# the best group (event type, other class or "None"), whether a text reports any ACLED event at all, and
# the best ACLED event type of a text that reports one (its share of the ACLED classes' probability)
CALIBRATIONS = ("all", "acled", "events", "detect", "types")


class ModelError(ValueError):
    """The model file is missing, of another format, or made from other feature tables."""


@dataclass(frozen=True)
class TypingModel:
    """Class weights per feature, biases, and calibration maps (raw probability -> share right)."""

    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray      # (features, classes)
    bias: np.ndarray         # (classes,)
    calibration: dict[str, tuple[list[float], list[float]]]  # evenly spaced x over [0, 1], y

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "TypingModel":
        """The model in `path`; ModelError when it cannot serve the current feature tables."""
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {name: data[name] for name in data.files}
        except (OSError, ValueError) as err:
            raise ModelError(f"{path}: cannot read the typing model ({err}); run tools/train_typing.py") from None
        _check(arrays, path)
        return cls(tuple(str(c) for c in arrays["classes"]), {str(f): i for i, f in enumerate(arrays["vocabulary"])},
                   arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32),
                   {name: (arrays[f"calibration_{name}_x"].tolist(), arrays[f"calibration_{name}_y"].tolist())
                    for name in CALIBRATIONS})

    def rows(self, names: Sequence[str]) -> list[tuple[str, int]]:
        """(name, weight row) of each distinct known feature."""
        index = self.index
        return [(name, index[name]) for name in dict.fromkeys(names) if name in index]

    def logits(self, rows: list[tuple[str, int]]) -> np.ndarray:
        """Bias plus the weights of the features' rows."""
        return self.bias + self.weights[[row for _, row in rows]].sum(axis=0) if rows else self.bias.copy()

    def calibrated(self, probability: float, which: str) -> float:
        """The share of labels given this raw probability that were right on held-out training folds
        (linear between the map's points, which are evenly spaced over [0, 1])."""
        x, y = self.calibration[which]
        at = min(max(probability, 0.0), 1.0) * (len(x) - 1)
        low = min(int(at), len(x) - 2)
        return y[low] + (y[low + 1] - y[low]) * (at - low)


def softmax(logits: np.ndarray, allowed: np.ndarray | None = None) -> np.ndarray:
    """Probabilities over the classes; classes outside `allowed` (a mask) get none."""
    shifted = np.exp(logits - logits.max())
    if allowed is not None:
        shifted = shifted * allowed
    return shifted / shifted.sum()


def _check(arrays: dict[str, np.ndarray], path: Path) -> None:
    """Refuse a model of another format or trained on other feature tables."""
    needed = {"format", "fingerprint", "classes", "vocabulary", "weights", "bias",
              *(f"calibration_{n}_{a}" for n in CALIBRATIONS for a in "xy")}
    missing = sorted(needed - set(arrays))
    if missing:
        raise ModelError(f"{path}: not a typing model (missing {', '.join(missing)})")
    if int(arrays["format"]) != FORMAT:
        raise ModelError(f"{path}: model format {int(arrays['format'])}, this code reads {FORMAT}")
    if str(arrays["fingerprint"]) != fingerprint():
        raise ModelError(f"{path}: trained on other feature tables (data/typing/); run tools/train_typing.py")
    if arrays["weights"].shape != (len(arrays["vocabulary"]), len(arrays["classes"])):
        raise ModelError(f"{path}: weights of shape {arrays['weights'].shape} do not fit the vocabulary and classes")
