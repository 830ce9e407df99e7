"""Pure rules and vocabulary both sides share: the routing and its engine, clock and hours, slots,
booking codes, spoken numbers, the JSON shapes. No I/O, no Qt, no SQLite: imports nothing of the
other rooms."""
