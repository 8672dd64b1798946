package org.kabinet.communication.api;

/** Whom an announcement is for. */
public enum AudienceKind {
    /** Every account. */
    EVERYONE,
    /** The accounts of one city. */
    CITY,
    /** The accounts of one building: the city and the building's address («ул. Мира, д. 5»). */
    BUILDING,
    /** The accounts listed by number. */
    ACCOUNTS
}
