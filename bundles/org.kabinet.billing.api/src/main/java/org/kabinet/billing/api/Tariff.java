package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A price of a service for a scope, valid {@code from} to {@code to} inclusive ({@code to} null: until
 * replaced). The most specific scope valid on a day wins: account, then building, then city, then company.
 *
 * @param scopeValue the account id, the building's address («ул. Мира, д. 5»), the city id; empty for COMPANY
 */
public record Tariff(String serviceCode, Scope scope, String scopeValue, LocalDate from, LocalDate to, BigDecimal price) {
    /** From the widest to the narrowest. */
    public enum Scope { COMPANY, CITY, BUILDING, ACCOUNT }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
