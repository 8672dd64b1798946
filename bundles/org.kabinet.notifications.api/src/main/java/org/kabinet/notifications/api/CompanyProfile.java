package org.kabinet.notifications.api;

/**
 * The managing company's name and contacts, shown in letters and in the portal's header and footer.
 * Configured in {@code etc/org.kabinet.company.cfg}.
 */
public record CompanyProfile(String name, String phone, String email, String address, String portalUrl) {
}
