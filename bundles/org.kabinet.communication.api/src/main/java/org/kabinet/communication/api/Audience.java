package org.kabinet.communication.api;

import java.util.List;

/**
 * An announcement's audience.
 *
 * @param cityId         for CITY and BUILDING
 * @param building       for BUILDING: the address up to the house, «ул. Мира, д. 5»; an account belongs to it when
 *                       its address is that or goes on after a comma («ул. Мира, д. 5, кв. 12», not «д. 55»),
 *                       letter case and spaces aside
 * @param accountNumbers for ACCOUNTS: up to 10 000 numbers
 */
public record Audience(AudienceKind kind, String cityId, String building, List<String> accountNumbers) {
    public Audience {
        accountNumbers = accountNumbers == null ? List.of() : List.copyOf(accountNumbers);
    }

    public static Audience everyone() {
        return new Audience(AudienceKind.EVERYONE, null, null, List.of());
    }
}
