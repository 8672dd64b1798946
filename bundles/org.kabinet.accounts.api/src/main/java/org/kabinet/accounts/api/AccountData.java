package org.kabinet.accounts.api;

import java.math.BigDecimal;

/**
 * The editable data of a personal account.
 *
 * @param number    the account number, unique within a city
 * @param cityId    a {@link City#id()}
 * @param areaM2    living area, m², scale 2
 */
public record AccountData(String number, String cityId, AccountKind kind, String address, BigDecimal areaM2,
                          int residents, AccountStatus status) {
}
