package org.kabinet.registration.impl;

import java.time.Instant;

/** One consent to processing personal data: the version of the text, when given and when withdrawn (null while in force). */
public record ConsentRecord(String version, Instant givenAt, Instant withdrawnAt) {
}
