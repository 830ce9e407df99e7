"""A WebSocket echo server on a free loopback port, in a process of its own like the hub: the baseline
a display's latency is read against. Prints its port, then echoes every message until killed."""

from __future__ import annotations

from websockets.sync.server import ServerConnection, serve


def _echo(connection: ServerConnection) -> None:
    for message in connection:
        connection.send(message)


def main() -> int:
    with serve(_echo, "127.0.0.1", 0) as server:
        print(server.socket.getsockname()[1], flush=True)
        server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
