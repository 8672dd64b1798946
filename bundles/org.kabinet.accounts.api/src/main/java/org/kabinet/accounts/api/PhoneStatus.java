package org.kabinet.accounts.api;

/** The tenant's mobile phone (10 digits) and whether the tenant confirmed it with the SMS code. */
public record PhoneStatus(String phone, boolean verified) {
}
