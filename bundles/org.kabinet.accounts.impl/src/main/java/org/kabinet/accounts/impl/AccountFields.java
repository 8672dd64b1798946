package org.kabinet.accounts.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;

/** Parsing and checking the fields of an account, shared by the forms, the REST API and the CSV import. */
public final class AccountFields {
    static final int MAX_NUMBER = 20;
    static final int MAX_ADDRESS = 300;

    private AccountFields() {
    }

    /** Account numbers are kept without spaces, in upper case. */
    public static String number(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<String> numberProblem(String number) {
        if (number.isEmpty()) {
            return Optional.of("не указан номер лицевого счёта");
        }
        if (number.length() > MAX_NUMBER || !number.matches("[0-9A-ZА-ЯЁ/-]+")) {
            return Optional.of("номер лицевого счёта — до " + MAX_NUMBER + " цифр и букв: «" + number + "»");
        }
        return Optional.empty();
    }

    public static Optional<AccountKind> kind(String typed) {
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "rent", "наём", "наем", "найм" -> Optional.of(AccountKind.RENT);
            case "utilities", "жку" -> Optional.of(AccountKind.UTILITIES);
            default -> Optional.empty();
        };
    }

    public static Optional<AccountStatus> status(String typed) {
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "open", "открыт" -> Optional.of(AccountStatus.OPEN);
            case "closed", "закрыт" -> Optional.of(AccountStatus.CLOSED);
            default -> Optional.empty();
        };
    }

    /** Area in m² with a comma or a dot; positive, at most 2 decimals. */
    public static Optional<BigDecimal> area(String typed) {
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace(',', '.'));
            if (value.signum() <= 0 || value.scale() > 2 || value.compareTo(new BigDecimal("100000")) >= 0) {
                return Optional.empty();
            }
            return Optional.of(value.setScale(2, RoundingMode.UNNECESSARY));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static Optional<Integer> residents(String typed) {
        try {
            int value = Integer.parseInt(typed.strip());
            return value >= 0 && value <= 100 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
