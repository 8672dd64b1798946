-- Webhook endpoints (staff add them). Deliveries are outbox rows of CHANNEL 'WEBHOOK': RECIPIENT is the
-- endpoint's id, SUBJECT the event type, BODY the event's JSON, ACTION_URL the endpoint's URL when queued.
-- The signing secret is not stored: it is derived from the portal's webhook key and the endpoint's id.
CREATE TABLE NOTIF_WEBHOOK (
  ID VARCHAR(36) NOT NULL PRIMARY KEY,
  URL VARCHAR(1000) NOT NULL,
  EVENTS VARCHAR(300) NOT NULL,
  DESCRIPTION VARCHAR(200),
  CREATED_AT BIGINT NOT NULL,
  CREATED_BY VARCHAR(100) NOT NULL
);
