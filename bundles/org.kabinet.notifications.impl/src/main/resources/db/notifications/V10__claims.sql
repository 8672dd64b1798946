-- Claims (several nodes on one database): a dispatcher takes due messages for itself before it sends
-- them. CLAIMED_BY names the node that took a message last, LEASE_UNTIL when its claim ends if the node
-- dies meanwhile; a settled or released message has no LEASE_UNTIL. See JpaOutboxStore.claim.
ALTER TABLE NOTIF_OUTBOX ADD COLUMN CLAIMED_BY VARCHAR(100);
ALTER TABLE NOTIF_OUTBOX ADD COLUMN LEASE_UNTIL BIGINT;
