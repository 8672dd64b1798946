package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a billing run computed (or, as a preview, would compute) for a period: how many accounts and
 * lines, the total, and each account left out with the reason.
 */
public record RunSummary(YearMonth period, int accounts, int lines, BigDecimal total, List<Skipped> skipped) {
    /** An account (id and number) without lines, or a service not charged on it, and why («нет тарифа на «Домофон»»). */
    public record Skipped(String accountId, String number, String reason) {
    }
}
