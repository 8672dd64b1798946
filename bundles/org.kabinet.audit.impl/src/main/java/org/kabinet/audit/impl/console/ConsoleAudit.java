package org.kabinet.audit.impl.console;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.api.Outcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portal's console commands ({@code kabinet:*}) in the security audit trail: who ran which command (the
 * shell session's user) and whether it failed. Only the commands' names are kept, never their arguments
 * (they may carry a phone number or a password).
 */
@Component(service = CommandSessionListener.class)
public class ConsoleAudit implements CommandSessionListener {
    private static final Pattern KABINET_COMMAND = Pattern.compile("(?<![\\w:-])kabinet:[A-Za-z0-9-]+");
    private final AuditTrail trail;

    @Activate
    public ConsoleAudit(@Reference AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        // recorded once it has run
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
        record(session, command, Outcome.FAILURE, exception == null ? "" : exception.getClass().getSimpleName());
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
        record(session, command, Outcome.SUCCESS, "");
    }

    private void record(CommandSession session, CharSequence command, Outcome outcome, String detail) {
        Set<String> names = commands(command);
        if (names.isEmpty()) {
            return;
        }
        Object user = session == null ? null : session.get("USER");
        trail.record(AuditEvent.now(ActorKind.STAFF, user == null ? "" : user.toString(), "", "console " + String.join(" | ", names),
                "console", outcome, detail));
    }

    /** The {@code kabinet:*} command names of a command line, in order, without their arguments. */
    public static Set<String> commands(CharSequence line) {
        Set<String> names = new LinkedHashSet<>();
        if (line != null) {
            Matcher m = KABINET_COMMAND.matcher(line);
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }
}
