-- Accounts, sessions and stories: the walking skeleton of LORkit.

CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    email           varchar(254) NOT NULL,
    -- lower(email): emails are unique regardless of case.
    email_key       varchar(254) NOT NULL,
    display_name    varchar(100) NOT NULL,
    password_hash   varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_email_key_uq ON app_user (email_key);

-- Refresh tokens are opaque; only their SHA-256 is stored. A family is one login:
-- every refresh rotates the token within the family.
CREATE TABLE refresh_token (
    id              uuid PRIMARY KEY,
    user_id         uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    family_id       uuid         NOT NULL,
    token_hash      varchar(64)  NOT NULL,
    issued_at       timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    used_at         timestamptz,
    revoked_at      timestamptz
);
CREATE UNIQUE INDEX refresh_token_hash_uq ON refresh_token (token_hash);
CREATE INDEX refresh_token_family_ix ON refresh_token (family_id);
CREATE INDEX refresh_token_user_ix ON refresh_token (user_id);

CREATE TABLE story (
    id                uuid PRIMARY KEY,
    owner_id          uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    title             varchar(200)  NOT NULL,
    summary           text,
    what_i_did        text,
    what_it_shows     text,
    occurred_on       date,
    kind              varchar(20)   NOT NULL,
    include_in_packet boolean       NOT NULL DEFAULT true,
    phi_reviewed      boolean       NOT NULL DEFAULT false,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL DEFAULT 0
);
-- The list is "my stories, newest first".
CREATE INDEX story_owner_created_ix ON story (owner_id, created_at DESC, id);

-- Replays of a create with the same Idempotency-Key answer the first response.
CREATE TABLE idempotency_record (
    owner_id        uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    idem_key        varchar(128)  NOT NULL,
    request_path    varchar(300)  NOT NULL,
    status          int           NOT NULL,
    location        varchar(500),
    body            text          NOT NULL,
    created_at      timestamptz   NOT NULL,
    PRIMARY KEY (owner_id, idem_key)
);
