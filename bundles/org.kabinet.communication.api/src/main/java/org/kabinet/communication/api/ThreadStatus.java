package org.kabinet.communication.api;

/** Where a thread stands. A tenant's reply to an ANSWERED or CLOSED thread makes it IN_PROGRESS again. */
public enum ThreadStatus {
    /** Новое: nobody of staff has answered or taken it yet. */
    NEW("новое"),
    /** В работе: taken by staff, or the tenant replied after an answer. */
    IN_PROGRESS("в работе"),
    /** Ответ дан: staff answered last. */
    ANSWERED("ответ дан"),
    /** Закрыто. */
    CLOSED("закрыто");

    private final String russian;

    ThreadStatus(String russian) {
        this.russian = russian;
    }

    public String russian() {
        return russian;
    }
}
