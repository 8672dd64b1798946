-- Publication in steps: the recipient rows are written with the claim, then their e-mails and SMS are
-- queued in transactions of 1000 recipients, each row marked DELIVERED as its turn is done. Rows still
-- not delivered after a crash are resumed by the minute tick. Rows of earlier publications were
-- delivered in one transaction.
-- 1 delivered, 0 not yet (a number: Derby will not compare a BOOLEAN column with the parameters EclipseLink binds).
ALTER TABLE ANN_RECIPIENT ADD COLUMN DELIVERED SMALLINT NOT NULL DEFAULT 1;
CREATE INDEX ANN_RECIPIENT_PENDING ON ANN_RECIPIENT (DELIVERED, ANNOUNCEMENT_ID, TENANT_ID);
