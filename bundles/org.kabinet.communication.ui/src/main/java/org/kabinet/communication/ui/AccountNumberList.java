package org.kabinet.communication.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The accounts of an announcement as staff paste them: numbers separated by spaces, commas, semicolons or new lines. */
final class AccountNumberList {
    private AccountNumberList() {
    }

    /** The numbers in the order typed, each once; empty for blank text. */
    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String part : text.split("[\\s,;]+")) {
            String number = part.strip();
            if (!number.isEmpty()) {
                numbers.add(number);
            }
        }
        return new ArrayList<>(numbers);
    }
}
