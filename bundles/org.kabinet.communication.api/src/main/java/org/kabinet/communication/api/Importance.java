package org.kabinet.communication.api;

/** How an announcement reaches people. */
public enum Importance {
    /** Обычное: in the cabinet and by e-mail. */
    NORMAL("обычное"),
    /** Срочное: besides, an SMS to each tenant's confirmed phone, once. */
    URGENT("срочное");

    private final String russian;

    Importance(String russian) {
        this.russian = russian;
    }

    public String russian() {
        return russian;
    }
}
