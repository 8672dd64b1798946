package org.kabinet.accounts.api;

import java.io.Reader;
import java.util.List;
import java.util.function.IntConsumer;
import org.osgi.annotation.versioning.ProviderType;

/** What staff of the managing company do with cities, accounts and registration codes. */
@ProviderType
public interface AccountAdministration {

    List<City> cities();

    /** Adds a city to the reference list. @throws org.kabinet.kernel.error.ValidationException for a duplicate */
    City addCity(String name);

    List<Account> accounts(AccountFilter filter);

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
}
