package org.kabinet.meters.impl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** What meters need to know of personal accounts: where they are (for windows), who sees them and who may change things on them. */
public interface AccountPlaces {
    /** The account, if there is one. */
    Optional<Place> account(String accountId);

    /** The accounts the tenant sees (linked, or reached as a household member), each saying whether the tenant may change things on it. */
    List<Place> linked(String tenantId);

    /** Every account by id (an export names them all). */
    Map<String, Place> all();

    /** A city's id by its id or name in any case, if it is a known city. */
    Optional<String> cityId(String idOrName);

    /** Finds an account by number and city (id or name), for one import: the lookups read each city once. */
    BiFunction<String, String, Optional<Place>> finder();

    /**
     * An account: its number, city (id and name) and address («ул. Мира, д. 5, кв. 1»).
     *
     * @param writable for a place listed for a tenant ({@link #linked}), whether that tenant may submit readings and name
     *                 meters on it (a holder or a full household member; not a member who only views); a place not
     *                 listed for a tenant (staff, exports, imports) is writable
     */
    record Place(String id, String number, String cityId, String cityName, String address, boolean writable) {
        /** A place as staff see it. */
        public Place(String id, String number, String cityId, String cityName, String address) {
            this(id, number, cityId, cityName, address, true);
        }
    }
}
