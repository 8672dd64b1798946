package org.kabinet.communication.impl.announcements.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ANN_ANNOUNCEMENT")
public class AnnouncementEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "TITLE")
    String title;
    @Column(name = "HTML_TEXT")
    String html;
    @Column(name = "AUDIENCE_KIND")
    String kind;
    @Column(name = "CITY_ID")
    String cityId;
    @Column(name = "BUILDING")
    String building;
    @Column(name = "IMPORTANCE")
    String importance;
    @Column(name = "EMERGENCY")
    boolean emergency;
    @Column(name = "STATE")
    String state;
    @Column(name = "PUBLISH_AT")
    long publishAt;
    @Column(name = "PUBLISHED_AT")
    Long publishedAt;
    @Column(name = "VALID_UNTIL")
    long validUntil;
    @Column(name = "ATTACHMENT_ID")
    String attachmentId;
    @Column(name = "CREATED_BY")
    String createdBy;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "CHANGED_BY")
    String changedBy;
    @Column(name = "CHANGED_AT")
    Long changedAt;
    @Column(name = "RECIPIENTS")
    int recipients;
    @Column(name = "EMAILS")
    int emails;
    @Column(name = "SMS")
    int sms;
}
