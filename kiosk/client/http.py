"""JSON requests to the hub over QtNetwork for the Qt clients: one way to send, to retry, to read a reply.

Every client reports a request's result the same way: the caller hands a callback `done(status,
json_body, error)` (`Done`), called once on the Qt event loop. Qt signals are for what a client
notices by itself (online, a new routing, the live queue's changes), never for a request's answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QTimer, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

Done = Callable[[int, dict | None, str], None]
"""`done(status, json_body, error)`: status 0 when the hub did not answer; the body only if a JSON object."""

RETRY_DELAYS_MS = (250, 750, 1500)
"""The one retry policy: a request the hub did not answer is sent again after each of these delays."""


def answered(status: int) -> bool:
    """The hub answered (even to refuse): not a lost request (status 0) nor a failing hub (5xx)."""
    return 0 < status < 500


def succeeded(status: int, body: dict | None) -> bool:
    """A 2xx with a JSON object."""
    return 200 <= status < 300 and body is not None


def error_code(status: int, body: dict | None) -> str:
    """A failed request in one word: `offline` when the hub did not answer, else the hub's error code
    (`slot_taken`, `unknown_booking`, ...) or `http_<status>`."""
    if not answered(status):
        return "offline"
    return (body or {}).get("error") or f"http_{status}"


def error_message(status: int, body: dict | None, error: str) -> str:
    """A failed request in one line: the hub's message, else Qt's error text, else `HTTP <status>`."""
    return (body or {}).get("message") or error or f"HTTP {status}"


class HubHttp:
    """Sends JSON to one hub (`url`) and hands each answer to a callback on the event loop; never blocks."""

    def __init__(
        self,
        url: str,
        token: str,
        timeout_ms: int,
        parent: QObject,
        *,
        retry_delays_ms: tuple[int, ...] = RETRY_DELAYS_MS,
    ):
        self.url = url.rstrip("/")
        self._token = token
        self._timeout_ms = timeout_ms
        self._parent = parent
        self._retry_delays_ms = tuple(retry_delays_ms)
        self._net = QNetworkAccessManager(parent)

    @property
    def token(self) -> str:
        return self._token

    def set_token(self, token: str) -> None:
        """Send with another token from now on (a screen re-paired, an admin logged in or out)."""
        self._token = token

    def send(
        self,
        method: str,
        path: str,
        body: dict | None,
        done: Done,
        *,
        auth: bool = False,
        retry: bool = False,
    ) -> None:
        """Send a request; `done(status, json_body, error)` runs on the event loop when it ends.

        With `retry`, a request the hub did not answer (no answer, or 5xx) is sent again, unchanged,
        after each delay of the retry policy, and `done` hears only the last answer. Only for requests
        that are safe to send twice: a read, or a change carrying its idempotency key (the hub then
        hands back what the first one made). A staff action is never retried: a call-next sent twice
        would call two visitors.
        """
        self._send(method, path, body, done, auth=auth, attempt=0 if retry else len(self._retry_delays_ms))

    def _send(
        self, method: str, path: str, body: dict | None, done: Done, *, auth: bool, attempt: int
    ) -> None:
        request = QNetworkRequest(QUrl(self.url + path))
        request.setTransferTimeout(self._timeout_ms)
        request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
        if auth:
            request.setRawHeader(b"Authorization", f"Bearer {self._token}".encode())
        if method == "GET":
            reply = self._net.get(request)
        else:
            data = QByteArray(json.dumps(body).encode()) if body is not None else QByteArray()
            reply = self._net.sendCustomRequest(request, method.encode(), data)

        def finished() -> None:
            status, data, error = read_reply(reply)
            if not answered(status) and attempt < len(self._retry_delays_ms):
                again = lambda: self._send(method, path, body, done, auth=auth, attempt=attempt + 1)  # noqa: E731
                QTimer.singleShot(self._retry_delays_ms[attempt], self._parent, again)
                return
            done(status, data, error)

        reply.finished.connect(finished)


def read_reply(reply: QNetworkReply) -> tuple[int, dict | None, str]:
    """(HTTP status or 0, the body if it is a JSON object, Qt's error text or ""); the reply is released."""
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) or 0
    raw = bytes(reply.readAll().data())
    error = reply.errorString() if reply.error() != QNetworkReply.NetworkError.NoError else ""
    reply.deleteLater()
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        data = None
    return int(status), data if isinstance(data, dict) else None, error
