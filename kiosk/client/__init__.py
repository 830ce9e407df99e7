"""The Qt network side, for the screens: one HTTP helper (`http`), the kiosk's `HubClient`, the live
queue (`LiveQueue`) and its table model, the admin and bookings clients. QtCore, QtNetwork and
QtWebSockets only; imports the core, never the server."""
