package org.kabinet.communication.impl.messages.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MSG_THREAD")
public class ThreadEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "THREAD_NO")
    String number;
    @Column(name = "THREAD_KIND")
    String kind;
    @Column(name = "TOPIC")
    String topic;
    @Column(name = "STATUS")
    String status;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "ACCOUNT_NUMBER")
    String accountNumber;
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "CONTACT_NAME")
    String contactName;
    @Column(name = "CONTACT")
    String contact;
    @Column(name = "CONTACT_KIND")
    String contactKind;
    @Column(name = "CONTACT_KEY")
    String contactKey;
    @Column(name = "SUBJECT")
    String subject;
    @Column(name = "ASSIGNEE")
    String assignee;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "UPDATED_AT")
    long updatedAt;
    @Column(name = "PUBLIC_POSTS")
    int publicPosts;
    @Column(name = "INTERNAL_POSTS")
    int internalPosts;
    @Column(name = "LAST_AUTHOR_AT")
    long lastAuthorAt;
    @Column(name = "LAST_STAFF_AT")
    long lastStaffAt;
    @Column(name = "TENANT_SEEN_AT")
    long tenantSeenAt;
    @Column(name = "STAFF_SEEN_AT")
    long staffSeenAt;
}
