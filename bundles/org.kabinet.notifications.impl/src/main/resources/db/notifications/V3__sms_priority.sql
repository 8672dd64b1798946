-- SMS priority: IMMEDIATE ones (codes a person is waiting for) go out during quiet hours too.
ALTER TABLE NOTIF_OUTBOX ADD COLUMN PRIORITY VARCHAR(12) NOT NULL DEFAULT 'ROUTINE';
