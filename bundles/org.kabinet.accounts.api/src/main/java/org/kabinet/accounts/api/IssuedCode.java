package org.kabinet.accounts.api;

import java.time.Instant;

/**
 * A registration code just issued. {@code code} is the only time the plain code exists: it is
 * stored hashed, so print or hand it out now.
 */
public record IssuedCode(String accountId, String number, City city, String address, String code, Instant expiresAt) {
    @Override
    public String toString() {
        return "IssuedCode[" + number + ", " + city.name() + ", expires " + expiresAt + "]";
    }
}
