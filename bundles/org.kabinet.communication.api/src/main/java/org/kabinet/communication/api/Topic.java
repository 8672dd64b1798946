package org.kabinet.communication.api;

/** What a message is about; the tenant chooses one. */
public enum Topic {
    /** Начисления. */
    CHARGES("Начисления"),
    /** Показания. */
    READINGS("Показания"),
    /** Ремонт. */
    REPAIR("Ремонт"),
    /** Документы. */
    DOCUMENTS("Документы"),
    /** Другое; also every message from the feedback form. */
    OTHER("Другое");

    private final String russian;

    Topic(String russian) {
        this.russian = russian;
    }

    /** The topic as tenants and staff read it in Russian, e.g. «Начисления». */
    public String russian() {
        return russian;
    }
}
