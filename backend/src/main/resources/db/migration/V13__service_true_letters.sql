-- The original date of a letter imported from a prior season (ERAS watermarks it with that date);
-- null for letters written this season.
ALTER TABLE letter_request ADD COLUMN letter_dated_on date;

-- true: a standardized letter (SLOE, SLOR, the portal form); false or null: a narrative letter.
ALTER TABLE letter_request ADD COLUMN standardized boolean;

-- One request per attending and kind: a writer may fill in a standardized letter and also write a
-- narrative one (OB/GYN forbids the pair; the service refuses it with a sentence).
DROP INDEX letter_request_attending_uq;
CREATE UNIQUE INDEX letter_request_attending_kind_uq
    ON letter_request (owner_id, attending_id, coalesce(standardized, false));
