package org.kabinet.accounts.impl;

import java.util.Locale;
import java.util.function.Predicate;

/** Latin ids for city names: «Ханты-Мансийск» → {@code khanty-mansiysk}. */
final class Slugs {
    private static final String[] RU = {"а", "б", "в", "г", "д", "е", "ё", "ж", "з", "и", "й", "к", "л", "м", "н", "о",
        "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "ъ", "ы", "ь", "э", "ю", "я"};
    private static final String[] LAT = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private Slugs() {
    }

    static String of(String name, Predicate<String> taken) {
        StringBuilder slug = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = indexOf(String.valueOf(c));
            if (i >= 0) {
                slug.append(LAT[i]);
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        // the id column holds 60 characters: room for a "-99" suffix (a name of 100 Cyrillic letters is 400 Latin ones)
        String base = slug.substring(0, Math.min(slug.length(), 50)).replaceAll("-+$", "");
        if (base.isEmpty()) {
            base = "city";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static int indexOf(String letter) {
        for (int i = 0; i < RU.length; i++) {
            if (RU[i].equals(letter)) {
                return i;
            }
        }
        return -1;
    }
}
