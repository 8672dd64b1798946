package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.communication.api.Importance;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.SmsPriority;
import org.kabinet.notifications.api.SmsRequest;

class DeliveriesTest {
    private static final AudienceAccount A1 = new AudienceAccount("a1", "8600001", "khm", "ул. Мира, д. 5, кв. 1");
    private static final AudienceAccount A2 = new AudienceAccount("a2", "8600002", "khm", "ул. Мира, д. 5, кв. 2");
    private static final AudienceAccount A3 = new AudienceAccount("a3", "8600003", "khm", "ул. Мира, д. 5, кв. 3");
    /** t1: a1 and a2 with a phone; t2: a3 without; t3: a3 with a phone but no confirmed e-mail. */
    private static final Reach REACH = Reach.of(AudienceTarget.everyone(), List.of(A1, A2, A3), List.of(
            new AccountHolder("a1", "t1", "9120000001"), new AccountHolder("a2", "t1", "9120000001"),
            new AccountHolder("a3", "t2", null), new AccountHolder("a3", "t3", "9120000003")));
    private static final Map<String, String> ALL = Map.of("t1", "t1@example.org", "t2", "t2@example.org", "t3", "t3@example.org");
    private static final Map<String, String> CONFIRMED = Map.of("t1", "t1@example.org", "t2", "t2@example.org");

    private static Deliveries plan(Importance importance, boolean emergency, Set<String> off) {
        return Deliveries.plan(new Deliveries.Letter("ann-1", "Нет воды", "<p>Завтра</p>", importance, emergency, null), REACH, ALL,
                CONFIRMED, off, (t, a) -> "https://k.example/u/" + t + "/" + a, "https://k.example", "УК Жилище", 2);
    }

    @Test
    void everyTenantReachedGetsARowAndConfirmedAddressesALetter() {
        Deliveries d = plan(Importance.NORMAL, false, Set.of());
        assertEquals(List.of("t1", "t2", "t3"), d.recipients().stream().map(RecipientRow::tenantId).toList());
        assertEquals(List.of("8600001", "8600002"), d.recipients().get(0).accountNumbers());
        assertEquals("t3@example.org", d.recipients().get(2).email(), "staff see the address even unconfirmed");
        assertFalse(d.recipients().get(2).emailQueued());
        assertEquals(List.of("t1@example.org", "t2@example.org"), d.emails().stream().map(EmailMessage::to).toList());
        EmailMessage letter = d.emails().get(0);
        assertEquals("announcement-email:ann-1:t1", letter.idempotencyKey());
        assertEquals("Объявление: Нет воды", letter.subject());
        assertTrue(letter.text().contains("Завтра"));
        assertTrue(letter.text().endsWith("https://k.example/#!announcements"));
        assertEquals(List.of(), letter.attachments(), "the file stays in the cabinet");
        assertEquals("https://k.example/u/t1/a1", letter.unsubscribeUrl());
        assertEquals(List.of(), d.sms(), "no SMS for a normal announcement");
    }

    @Test
    void aLetterGoesWhileOneOfTheAccountsWantsItWithThatAccountsUnsubscribeLink() {
        Deliveries d = plan(Importance.NORMAL, false, Set.of("t1:a1", "t2:a3"));
        assertEquals(List.of("t1@example.org"), d.emails().stream().map(EmailMessage::to).toList());
        assertEquals("https://k.example/u/t1/a2", d.emails().get(0).unsubscribeUrl());
        assertFalse(d.recipients().get(1).emailQueued());
        Deliveries none = plan(Importance.NORMAL, false, Set.of("t1:a1", "t1:a2", "t2:a3"));
        assertEquals(List.of(), none.emails());
        assertEquals(3, none.recipients().size(), "switched off or not, it is in their cabinet");
    }

    @Test
    void urgentGoesBySmsToConfirmedPhonesOnlyAfterTheQuietHours() {
        Deliveries d = plan(Importance.URGENT, false, Set.of("t1:a1", "t1:a2"));
        assertEquals(List.of("9120000001", "9120000003"), d.sms().stream().map(SmsRequest::phone).toList(),
                "once per tenant, whatever the number of accounts, e-mail switched off or not");
        assertEquals(List.of("announcement-sms:ann-1:t1", "announcement-sms:ann-1:t3"),
                d.sms().stream().map(SmsRequest::idempotencyKey).toList());
        assertTrue(d.sms().stream().allMatch(s -> s.priority() == SmsPriority.ROUTINE));
        assertEquals("УК Жилище: Нет воды. Подробнее в личном кабинете", d.sms().get(0).text());
        assertEquals("Срочное объявление: Нет воды", d.emails().get(0).subject());
        assertEquals(List.of(true, false, true), d.recipients().stream().map(RecipientRow::smsQueued).toList());
    }

    @Test
    void anEmergencyGoesAtAnyHour() {
        assertTrue(plan(Importance.URGENT, true, Set.of()).sms().stream().allMatch(s -> s.priority() == SmsPriority.IMMEDIATE));
    }
}
