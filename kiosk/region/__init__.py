"""The region server: many centres' anonymous figures, routing templates and visiting specialists' rounds
in PostgreSQL, served over HTTP to the centres' hubs (docs/region.md)."""
