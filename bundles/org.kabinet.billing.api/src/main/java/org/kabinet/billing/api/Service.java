package org.kabinet.billing.api;

import java.math.BigDecimal;

/**
 * A billed service: наём, содержание и ремонт, a utility. {@code base} says how its volume is found;
 * {@code normPerPerson} is the monthly norm for a metered service while no meter reading is known.
 */
public record Service(String code, String nameRu, String nameEn, Group group, Unit unit, Base base, BigDecimal normPerPerson) {
    public enum Group { RENT, MAINTENANCE, UTILITIES, OTHER }

    public enum Unit { M2, PERSON, M3, KWH, GCAL, FIXED }

    /** Per m² of the account's area, per resident, a fixed amount, or a metered volume × tariff. */
    public enum Base { AREA, RESIDENTS, FIXED, METERED }
}
