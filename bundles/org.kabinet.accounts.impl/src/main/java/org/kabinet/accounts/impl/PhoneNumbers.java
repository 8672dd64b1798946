package org.kabinet.accounts.impl;

import org.kabinet.kernel.error.ValidationException;

/**
 * Mobile phones as the reference cabinet keeps them: 10 digits without the leading 8 or +7.
 * Accepts {@code 9123456789}, {@code +7 912 345-67-89}, {@code 8 (912) 345 67 89}.
 */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    public static String normalize(String typed) {
        String value = typed == null ? "" : typed.strip();
        String digits = value.replaceAll("[\\s()\\-\u2013.]", "");
        if (digits.startsWith("+7")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
            digits = digits.substring(1);
        }
        if (!digits.matches("9\\d{9}")) {
            throw new ValidationException("phone", "phone.invalid");
        }
        return digits;
    }
}
