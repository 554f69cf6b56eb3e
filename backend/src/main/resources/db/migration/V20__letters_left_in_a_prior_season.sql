-- The season (the service's year, as profile.reapplied_from) a letter request stayed in when the
-- applicant started the next one: a letter too old to import (it keeps its status), a request made in
-- the service for that season's application (it does not follow her), a writer's path that ended there.
-- Such a request is a record of the season left: no rule of the new season reads it. null: a letter
-- of the season followed, or one carried into it (imported, or asked and not yet requested).
ALTER TABLE letter_request ADD COLUMN left_in_season integer;

-- A request left in a prior season does not block asking the same writer again in this one.
DROP INDEX letter_request_attending_kind_uq;
CREATE UNIQUE INDEX letter_request_attending_kind_uq
    ON letter_request (owner_id, attending_id, coalesce(standardized, false), coalesce(lower(for_specialty), ''))
    WHERE status <> 'IMPORTED' AND left_in_season IS NULL;
