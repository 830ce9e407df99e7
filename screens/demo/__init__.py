"""`kiosk demo`: every screen at once on one hub."""
