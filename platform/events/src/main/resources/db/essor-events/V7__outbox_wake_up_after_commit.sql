-- The relays are woken after the appending transaction has committed (OutboxWakeUp), no longer by a NOTIFY inside it:
-- PostgreSQL serialises the commits of notifying transactions on one lock held through each one's WAL flush, so every
-- transaction that appended to the outbox waited for the others' commits.
DROP TRIGGER outbox_appended ON outbox;
DROP FUNCTION outbox_notify();
