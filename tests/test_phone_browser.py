"""The visitor's phone page in a real browser: Debian's Chromium, headless, at a phone's size, driven by
selenium through Debian's chromedriver, against a real hub on loopback.

The page opened from a ticket's QR address shows the number, place and wait; it follows a desk's calls
within a second; it says it is the visitor's turn; it catches up by itself after the hub is killed and
started again; and it reads right in every language the product has. Skips, saying why, only where
Chromium or its driver is not installed (scripts/setup installs both).

`KIOSK_PHONE_SCREENSHOTS=DIR` also saves what the phone shows in each language to DIR, to look at.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest
from conftest import HubProcess, free_port, publish_open_all_hours
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from kiosk.core import clock, languages
from kiosk.core.languages import in_lang
from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import dump, loads
from kiosk.server import store, tokens
from kiosk.server.demo import demo_routing
from kiosk.server.hub import phone, phone_events

pytestmark = [pytest.mark.hub, pytest.mark.long]

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # the employment coordinator, Room 2
PHONE = {"width": 390, "height": 844, "pixelRatio": 3.0}
SMALL_PHONE = {"width": 320, "height": 568, "pixelRatio": 2.0}
PHONE_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36"
)
# Headless on a machine without a display or a network of its own: no sandbox (the tests run as root),
# no GPU, and nothing that reaches out by itself (a closed network refuses it, and it costs time).
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def chromium() -> tuple[str, str]:
    """(the browser, its driver), or a skip that names what is missing."""
    browser, driver = _find("chromium", "chromium-browser"), _find("chromedriver")
    if browser is None or driver is None:
        missing = " and ".join(
            name for name, path in (("chromium", browser), ("chromedriver", driver)) if path is None
        )
        pytest.skip(f"{missing} not installed (Debian: apt-get install chromium chromium-driver)")
    return browser, driver


@pytest.fixture
def open_phone(chromium, tmp_path):
    """`open_phone(lang)`: a new headless Chromium the size of a phone whose language is `lang`."""
    browser, driver = chromium
    opened: list[webdriver.Chrome] = []

    def open_(lang: str) -> webdriver.Chrome:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={tmp_path / f'chromium-{len(opened)}'}")
        options.add_argument(f"--lang={lang}")
        options.add_experimental_option("prefs", {"intl.accept_languages": lang})
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE, "userAgent": PHONE_AGENT})
        try:
            phone_ = webdriver.Chrome(options=options, service=Service(executable_path=driver))
        except WebDriverException as error:
            pytest.fail(f"Chromium did not start: {error.msg}")
        opened.append(phone_)
        return phone_

    yield open_
    for phone_ in opened:
        phone_.quit()


@pytest.fixture
def make_hub(tmp_path, qtbot):
    """`make_hub(prefix="A")`: `kiosk hub` as its own process (so it can be killed and started again),
    open at every hour, the coordinator's tickets numbered with `prefix`."""
    made: list[HubProcess] = []

    def make(prefix: str = "A") -> HubProcess:
        db_path = tmp_path / f"hub-{len(made)}.db"
        publish_open_all_hours(db_path)
        db = store.open_db(db_path)
        if prefix != "A":
            routing = loads(demo_routing())
            routing.service("coordinator").prefix = prefix
            store.publish_routing(db, dump(routing), note="a longer prefix", now=clock.now())
        process = HubProcess(db_path)
        process.tokens = {role: tokens.add_token(db, role) for role in ("kiosk", "staff")}
        db.conn.close()
        made.append(process)
        process.start(qtbot)
        return process

    yield make
    for process in made:
        process.kill()


@pytest.fixture
def hub(make_hub):
    return make_hub()


def visit(hub) -> dict:
    body = {"lang": "fi", "answers": JOB, "key": str(uuid.uuid4())}
    headers = {"Authorization": f"Bearer {hub.tokens['kiosk']}"}
    reply = httpx.post(f"{hub.url}/api/visits", json=body, headers=headers, timeout=10)
    assert reply.status_code == 201, reply.text
    return reply.json()["ticket"]


