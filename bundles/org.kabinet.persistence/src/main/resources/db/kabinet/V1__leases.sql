-- Leases: which node does a piece of work that must run on one node at a time (a scheduled job, a
-- monthly SMS run) and until when. A node that dies stops renewing; after EXPIRES_AT another takes over.
CREATE TABLE KBN_LEASE (
  NAME VARCHAR(100) NOT NULL PRIMARY KEY,
  HOLDER VARCHAR(100) NOT NULL,
  ACQUIRED_AT BIGINT NOT NULL,
  EXPIRES_AT BIGINT NOT NULL
);
