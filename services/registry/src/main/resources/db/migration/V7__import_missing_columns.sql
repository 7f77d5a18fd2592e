-- The optional columns an imported file lacks (comma separated), so that its import says what it could not set.
ALTER TABLE enterprise_import ADD COLUMN missing_columns text NOT NULL DEFAULT '';
