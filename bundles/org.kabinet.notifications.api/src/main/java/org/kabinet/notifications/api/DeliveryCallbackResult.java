package org.kabinet.notifications.api;

import java.util.Objects;

/**
 * How the outbox took an SMS provider's delivery callback.
 *
 * @param outcome {@link Outcome#TAKEN}, {@link Outcome#NOT_GENUINE} or {@link Outcome#NO_SUCH_GATEWAY}
 * @param applied how many SMS the callback's reports changed (0 unless taken; also 0 for a repeated report)
 * @since 1.3
 */
public record DeliveryCallbackResult(Outcome outcome, int applied) {

    public enum Outcome {
        /** A genuine callback: its reports about known SMS were applied, the others ignored. */
        TAKEN,
        /** The gateway says the request is not from its provider (e.g. a wrong secret): nothing applied. */
        NOT_GENUINE,
        /** No SMS gateway of that name, or one that takes no delivery callbacks. */
        NO_SUCH_GATEWAY
    }

    public DeliveryCallbackResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static DeliveryCallbackResult taken(int applied) {
        return new DeliveryCallbackResult(Outcome.TAKEN, applied);
    }

    public static DeliveryCallbackResult notGenuine() {
        return new DeliveryCallbackResult(Outcome.NOT_GENUINE, 0);
    }

    public static DeliveryCallbackResult noSuchGateway() {
        return new DeliveryCallbackResult(Outcome.NO_SUCH_GATEWAY, 0);
    }
}
