package org.kabinet.notifications.api;

/**
 * The managing company's name and contacts, shown in letters and in the portal's header and footer.
 * Configured in {@code etc/org.kabinet.company.cfg}.
 *
 * @param officeHours when the office receives tenants, as written by the company (may be empty)
 * @param colour the company's colour for the portal, {@code #rrggbb} (may be empty: the theme's own)
 */
public record CompanyProfile(String name, String phone, String email, String address, String portalUrl,
                             String officeHours, String colour) {
    /** A profile without office hours and colour. */
    public CompanyProfile(String name, String phone, String email, String address, String portalUrl) {
        this(name, phone, email, address, portalUrl, "", "");
    }
}
