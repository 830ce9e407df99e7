"""`kiosk bench`: the product's figures, each beside a baseline measured in the same run.

Each measuring module here exposes `measure(quick: bool) -> list[Figure]` (figures.py) and can be
run alone as `python -m kiosk.root.bench.<module> [--quick]`."""
