-- Notifications (issue 17): digest settings, phone (Web Push) subscriptions, and the delivery outbox
-- that makes every digest go out once however many API replicas run.

-- One row per applicant, made on the first save; until then the defaults apply (nothing is sent).
-- The time zone is the target sheet's (profile.time_zone): one zone per applicant.
CREATE TABLE notification_settings (
    owner_id         uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    digest           varchar(10) NOT NULL DEFAULT 'OFF' CHECK (digest IN ('OFF', 'DAILY', 'WEEKLY')),
    -- ISO day of week (1 = Monday) of a weekly digest.
    digest_weekday   smallint    NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7),
    digest_at        time        NOT NULL DEFAULT '07:30',
    -- Push waits while the phone is quiet; both null: never quiet. May wrap midnight (22:00 to 07:00).
    quiet_from       time,
    quiet_until      time,
    urgent_notes     boolean     NOT NULL DEFAULT true,
    email_enabled    boolean     NOT NULL DEFAULT false,
    push_enabled     boolean     NOT NULL DEFAULT false,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    CHECK ((quiet_from IS NULL) = (quiet_until IS NULL))
);

-- A browser's push subscription (RFC 8030 endpoint, RFC 8291 keys). The endpoint is a capability
-- URL unique to one browser, kept once per account: another account posting it gets a row of its own.
CREATE TABLE push_subscription (
    id               uuid PRIMARY KEY,
    owner_id         uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    endpoint         varchar(2048) NOT NULL,
    p256dh           varchar(120)  NOT NULL,
    auth             varchar(40)   NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    last_sent_at     timestamptz,
    version          bigint        NOT NULL
);
CREATE UNIQUE INDEX push_subscription_endpoint_uq ON push_subscription (owner_id, endpoint);
CREATE INDEX push_subscription_owner_ix ON push_subscription (owner_id);

-- The outbox. Planners on every replica insert the same occasions (ON CONFLICT DO NOTHING on the
-- unique key), drainers take due rows with FOR UPDATE SKIP LOCKED, one row per short transaction:
-- a row is sent by exactly one replica. occasion: the local date of a digest (2026-12-01), or the
-- id of the reminder that turned urgent.
CREATE TABLE notification_delivery (
    id               uuid PRIMARY KEY,
    owner_id         uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind             varchar(10)  NOT NULL CHECK (kind IN ('DIGEST', 'URGENT')),
    channel          varchar(10)  NOT NULL,
    occasion         varchar(200) NOT NULL,
    due_at           timestamptz  NOT NULL,
    state            varchar(10)  NOT NULL DEFAULT 'PENDING'
                     CHECK (state IN ('PENDING', 'SENT', 'QUIET', 'FAILED', 'EXPIRED')),
    attempts         int          NOT NULL DEFAULT 0,
    -- Why it ended as it did, in words (no text of the applicant's): "2 phones", "nothing due", ...
    outcome          varchar(200),
    -- When and by which replica (host/process) it was settled, for operators.
    sent_by          varchar(100),
    sent_at          timestamptz,
    created_at       timestamptz  NOT NULL
);
CREATE UNIQUE INDEX notification_delivery_once_uq ON notification_delivery (owner_id, kind, channel, occasion);
CREATE INDEX notification_delivery_due_ix ON notification_delivery (due_at) WHERE state = 'PENDING';
