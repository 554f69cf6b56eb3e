-- PHI guard: an applicant's "I checked, this is not patient information" holds for the
-- exact text they reviewed (its SHA-256); editing the text asks for a new review.
ALTER TABLE story ADD COLUMN phi_reviewed_digest varchar(64);
-- Stories whose warnings are unresolved stay out of packets and shared exports.
ALTER TABLE story ADD COLUMN phi_unresolved boolean NOT NULL DEFAULT false;
