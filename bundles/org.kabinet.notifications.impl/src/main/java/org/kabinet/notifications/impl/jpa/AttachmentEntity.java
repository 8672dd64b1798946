package org.kabinet.notifications.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

@Entity
@Table(name = "NOTIF_ATTACHMENT")
public class AttachmentEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "OUTBOX_ID")
    String outboxId;
    @Column(name = "POSITION")
    int position;
    @Column(name = "NAME")
    String name;
    @Column(name = "CONTENT_TYPE")
    String contentType;
    @Column(name = "SOURCE")
    String source;
    @Lob
    @Column(name = "CONTENT")
    byte[] content;
}
