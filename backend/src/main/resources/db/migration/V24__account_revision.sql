-- A number that moves whenever anything the coaching rules read of one account changes, so that a
-- replica may keep the account's read model in memory and reuse it while the number stands
-- (org.lorkit.platform.AccountRevisionCache). Kept by triggers, not by the services: every write path (the
-- services, native upserts, imports, deletions, an admin's SQL) moves it, and no code path can forget to.
CREATE TABLE account_revision (
    owner_id uuid   PRIMARY KEY,
    revision bigint NOT NULL
);

INSERT INTO account_revision (owner_id, revision) SELECT id, 1 FROM app_user;

-- While an account is deleted its rows go by cascade after it: nothing is kept of it then.
CREATE FUNCTION bump_account_revision(owner uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO account_revision (owner_id, revision)
    SELECT owner, 1 WHERE EXISTS (SELECT 1 FROM app_user WHERE id = owner)
    ON CONFLICT (owner_id) DO UPDATE SET revision = account_revision.revision + 1;
$$;

-- Tables with their own owner_id.
CREATE FUNCTION account_revision_of_owned_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM bump_account_revision(OLD.owner_id);
    ELSE
        PERFORM bump_account_revision(NEW.owner_id);
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['profile', 'rotation', 'attending', 'story', 'feedback', 'letter_request',
                             'program', 'plan_tick', 'sent_message', 'habit_check_in', 'red_flag_check'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION account_revision_of_owned_row()', t || '_moves_account_revision', t);
    END LOOP;
END;
$$;

-- Tables that belong to an owned row: the owner is the parent's. When the parent itself is deleted
-- (cascade), it is gone and the parent's own trigger has moved the number already.
CREATE FUNCTION account_revision_of_child_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    owner uuid;
BEGIN
    EXECUTE format('SELECT owner_id FROM %I WHERE id = $1', TG_ARGV[0])
        INTO owner USING (row_data ->> TG_ARGV[1])::uuid;
    IF owner IS NOT NULL THEN
        PERFORM bump_account_revision(owner);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER attending_rotation_moves_account_revision AFTER INSERT OR UPDATE OR DELETE ON attending_rotation
    FOR EACH ROW EXECUTE FUNCTION account_revision_of_child_row('attending', 'attending_id');
CREATE TRIGGER story_witness_moves_account_revision AFTER INSERT OR UPDATE OR DELETE ON story_witness
    FOR EACH ROW EXECUTE FUNCTION account_revision_of_child_row('story', 'story_id');
CREATE TRIGGER letter_status_change_moves_account_revision AFTER INSERT OR UPDATE OR DELETE ON letter_status_change
    FOR EACH ROW EXECUTE FUNCTION account_revision_of_child_row('letter_request', 'letter_id');
CREATE TRIGGER program_letter_moves_account_revision AFTER INSERT OR UPDATE OR DELETE ON program_letter
    FOR EACH ROW EXECUTE FUNCTION account_revision_of_child_row('program', 'program_id');

-- The name the rules greet her by.
CREATE FUNCTION account_revision_of_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM account_revision WHERE owner_id = OLD.id;
    ELSE
        PERFORM bump_account_revision(NEW.id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER app_user_moves_account_revision AFTER UPDATE OF display_name, email ON app_user
    FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.email IS DISTINCT FROM NEW.email)
    EXECUTE FUNCTION account_revision_of_user();
CREATE TRIGGER app_user_leaves_account_revision AFTER DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION account_revision_of_user();
