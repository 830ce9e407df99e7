"""JSON requests to the hub over QtNetwork for the Qt clients: one way to send, one way to read a reply."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

Done = Callable[[int, dict | None, str], None]
"""`done(status, json_body, error)`: status 0 when the hub did not answer; the body only if a JSON object."""


class HubHttp:
    """Sends JSON to one hub (`url`) and hands each answer to a callback on the event loop; never blocks."""

    def __init__(self, url: str, token: str, timeout_ms: int, parent: QObject):
        self.url = url.rstrip("/")
        self._token = token
        self._timeout_ms = timeout_ms
        self._net = QNetworkAccessManager(parent)

    def send(self, method: str, path: str, body: dict | None, done: Done, *, auth: bool = False) -> None:
        """Send a request; `done(status, json_body, error)` runs on the event loop when it ends."""
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
        reply.finished.connect(lambda: done(*read_reply(reply)))


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
