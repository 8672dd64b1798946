-- Payments whose notices (the payment SMS, the month's statement letter) are still to be queued. A row is
-- written in the payment's own transaction and deleted in the transaction that queues its notices, so a
-- posted payment is told about exactly once, however the portal stops; a registry of many payments costs
-- one row each instead of each payment's ledger inside the registry's transaction.
CREATE TABLE BIL_PAYMENT_NOTICE (
  PAYMENT_ID VARCHAR(64) NOT NULL PRIMARY KEY,
  ACCOUNT_ID VARCHAR(36) NOT NULL,
  POSTED_AT BIGINT NOT NULL,
  ATTEMPTS INT NOT NULL
);
CREATE INDEX BIL_PAYMENT_NOTICE_BY_TIME ON BIL_PAYMENT_NOTICE (ATTEMPTS, POSTED_AT);
