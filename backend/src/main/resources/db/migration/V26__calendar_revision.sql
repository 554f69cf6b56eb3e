-- One number for the season calendars (application_season), moved by every statement that changes them,
-- in the writing transaction: the coaching rules' model keeps the calendars it read (org.lorkit.coaching.
-- SeasonLoader) while this number and the account's revision stand, so that Today no longer reads the
-- calendar on every request, and an admin's correction on any replica, or at the database, is seen by the
-- next read everywhere (org.lorkit.platform.AccountRevisionCache, Scope.SEASON).
CREATE TABLE calendar_revision (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    revision bigint NOT NULL
);
INSERT INTO calendar_revision (revision) VALUES (1);

CREATE FUNCTION bump_calendar_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE calendar_revision SET revision = revision + 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER application_season_moves_calendar_revision
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON application_season
    FOR EACH STATEMENT EXECUTE FUNCTION bump_calendar_revision();
