-- Personal data (issue #13). Every consent to processing personal data, by the version of its text,
-- and when it was withdrawn (deleting the account withdraws it). The consent given at each earlier
-- sign-up is carried over.
CREATE TABLE REG_CONSENT (
  ID VARCHAR(36) NOT NULL PRIMARY KEY,
  USER_ID VARCHAR(36) NOT NULL,
  VERSION VARCHAR(40) NOT NULL,
  GIVEN_AT BIGINT NOT NULL,
  WITHDRAWN_AT BIGINT
);
CREATE INDEX REG_CONSENT_BY_USER ON REG_CONSENT (USER_ID, GIVEN_AT);
INSERT INTO REG_CONSENT (ID, USER_ID, VERSION, GIVEN_AT) SELECT ID, ID, CONSENT_VERSION, CONSENT_AT FROM REG_USER;
-- A deleted account: the identity is pseudonymised and cannot sign in.
ALTER TABLE REG_USER ADD COLUMN DELETED_AT BIGINT;
-- Sessions are ended, not deleted, so that the tenant's export shows the sign-in history; the
-- retention tick deletes them after a grace period.
ALTER TABLE REG_SESSION ADD COLUMN ENDED_AT BIGINT;
CREATE INDEX REG_SESSION_BY_END ON REG_SESSION (ENDED_AT);
CREATE INDEX REG_USER_BY_STATE ON REG_USER (CONFIRMED, REGISTERED_AT);
CREATE INDEX REG_LINK_TOKEN_BY_EXPIRY ON REG_LINK_TOKEN (EXPIRES_AT);
-- What each module still has to erase of a deleted account: one row per data source, done or not.
-- A failed source keeps its row open and the housekeeping tick tries again.
CREATE TABLE REG_ERASURE (
  USER_ID VARCHAR(36) NOT NULL,
  SOURCE_KEY VARCHAR(40) NOT NULL,
  CREATED_AT BIGINT NOT NULL,
  ATTEMPTS INT NOT NULL,
  LAST_ERROR VARCHAR(500),
  DONE_AT BIGINT,
  CONSTRAINT REG_ERASURE_PK PRIMARY KEY (USER_ID, SOURCE_KEY)
);
CREATE INDEX REG_ERASURE_OPEN ON REG_ERASURE (DONE_AT);
