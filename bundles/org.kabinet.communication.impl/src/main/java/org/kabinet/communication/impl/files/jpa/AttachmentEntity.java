package org.kabinet.communication.impl.files.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MSG_ATTACHMENT")
public class AttachmentEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "OWNER")
    String owner;
    @Column(name = "FILE_NAME")
    String fileName;
    @Column(name = "STORED_NAME")
    String storedName;
    @Column(name = "CONTENT_TYPE")
    String contentType;
    @Column(name = "SIZE_BYTES")
    long size;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "TARGET")
    String target;
    @Column(name = "ATTACHED_AT")
    Long attachedAt;
}
