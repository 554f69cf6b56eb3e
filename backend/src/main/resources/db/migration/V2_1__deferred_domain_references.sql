-- References between an applicant's records (V2) stay without an ON DELETE action, so nothing
-- disappears silently, but are now checked at commit: deleting a whole account cascades from
-- app_user through every table, and an immediate check fires before that cascade is done
-- (e.g. a rotation row goes before the attending_rotation rows that point at it).
ALTER TABLE attending_rotation ALTER CONSTRAINT attending_rotation_rotation_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE story ALTER CONSTRAINT story_rotation_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE story_witness ALTER CONSTRAINT story_witness_attending_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE feedback ALTER CONSTRAINT feedback_attending_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE feedback ALTER CONSTRAINT feedback_rotation_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE letter_request ALTER CONSTRAINT letter_request_attending_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE program_letter ALTER CONSTRAINT program_letter_letter_id_fkey DEFERRABLE INITIALLY DEFERRED;
