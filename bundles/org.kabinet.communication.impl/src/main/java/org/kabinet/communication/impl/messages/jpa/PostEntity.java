package org.kabinet.communication.impl.messages.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MSG_POST")
public class PostEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "THREAD_ID")
    String threadId;
    @Column(name = "AUTHOR_KIND")
    String authorKind;
    @Column(name = "AUTHOR_ID")
    String authorId;
    @Column(name = "AUTHOR_NAME")
    String authorName;
    @Column(name = "BODY")
    String body;
    @Column(name = "IS_INTERNAL")
    boolean internal;
    @Column(name = "CREATED_AT")
    long createdAt;
}
