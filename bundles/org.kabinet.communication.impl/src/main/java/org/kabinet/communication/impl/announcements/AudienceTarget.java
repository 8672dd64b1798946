package org.kabinet.communication.impl.announcements;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;

/**
 * An announcement's audience as stored: for ACCOUNTS the accounts the numbers named when staff saved it
 * (id → number). Whether an account belongs is decided on the account's data of the moment.
 */
public record AudienceTarget(AudienceKind kind, String cityId, String building, Map<String, String> accounts) {
    public AudienceTarget {
        accounts = accounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    }

    public static AudienceTarget everyone() {
        return new AudienceTarget(AudienceKind.EVERYONE, null, null, Map.of());
    }

    /** Whether the (open) account is in the audience. */
    public boolean includes(AudienceAccount account) {
        return switch (kind) {
            case EVERYONE -> true;
            case CITY -> cityId.equals(account.cityId());
            case BUILDING -> cityId.equals(account.cityId()) && inBuilding(account.address(), building);
            case ACCOUNTS -> accounts.containsKey(account.id());
        };
    }

    /** The audience as staff wrote it. */
    public Audience audience() {
        List<String> numbers = kind == AudienceKind.ACCOUNTS ? List.copyOf(accounts.values()) : List.of();
        return new Audience(kind, cityId, building, numbers);
    }

    /**
     * Whether an address is in the building: equal to it or going on after a comma, letter case and spaces
     * aside — «ул. Мира, д. 5» holds «ул. мира,  д. 5, кв. 12» but not «ул. Мира, д. 55».
     */
    public static boolean inBuilding(String address, String building) {
        String a = normalise(address);
        String b = normalise(building);
        if (b.isEmpty()) {
            return false;
        }
        if (b.endsWith(",")) {
            b = b.substring(0, b.length() - 1).strip();
        }
        return a.equals(b) || a.startsWith(b + ",");
    }

    /** Lower case, «ё» as «е», spaces collapsed and stripped, no space before a comma. */
    static String normalise(String address) {
        if (address == null) {
            return "";
        }
        return address.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").replace(" ,", ",").strip();
    }

    /** The accounts of the audience among these. */
    public List<AudienceAccount> select(Collection<AudienceAccount> open) {
        return open.stream().filter(this::includes).toList();
    }
}
