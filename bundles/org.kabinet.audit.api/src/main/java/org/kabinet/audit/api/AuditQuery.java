package org.kabinet.audit.api;

import java.time.Instant;
import org.kabinet.kernel.error.ValidationException;

/**
 * What to read from the trail; every criterion is optional (null or blank: any). {@code from} inclusive,
 * {@code to} exclusive; {@code actor} and {@code clientIp} match exactly (ignoring case for the actor);
 * {@code action} is a prefix ({@code staff.} or {@code POST /admin/accounts}). {@code page} counts from 0;
 * {@code size} is 1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when 0. A bad value is a
 * {@link ValidationException}: {@code audit.page}, {@code audit.size}, {@code audit.period}.
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, Outcome outcome, String clientIp,
                         int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public AuditQuery {
        if (size == 0) {
            size = DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "audit.size", MAX_SIZE);
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new ValidationException("page", "audit.page");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ValidationException("to", "audit.period");
        }
        actor = blankAsNull(actor, AuditEvent.ACTOR_MAX);
        action = blankAsNull(action, AuditEvent.ACTION_MAX);
        clientIp = blankAsNull(clientIp, AuditEvent.IP_MAX);
    }

    /** Everything, the first page of {@value #DEFAULT_SIZE}. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** Where the page starts. */
    public int offset() {
        return page * size;
    }

    private static String blankAsNull(String text, int max) {
        String cut = AuditEvent.cut(text, max);
        return cut.isEmpty() ? null : cut;
    }
}
