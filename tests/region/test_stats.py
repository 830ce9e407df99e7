"""`kiosk region stats`: the centres side by side from PostgreSQL's aggregates, small counts as "<5"."""

from __future__ import annotations

import csv
import io

import httpx

from kiosk.root.cli import main


def push(region, token: str, day: str, counts: dict, waits: dict) -> None:
    answer = httpx.put(
        f"{region.url}/api/centre/figures/{day}",
        json={"counts": counts, "waits": waits},
        headers=region.auth(token),
    )
    assert answer.status_code == 200, answer.text


def table(capsys, region, *period: str) -> dict[tuple[str, str, str], str]:
    capsys.readouterr()
    assert main(["region", "stats", "--dsn", region.dsn, *period, "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["centre", "town", "section", "key", "value"]
    return {(centre, section, key): value for centre, _town, section, key, value in rows[1:]}


def test_counts_under_five_are_shown_as_under_five_and_the_region_adds_up(region, capsys):
    big = region.add_centre("Kokoomo", "Haapavesi")
    small = region.add_centre("Kylä", "Pyhäntä")
    push(
        region,
        big,
        "2026-02-02",
        {"visitors": 9, "answer:job": 6, "answer:": 3, "bookings:kept": 5},
        {"job": [1, 2, 3]},
    )
    push(
        region, big, "2026-02-03", {"visitors": 4, "answer:job": 1, "ended:no_show": 2}, {"job": [10, 20, 30]}
    )
    push(
        region, small, "2026-02-03", {"visitors": 3, "answer:money": 3, "ended:no_show": 1}, {"money": [7, 8]}
    )
    push(region, small, "2026-02-10", {"visitors": 50}, {})  # outside the period

    cells = table(capsys, region, "--from", "2026-02-02", "--to", "2026-02-03")

    assert cells[("Kokoomo", "visitors", "all")] == "13"
    assert cells[("Kokoomo", "first_answer", "job")] == "7"
    assert cells[("Kokoomo", "first_answer", "(talk to someone)")] == "<5"
    assert cells[("Kokoomo", "first_answer", "money")] == "<5"  # a zero is not told from the rest
    assert cells[("Kokoomo", "no_shows", "all")] == "<5"
    assert cells[("Kokoomo", "bookings", "kept")] == "5"
    # Six waits: 1 2 3 10 20 30, median 6.5, 90th percentile by nearest rank 30.
    assert cells[("Kokoomo", "waits", "count")] == "6"
    assert (cells[("Kokoomo", "waits", "median_minutes")], cells[("Kokoomo", "waits", "p90_minutes")]) == (
        "6.5",
        "30.0",
    )
    assert cells[("Kylä", "visitors", "all")] == "<5"
    assert cells[("Kylä", "first_answer", "money")] == "<5"
    # Two waits: too few to give a median that would not point at the two visitors.
    assert cells[("Kylä", "waits", "count")] == "<5"
    assert cells[("Kylä", "waits", "median_minutes")] == ""
    assert cells[("(region)", "visitors", "all")] == "16"
    assert cells[("(region)", "no_shows", "all")] == "<5"
    assert cells[("(region)", "waits", "count")] == "8"
    assert cells[("(region)", "waits", "median_minutes")] == "7.5"
    assert not [value for value in cells.values() if value.isdigit() and int(value) < 5]


def test_the_page_shows_the_same_table_to_the_admin_only(region):
    token = region.add_centre("Kokoomo", "Haapavesi")
    push(region, token, "2026-02-02", {"visitors": 9}, {})
    query = "?from=2026-02-02&to=2026-02-02"
    assert httpx.get(f"{region.url}/{query}", auth=("", token)).status_code == 403
    page = httpx.get(f"{region.url}/{query}", auth=("admin", region.admin))
    assert page.status_code == 200
    assert "Kokoomo" in page.text and "Haapavesi" in page.text and "<td>9</td>" in page.text


def test_a_period_backwards_is_refused(region, capsys):
    assert main(["region", "stats", "--dsn", region.dsn, "--from", "2026-02-03", "--to", "2026-02-02"]) == 2
    assert "before" in capsys.readouterr().err
    answer = httpx.get(
        f"{region.url}/api/stats?from=2026-02-03&to=2026-02-02", headers=region.auth(region.admin)
    )
    assert (answer.status_code, answer.json()["error"]) == (422, "bad_range")
