package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.kernel.money.Money;

/**
 * Who gets the debt SMS: each tenant linked to an open account whose debt is above the threshold,
 * with a confirmed phone, who did not switch the debt SMS off for that account. Everyone else is
 * counted with the reason.
 */
public final class DebtSelection {
    /** One SMS to queue. */
    public record Notice(String accountId, String accountNumber, String tenantId, String phone, BigDecimal debt) {
    }

    /** The notices and the counts staff see. */
    public record Result(List<Notice> notices, int debtors, int found, int noPhone, int switchedOff) {
    }

    private DebtSelection() {
    }

    /**
     * @param debts      account id → debt (charges of billed periods minus payments so far; negative is an advance)
     * @param numbers    account id → number, for open accounts only (others get nothing)
     * @param holders    every link, with the tenant's confirmed phone or null
     * @param switchedOff {@code tenant:account} pairs that switched the debt SMS off
     * @param threshold  a debt must be above it
     */
    public static Result select(Map<String, BigDecimal> debts, Map<String, String> numbers, List<AccountHolder> holders,
                                Set<String> switchedOff, BigDecimal threshold) {
        int debtors = (int) debts.entrySet().stream()
                .filter(e -> numbers.containsKey(e.getKey()) && owes(e.getValue(), threshold)).count();
        List<Notice> notices = new ArrayList<>();
        int found = 0;
        int noPhone = 0;
        int off = 0;
        for (AccountHolder h : holders) {
            BigDecimal debt = debts.get(h.accountId());
            String number = numbers.get(h.accountId());
            if (debt == null || number == null || !owes(debt, threshold)) {
                continue;
            }
            found++;
            if (switchedOff.contains(h.tenantId() + ":" + h.accountId())) {
                off++;
            } else if (h.verifiedPhone() == null) {
                noPhone++;
            } else {
                notices.add(new Notice(h.accountId(), number, h.tenantId(), h.verifiedPhone(), Money.of(debt)));
            }
        }
        return new Result(List.copyOf(notices), debtors, found, noPhone, off);
    }

    private static boolean owes(BigDecimal debt, BigDecimal threshold) {
        return debt.compareTo(threshold) > 0 && debt.signum() > 0;
    }
}
