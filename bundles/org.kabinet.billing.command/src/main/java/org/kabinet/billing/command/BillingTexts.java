package org.kabinet.billing.command;

import java.util.List;
import java.util.Locale;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.KabinetException;

/** Error texts for the console, in English (the console speaks English), from the installed error catalogs. */
final class BillingTexts {
    private BillingTexts() {
    }

    static String of(List<ErrorCatalog> catalogs, KabinetException e) {
        return new ErrorTexts(() -> catalogs).of(e, Locale.ENGLISH);
    }

    /**
     * Who made a change from the console, for billing's audit: «console:<user>», the user Karaf signed in
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
