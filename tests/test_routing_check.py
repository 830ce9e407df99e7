"""`kiosk routing check`: one small file per kind of problem, each naming the line it must print."""

from pathlib import Path

import pytest

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.root.cli import main

CASES = sorted((Path(__file__).parent / "routing_cases").glob("*.yaml"))


def expected(case: Path) -> str:
    first = case.read_text(encoding="utf-8").splitlines()[0] if case.stat().st_size else ""
    assert first.startswith("# expect: "), f"{case.name} must start with '# expect: ...'"
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_check_reports_each_problem_on_its_own_line(case, capsys):
    code = main(["routing", "check", str(case)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    want = expected(case)
    if want == "ok":
        assert code == 0, out.out
        assert out.out.strip().endswith(": ok")
    else:
        assert code == 1
        lines = out.out.splitlines()
        assert any(want in line for line in lines), f"wanted {want!r} in:\n{out.out}"
        assert all(line.startswith(f"{case}: ") for line in lines)


def test_every_problem_kind_has_its_own_case():
    names = {c.stem for c in CASES}
    for kind in (
        "unknown-service", "unknown-question", "missing-start", "missing-fallback",
        "unreachable-question", "looping-questions", "missing-translation", "answer-both",
        "answer-neither", "duplicate-service-id", "duplicate-question-id", "duplicate-prefix",
        "bad-weekday", "bad-time", "scheduled-no-schedule", "yaml-syntax-error", "empty",
    ):  # fmt: skip
        assert kind in names


def test_default_centre_passes(capsys):
    assert main(["routing", "check", str(DEFAULT_ROUTING)]) == 0


def test_missing_file_is_a_clear_message(tmp_path, capsys):
    assert main(["routing", "check", str(tmp_path / "nope.yaml")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_binary_file_is_a_clear_message(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["routing", "check", str(bad)]) == 1
    assert "not UTF-8 text" in capsys.readouterr().err


@pytest.mark.parametrize("case", [DEFAULT_ROUTING, *CASES], ids=["kokoomo", *(c.stem for c in CASES)])
def test_libyaml_reads_every_routing_as_pyyamls_own_parser_does(case):
    """A routing already judged is read by libyaml for speed (`loads`, kiosk/core/routing/io.py); what it
    reads must be what PyYAML's own parser reads, problems included, or a routing would mean one thing
    at the hub and another where it was checked."""
    yaml = pytest.importorskip("yaml")
    assert hasattr(yaml, "CSafeLoader"), "PyYAML without libyaml: the hub reads routings 7x slower"
    from kiosk.core.routing.io import parse_yaml

    text = case.read_text(encoding="utf-8")
    assert parse_yaml(text, fast=True) == parse_yaml(text)


def test_text_libyaml_would_accept_is_still_judged_by_pyyaml():
    """libyaml reads `{name: What now?}` as the admin meant; PyYAML's parser (and an older version of
    this program, after going back) refuses it: text to publish is judged by PyYAML alone, with its hint."""
    from kiosk.core.routing import check_text
    from kiosk.core.routing.io import parse_yaml

    text = "version: 1\ncentre: {name: What now?}\n"
    assert parse_yaml(text, fast=True)[1] == []
    problems = check_text(text)
    assert problems[0].where == "line 2, column 24"
    assert "must be in quotes" in problems[0].message, problems


def test_an_id_the_region_cannot_name_is_refused_to_publish_but_a_stored_one_is_still_read():
    """A routing published before the rule (with an answer 'työ') must still run the centre after an
    update; only publishing a new one asks for ids the region's figures can name."""
    from kiosk.core.routing import check_text, loads

    text = (Path(__file__).parent / "routing_cases" / "answer-id-not-a-to-z.yaml").read_text(encoding="utf-8")
    assert loads(text).questions[0].answers[0].id == "työ"
    assert [p.where for p in check_text(text)] == ["questions.need.answers"]


def test_a_discreet_service_alone_in_its_room_on_a_weekday_is_noted_but_the_routing_is_ok(capsys):
    """The open routing gives each service's room and weekdays: Kokoomo's three discreet services each
    hold Room 7 alone on their days, so "N2, Room 7" on a Wednesday names the A-Clinic."""
    assert main(["routing", "check", str(DEFAULT_ROUTING)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].endswith(": ok")
    notes = [line.split(": note: ", 1)[1] for line in lines if ": note: " in line]
    assert notes == [
        f"services.{service}: alone in Room 7 on {days}, and the open routing tells anyone so: a number"
        " called to Room 7 on those days names this discreet service. Let another service use Room 7 on"
        " those days if the centre can"
        for service, days in [
            ("social", "Mondays and Thursdays"),
            ("aclinic", "Wednesdays"),
            ("debt", "Tuesdays"),
        ]
    ]


def test_a_discreet_service_sharing_its_room_and_day_is_not_noted(tmp_path, capsys):
    """Here the careers advisor is in Room 7 on Wednesdays too: a call to Room 7 then could be either."""
    text = DEFAULT_ROUTING.read_text(encoding="utf-8")
    careers = text.index("  - id: careers")
    rooms = text[careers:].replace("Huone 8", "Huone 7", 1).replace("Room 8", "Room 7", 1)
    shared = text[:careers] + rooms.replace(
        '{weekday: thu, start: "09:00"', '{weekday: wed, start: "09:00"', 1
    )
    path = tmp_path / "shared.yaml"
    path.write_text(shared, encoding="utf-8")
    assert main(["routing", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "services.aclinic" not in out and "services.debt: alone in Room 7 on Tuesdays" in out
