"""The hub: the HTTP and WebSocket server that owns the database and decides every ticket."""

from kiosk.server.hub.app import create_app, serve

__all__ = ["create_app", "serve"]
