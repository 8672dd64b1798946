package org.kabinet.notifications.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "NOTIF_OUTBOX")
public class OutboxEntryEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "IDEMPOTENCY_KEY")
    String idempotencyKey;
    @Column(name = "CHANNEL")
    String channel;
    @Column(name = "RECIPIENT")
    String recipient;
    @Column(name = "SUBJECT")
    String subject;
    @Column(name = "BODY")
    String body;
    @Column(name = "ACTION_URL")
    String actionUrl;
    @Column(name = "ACTION_LABEL")
    String actionLabel;
    @Column(name = "STATE")
    String state;
    @Column(name = "PRIORITY")
    String priority;
    @Column(name = "ATTEMPTS")
    int attempts;
    @Column(name = "NEXT_ATTEMPT_AT")
    long nextAttemptAt;
    @Column(name = "LAST_ERROR")
    String lastError;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "SENT_AT")
    Long sentAt;
    // SMS delivery (V4): who accepted it under which id, and what the provider reported
    @Column(name = "SMS_GATEWAY")
    String smsGateway;
    @Column(name = "PROVIDER_MESSAGE_ID")
    String providerMessageId;
    @Column(name = "DELIVERY_STATE")
    String deliveryState;
    @Column(name = "DELIVERY_AT")
    Long deliveryAt;
    @Column(name = "DELIVERY_DETAIL")
    String deliveryDetail;
    @Column(name = "DELIVERY_CHECKED_AT")
    Long deliveryCheckedAt;
    @Column(name = "UNSUBSCRIBE_URL")
    String unsubscribeUrl;
    // secrets (V8): the code inside an SMS's BODY; KEPT while it waits, ERASED once settled
    @Column(name = "SECRET_TEXT")
    String secretText;
    @Column(name = "SECRET_STATE")
    String secretState;
    // retention (V9): when the body was cleared, null while kept
    @Column(name = "BODY_CLEARED_AT")
    Long bodyClearedAt;
    // claims (V10): the node that took the message to send it, and until when its claim holds
    @Column(name = "CLAIMED_BY")
    String claimedBy;
    @Column(name = "LEASE_UNTIL")
    Long leaseUntil;
}
