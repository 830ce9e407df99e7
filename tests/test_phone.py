"""The visitor's phone page `GET /t/{code}` and its live stream `GET /t/{code}/events`, through a real hub."""

from __future__ import annotations

import contextlib
import json
import re
import time
import uuid
from datetime import datetime, timedelta

import httpx
import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.root.cli import main as kiosk
from kiosk.server.hub import phone, phone_events

pytestmark = pytest.mark.hub

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # the coordinator, Room 2
OPEN = datetime(2026, 11, 24, 10, 0, tzinfo=HELSINKI)  # a Tuesday morning: walk-ins are served


def open_clock():
    """Tuesday 10:00 and running, whatever the wall clock says: the kiosk hands out numbers then."""
    start = time.monotonic()
    return lambda: OPEN + timedelta(seconds=time.monotonic() - start)


@pytest.fixture
def hub(make_hub):
    return make_hub(clock=open_clock())


@pytest.fixture
def client(hub):
    with httpx.Client(base_url=hub.url, timeout=10) as c:
        yield c


def visit(hub, client, answers=JOB) -> dict:
    body = {"lang": "fi", "answers": answers, "key": str(uuid.uuid4())}
    response = client.post("/api/visits", json=body, headers={"Authorization": f"Bearer {hub.token}"})
    assert response.status_code == 201, response.text
    return response.json()["ticket"]


def staff(hub, client, path: str) -> httpx.Response:
    response = client.post(path, headers={"Authorization": f"Bearer {hub.tokens['staff']}"})
    assert response.status_code == 200, response.text
    return response


class Stream:
    """The data events of one open `text/event-stream` response, read one at a time."""

    def __init__(self, response: httpx.Response):
        self.response = response
        self.lines = response.iter_lines()
        self.alive = 0

    def next(self) -> dict:
        """The next state (a data event without a name); `alive` events are counted in `.alive`."""
        named = None
        for line in self.lines:  # a missing event fails by the client's read timeout, not a hang
            if line.startswith("event: "):
                named = line[len("event: ") :]
            elif line.startswith("data: ") and named is None:
                return json.loads(line[len("data: ") :])
            elif line == "":
                if named == "alive":
                    self.alive += 1
                named = None
        raise AssertionError("the stream ended")

    def until(self, status: str) -> dict:
        """The first state with `status` (a finished visit ahead may first change the wait)."""
        while (state := self.next())["status"] != status:
            pass
        return state


def events(client, ticket, lang="en"):
    return client.stream("GET", f"{ticket['status_url']}/events", params={"lang": lang})


# -- the page ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "lang", "words"),
    [
        ("fi-FI,fi;q=0.9", "fi", ["Vuoronumerosi", "Sijasi jonossa", "Olet seuraavana", "Huone 2"]),
        ("sv-FI,sv;q=0.9,en;q=0.5", "sv", ["Ditt könummer", "Din plats i kön", "Sysselsättningskoordinator"]),
        ("en-GB,en;q=0.8", "en", ["Your number", "Your place in the queue", "Employment coordinator"]),
    ],
)
def test_page_shows_number_position_wait_and_room_in_the_phones_language(client, hub, accept, lang, words):
    ticket = visit(hub, client)
    page = client.get(ticket["status_url"], headers={"Accept-Language": accept})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert f'lang="{lang}"' in page.text and "A001" in page.text
    for word in words:
        assert word in page.text


def test_page_defaults_to_finnish(client, hub):
    ticket = visit(hub, client)
    page = client.get(ticket["status_url"], headers={"Accept-Language": "de"})
    assert 'lang="fi"' in page.text and "Sijasi jonossa" in page.text


