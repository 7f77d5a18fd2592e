-- A running import beats while it works; one whose instance died stops beating and is taken up again.
ALTER TABLE enterprise_import ADD COLUMN heartbeat_at timestamptz;
