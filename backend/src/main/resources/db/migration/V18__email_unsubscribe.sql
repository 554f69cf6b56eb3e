-- One-click unsubscribe (RFC 8058) for digest mails: each mail carries its own token, stored only as
-- its SHA-256. A token keeps working (an old mail must still stop the mails) until its account goes.
CREATE TABLE email_unsubscribe (
    token_hash   varchar(64) PRIMARY KEY,
    owner_id     uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    used_at      timestamptz
);
CREATE INDEX email_unsubscribe_owner_ix ON email_unsubscribe (owner_id);
