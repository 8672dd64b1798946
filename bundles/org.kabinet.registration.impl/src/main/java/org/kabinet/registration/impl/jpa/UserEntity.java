package org.kabinet.registration.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "REG_USER")
public class UserEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "EMAIL")
    String email;
    @Column(name = "PASSWORD_HASH")
    String passwordHash;
    @Column(name = "CONFIRMED")
    short confirmed;
    @Column(name = "REGISTERED_AT")
    long registeredAt;
    @Column(name = "CONFIRMED_AT")
    Long confirmedAt;
    @Column(name = "CONSENT_VERSION")
    String consentVersion;
    @Column(name = "CONSENT_AT")
    long consentAt;
    @Column(name = "FAILED_SIGN_INS")
    int failedSignIns;
    @Column(name = "LAST_FAILED_SIGN_IN")
    Long lastFailedSignIn;
    @Column(name = "VERIFY_WINDOW_START")
    Long verifyWindowStart;
    @Column(name = "VERIFY_COUNT")
    int verifyCount;
    @Column(name = "MAIL_SENT_TIMES")
    String mailSentTimes;
    @Column(name = "DISPLAY_NAME")
    String displayName;
    @Column(name = "DELETED_AT")
    Long deletedAt;
}
