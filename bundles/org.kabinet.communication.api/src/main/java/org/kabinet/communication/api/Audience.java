package org.kabinet.communication.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An announcement's audience.
 *
 * @param cityId         for CITY and BUILDING
 * @param building       for BUILDING: the address up to the house, «ул. Мира, д. 5»; an account belongs to it when
 *                       its address is that or goes on after a comma («ул. Мира, д. 5, кв. 12», not «д. 55»),
 *                       letter case and spaces aside
 * @param accountNumbers for ACCOUNTS: up to 10 000 numbers; a null element is kept (and refused by the service)
 */
public record Audience(AudienceKind kind, String cityId, String building, List<String> accountNumbers) {
    public Audience {
        // a copy that keeps a null element (JSON can carry one): the service refuses it with communication.announcement.accounts
        accountNumbers = accountNumbers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(accountNumbers));
    }

    public static Audience everyone() {
        return new Audience(AudienceKind.EVERYONE, null, null, List.of());
    }
}
