-- A second target specialty (IMGs often apply to two, e.g. Internal Medicine and Family Medicine);
-- each has its own service and portfolio checks. null: one specialty.
ALTER TABLE profile ADD COLUMN second_specialty varchar(100);

-- The season year (the service's name, the Match year) a reapplicant left when she started the next
-- season: tells the answer what was carried over from where. null: never reapplied.
ALTER TABLE profile ADD COLUMN reapplied_from integer;

-- The specialty a letter request is for, as the target sheet names it (ERAS's "specialty label");
-- null: General, for every specialty applied to.
ALTER TABLE letter_request ADD COLUMN for_specialty varchar(100);

-- One request per attending, kind and specialty among this season's letters. A letter imported from
-- a prior season does not block asking the same writer for an updated one.
DROP INDEX letter_request_attending_kind_uq;
CREATE UNIQUE INDEX letter_request_attending_kind_uq
    ON letter_request (owner_id, attending_id, coalesce(standardized, false), coalesce(lower(for_specialty), ''))
    WHERE status <> 'IMPORTED';
