"""Schemathesis against a real hub's own `/openapi.json`: no request answers 5xx, and every answer (its
status, content type, body and headers) is one the schema documents.

Once per role's token (kiosk, display, staff, admin) and once without a token, each on its own hub and
database, so the PIN lock-out the fuzzing provokes never reaches another test. Every operation gets
`fuzz_examples` positive and as many negative examples (`--fuzz-examples N` or KIOSK_FUZZ_EXAMPLES for a
longer run), from a fixed seed (hypothesis' `derandomize`), so a run is repeatable.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import httpx
import hypothesis
import pytest
import requests
import schemathesis
from conftest import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kiosk.core.clock import FIRST_DAY, LAST_DAY
from kiosk.server import admin, store

pytestmark = [pytest.mark.hub, pytest.mark.long]

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# Days and times at the ends of the calendar and of the hub's bounds come up often, not once in a
# thousand: the security review found 500s there (OverflowError) that plain random dates never hit.
EDGE_DAYS = [
    date.max,
    date.min,
    FIRST_DAY,
    LAST_DAY,
    FIRST_DAY - timedelta(days=1),
    LAST_DAY + timedelta(days=1),
]
EDGE_TIMES = [
    datetime.combine(date.max, datetime.max.time(), UTC),
    datetime.combine(date.min, datetime.min.time(), timezone(timedelta(hours=14))),
    datetime.combine(date.max, datetime.min.time(), timezone(timedelta(hours=-14))),
]
schemathesis.openapi.format("date", st.one_of(st.sampled_from(EDGE_DAYS), st.dates()).map(date.isoformat))
schemathesis.openapi.format(
    "date-time",
    st.one_of(st.sampled_from(EDGE_TIMES), st.datetimes(timezones=st.timezones())).map(datetime.isoformat),
)
PIN = "24681357"
TIMEOUT = 10
"""Seconds one request may take: a stream that never ends (`/t/{code}/events`) fails instead of hanging."""


def _known(hub) -> dict[str, list]:
    """Path values the hub knows, so that fuzzing reaches past 404: every service id, a waiting ticket's
    code and a booking's code (a random id or code would be refused before anything else is read)."""
    # A PIN is set, so wrong PINs answer 401 `wrong_pin` and then 429 `locked`, in this hub's own database.
    db = store.open_db(hub.db_path)
    try:
        admin.set_pin(db, PIN, hub.clock())
    finally:
        db.conn.close()
    kiosk = {"Authorization": f"Bearer {hub.tokens['kiosk']}"}
    services = [s["id"] for s in httpx.get(f"{hub.url}/api/routing").json()["routing"]["services"]]
    visit = {"lang": "fi", "answers": {}, "key": "fuzz-ticket", "fallback": True}
    ticket = httpx.post(f"{hub.url}/api/visits", json=visit, headers=kiosk)
    assert ticket.status_code == 201, ticket.text
    slot = httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"][0]
    booking = {"service": "debt", "start": slot["start"], "lang": "fi", "key": "fuzz-booking"}
    booked = httpx.post(f"{hub.url}/api/bookings", json=booking, headers=kiosk)
    assert booked.status_code == 201, booked.text
    codes = [ticket.json()["ticket"]["code"], booked.json()["code"]]
    return {"service_id": services, "code": codes, "version_id": [1]}


def _strategy(operation, mode: GenerationMode, known: dict[str, list]):
    """Cases of `operation` in `mode`: with any path values, or (as often) with each value the hub knows."""
    names = {parameter.name for parameter in operation.path_parameters}
    fixed = [{name: value} for name in names & known.keys() for value in known[name]]
    return st.one_of(
        operation.as_strategy(generation_mode=mode),
        *(operation.as_strategy(generation_mode=mode, path_parameters=values) for values in fixed),
    )


@pytest.mark.parametrize("role", [None, "kiosk", "display", "staff", "admin"], ids=lambda r: r or "no_token")
def test_no_request_answers_5xx_or_off_schema(role, hub, fuzz_examples):
    known = _known(hub)
    # A phone's event stream never ends: its first event (the ticket's state, sent at once) is enough.
    config = schemathesis.Config.from_dict({"max-stream-events": 1})
    schema = schemathesis.openapi.from_url(f"{hub.url}/openapi.json", config=config, timeout=TIMEOUT)
    headers = {"Authorization": f"Bearer {hub.tokens[role]}"} if role else {}
    session = requests.Session()
    failures: list[str] = []
    cases = 0
    no_negative: list[str] = []
    statuses: dict[int, int] = {}
    began = time.monotonic()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 30, "the schema lists every route of the hub"
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @fuzz_settings(fuzz_examples)
            @given(case=_strategy(operation, mode, known))
            def run(case):
                nonlocal cases
                cases += 1
                response = case.call_and_validate(
                    base_url=hub.url, session=session, headers=headers, checks=CHECKS, timeout=TIMEOUT
                )
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

            try:
                run()
            except hypothesis.errors.Unsatisfiable:
                # Nothing to break: no parameter, or only a path string any value of which is valid.
                if mode is not GenerationMode.NEGATIVE:
                    raise
                no_negative.append(operation.label)
            except (Exception, BaseExceptionGroup) as error:  # schemathesis' FailureGroup is the latter
                failures.append(f"{operation.label} ({mode.value}):\n{error}")
    session.close()
    seconds = time.monotonic() - began
    print(
        f"\nfuzz {role or 'no token'}: {cases} cases on {len(operations)} operations in {seconds:.1f} s; "
        f"statuses {dict(sorted(statuses.items()))}; no negative case for {', '.join(no_negative) or 'none'}"
    )
    assert cases >= len(operations) * 2 - len(no_negative), "every operation ran, in both modes where it can"
    assert not failures, f"{len(failures)} operation(s) failed:\n\n" + "\n\n".join(failures)
