package org.kabinet.communication.impl.announcements;

/** A personal account as an audience sees it: open accounts only, with the live city and address. */
public record AudienceAccount(String id, String number, String cityId, String address) {
}
