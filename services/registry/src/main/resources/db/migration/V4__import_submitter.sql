-- The enterprises an import creates or updates are audited as changes of whoever submitted the file: keep what the
-- audit trail records of that caller (the history keeps showing submitted_by).
ALTER TABLE enterprise_import
    ADD COLUMN submitted_subject         text,
    ADD COLUMN submitted_client          text,
    ADD COLUMN submitted_roles           text NOT NULL DEFAULT '',
    ADD COLUMN submitted_address         text,
    ADD COLUMN submitted_correlation_id  text;
