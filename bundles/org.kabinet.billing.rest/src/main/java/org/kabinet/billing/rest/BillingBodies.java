package org.kabinet.billing.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.kabinet.billing.api.BillingAudit;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.Penalty;
import org.kabinet.billing.api.PenaltyPiece;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.billing.api.PostedPayment;
import org.kabinet.billing.api.RegistryImport;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.ServiceSetup;
import org.kabinet.billing.api.StoredCharge;
import org.kabinet.billing.api.Tariff;
import org.kabinet.kernel.error.ValidationException;

/** The JSON shapes of billing's REST resources: amounts in roubles with kopecks, dates ISO, periods yyyy-MM. */
final class BillingBodies {
    private BillingBodies() {
    }

    static YearMonth period(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "billing.period.invalid");
        }
    }

    static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "billing.date.invalid");
        }
    }

    static <E extends Enum<E>> E named(Class<E> type, String text, String field) {
        try {
            return text == null ? null : Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "billing.value.invalid", text);
        }
    }

    record ServiceBody(String code, String nameRu, String nameEn, String group, String unit, String base, BigDecimal normPerPerson,
                       Set<String> accountKinds) {
        static ServiceBody of(ServiceSetup s) {
            Service v = s.service();
            return new ServiceBody(v.code(), v.nameRu(), v.nameEn(), v.group().name(), v.unit().name(), v.base().name(), v.normPerPerson(),
                    s.accountKinds());
        }

        Service toService() {
            return new Service(code, nameRu, nameEn, named(Service.Group.class, group, "group"), named(Service.Unit.class, unit, "unit"),
                    named(Service.Base.class, base, "base"), normPerPerson);
        }
    }

    record TariffBody(String service, String scope, String scopeValue, String from, String to, BigDecimal price) {
        static TariffBody of(Tariff t) {
            return new TariffBody(t.serviceCode(), t.scope().name(), t.scopeValue(), t.from().toString(),
                    t.to() == null ? null : t.to().toString(), t.price());
        }

        Tariff toTariff() {
            return new Tariff(service, named(Tariff.Scope.class, scope == null ? "COMPANY" : scope, "scope"), scopeValue,
                    date(from, "from"), date(to, "to"), price);
        }
    }

    record KeyRateBody(String from, BigDecimal percent, String source) {
        static KeyRateBody of(KeyRate k) {
            return new KeyRateBody(k.from().toString(), k.percent(), null);
        }
    }

    record PenaltyRuleBody(String kind, String from, String to, BigDecimal capPercent, String source) {
        static PenaltyRuleBody of(PenaltyRule r) {
            return new PenaltyRuleBody(r.kind().name(), r.from().toString(), r.to() == null ? null : r.to().toString(), r.capPercent(),
                    r.source());
        }

        PenaltyRule toRule() {
            return new PenaltyRule(named(PenaltyRule.Kind.class, kind, "kind"), date(from, "from"), date(to, "to"), capPercent, source);
        }
    }

    record AuditBody(String at, String by, String action, String accountId, String detail) {
        static AuditBody of(BillingAudit a) {
            return new AuditBody(a.at().toString(), a.by(), a.action().name(), a.accountId(), a.detail());
        }
    }

    /** A run as it goes: {@code percent} done (computing, then storing), the summary once DONE, the error once FAILED. */
    record RunBody(String id, String period, boolean dryRun, String state, int percent, Summary summary, String error) {
    }

    record Summary(int accounts, int lines, BigDecimal total, List<RunSummary.Skipped> skipped) {
        static Summary of(RunSummary s) {
            return s == null ? null : new Summary(s.accounts(), s.lines(), s.total(), s.skipped());
        }
    }

    record PaymentInput(String id, String account, String paidOn, BigDecimal amount, String period) {
        Payment toPayment() {
            return new Payment(id, date(paidOn, "paidOn"), amount, BillingBodies.period(period, "period"), false);
        }
    }

    record PaymentBody(String id, String account, String paidOn, BigDecimal amount, String period, boolean reversed, String origin,
                       String reversalReason) {
        static PaymentBody of(String account, Payment p, String origin, String reason) {
            return new PaymentBody(p.id(), account, p.paidOn().toString(), p.amount(), p.period() == null ? null : p.period().toString(),
                    p.reversed(), origin, reason);
        }

        static PaymentBody of(PostedPayment p) {
            return of(p.accountId(), p.payment(), p.origin(), p.reversalReason());
        }
    }

    /** @param notifyTenants text the linked tenants that the payment was cancelled (null: no) */
    record ReversalInput(String reason, Boolean notifyTenants) {
    }

    record NoticeQueueBody(long pending, long failed) {
    }

    record RegistryBody(int posted, int alreadyPosted, BigDecimal total) {
        static RegistryBody of(RegistryImport r) {
            return new RegistryBody(r.posted(), r.alreadyPosted(), r.total());
        }
    }

    record RegistryRejected(String code, String message, String field, List<RegistryImport.LineProblem> problems) {
    }

    record ChargeBody(String period, String service, String kind, BigDecimal volume, String unit, BigDecimal tariff, BigDecimal amount,
                      String volumeSource, String origin, String reason) {
        static ChargeBody of(StoredCharge c) {
            return new ChargeBody(c.line().period().toString(), c.line().serviceCode(), c.kind().name(), c.line().volume(),
                    c.line().unit() == null ? null : c.line().unit().name(), c.line().tariff(), c.line().amount(), c.line().volumeSource(),
                    c.origin(), c.reason());
        }
    }

    record PeriodBody(String period, BigDecimal charged, BigDecimal penaltiesCharged, BigDecimal paid, BigDecimal owed, String dueDate) {
        static PeriodBody of(LedgerView.PeriodRow r) {
            return new PeriodBody(r.period().toString(), r.charged(), r.penaltiesCharged(), r.paid(), r.owed(), r.dueDate().toString());
        }
    }

    record MonthBody(String month, BigDecimal opening, BigDecimal charged, BigDecimal paid, BigDecimal closing) {
        static MonthBody of(LedgerView.MonthRow m) {
            return new MonthBody(m.month().toString(), m.opening(), m.charged(), m.paid(), m.closing());
        }
    }

    /** What the tenant owes: the balance (negative: an advance), the earliest unpaid due date, пени so far. */
    record BalanceBody(String asOf, BigDecimal balance, BigDecimal advance, BigDecimal penalties, BigDecimal toPay, String dueDate,
                       List<PeriodBody> periods, List<MonthBody> months) {
        static BalanceBody of(LedgerView v) {
            String due = v.firstOwed().map(p -> p.dueDate().toString()).orElse(null);
            return new BalanceBody(v.asOf().toString(), v.balance(), v.advance(), v.penaltyTotal(), v.toPay(), due,
                    v.periods().stream().map(PeriodBody::of).toList(), v.months().stream().map(MonthBody::of).toList());
        }
    }

    record PieceBody(String from, String to, int fromDay, int days, int share, BigDecimal ratePercent, String rateReason, BigDecimal debt,
                     BigDecimal amount) {
        static PieceBody of(PenaltyPiece p) {
            return new PieceBody(p.from().toString(), p.to().toString(), p.fromDay(), p.days(), p.share(), p.ratePercent(), p.rateReason(),
                    p.debt(), p.amount());
        }
    }

    record PenaltyBody(String period, BigDecimal debt, String dueDate, String until, BigDecimal amount, List<PieceBody> pieces,
                       List<String> explanation) {
    }

    static PenaltyBody penalty(Penalty p, List<String> explanation) {
        return new PenaltyBody(p.period().toString(), p.debt(), p.dueDate().toString(), p.until().toString(), p.amount(),
                p.pieces().stream().map(PieceBody::of).toList(), explanation);
    }
}
