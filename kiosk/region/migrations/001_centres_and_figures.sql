-- The region's first schema: the centres, their tokens, and the anonymous daily figures they push.
-- Never here: a ticket, a booking code, a language or an answer of a single visit.

CREATE TABLE centres (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    town text NOT NULL CHECK (length(town) BETWEEN 1 AND 100),
    -- The hub that joined with this centre's token (a random id the hub made; null until it joins).
    hub_id text CHECK (hub_id ~ '^[0-9a-f]{32}$'),
    joined_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Only the SHA-256 of a token is kept: the token itself is printed once, when it is made.
CREATE TABLE tokens (
    token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    role text NOT NULL CHECK (role IN ('admin', 'centre')),
    centre_id integer REFERENCES centres (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'centre') = (centre_id IS NOT NULL))
);

-- One row per centre and day that a hub pushed: a later push of the same day replaces the figures.
CREATE TABLE figure_days (
    centre_id integer NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    day date NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    -- How many different versions of the day arrived (a replay of the same figures is not counted).
    pushes integer NOT NULL DEFAULT 1 CHECK (pushes >= 1),
    digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    PRIMARY KEY (centre_id, day)
);

-- The day's counts by key, as the hub's statistics name them (visitors, hour:09, service:ID, answer:ID,
-- ended:done, ended:no_show, bookings:made|kept|no_show|cancelled): sums over a day, never one visit.
CREATE TABLE figure_counts (
    centre_id integer NOT NULL,
    day date NOT NULL,
    key text NOT NULL,
    value integer NOT NULL CHECK (value >= 0),
    PRIMARY KEY (centre_id, day, key),
    FOREIGN KEY (centre_id, day) REFERENCES figure_days ON DELETE CASCADE
);

-- The day's waits in minutes per service (kept whole so that medians and percentiles stay exact).
CREATE TABLE figure_waits (
    centre_id integer NOT NULL,
    day date NOT NULL,
    service text NOT NULL,
    minutes real[] NOT NULL,
    PRIMARY KEY (centre_id, day, service),
    FOREIGN KEY (centre_id, day) REFERENCES figure_days ON DELETE CASCADE
);

CREATE INDEX figure_days_by_day ON figure_days (day);
