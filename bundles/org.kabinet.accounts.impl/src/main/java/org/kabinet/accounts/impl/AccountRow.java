package org.kabinet.accounts.impl;

import java.math.BigDecimal;
import java.time.Instant;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;

/** A stored personal account. */
public final class AccountRow {
    public String id;
    public String number;
    public String cityId;
    public AccountKind kind;
    public String address;
    public BigDecimal areaM2;
    public int residents;
    public AccountStatus status;
    public Instant createdAt;

    AccountData data() {
        return new AccountData(number, cityId, kind, address, areaM2, residents, status);
    }

    void apply(AccountData data) {
        number = data.number();
        cityId = data.cityId();
        kind = data.kind();
        address = data.address();
        areaM2 = data.areaM2();
        residents = data.residents();
        status = data.status();
    }
}