def staff(hub, path: str) -> None:
    headers = {"Authorization": f"Bearer {hub.tokens['staff']}"}
    reply = httpx.post(f"{hub.url}{path}", headers=headers, timeout=10)
    assert reply.status_code == 200, reply.text


def text(browser, element_id: str) -> str:
    return browser.find_element(By.ID, element_id).text


def shown(browser, css: str) -> bool:
    return browser.find_element(By.CSS_SELECTOR, css).is_displayed()


def following(browser) -> bool:
    """The page's script has its stream open (EventSource OPEN: its first state has arrived)."""
    return browser.execute_script("return document.body.getAttribute('data-following') === 'yes'")


def test_page_from_the_qr_code_shows_the_ticket_and_follows_each_call_within_a_second(hub, open_phone):
    ahead, mine = visit(hub), visit(hub)
    browser = open_phone("en")
    browser.get(hub.url + mine["status_url"])  # the address in the ticket's QR code

    assert text(browser, "number") == mine["number"] == "A002"
    assert text(browser, "service") == "Employment coordinator"
    assert text(browser, "position") == "2" and text(browser, "status") == "Please wait for your turn"
    assert text(browser, "wait").endswith("min") and text(browser, "place") == "Room 2"
    assert shown(browser, ".waiting") and not shown(browser, ".called")
    WebDriverWait(browser, 10).until(following)

    staff(hub, "/api/services/coordinator/call-next")  # the visitor ahead is called
    called_ahead = time.monotonic()
    WebDriverWait(browser, 1.0, poll_frequency=0.02).until(lambda b: text(b, "position") == "1")
    assert time.monotonic() - called_ahead < 1.0
    assert text(browser, "status") == "You are next"

    staff(hub, f"/api/tickets/{ahead['code']}/done")
    staff(hub, "/api/services/coordinator/call-next")  # now this visitor
    called = time.monotonic()
    WebDriverWait(browser, 1.0, poll_frequency=0.02).until(lambda b: shown(b, ".called"))
    assert time.monotonic() - called < 1.0
    assert (
        text(browser, "room") == "Room 2"
        and "It is your turn!" in browser.find_element(By.CSS_SELECTOR, ".called").text
    )
    assert not shown(browser, ".waiting") and browser.title == "A002 – It is your turn!"

    staff(hub, f"/api/tickets/{mine['code']}/done")
    WebDriverWait(browser, 1.0, poll_frequency=0.02).until(lambda b: shown(b, "#ended"))
    assert text(browser, "ended") == "Your visit is finished" and not shown(browser, ".called")


def stop_hub(hub, how: str) -> None:
    """SIGKILL (a power cut: the stream is cut, nothing is said) or SIGTERM (systemd's stop: uvicorn shuts
    down, ending the stream itself, then exits by the signal it caught)."""
    if how == "SIGKILL":
        hub.kill()
    else:
        hub.process.terminate()
        hub.process.wait(15)
        hub.process = None


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_page_catches_up_by_itself_after_the_hub_is_stopped_and_started_again(hub, open_phone, qtbot, how):
    ahead, mine = visit(hub), visit(hub)
    browser = open_phone("en")
    browser.get(hub.url + mine["status_url"])
    WebDriverWait(browser, 10).until(following)

    stop_hub(hub, how)
    WebDriverWait(browser, 10).until(lambda b: text(b, "note") == "No connection. Trying again.")
    hub.start(qtbot)  # the same port and database
    reconnect = phone_events.RETRY_MS / 1000 + 5
    WebDriverWait(browser, reconnect).until(following)  # reconnected by itself, no reload by the visitor
    staff(hub, "/api/services/coordinator/call-next")
    called_ahead = time.monotonic()
    WebDriverWait(browser, 1.0, poll_frequency=0.02).until(lambda b: text(b, "position") == "1")
    assert time.monotonic() - called_ahead < 1.0
    assert text(browser, "note") == "This page updates itself."

    # A change made while the hub was away from the page is shown as well: stop, start, change.
    stop_hub(hub, how)
    WebDriverWait(browser, 10).until(lambda b: text(b, "note") == "No connection. Trying again.")
    hub.start(qtbot)
    staff(hub, f"/api/tickets/{ahead['code']}/done")
    staff(hub, "/api/services/coordinator/call-next")
    WebDriverWait(browser, reconnect).until(lambda b: shown(b, ".called"))
    assert text(browser, "room") == "Room 2" and text(browser, "number") == "A002"


