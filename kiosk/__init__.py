"""Kokoomo Kiosk core: routing, store, queue, hub and the hub client. No widgets here."""

__version__ = "0.1.0"
