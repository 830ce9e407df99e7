"""Everything that owns the database: the store and its migrations, one function per change (visits,
staff actions, bookings, tokens, admin, versions, statistics, retention), and the FastAPI hub in
`kiosk.server.hub`. Imports the core only; never Qt, never a screen."""
