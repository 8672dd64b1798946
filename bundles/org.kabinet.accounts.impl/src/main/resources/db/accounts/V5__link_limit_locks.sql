-- One row per counter of failed linking attempts (a hash of "tenant" or "client" and the tenant's id or the
-- client's address): read locked while an attempt is checked, so that parallel attempts each count.
-- The failures themselves are rows of ACC_LINK_FAILURE under the same key.
CREATE TABLE ACC_LINK_LOCK (
  LOCK_KEY VARCHAR(64) NOT NULL PRIMARY KEY,
  TOUCHED_AT BIGINT NOT NULL
);
CREATE INDEX ACC_LINK_LOCK_BY_TIME ON ACC_LINK_LOCK (TOUCHED_AT);