class Network:
    """A TCP relay between the phone and the hub, whose `power_cut` makes every connection open through
    it go silent for good, as when the hub's machine loses its power: nothing more arrives, and no close
    (FIN or RST) ever reaches the phone. Connections made after it are relayed as usual."""

    def __init__(self, hub: HubProcess):
        self.hub = hub
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self.epoch = 0  # connections of an earlier epoch are dead
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def power_cut(self) -> None:
        self.epoch += 1

    def close(self) -> None:
        for sock in self.sockets:  # shutdown wakes a thread blocked in accept or recv; close alone does not
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self) -> None:
        while True:
            try:
                phone_side, _ = self.listener.accept()
            except OSError:
                return
            try:
                hub_side = socket.create_connection(("127.0.0.1", self.hub.port), timeout=5)
            except OSError:
                phone_side.close()  # the hub is not there: refused, as it would be
                continue
            hub_side.settimeout(None)
            self.sockets += [phone_side, hub_side]
            for source, sink in ((phone_side, hub_side), (hub_side, phone_side)):
                threading.Thread(target=self._relay, args=(source, sink, self.epoch), daemon=True).start()

    def _relay(self, source: socket.socket, sink: socket.socket, epoch: int) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if epoch != self.epoch:
                return  # cut: drop what comes, and leave the other side open and waiting
            if not data:
                with contextlib.suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)
                return
            try:
                sink.sendall(data)
            except OSError:
                return


def test_page_catches_up_after_a_power_cut_that_never_closed_its_connection(hub, open_phone, qtbot):
    visit(hub)  # the visitor ahead
    mine = visit(hub)
    network = Network(hub)
    try:
        browser = open_phone("en")
        browser.get(network.url + mine["status_url"])
        WebDriverWait(browser, 10).until(following)

        network.power_cut()  # the hub's machine goes dark: the phone's stream just goes quiet
        hub.kill()
        hub.start(qtbot)  # power is back: the same port and database
        staff(hub, "/api/services/coordinator/call-next")
        # The page takes a stream silent for SILENT_SECONDS for dead and opens a new one (and again after
        # ALIVE_SECONDS should that one go down a kept-alive connection that died the same way).
        quiet_then_back = phone.SILENT_SECONDS + 2 * phone.ALIVE_SECONDS + 5
        WebDriverWait(browser, quiet_then_back).until(lambda b: text(b, "position") == "1")
        assert following(browser) and text(browser, "status") == "You are next"
    finally:
        network.close()


