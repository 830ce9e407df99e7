"""How other machines join a hub on the LAN: the hub's address as they see it, and what to type there.

`kiosk run --host 0.0.0.0` prints these lines, so whoever sets up the centre can pair a staff PC and
the waiting-room TV without looking up addresses or making tokens by hand.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from pathlib import Path

from kiosk.server.store import open_db
from kiosk.server.tokens import add_token

WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})
"""Bind addresses meaning "every interface": reachable from the LAN, but not an address to connect to."""
NOT_ROUTED = ("192.0.2.1", 9)
"""TEST-NET-1 (RFC 5737): never routed. Connecting a UDP socket to it sends no packet, but makes the
system pick the interface (and so the source address) it would use for the wider network."""


def _lan_ipv4(text: str) -> bool:
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return not (address.is_loopback or address.is_unspecified or address.is_link_local)


def lan_address() -> str | None:
    """This machine's IPv4 address on its network, or None when it has only loopback."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect(NOT_ROUTED)
            address = sock.getsockname()[0]
    except OSError:  # no route at all
        address = ""
    if _lan_ipv4(address):
        return address
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    return address if _lan_ipv4(address) else None  # Debian maps the hostname to 127.0.1.1


def is_loopback(host: str) -> bool:
    """Whether a hub bound to `host` is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def local_url(host: str, port: int) -> str:
    """The URL this machine reaches a hub bound to `host` at (a wildcard bind answers on loopback)."""
    if host in WILDCARD_HOSTS:
        host = "::1" if host == "::" else "127.0.0.1"
    return _url(host, port)


def lan_url(host: str, port: int) -> str:
    """The URL other machines reach a hub bound to `host` at: for a wildcard bind, this machine's LAN
    address, or its hostname when it has none (DNS or mDNS may still find it)."""
    if host in WILDCARD_HOSTS:
        host = lan_address() or socket.gethostname()
    return _url(host, port)


def pairing_lines(url: str, token: str, display_token: str) -> list[str]:
    """One line per command to type on another machine; each token is the last word of its line."""
    return [
        f"Staff PCs: kiosk staff --hub {url} --token {token}",
        f"Waiting-room TV: kiosk display --hub {url} --token {display_token}",
    ]


@dataclass(frozen=True)
class Pairing:
    url: str
    """The hub as the LAN sees it: for the commands above and the ticket's QR code."""
    lines: list[str]


def pair(db_path: str | Path, host: str, port: int) -> Pairing:
    """NEW staff and display tokens in the hub's database and the lines that pair other machines with it.

    Safe while the hub runs: the database is in WAL mode with a busy timeout.
    """
    db = open_db(db_path)
    try:
        token = add_token(db, "staff")
        display_token = add_token(db, "display")
    finally:
        db.conn.close()
    url = lan_url(host, port)
    return Pairing(url, pairing_lines(url, token, display_token))
