-- A visiting specialist's day off, set once on the region: every centre their rounds bring them to on
-- that weekday takes it as a date off of the specialist's service (its bookings that day cancelled).

CREATE TABLE specialist_days_off (
    specialist_id integer NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
    day date NOT NULL,
    -- Seen on the region only: a hub is sent the service and the date, never the note.
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (specialist_id, day)
);
