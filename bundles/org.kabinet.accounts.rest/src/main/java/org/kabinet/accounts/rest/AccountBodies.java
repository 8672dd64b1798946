package org.kabinet.accounts.rest;

import java.math.BigDecimal;
import java.util.List;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.ImportProblem;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.kernel.error.ValidationException;

/** JSON bodies of the accounts part of the API. */
final class AccountBodies {
    private AccountBodies() {
    }

    record CityBody(String id, String name) {
        static CityBody of(City c) {
            return c == null ? null : new CityBody(c.id(), c.name());
        }
    }

    record NameBody(String name) {
    }

    record LinkBody(String number, String city, String code, String phone) {
    }

    /**
     * @param access    {@code HOLDER} (linked with the code), {@code FULL} or {@code VIEW} (a household member)
     * @param grantedBy for a member, how the holder who invited them is called; null for a holder
     */
    record LinkedBody(String id, String number, CityBody city, String kind, String address, BigDecimal areaM2,
                      int residents, String status, String linkedAt, String access, String grantedBy) {
        static LinkedBody of(LinkedAccount a) {
            return new LinkedBody(a.id(), a.number(), CityBody.of(a.city()), a.kind().name(), a.address(), a.areaM2(),
                    a.residents(), a.status().name(), a.linkedAt().toString(), a.access().name(), a.grantedBy());
        }
    }

    record AccountBody(String id, String number, CityBody city, String kind, String address, BigDecimal areaM2,
                       int residents, String status, int linkedTenants, String codeExpiresAt) {
        static AccountBody of(Account a) {
            return new AccountBody(a.id(), a.number(), CityBody.of(a.city()), a.kind().name(), a.address(), a.areaM2(),
                    a.residents(), a.status().name(), a.linkedTenants(),
                    a.codeExpiresAt() == null ? null : a.codeExpiresAt().toString());
        }
    }

    /** An account as staff send it; {@code city} is an id or a name, {@code kind} RENT or UTILITIES. */
    record AccountInput(String number, String city, String kind, String address, BigDecimal areaM2, Integer residents,
                        String status) {
        AccountData toData() {
            return new AccountData(number, city, kind == null ? null : parse(AccountKind.class, kind, "kind"),
                    address, areaM2, residents == null ? -1 : residents,
                    status == null || status.isBlank() ? AccountStatus.OPEN : parse(AccountStatus.class, status, "status"));
        }

        static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase());
            } catch (RuntimeException e) {
                throw new ValidationException(field, "account." + field);
            }
        }
    }

    record CodeBody(String accountId, String number, CityBody city, String address, String code, String expiresAt) {
        static CodeBody of(IssuedCode c) {
            return new CodeBody(c.accountId(), c.number(), CityBody.of(c.city()), c.address(), c.code(), c.expiresAt().toString());
        }
    }

    record CodesRequest(String city, String addressPrefix) {
    }

    record ImportBody(boolean applied, int created, int updated, int unchanged, List<ImportProblem> problems) {
        static ImportBody of(ImportResult r) {
            return new ImportBody(r.applied(), r.created(), r.updated(), r.unchanged(), r.problems());
        }
    }

    /** The API error body plus the bad lines of a rejected import. */
    record ImportRejected(String code, String message, String field, List<ImportProblem> problems) {
    }

    record AuditBody(String at, String type, String tenantId, String accountId, String detail) {
        static AuditBody of(AuditEvent e) {
            return new AuditBody(e.at().toString(), e.type(), e.tenantId(), e.accountId(), e.detail());
        }
    }
}
