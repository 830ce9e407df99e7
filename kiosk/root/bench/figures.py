"""One measured figure, beside the baseline it is read against. Every bench module returns these."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    section: str  # what was measured: "kiosk", "display", "hub", "memory", "soak"
    name: str  # e.g. "tap to next question painted, p95"
    value: float
    unit: str  # "ms", "visits/s", "calls/s", "MB", "x", "" (a count)
    baseline_name: str = ""  # e.g. "one plain repaint"; empty when a figure stands alone
    baseline: float | None = None  # in the same unit as value, measured in the same run
    target: str = ""  # as a reader reads it, e.g. "p95 within one 60 Hz frame (16.7 ms)"
    met: bool | None = None  # None: no target
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline

    def as_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio}
