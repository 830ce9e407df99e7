"""The statistics as one HTML page: the centres side by side, one row per figure. No script, no style
from elsewhere: it opens on any browser of the town's network."""

from __future__ import annotations

from html import escape


def render(table: dict) -> str:
    head = "".join(
        f"<th>{escape(c['centre'])}<br><small>{escape(c['town'])}</small></th>" for c in table["columns"]
    )
    rows = []
    for section, key in table["sections"]:
        cells = "".join(f"<td>{escape(c['cells'][(section, key)])}</td>" for c in table["columns"])
        rows.append(f"<tr><th>{escape(section)}</th><th>{escape(key)}</th>{cells}</tr>")
    period = f"{escape(table['from'])} – {escape(table['to'])}"
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{period}</title>"
        "<style>body{font-family:sans-serif}td,th{padding:.2em .6em;border-bottom:1px solid #ccc}"
        "td{text-align:right}</style></head>"
        f"<body><h1>{period}</h1><table><tr><th></th><th></th>{head}</tr>{''.join(rows)}</table>"
        "</body></html>"
    )
