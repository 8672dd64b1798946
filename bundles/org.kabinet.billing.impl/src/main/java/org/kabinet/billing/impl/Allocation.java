package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kabinet.kernel.money.Money;

/**
 * How a payment pays an account's debts: first the period the payer named (if it still owes), then the
 * oldest unpaid periods in turn; what is left is an advance that later charges consume. Every kopeck of
 * the payment ends up in exactly one place.
 */
public final class Allocation {
    private Allocation() {
    }

    /** The payment's share per period (in payment order) and the advance left over. */
    public record Result(Map<YearMonth, BigDecimal> paid, BigDecimal advance) {
    }

    /**
     * @param owed  what each period still owes (periods owing nothing or less than nothing are skipped)
     * @param named the period the payer named, if any
     */
    public static Result allocate(Map<YearMonth, BigDecimal> owed, BigDecimal amount, Optional<YearMonth> named) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment is positive");
        }
        List<YearMonth> order = new ArrayList<>(owed.keySet().stream().sorted(Comparator.naturalOrder()).toList());
        named.filter(order::contains).ifPresent(p -> {
            order.remove(p);
            order.add(0, p);
        });
        Map<YearMonth, BigDecimal> paid = new LinkedHashMap<>();
        BigDecimal left = Money.of(amount);
        for (YearMonth period : order) {
            BigDecimal due = Money.of(owed.get(period));
            if (left.signum() == 0) {
                break;
            }
            if (due.signum() <= 0) {
                continue;
            }
            BigDecimal share = due.min(left);
            paid.put(period, share);
            left = left.subtract(share);
        }
        return new Result(java.util.Collections.unmodifiableMap(paid), left);
    }
}
