-- Retention: a settled message's body (text, links, attachments' bytes) is cleared after some days,
-- keeping what was sent (key, subject), when and to whom; BODY_CLEARED_AT says when. The whole row
-- (with its attempts, delivery reports and attachments) goes years later, by CREATED_AT.
ALTER TABLE NOTIF_OUTBOX ADD COLUMN BODY_CLEARED_AT BIGINT;
-- the daily run finds the bodies still kept by state and age, without reading the years of cleared ones
CREATE INDEX NOTIF_OUTBOX_KEPT_BODY ON NOTIF_OUTBOX (STATE, BODY_CLEARED_AT, SENT_AT);
CREATE INDEX NOTIF_OUTBOX_CREATED ON NOTIF_OUTBOX (CREATED_AT);
