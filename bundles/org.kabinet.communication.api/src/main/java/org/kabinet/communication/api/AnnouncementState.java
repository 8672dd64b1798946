package org.kabinet.communication.api;

/** Where an announcement stands. */
public enum AnnouncementState {
    /** Waiting for its publication time; staff may still change it. */
    SCHEDULED,
    /** Shown to its audience; its e-mails and SMS were queued. */
    PUBLISHED,
    /** Past its validity: no longer shown. */
    EXPIRED,
    /** Withdrawn by staff: no longer shown; what was sent stays sent. */
    WITHDRAWN
}
