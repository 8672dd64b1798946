package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.BillingAudit;
import org.kabinet.billing.api.BillingListener;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.PendingNotices;
import org.kabinet.billing.impl.jpa.JpaBillingStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/**
 * The payment notice queue over the real persistence unit on in-memory Derby: a payment is noted in its
 * own transaction and told about once, after it; what a failed batch queued is rolled back with it.
 * "Telling" here writes an audit row in the queue's transaction, so only committed notices are counted.
 */
class PaymentNoticeQueueTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T05:00:00Z"));
    private final Set<String> failing = new HashSet<>();
    private LocalJpa jpa;
    private JpaBillingStore store;
    private BillingService billing;
    private PaymentNoticeQueue queue;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-billing", SchemaMigrations.of("bil", getClass().getClassLoader(), "db/billing",
                "V1__billing.sql", "V2__penalty_rules_and_audit.sql", "V3__debt_sms_runs.sql", "V4__payment_notices.sql"));
        store = new JpaBillingStore(jpa);
        queue = new PaymentNoticeQueue(store, jpa, clock,
                p -> !p.paidOn().isBefore(TODAY.minusDays(PaymentNotices.FRESH_DAYS)),
                (accountId, payment) -> {
                    if (failing.contains(payment.id())) {
                        throw new IllegalStateException("the outbox is unhappy with " + payment.id());
                    }
                    store.insertAudit(new BillingAudit(clock.instant(), "queue", BillingAudit.Action.PAYMENT_POSTED, accountId,
                            "told " + payment.id()));
                });
        BillingListener listener = new BillingListener() {
            @Override
            public void paymentPosted(String accountId, Payment payment) {
                queue.paymentPosted(accountId, payment);
            }
        };
        billing = new BillingService(store, jpa, clock, ZONE, (a, s, p) -> Optional.empty()).withListeners(() -> List.of(listener));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private static Payment payment(String id, LocalDate paidOn) {
        return new Payment(id, paidOn, new BigDecimal("100.00"), null, false);
    }

    private void post(String id) {
        billing.postPayment("acc-1", payment(id, TODAY), "STAFF", "m");
    }

    /** What was told and committed, in order. */
    private List<String> told() {
        return jpa.inTransaction(() -> store.audit(1000)).stream().filter(a -> a.by().equals("queue"))
                .map(a -> a.accountId() + ":" + a.detail().substring("told ".length())).sorted().toList();
    }

    @Test
    void aPaymentIsToldAboutOnceAfterItsTransaction() {
        post("p1");
        assertEquals(List.of(), told(), "nothing is told inside the payment's transaction");
        assertEquals(new PendingNotices(1, 0), queue.pending());

        assertEquals(1, queue.deliver(() -> false));
        assertEquals(List.of("acc-1:p1"), told());
        assertEquals(new PendingNotices(0, 0), queue.pending());

        post("p1");
        assertEquals(0, queue.deliver(() -> false), "the same payment again is no new payment");
        assertEquals(List.of("acc-1:p1"), told());
    }

    @Test
    void aRejectedRegistryLeavesNothingToTell() {
        post("p1");
        queue.deliver(() -> false);
        List<PaymentRegistry.Line> lines = List.of(
                new PaymentRegistry.Line("p2", TODAY, "1001", "Ханты-Мансийск", new BigDecimal("10.00"), null),
                new PaymentRegistry.Line("p1", TODAY, "1001", "Ханты-Мансийск", new BigDecimal("999.00"), null));
        assertThrows(BillingService.RegistryRejected.class,
                () -> billing.importPayments(lines, (number, city) -> Optional.of("acc-1"), "m", n -> { }));
        assertEquals(new PendingNotices(0, 0), queue.pending(), "p2 rolled back with the file, and its note with it");
    }

    @Test
    void aRegistryIsToldAboutInBatchesOfOneTransactionEach() {
        int n = 2 * PaymentNoticeQueue.BATCH + 7;
        List<PaymentRegistry.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new PaymentRegistry.Line("r" + i, TODAY, "1001", "Ханты-Мансийск", new BigDecimal("10.00"), null));
        }
        billing.importPayments(lines, (number, city) -> Optional.of("acc-" + number), "m", x -> { });
        assertEquals(new PendingNotices(n, 0), queue.pending());
        assertEquals(n, queue.deliver(() -> false));
        assertEquals(n, told().size());
        assertEquals(new PendingNotices(0, 0), queue.pending());
    }

    @Test
    void anOldPaymentIsNotNoted() {
        billing.postPayment("acc-1", payment("old", TODAY.minusDays(PaymentNotices.FRESH_DAYS + 1)), "STAFF", "m");
        billing.postPayment("acc-1", payment("last-fresh", TODAY.minusDays(PaymentNotices.FRESH_DAYS)), "STAFF", "m");
        assertEquals(new PendingNotices(1, 0), queue.pending());
        queue.deliver(() -> false);
        assertEquals(List.of("acc-1:last-fresh"), told());
    }

    @Test
    void aPaymentReversedBeforeItsNoticesIsNotToldAbout() {
        post("p1");
        billing.reverse("p1", "ошибка банка", "m");
        assertEquals(1, queue.deliver(() -> false));
        assertEquals(List.of(), told());
        assertEquals(new PendingNotices(0, 0), queue.pending());
    }

    @Test
    void onePaymentThatCannotBeToldAboutHoldsUpNoOtherAndIsGivenUpAfterFiveTries() {
        post("p1");
        post("p2");
        post("p3");
        failing.add("p2");

        assertEquals(2, queue.deliver(() -> false));
        assertEquals(List.of("acc-1:p1", "acc-1:p3"), told(), "the failed batch rolled back; its others were told one by one, once");
        assertEquals(new PendingNotices(1, 0), queue.pending());

        for (int attempt = 2; attempt <= PaymentNoticeQueue.MAX_ATTEMPTS; attempt++) {
            assertEquals(0, queue.deliver(() -> false));
        }
        assertEquals(new PendingNotices(0, 1), queue.pending(), "given up after " + PaymentNoticeQueue.MAX_ATTEMPTS + " tries");
        assertEquals(0, queue.deliver(() -> false), "a given-up payment is not tried again");
        assertEquals(List.of("acc-1:p1", "acc-1:p3"), told());
    }

    @Test
    void aPassStopsWhenAsked() {
        post("p1");
        assertEquals(0, queue.deliver(() -> true));
        assertEquals(new PendingNotices(1, 0), queue.pending());
    }
}