ROUTING = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", [language.code for language in languages.LANGUAGES])
def test_page_reads_right_in_every_language(hub, open_phone, lang):
    assert lang in ROUTING.languages, "the routing offers every language the product has"
    words = phone.words(lang)
    service = ROUTING.service("coordinator")
    direction = languages.language(lang).direction
    ahead, mine = visit(hub), visit(hub)
    browser = open_phone(lang)
    browser.get(hub.url + mine["status_url"])
    WebDriverWait(browser, 10).until(following)

    html = browser.find_element(By.TAG_NAME, "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == (lang, direction)
    assert text(browser, "service") == in_lang(service.name, lang)
    assert text(browser, "place") == in_lang(service.location, lang)
    page = browser.find_element(By.TAG_NAME, "body").text
    for key in ("title", "position", "wait", "where", "waiting", "refresh"):
        assert words[key] in page, f"{key!r} in {lang}"
    if lang != "en":
        assert words["title"] != phone.words("en")["title"], f"the page is translated into {lang}"
    _reads_in_its_direction(browser, direction)
    _fits_the_phone(browser)
    _screenshot(browser, f"phone-{lang}-waiting")
    _as_phone(browser, SMALL_PHONE)
    _fits_the_phone(browser)
    _screenshot(browser, f"phone-{lang}-small")
    _larger_text(browser, True)  # a visitor who has set their phone's text larger
    _fits_the_phone(browser)
    _screenshot(browser, f"phone-{lang}-small-larger-text")
    _larger_text(browser, False)
    _as_phone(browser, PHONE)

    staff(hub, "/api/services/coordinator/call-next")
    staff(hub, f"/api/tickets/{ahead['code']}/done")
    staff(hub, "/api/services/coordinator/call-next")
    WebDriverWait(browser, 2).until(lambda b: shown(b, ".called"))
    called = browser.find_element(By.CSS_SELECTOR, ".called").text
    assert words["your_turn"] in called and words["come_to"] in called
    assert text(browser, "room") == in_lang(service.location, lang)
    assert browser.title == f"{mine['number']} – {words['your_turn']}"
    _fits_the_phone(browser)
    _screenshot(browser, f"phone-{lang}-called")

    staff(hub, f"/api/tickets/{mine['code']}/no-show")  # the longest message the page has
    WebDriverWait(browser, 2).until(lambda b: shown(b, "#ended"))
    assert text(browser, "ended") == words["no_show"] and not shown(browser, ".called")
    _fits_the_phone(browser)
    _screenshot(browser, f"phone-{lang}-no-show")

    browser.get(hub.url + "/t/no-such-code")  # a mistyped address
    html = browser.find_element(By.TAG_NAME, "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == (lang, direction)
    assert browser.find_element(By.TAG_NAME, "h1").text == words["missing_title"]
    assert words["missing"] in browser.find_element(By.TAG_NAME, "body").text
    _fits_the_phone(browser)


def test_a_long_number_fits_a_small_phone(make_hub, open_phone):
    hub = make_hub(prefix="AB")
    mine = visit(hub)
    browser = open_phone("fi")
    browser.get(hub.url + mine["status_url"])
    _as_phone(browser, SMALL_PHONE)  # after loading: a new page is shown at the browser's own size again
    assert text(browser, "number") == "AB001"
    assert browser.execute_script("return window.innerWidth") == SMALL_PHONE["width"]
    _fits_the_phone(browser)
    _screenshot(browser, "phone-fi-small-long-number")


def _as_phone(browser, screen: dict) -> None:
    """Show the page on a phone of another size from now on (Chrome's device emulation)."""
    metrics = {
        "width": screen["width"],
        "height": screen["height"],
        "deviceScaleFactor": screen["pixelRatio"],
    }
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "mobile": True})


def _larger_text(browser, larger: bool) -> None:
    """The default text size at 150 % (24 px, as a phone's larger-text setting), or back to 16 px."""
    size = 24 if larger else 16
    browser.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": size, "fixed": 13}})
    assert browser.execute_script("return getComputedStyle(document.documentElement).fontSize") == f"{size}px"


def _reads_in_its_direction(browser, direction: str) -> None:
    """Each fact's name starts where the language starts a line, and its value sits at the other end;
    the ticket number reads left to right in every language."""
    box = browser.execute_script(
        "var dt=document.querySelector('.facts dt'),dd=document.querySelector('.facts dd');"
        "return [dt.getBoundingClientRect().left,dd.getBoundingClientRect().left,"
        "getComputedStyle(document.getElementById('number')).direction]"
    )
    name_left, value_left, number_direction = box
    assert (name_left < value_left) == (direction == "ltr"), f"facts laid out {direction}"
    assert number_direction == "ltr"


def _fits_the_phone(browser) -> None:
    """Nothing wider than the phone's screen, and no text cut off inside its box."""
    overflow = browser.execute_script(
        "var out=[];if(document.documentElement.scrollWidth>window.innerWidth)out.push('page');"
        "document.querySelectorAll('main *').forEach(function(e){"
        "if(e.offsetParent!==null&&e.scrollWidth>e.clientWidth+1&&e.clientWidth>0)out.push(e.id||e.className||e.tagName)});"
        "return out"
    )
    assert overflow == [], f"wider than the phone: {overflow}"


def _screenshot(browser, name: str) -> None:
    folder = os.environ.get("KIOSK_PHONE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(Path(folder) / f"{name}.png"))
