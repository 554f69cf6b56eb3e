-- Rate limits and lockout counters, shared by every API replica and kept across restarts
-- (org.lorkit.security.RateLimiter): one row per key, counted with one upsert per attempt. Keys
-- name what is counted ("login-failure:account:") and a SHA-256 of whom (an email, an address),
-- never the email or address itself. Rows past expires_at count for nothing and are swept.
CREATE TABLE rate_limit_window (
    limit_key          varchar(160) PRIMARY KEY,
    window_started_at  timestamptz  NOT NULL,
    attempts           integer      NOT NULL CHECK (attempts > 0),
    last_attempt_at    timestamptz  NOT NULL,
    expires_at         timestamptz  NOT NULL
);
CREATE INDEX rate_limit_window_expires_ix ON rate_limit_window (expires_at);
