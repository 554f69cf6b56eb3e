-- Coaching: manual plan ticks, the log of messages sent, habit check-ins, red-flag self-checks and
-- the private calendar feed token. Rows hang off the applicant (and go with the account); rows that
-- name a rotation, attending or letter go with that record (ON DELETE CASCADE), so deleting domain
-- records never trips over coaching data.

-- A checkpoint of the plan the applicant ticked by hand (the data did not show it done).
CREATE TABLE plan_tick (
    owner_id      uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    checkpoint_id varchar(120) NOT NULL,
    done_on       date         NOT NULL,
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (owner_id, checkpoint_id)
);

-- Scripts and emails the applicant says went out; they feed letter histories and the reminder rules.
CREATE TABLE sent_message (
    id           uuid PRIMARY KEY,
    owner_id     uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind         varchar(40) NOT NULL,
    letter_id    uuid        REFERENCES letter_request (id) ON DELETE CASCADE,
    attending_id uuid        REFERENCES attending (id) ON DELETE CASCADE,
    sent_on      date        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX sent_message_owner_ix ON sent_message (owner_id, sent_on);

-- One check-in per habit and day.
CREATE TABLE habit_check_in (
    owner_id    uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    habit       varchar(40) NOT NULL,
    checked_on  date        NOT NULL,
    rotation_id uuid        REFERENCES rotation (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (owner_id, habit, checked_on)
);

-- The latest red-flag self-check of a rotation.
CREATE TABLE red_flag_check (
    owner_id    uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    rotation_id uuid          NOT NULL REFERENCES rotation (id) ON DELETE CASCADE,
    flags       varchar(40)[] NOT NULL DEFAULT '{}',
    checked_on  date          NOT NULL,
    PRIMARY KEY (owner_id, rotation_id)
);

-- The private calendar feed: only the SHA-256 of the token is stored; rotating replaces the row.
CREATE TABLE calendar_token (
    owner_id   uuid        PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash varchar(64) NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX calendar_token_hash_uq ON calendar_token (token_hash);
