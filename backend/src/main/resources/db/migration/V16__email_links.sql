-- Single-use links sent by mail: confirming an address, resetting a password.
-- Only the SHA-256 of the token is stored; the raw token exists only in the mail.
CREATE TABLE email_link (
    id              uuid         PRIMARY KEY,
    user_id         uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose         varchar(20)  NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash      varchar(64)  NOT NULL,
    -- The address the link went to: a confirmation counts only while the account still uses it.
    email_key       varchar(254) NOT NULL,
    created_at      timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    used_at         timestamptz,
    -- Set when a newer link of the same purpose or a password change makes this one worthless.
    voided_at       timestamptz
);
CREATE UNIQUE INDEX email_link_token_hash_uq ON email_link (token_hash);
CREATE INDEX email_link_user_purpose_ix ON email_link (user_id, purpose);

ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz;
