"""Kokoomo Kiosk, in three rooms and a root (docs/architecture.md):

- `kiosk.core`: pure rules and vocabulary, no I/O, no Qt, no SQLite;
- `kiosk.server`: everything that owns the database, and the FastAPI hub;
- `kiosk.client`: the Qt network side (QtCore, QtNetwork, QtWebSockets only);
- `kiosk.root`: the composition root (the `kiosk` command, the embedded hub's launcher, pairing),
  the one place that imports everything, screens included.
"""

__version__ = "0.1.0"
