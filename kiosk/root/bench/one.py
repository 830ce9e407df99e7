"""One measuring module in a process of its own, for `kiosk bench` (run.py): imports
kiosk.root.bench.MODULE, calls its `measure(quick)` and writes `{"figures": [...]}` to --out, or
`{"error": "..."}` when the module is missing or raised. Its own output goes to this process's stdout."""

from __future__ import annotations

import argparse
import importlib
import json
import traceback
from pathlib import Path

PACKAGE = "kiosk.root.bench"


def _measure(module: str, quick: bool) -> dict:
    try:
        measuring = importlib.import_module(f"{PACKAGE}.{module}")
    except ModuleNotFoundError as error:
        if error.name in (f"{PACKAGE}.{module}",):
            return {"error": f"no module {PACKAGE}.{module}"}
        return {"error": f"cannot import {module}: {error}"}
    if not callable(getattr(measuring, "measure", None)):
        return {"error": f"{PACKAGE}.{module} has no measure(quick)"}
    try:
        figures = measuring.measure(quick)
        return {"figures": [figure.as_json() for figure in figures]}
    except Exception as error:  # a bench that fails is reported, the others still run
        traceback.print_exc()
        return {"error": f"{type(error).__name__}: {error}".strip()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    result = _measure(args.module, args.quick)
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 0 if "figures" in result else 1


if __name__ == "__main__":
    raise SystemExit(main())
