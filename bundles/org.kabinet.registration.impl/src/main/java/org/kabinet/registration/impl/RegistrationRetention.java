package org.kabinet.registration.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.kabinet.persistence.Transactions;

/**
 * What registration stops keeping: sign-ups never confirmed (with their links and consents) once
 * {@code unconfirmedAfter} passed since the last sign-up or link, one-time links expired or used
 * longer than {@code tokensAfter} ago, and sessions ended (or past their lifetime, or idle past the
 * timeout) longer than {@code sessionsAfter} ago — until then they make the tenant's sign-in history.
 * <p>
 * One rule for every period: zero keeps that kind forever (its rule is skipped); a negative setting
 * is a mistake, logged, and the default applies ({@link #period}). A session still open is never
 * deleted.
 */
public final class RegistrationRetention {
    private static final Logger LOG = Logger.getLogger(RegistrationRetention.class.getName());
    private final IdentityStore store;
    private final Transactions tx;
    private final Clock clock;
    private final Duration unconfirmedAfter;
    private final Duration tokensAfter;
    private final Duration sessionsAfter;
    private final Duration sessionIdle;

    /** Periods that are zero (or negative) keep that kind forever. */
    public RegistrationRetention(IdentityStore store, Transactions tx, Clock clock,
                                 Duration unconfirmedAfter, Duration tokensAfter, Duration sessionsAfter, Duration sessionIdle) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.unconfirmedAfter = unconfirmedAfter;
        this.tokensAfter = tokensAfter;
        this.sessionsAfter = sessionsAfter;
        this.sessionIdle = sessionIdle;
    }

    /**
     * A period from its setting in days: {@code 0} keeps that kind forever ({@link Duration#ZERO}),
     * a negative value logs a warning and gives the default.
     */
    public static Duration period(String setting, int days, int defaultDays) {
        if (days < 0) {
            LOG.warning(() -> "org.kabinet.registration: " + setting + " = " + days + " is negative; using the default "
                    + defaultDays + " (0 keeps that kind forever)");
            return Duration.ofDays(defaultDays);
        }
        return Duration.ofDays(days);
    }

    /** How many rows of each kind one run deleted. */
    public record Result(int unconfirmed, int tokens, int sessions) {
        public boolean any() {
            return unconfirmed + tokens + sessions > 0;
        }
    }

    public Result run() {
        Instant now = clock.instant();
        int tokens = kept(tokensAfter) ? 0 : tx.inTransaction(() -> store.deleteTokensDoneBefore(now.minus(tokensAfter)));
        int sessions = kept(sessionsAfter) ? 0
                : tx.inTransaction(() -> store.deleteSessionsOverBefore(now.minus(sessionsAfter), now, sessionIdle));
        int unconfirmed = kept(unconfirmedAfter) ? 0
                : tx.inTransaction(() -> store.deleteUnconfirmedBefore(now.minus(unconfirmedAfter)));
        return new Result(unconfirmed, tokens, sessions);
    }

    private static boolean kept(Duration after) {
        return after == null || after.isZero() || after.isNegative();
    }
}
