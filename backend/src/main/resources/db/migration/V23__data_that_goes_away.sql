-- Issue 19 (part B): data that goes away, credentials that end, secrets at rest.

-- Idempotency records keep what a replay needs (status, Location, a hash of the request), never the
-- answer: a replay reads the resource again, so a deleted story is never answered from here. Records
-- are swept 72 hours after they were made (IdempotentCreates.sweep).
ALTER TABLE idempotency_record DROP COLUMN body;
ALTER TABLE idempotency_record ADD COLUMN request_hash varchar(64) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record ALTER COLUMN request_hash DROP DEFAULT;
CREATE INDEX idempotency_record_created_ix ON idempotency_record (created_at);

-- A deleted account leaves one row without personal data (no email, no name, no address): that an
-- account with this id existed and when it was deleted. Append-only, like security_event.
CREATE TABLE account_tombstone (
    account_id  uuid        PRIMARY KEY,
    deleted_at  timestamptz NOT NULL
);
CREATE FUNCTION account_tombstone_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'account_tombstone is append-only';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER account_tombstone_append_only
    BEFORE UPDATE OR DELETE ON account_tombstone
    FOR EACH ROW EXECUTE FUNCTION account_tombstone_append_only();

-- The calendar feed address ends with the sessions: a password change or reset and "log out everywhere"
-- (all move tokens_not_before), an admin disabling the account (disabled_at set) and the account's
-- delete (ON DELETE CASCADE). In the database, so that every code path that ends sessions ends it too.
-- It can also be made with an end of its own.
ALTER TABLE calendar_token ADD COLUMN expires_at timestamptz;
CREATE FUNCTION calendar_token_ends_with_sessions() RETURNS trigger AS $$
BEGIN
    IF NEW.tokens_not_before IS DISTINCT FROM OLD.tokens_not_before
            OR (NEW.disabled_at IS NOT NULL AND OLD.disabled_at IS NULL) THEN
        DELETE FROM calendar_token WHERE owner_id = NEW.id;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER calendar_token_ends_with_sessions
    AFTER UPDATE OF tokens_not_before, disabled_at ON app_user
    FOR EACH ROW EXECUTE FUNCTION calendar_token_ends_with_sessions();

-- Second factor at rest: TOTP seeds are sealed with AES-256-GCM under the server key (ServerSecrets;
-- "v1:" + base64), so the column grows; a seed stored in plain text before this is sealed when next read.
-- Recovery codes are HMAC-SHA256'd with the server key; the ones made before keep their plain SHA-256
-- (marked SHA256) until they are used or replaced.
ALTER TABLE app_user ALTER COLUMN totp_secret TYPE varchar(200);
ALTER TABLE recovery_code ADD COLUMN scheme varchar(20) NOT NULL DEFAULT 'SHA256';
ALTER TABLE recovery_code ALTER COLUMN scheme SET DEFAULT 'HMAC_SHA256';
