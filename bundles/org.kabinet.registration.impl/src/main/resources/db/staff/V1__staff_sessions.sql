-- Staff sign-in in the database, so that every node knows it (README «Several nodes»): open sessions
-- by the SHA-256 of their token (the token itself is never stored), and failed sign-ins in a row per name.
CREATE TABLE STAFF_SESSION (
  TOKEN_HASH VARCHAR(64) NOT NULL PRIMARY KEY,
  NAME VARCHAR(100) NOT NULL,
  ROLES VARCHAR(1000) NOT NULL,
  EXPIRES_AT BIGINT NOT NULL
);
CREATE INDEX STAFF_SESSION_BY_TIME ON STAFF_SESSION (EXPIRES_AT);
CREATE TABLE STAFF_FAILURE (
  NAME VARCHAR(100) NOT NULL PRIMARY KEY,
  FAILURES INT NOT NULL,
  LAST_AT BIGINT NOT NULL
);
