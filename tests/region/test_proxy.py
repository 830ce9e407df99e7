"""deploy/region/nginx-kokoomo-region.conf, as shipped but for its ports and certificate, run by Debian's
nginx in front of a real region server: HTTPS only, a hub joins and pushes through it, and what one
address may cost is refused before the region sees it (429, 413)."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import free_port

from kiosk.server import region_link

from .conftest import RegionServer
from .test_outbox import DAYS, NOW, hub_with_days, pushed_days

SITE = Path(__file__).resolve().parents[2] / "deploy" / "region" / "nginx-kokoomo-region.conf"


def nginx_binary() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def site_for_test(text: str, *, http_port: int, https_port: int, region_port: int, folder: Path) -> str:
    """The shipped site with this test's ports, names and certificate: each change must find its line, so
    the test notices when the file changes shape."""
    changes = [
        ("    listen 80;\n", f"    listen 127.0.0.1:{http_port};\n"),
        ("    listen [::]:80;\n", ""),
        ("    listen 443 ssl;\n", f"    listen 127.0.0.1:{https_port} ssl;\n"),
        ("    listen [::]:443 ssl;\n", ""),
        ("/etc/letsencrypt/live/region.example.fi/fullchain.pem", str(folder / "cert.pem")),
        ("/etc/letsencrypt/live/region.example.fi/privkey.pem", str(folder / "key.pem")),
        ("http://127.0.0.1:8770", f"http://127.0.0.1:{region_port}"),
        ("region.example.fi", "localhost"),
    ]
    for old, new in changes:
        assert old in text, f"{SITE.name} no longer has {old.strip()!r}"
        text = text.replace(old, new)
    return text


class Proxy:
    def __init__(self, binary: str, region: RegionServer, folder: Path):
        self.binary = binary
        self.folder = folder
        self.http_port, self.https_port = free_port(), free_port()
        self.url = f"https://localhost:{self.https_port}"
        self.cert = folder / "cert.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
             "-keyout", str(folder / "key.pem"), "-out", str(self.cert)],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        site = folder / "site.conf"
        site.write_text(
            site_for_test(
                SITE.read_text(encoding="utf-8"),
                http_port=self.http_port,
                https_port=self.https_port,
                region_port=region.port,
                folder=folder,
            ),
            encoding="utf-8",
        )
        folder.chmod(0o755)
        temp = "\n".join(
            f"{kind}_temp_path {folder}/{kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        self.conf = folder / "nginx.conf"
        self.conf.write_text(
            f"daemon off;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log warn;\nworker_processes 1;\n"
            f"events {{ worker_connections 256; }}\n"
            f"http {{\naccess_log off;\n{temp}\ninclude {site};\n}}\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen | None = None

    def trust(self) -> ssl.SSLContext:
        """A client's TLS that trusts this test's certificate (and nothing else)."""
        return ssl.create_default_context(cafile=str(self.cert))

    def check(self) -> subprocess.CompletedProcess:
        return subprocess.run(
            [self.binary, "-t", "-p", str(self.folder), "-c", str(self.conf)], capture_output=True, text=True
        )

    def start(self, qtbot) -> None:
        self.process = subprocess.Popen(
            [self.binary, "-p", str(self.folder), "-c", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

        def answers() -> bool:
            assert self.process.poll() is None, self.process.stderr.read().decode(errors="replace")
            try:
                return httpx.get(f"{self.url}/api/health", verify=self.trust(), timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        qtbot.waitUntil(answers, timeout=10_000)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)


@pytest.fixture
def proxy(region, qtbot) -> Iterator[Proxy]:
    binary = nginx_binary()
    if binary is None:
        pytest.skip("no nginx (scripts/setup --for-tests installs Debian's)")
    # Not under pytest's own folder, which only root may enter: nginx's workers (as root, `nobody`)
    # buffer a large body in this folder.
    folder = Path(tempfile.mkdtemp(prefix="kiosk-nginx-"))
    try:
        started = Proxy(binary, region, folder)
        done = started.check()
        assert done.returncode == 0, done.stderr  # the shipped file is valid for Debian's nginx
        started.start(qtbot)
        yield started
        started.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_region_behind_nginx_answers_over_https_only(proxy):
    plain = httpx.get(f"http://127.0.0.1:{proxy.http_port}/api/health", timeout=5)
    assert plain.status_code == 301 and plain.headers["location"] == "https://127.0.0.1/api/health"
    health = httpx.get(f"{proxy.url}/api/health", verify=proxy.trust(), timeout=5)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    with pytest.raises(httpx.ConnectError):  # a certificate nobody vouches for is refused
        httpx.get(f"{proxy.url}/api/health", timeout=5)


def test_a_hub_joins_and_pushes_its_days_through_the_proxy(proxy, region, tmp_path, monkeypatch):
    """The hub's own HTTPS (urllib, the system's certificates; here this test's, by SSL_CERT_FILE)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(proxy.cert))
    path = tmp_path / "hub.db"
    hub_db = hub_with_days(path, {day: {"visitors": 2, "answer:work": 2} for day in DAYS})
    try:
        from kiosk.root.cli import main

        token = region.add_centre("Kokoomo", "Haapavesi")
        assert main(["region", "join", proxy.url, "--token", token, "--db", str(path)]) == 0
        assert region_link.push_round(hub_db, NOW) == 3
        assert region_link.status(hub_db)["days_waiting"] == 0
    finally:
        hub_db.conn.close()
    assert pushed_days(region.dsn) == dict.fromkeys(DAYS, 1)


def test_one_address_is_held_to_its_pace_and_its_body_size_before_the_region(proxy, qtbot):
    with httpx.Client(base_url=proxy.url, verify=proxy.trust(), timeout=10) as client:
        big = client.put("/api/centre/figures/2026-03-02", content=b"x" * (3 * 1024 * 1024))
        assert big.status_code == 413  # refused by nginx: the region never read it
        # Up to the region's own 2 MB passes (nginx's default would refuse over 1 MB): the region
        # answers it, here 401 for want of a token.
        under = client.put("/api/centre/figures/2026-03-02", content=b"x" * (3 * 1024 * 1024 // 2))
        assert under.status_code == 401 and under.json()["error"] == "no_token"

        answers = [client.get("/api/health").status_code for _ in range(200)]
        assert set(answers) == {200, 429}
        assert answers[:90] == [200] * 90  # the burst (less the two calls above)
        assert answers.count(429) >= 50  # 20 a second after it: a loop far quicker than that is held
        # A moment later the address may ask again.
        qtbot.waitUntil(lambda: client.get("/api/health").status_code == 200, timeout=3000)
