package org.kabinet.registration.api;

import java.util.Set;

/** A member of the managing company's staff, as the JAAS realm knows them. */
public record StaffMember(String name, Set<String> roles) {
    /** The role that may manage accounts, codes and the admin area. */
    public static final String MANAGER = "manager";

    public boolean isManager() {
        return hasRole(MANAGER);
    }

    /** Whether the member has {@code role}; an {@code admin} has every role. */
    public boolean hasRole(String role) {
        return roles.contains(role) || roles.contains("admin");
    }
}
