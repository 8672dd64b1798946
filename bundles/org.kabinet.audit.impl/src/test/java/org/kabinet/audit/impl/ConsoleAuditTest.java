package org.kabinet.audit.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.audit.impl.console.ConsoleAudit;

/** Console commands are recorded by name only, never with their arguments. */
class ConsoleAuditTest {
    @Test
    void onlyTheKabinetCommandsNamesAreKept() {
        assertEquals(Set.of("kabinet:sms-send"), ConsoleAudit.commands("kabinet:sms-send 9123456789 \"код 1234\""));
        assertEquals(List.of("kabinet:outbox", "kabinet:users"),
                List.copyOf(ConsoleAudit.commands("kabinet:outbox --state FAILED | grep x ; kabinet:users")));
        assertEquals(Set.of(), ConsoleAudit.commands("jaas:useradd bob secret"));
        assertEquals(Set.of(), ConsoleAudit.commands("echo xkabinet:users"));
        assertEquals(Set.of(), ConsoleAudit.commands(null));
    }
}
