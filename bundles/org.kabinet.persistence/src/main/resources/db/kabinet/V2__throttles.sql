-- Throttles: token buckets kept in the database (sign-in and sign-up requests per client address, …), so that
-- several nodes share one limit. TOKENS_MILLI is the bucket's level in thousandths of a request at TOUCHED_AT.
CREATE TABLE KBN_THROTTLE (
  BUCKET_KEY VARCHAR(200) NOT NULL PRIMARY KEY,
  TOKENS_MILLI BIGINT NOT NULL,
  TOUCHED_AT BIGINT NOT NULL
);
CREATE INDEX KBN_THROTTLE_BY_TIME ON KBN_THROTTLE (TOUCHED_AT);
