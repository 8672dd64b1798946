package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.shared.ui.button.ButtonServerRpc;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.api.Outcome;

/** The security log page's query and paging, the staff click hook's rules and the portal's client address. */
class SecurityLogPageTest {
    private static final ZoneId EKB = ZoneId.of("Asia/Yekaterinburg");

    @Test
    void theFiltersDaysAreThePortalsAndTheLastDayCounts() {
        AuditQuery query = SecurityLogPage.query(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), " manager ", "staff.",
                Outcome.FAILURE, "", 2, EKB);
        assertEquals(Instant.parse("2026-02-28T19:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-03-01T19:00:00Z"), query.to());
        assertEquals("manager", query.actor());
        assertEquals("staff.", query.action());
        assertNull(query.clientIp());
        assertEquals(100, query.offset());
        assertEquals(50, query.size());
    }

    @Test
    void thePagingLineInBothLanguages() {
        AuditPage page = new AuditPage(List.of(), 1, 50, 120);
        assertEquals("Страница 2 из 3 · записей: 120", SecurityLogPage.pageText(new Messages(Messages.RUSSIAN), page));
        assertEquals("Page 1 of 1 · entries: 0", SecurityLogPage.pageText(new Messages(Locale.ENGLISH), new AuditPage(List.of(), 0, 50, 0)));
        assertEquals("Журнал безопасности", new SecurityLogPage(null, null).title(Messages.RUSSIAN));
        for (Outcome o : Outcome.values()) {
            assertFalse(new Messages(Locale.ENGLISH).get("audit.outcome." + o.name()).isBlank());
        }
        for (ActorKind k : ActorKind.values()) {
            assertFalse(new Messages(Messages.RUSSIAN).get("audit.kind." + k.name()).isBlank());
        }
    }

    @Test
    void onlyButtonClicksCountAndTheActionIsPageAndCaption() {
        assertTrue(StaffClickAudit.isClick(new Button("Выдать код"), ButtonServerRpc.class.getName(), "click"));
        assertFalse(StaffClickAudit.isClick(new Button("Выдать код"), ButtonServerRpc.class.getName(), "disableOnClick"));
        assertFalse(StaffClickAudit.isClick(new Label("x"), ButtonServerRpc.class.getName(), "click"));
        assertEquals("UI Лицевые счета · Выдать код", StaffClickAudit.action("Лицевые счета", "Выдать код"));
        assertEquals("UI /admin · Сохранить", StaffClickAudit.action(null, "<b>Сохранить</b>"));
    }

    @Test
    void thePortalReadsTheClientAddressByTheCoresRuleAndRecordsQuietly() {
        assertEquals("203.0.113.7", PortalAudit.clientAddress("127.0.0.1", "10.0.0.1, 203.0.113.7", "127.0.0.1"));
        assertEquals("10.1.1.1", PortalAudit.clientAddress("10.1.1.1", "203.0.113.7", "127.0.0.1"));
        assertEquals("127.0.0.1", PortalAudit.clientAddress("127.0.0.1", "203.0.113.7", ""));
        List<AuditEvent> events = new ArrayList<>();
        PortalAudit audit = new PortalAudit("", new AuditTrail() {
            @Override
            public void record(AuditEvent event) {
                events.add(event);
            }

            @Override
            public AuditPage find(AuditQuery query) {
                throw new UnsupportedOperationException();
            }
        });
        audit.record(ActorKind.ANONYMOUS, "  " + "x".repeat(120), "staff.signIn", "/admin", Outcome.FAILURE, "auth.failed");
        assertEquals(100, events.get(0).actor().length());
        assertEquals("", events.get(0).clientIp(), "no request, no address");
        new PortalAudit("", new AuditTrail() {
            @Override
            public void record(AuditEvent event) {
                throw new IllegalStateException("down");
            }

            @Override
            public AuditPage find(AuditQuery query) {
                throw new UnsupportedOperationException();
            }
        }).record(ActorKind.STAFF, "manager", "staff.signIn", "/admin", Outcome.SUCCESS, "");
    }
}
