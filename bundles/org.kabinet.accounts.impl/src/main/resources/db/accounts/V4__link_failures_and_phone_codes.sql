-- Failed linking attempts by what was typed: a hash of (city, number), whether or not such an account
-- exists, so that the throttle answers alike for both. Rows older than a day are deleted as new ones come.
CREATE TABLE ACC_LINK_FAILURE (
  ID VARCHAR(36) NOT NULL PRIMARY KEY,
  TARGET_KEY VARCHAR(64) NOT NULL,
  FAILED_AT BIGINT NOT NULL
);
CREATE INDEX ACC_LINK_FAILURE_BY_KEY ON ACC_LINK_FAILURE (TARGET_KEY, FAILED_AT);
CREATE INDEX ACC_LINK_FAILURE_BY_TIME ON ACC_LINK_FAILURE (FAILED_AT);
-- Every SMS code sent to confirm a phone (no code, only who, where and when): the daily limits per number and per tenant.
CREATE TABLE ACC_PHONE_CODE (
  ID VARCHAR(36) NOT NULL PRIMARY KEY,
  TENANT_ID VARCHAR(36) NOT NULL,
  PHONE VARCHAR(10) NOT NULL,
  SENT_AT BIGINT NOT NULL
);
CREATE INDEX ACC_PHONE_CODE_BY_PHONE ON ACC_PHONE_CODE (PHONE, SENT_AT);
CREATE INDEX ACC_PHONE_CODE_BY_TENANT ON ACC_PHONE_CODE (TENANT_ID, SENT_AT);
CREATE INDEX ACC_PHONE_CODE_BY_TIME ON ACC_PHONE_CODE (SENT_AT);
