-- The fields of a writer's form (eSLOE part, OB/GYN SLOE competency, SLOR domain, ACGME competency)
-- that a story or a piece of feedback is evidence for, as the keys of org.lorkit.form.WriterForm.
-- Empty or null: the packet places the story by its competencies (feedback: by the growth it shows).
ALTER TABLE story ADD COLUMN form_fields text[];
ALTER TABLE feedback ADD COLUMN form_fields text[];
