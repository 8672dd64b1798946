package org.kabinet.notifications.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One delivery report about an SMS, kept as evidence. */
@Entity
@Table(name = "NOTIF_DELIVERY_REPORT")
public class DeliveryReportEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "OUTBOX_ID")
    String outboxId;
    @Column(name = "GATEWAY")
    String gateway;
    @Column(name = "PROVIDER_MESSAGE_ID")
    String providerMessageId;
    @Column(name = "STATUS")
    String status;
    @Column(name = "REPORTED_AT")
    Long reportedAt;
    @Column(name = "RECEIVED_AT")
    long receivedAt;
    @Column(name = "SOURCE")
    String source;
    @Column(name = "DETAIL")
    String detail;
}
