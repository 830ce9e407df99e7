"""The bench's table, as a reader sees it: one line per figure (value beside its baseline, the ratio and
the target, met or missed) and one per module that could not measure, saying why."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.root.bench.figures import Figure

HEADER = ("section", "figure", "value", "baseline", "ratio", "target", "met")


@dataclass(frozen=True)
class Failure:
    """A module that is missing, raised or died: the report says so instead of its figures."""

    module: str
    error: str

    def as_json(self) -> dict:
        return {"module": self.module, "error": self.error}


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if abs(value) >= 100 or float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:.3g}" if abs(value) < 1 else f"{value:.1f}"
    return f"{text} {unit}".strip()


def row(figure: Figure) -> tuple[str, ...]:
    baseline = (
        f"{_amount(figure.baseline, figure.unit)} ({figure.baseline_name})" if figure.baseline_name else ""
    )
    ratio = f"{figure.ratio:.2f}x" if figure.ratio is not None else ""
    met = {True: "met", False: "MISSED", None: ""}[figure.met]
    name = f"{figure.name} ({figure.note})" if figure.note else figure.name
    return (figure.section, name, _amount(figure.value, figure.unit), baseline, ratio, figure.target, met)


def table(entries: list[Figure | Failure]) -> str:
    rows = [HEADER]
    for entry in entries:
        if isinstance(entry, Failure):
            rows.append((entry.module, "ERROR: " + entry.error, "", "", "", "", ""))
        else:
            rows.append(row(entry))
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER) - 1)]
    lines = []
    for r in rows:
        cells = [cell.ljust(width) for cell, width in zip(r, widths, strict=False)] + [r[-1]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def module_main(measure: Callable[[bool], list[Figure]], description: str) -> int:
    """What `python -m kiosk.root.bench.<module> [--quick] [--json]` does: measure, print the table
    (or the figures as JSON, one list)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="a short run (seconds, not minutes)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    args = parser.parse_args()
    figures = measure(args.quick)
    if args.json:
        json.dump([figure.as_json() for figure in figures], sys.stdout, indent=1)
        print()
    else:
        print(table(list(figures)))
    return 0
