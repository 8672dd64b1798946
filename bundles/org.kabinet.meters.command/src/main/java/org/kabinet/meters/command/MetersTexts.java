package org.kabinet.meters.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.KabinetException;

/** Error texts for the console, in English (the console speaks English), and how values and changes are shown. */
final class MetersTexts {
    private MetersTexts() {
    }

    static String of(List<ErrorCatalog> catalogs, KabinetException e) {
        return new ErrorTexts(() -> catalogs).of(e, Locale.ENGLISH);
    }

    /** A reading's values, zone by zone: {@code 1234.5 / 567.8}. */
    static String values(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" / "));
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Who made a change from the console, for the meters audit: «console:<user>», the user Karaf signed in
     * (the JAAS subject the command runs as; over SSH also the session's USER).
     */
    @SuppressWarnings("removal")
    static String by(org.apache.karaf.shell.api.console.Session session) {
        javax.security.auth.Subject subject = javax.security.auth.Subject.getSubject(java.security.AccessController.getContext());
        if (subject != null) {
            for (java.security.Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    return "console:" + p.getName();
                }
            }
        }
        Object user = session == null ? null : session.get("USER");
        return "console:" + (user == null ? "unknown" : user);
    }
}