def test_page_loads_nothing_from_elsewhere_and_refreshes_itself_without_javascript(client, hub):
    ticket = visit(hub, client)
    page = client.get(ticket["status_url"]).text
    assert not re.search(r"\b(src|href)=", page), "no external script, style, font or image"
    assert "http://" not in page and "https://" not in page
    assert re.search(r'<noscript><meta http-equiv="refresh" content="\d+"></noscript>', page)
    assert "new EventSource(" in page and 'data-code="' + ticket["code"] + '"' in page


def test_page_of_a_called_ticket_says_come_to_the_room(client, hub):
    ticket = visit(hub, client)
    staff(hub, client, "/api/services/coordinator/call-next")
    page = client.get(ticket["status_url"], headers={"Accept-Language": "en"}).text
    assert 'data-status="called"' in page and "It is your turn!" in page and "Please come to:" in page
    assert '<p class="room" id="room">Room 2</p>' in page


def test_page_words_cannot_break_out_of_the_script(client, hub):
    ticket = visit(hub, client)
    page = client.get(ticket["status_url"]).text
    words = re.search(r'<script type="application/json" id="words">(.*?)</script>', page, re.S)
    assert words and json.loads(words.group(1))["title"] == "Vuoronumerosi"


def test_unknown_code_gets_a_friendly_404_page(client):
    page = client.get("/t/no-such-code", headers={"Accept-Language": "en"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Number not found" in page.text and "EventSource" not in page.text


def test_a_discreet_services_number_names_the_service_on_the_visitors_own_phone(make_hub, tmp_path, client):
    # Only on shared screens is a discreet service unnamed; the phone is the visitor's own.
    text = DEFAULT_ROUTING.read_text(encoding="utf-8")
    text = text.replace(
        "    location: {fi: Infopiste,", "    discreet: true\n    location: {fi: Infopiste,", 1
    )
    routing = tmp_path / "discreet.yaml"
    routing.write_text(text, encoding="utf-8")
    db = tmp_path / "discreet.db"
    assert kiosk(["routing", "import", str(routing), "--db", str(db)]) == 0
    hub = make_hub(clock=open_clock(), db_path=db)
    with httpx.Client(base_url=hub.url, timeout=10) as c:
        ticket = visit(hub, c, {"need": "talk"})
        assert c.get("/api/routing").json()["routing"]["services"][0]["discreet"] is True
        page = c.get(ticket["status_url"], headers={"Accept-Language": "en"}).text
    assert "N001" in page and "Front desk" in page


# -- the live stream -----------------------------------------------------------------------------------


def test_stream_sends_the_state_then_each_change_of_this_ticket_only(client, hub):
    ahead = visit(hub, client)
    mine = visit(hub, client)
    with events(client, mine, lang="en") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        stream = Stream(response)
        first = stream.next()
        assert (
            first
            == {
                "number": "A002",
                "status": "waiting",
                "position": 2,
                "wait": first["wait"],
                "service": "Employment coordinator",
                "place": "Room 2",
                "called_at": None,
            }
            and first["wait"] > 0
        )

        staff(hub, client, "/api/services/coordinator/call-next")  # the one ahead
        moved = stream.next()
        assert (moved["status"], moved["position"]) == ("waiting", 1)

        behind = visit(hub, client)  # changes nothing for this phone: no event about it reaches it
        staff(hub, client, f"/api/tickets/{ahead['code']}/done")
        staff(hub, client, "/api/services/coordinator/call-next")
        called = stream.until("called")
        assert called["status"] == "called" and called["place"] == "Room 2" and called["called_at"]
        assert set(called) == set(first) and behind["number"] not in json.dumps(called)

        staff(hub, client, f"/api/tickets/{mine['code']}/recall")
        again = stream.next()
        assert again["status"] == "called" and again["called_at"] > called["called_at"]

        staff(hub, client, f"/api/tickets/{mine['code']}/done")
        assert stream.until("done")["status"] == "done"


def test_stream_shows_a_no_show(client, hub):
    mine = visit(hub, client)
    with events(client, mine, lang="sv") as response:
        stream = Stream(response)
        assert stream.next()["service"] == "Sysselsättningskoordinator"
        staff(hub, client, "/api/services/coordinator/call-next")
        assert stream.next()["place"] == "Rum 2"
        staff(hub, client, f"/api/tickets/{mine['code']}/no-show")
        assert stream.next()["status"] == "no_show"


def test_stream_follows_the_ticket_to_another_service(client, hub):
    mine = visit(hub, client)
    with events(client, mine, lang="en") as response:
        stream = Stream(response)
        assert stream.next()["place"] == "Room 2"
        moved = client.post(
            f"/api/tickets/{mine['code']}/transfer",
            json={"service": "greeter"},
            headers={"Authorization": f"Bearer {hub.tokens['staff']}"},
        )
        assert moved.status_code == 200, moved.text
        state = stream.next()
        assert (state["service"], state["place"], state["status"]) == ("Front desk", "Info desk", "waiting")


def test_stream_language_follows_accept_language_without_a_lang_parameter(client, hub):
    mine = visit(hub, client)
    url = f"{mine['status_url']}/events"
    with client.stream("GET", url, headers={"Accept-Language": "fi"}) as response:
        assert Stream(response).next()["place"] == "Huone 2"


def test_a_quiet_stream_says_it_is_alive(client, hub):
    # A hub that lost its power never closes the phone's connection: the page takes a stream that says
    # nothing for SILENT_SECONDS for dead, so a stream that works says so every ALIVE_SECONDS.
    mine = visit(hub, client)
    with events(client, mine) as response:
        lines = response.iter_lines()
        assert next(line for line in lines if line.startswith("data: "))
        started = time.monotonic()
        assert next(lines) == ""
        assert (next(lines), next(lines), next(lines)) == ("event: alive", "data: 1", "")
        assert phone.ALIVE_SECONDS - 0.5 < time.monotonic() - started < phone.SILENT_SECONDS


def test_one_ticket_may_have_only_a_few_streams_open(client, hub, qtbot):
    """Each stream costs a read per event at its service: a hundred on one code slowed every kiosk."""
    mine = visit(hub, client)
    with contextlib.ExitStack() as stack:
        opened = [stack.enter_context(events(client, mine)) for _ in range(phone_events.STREAMS_PER_CODE)]
        streams = [Stream(response) for response in opened]  # kept: a dropped reader closes its stream
        assert [stream.next()["number"] for stream in streams] == ["A001"] * phone_events.STREAMS_PER_CODE
        with events(client, mine) as refused:  # a stream: a 200 here would fail, not hang
            assert refused.status_code == 429
            assert json.loads(refused.read())["error"] == "too_many_streams"
        other = visit(hub, client)  # another ticket's phone is not affected
        with events(client, other) as response:
            assert Stream(response).next()["number"] == "A002"
    # Closed, they count no more (the hub sees each go): the visitor's phone follows its ticket again.
    qtbot.waitUntil(lambda: not hub.app.state.hub.phone_streams, timeout=5000)
    with events(client, mine) as response:
        assert Stream(response).next()["number"] == "A001"


def test_stream_for_an_unknown_code_is_404(client):
    response = client.get("/t/no-such-code/events")
    assert response.status_code == 404 and response.json()["error"] == "unknown_ticket"


def test_hub_stops_promptly_with_a_phone_following_its_ticket(client, hub):
    mine = visit(hub, client)
    # uvicorn waits for every response in progress before it stops; an endless stream never ends itself.
    with httpx.Client(base_url=hub.url, timeout=10) as phone, events(phone, mine) as response:
        stream = Stream(response)  # kept: dropping it would close the connection from this end
        stream.next()
        started = time.monotonic()
        hub.stop(timeout=10)
        assert time.monotonic() - started < 3, "an open stream must not hold the hub's shutdown"
        with pytest.raises(AssertionError, match="ended"):
            stream.next()
