"""Qt widgets for the kiosk's users: one package per user, shared parts in `common`."""
