package org.kabinet.audit.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the trail. {@code actor} is the tenant's id or e-mail, the staff member's name, or for a
 * failed sign-in the name typed (never a password); {@code action} is a dotted name
 * ({@code tenant.signIn}, {@code staff.signIn}) or for staff requests the method and route
 * ({@code POST /admin/accounts/{id}/codes}); {@code target} what it acted on (a path, a page).
 * Texts are trimmed and cut to the stored lengths; nulls become empty.
 */
public record AuditEvent(Instant at, ActorKind actorKind, String actor, String clientIp, String action, String target,
                         Outcome outcome, String detail) {
    public static final int ACTOR_MAX = 100;
    public static final int IP_MAX = 64;
    public static final int ACTION_MAX = 200;
    public static final int TARGET_MAX = 400;
    public static final int DETAIL_MAX = 1000;

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorKind, "actorKind");
        Objects.requireNonNull(outcome, "outcome");
        actor = cut(actor, ACTOR_MAX);
        clientIp = cut(clientIp, IP_MAX);
        action = cut(action, ACTION_MAX);
        target = cut(target, TARGET_MAX);
        detail = cut(detail, DETAIL_MAX);
    }

    /** An event happening now. */
    public static AuditEvent now(ActorKind actorKind, String actor, String clientIp, String action, String target,
                                 Outcome outcome, String detail) {
        return new AuditEvent(Instant.now(), actorKind, actor, clientIp, action, target, outcome, detail);
    }

    /** The text without control characters, trimmed, at most {@code max} characters; null as empty. Cutting twice changes nothing. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        String result = clean.toString().strip();
        if (result.length() > max) {
            result = result.substring(0, max);
            if (Character.isHighSurrogate(result.charAt(result.length() - 1))) {
                result = result.substring(0, result.length() - 1);
            }
            result = result.strip();
        }
        return result;
    }
}
