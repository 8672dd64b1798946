package org.kabinet.accounts.api;

import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.osgi.annotation.versioning.ProviderType;

/** What staff of the managing company do with cities, accounts and registration codes. */
@ProviderType
public interface AccountAdministration {

    List<City> cities();

    /** Adds a city to the reference list. @throws org.kabinet.kernel.error.ValidationException for a duplicate */
    City addCity(String name);

    /** Every account the filter lists, by city and number. For staff screens prefer the paged {@link #accounts(AccountFilter, int, int)}. */
    List<Account> accounts(AccountFilter filter);

    /**
     * At most {@code limit} accounts of the filter's list from {@code offset} (in the order of
     * {@link #accounts(AccountFilter)}), read from the database page by page with a few queries whatever the size.
     *
     * @since 2.2
     */
    default List<Account> accounts(AccountFilter filter, int offset, int limit) {
        return accounts(filter).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    /** How many accounts the filter lists. @since 2.2 */
    default int countAccounts(AccountFilter filter) {
        return accounts(filter).size();
    }

    /**
     * The accounts with these ids that exist, by id, read together (one query per kind of data, not one per
     * account): for lists that name accounts, such as the audit. @since 2.2
     */
    default Map<String, Account> accountsById(Collection<String> ids) {
        Map<String, Account> found = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            try {
                found.put(id, account(id));
            } catch (NotFoundException e) {
                // left out
            }
        }
        return found;
    }

    /** @throws NotFoundException */
    Account account(String id);

    /** @throws org.kabinet.kernel.error.ValidationException naming the bad field, or a duplicate number in the city */
    Account create(AccountData data);

    /** @throws NotFoundException, org.kabinet.kernel.error.ValidationException */
    Account update(String id, AccountData data);

    /**
     * Imports accounts from CSV (see the README for the format). All or nothing: with any bad line
     * nothing changes and every bad line is reported. Re-importing the same file changes nothing.
     *
     * @param progress told the number of lines read so far, for large files
     */
    ImportResult importCsv(Reader csv, IntConsumer progress);

    /** Issues a new code for one account; the previous code stops working. @throws NotFoundException */
    IssuedCode issueCode(String accountId);

    /**
     * Issues codes for every open account of a city that no tenant has linked yet, optionally only
     * those whose address starts with {@code addressPrefix} (a building).
     */
    List<IssuedCode> issueCodes(String cityId, String addressPrefix);

    /** The newest audit events, newest first. */
    List<AuditEvent> audit(int limit);

    /** At most {@code limit} audit events from {@code offset}, newest first, paged in the database. @since 2.2 */
    default List<AuditEvent> audit(int offset, int limit) {
        return audit(offset + limit).stream().skip(Math.max(0, offset)).toList();
    }

    /** How many audit events there are. @since 2.2 */
    default int countAudit() {
        return audit(Integer.MAX_VALUE).size();
    }
}
