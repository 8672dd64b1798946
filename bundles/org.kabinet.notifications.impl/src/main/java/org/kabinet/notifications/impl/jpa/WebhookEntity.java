package org.kabinet.notifications.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "NOTIF_WEBHOOK")
public class WebhookEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "URL")
    String url;
    /** The event types, comma-separated. */
    @Column(name = "EVENTS")
    String events;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "CREATED_BY")
    String createdBy;
}
