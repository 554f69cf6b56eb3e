-- A second number on account_revision that moves only when the names the PHI guard allows move: her
-- attendings' names and her rotations' institutions and places (org.lorkit.phi.AllowedNames). Logging a
-- story moves the account's revision but not these names, so a story logged after another finds the
-- allowed names kept (org.lorkit.platform.AccountRevisionCache, Scope.NAMES).
ALTER TABLE account_revision ADD COLUMN names_revision bigint NOT NULL DEFAULT 0;

CREATE FUNCTION bump_account_and_names_revision(owner uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO account_revision (owner_id, revision, names_revision)
    SELECT owner, 1, 1 WHERE EXISTS (SELECT 1 FROM app_user WHERE id = owner)
    ON CONFLICT (owner_id) DO UPDATE
        SET revision = account_revision.revision + 1, names_revision = account_revision.names_revision + 1;
$$;

CREATE FUNCTION account_and_names_revision_of_owned_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM bump_account_and_names_revision(OLD.owner_id);
    ELSE
        PERFORM bump_account_and_names_revision(NEW.owner_id);
    END IF;
    RETURN NULL;
END;
$$;

-- The same triggers (same names) on the two tables the names come from, now moving both numbers.
DROP TRIGGER attending_moves_account_revision ON attending;
CREATE TRIGGER attending_moves_account_revision AFTER INSERT OR UPDATE OR DELETE ON attending
    FOR EACH ROW EXECUTE FUNCTION account_and_names_revision_of_owned_row();
DROP TRIGGER rotation_moves_account_revision ON rotation;
CREATE TRIGGER rotation_moves_account_revision AFTER INSERT OR UPDATE OR DELETE ON rotation
    FOR EACH ROW EXECUTE FUNCTION account_and_names_revision_of_owned_row();
