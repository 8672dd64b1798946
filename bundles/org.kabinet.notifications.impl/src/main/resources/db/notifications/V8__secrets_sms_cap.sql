-- Secrets in the outbox: a confirmation or reset link (ACTION_URL of a letter marked
-- secret) and an SMS code (SECRET_TEXT, the part of BODY that is the code) are kept only while the
-- message waits. SECRET_STATE: NULL = nothing secret, KEPT = held for delivery, ERASED = the
-- message went out or failed for good and the secret is gone (ACTION_URL NULL, BODY masked).
ALTER TABLE NOTIF_OUTBOX ADD COLUMN SECRET_TEXT VARCHAR(200);
ALTER TABLE NOTIF_OUTBOX ADD COLUMN SECRET_STATE VARCHAR(6);
-- Rows from before: the sign-up and reset links and phone codes already sent are erased now.
UPDATE NOTIF_OUTBOX SET ACTION_URL = NULL, SECRET_STATE = 'ERASED'
  WHERE CHANNEL = 'EMAIL' AND STATE <> 'PENDING'
  AND (IDEMPOTENCY_KEY LIKE 'confirm-email:%' OR IDEMPOTENCY_KEY LIKE 'password-reset:%');
UPDATE NOTIF_OUTBOX SET BODY = 'Код подтверждения телефона в личном кабинете: ••••••. Никому его не сообщайте.',
  SECRET_STATE = 'ERASED'
  WHERE CHANNEL = 'SMS' AND STATE <> 'PENDING' AND IDEMPOTENCY_KEY LIKE 'phone-code:%';
-- The daily SMS cap counts the codes waiting to go out: found by this index, not by reading every
-- routine SMS that waits for the morning.
CREATE INDEX NOTIF_OUTBOX_PRIORITY ON NOTIF_OUTBOX (CHANNEL, PRIORITY, STATE);
