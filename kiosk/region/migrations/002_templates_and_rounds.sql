-- The region's routing templates, its visiting specialists and their weekly rounds across centres, and
-- their booked times at each centre: time and state only, never a booking code.

CREATE TABLE templates (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    note text NOT NULL DEFAULT '',
    yaml text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE specialists (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    -- The service id the centres' routings give this specialist's bookings (e.g. debt_adviser).
    service text NOT NULL CHECK (service ~ '^[A-Za-z0-9_.-]{1,64}$')
);

-- One weekly visit: this specialist at this centre on this weekday (1 = Monday .. 7 = Sunday).
CREATE TABLE rounds (
    specialist_id integer NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
    centre_id integer NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts time NOT NULL,
    ends time NOT NULL,
    slot_minutes smallint NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    CHECK (starts < ends),
    -- A specialist is in one place at a time: one round per specialist and weekday.
    PRIMARY KEY (specialist_id, weekday)
);

CREATE TABLE booked_times (
    centre_id integer NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    specialist_id integer NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
    starts timestamptz NOT NULL,
    state text NOT NULL CHECK (state IN ('booked', 'checked_in', 'no_show', 'cancelled')),
    PRIMARY KEY (centre_id, specialist_id, starts)
);
