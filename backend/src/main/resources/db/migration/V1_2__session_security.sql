-- Session security (ASVS 5 level 2): log-out-everywhere, second factor, audit trail.

-- Access tokens issued before this instant are refused (log out everywhere, password change).
ALTER TABLE app_user ADD COLUMN tokens_not_before timestamptz;
-- TOTP (RFC 6238): the shared secret, when it was confirmed, and the last time step
-- used, so that one code cannot be replayed within its 30-second window.
ALTER TABLE app_user ADD COLUMN totp_secret varchar(64);
ALTER TABLE app_user ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE app_user ADD COLUMN totp_last_step bigint;

-- A login session keeps its start, so its absolute lifetime cannot be extended by refreshing.
ALTER TABLE refresh_token ADD COLUMN family_started_at timestamptz;
UPDATE refresh_token SET family_started_at = issued_at;
ALTER TABLE refresh_token ALTER COLUMN family_started_at SET NOT NULL;

CREATE TABLE recovery_code (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash   varchar(64) NOT NULL,
    used_at     timestamptz
);
CREATE INDEX recovery_code_user_ix ON recovery_code (user_id);

CREATE TABLE security_event (
    id              uuid PRIMARY KEY,
    user_id         uuid         REFERENCES app_user (id) ON DELETE CASCADE,
    kind            varchar(40)  NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    client_address  varchar(64),
    detail          varchar(300)
);
CREATE INDEX security_event_user_ix ON security_event (user_id, occurred_at DESC);

-- Append-only: no row is ever changed, and rows go only together with their account.
CREATE FUNCTION security_event_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM app_user WHERE id = OLD.user_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'security_event is append-only';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER security_event_append_only
    BEFORE UPDATE OR DELETE ON security_event
    FOR EACH ROW EXECUTE FUNCTION security_event_append_only();
