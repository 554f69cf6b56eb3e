-- How the applicant greets a writer in scripts ("Dr. Mitchell"); null: derived from name and degree.
ALTER TABLE attending ADD COLUMN address_as varchar(100);

-- A history entry that corrected the move before it (the history is append-only: nothing is removed).
ALTER TABLE letter_status_change ADD COLUMN correction boolean NOT NULL DEFAULT false;
