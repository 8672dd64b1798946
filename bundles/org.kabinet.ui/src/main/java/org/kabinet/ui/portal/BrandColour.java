package org.kabinet.ui.portal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The company's colour as the portal uses it: for the header behind white text, for links and the
 * current menu item on white. A configured colour too light for that is darkened, step by step, until
 * both contrasts reach WCAG 2.1 AA for normal text (4.5:1).
 */
final class BrandColour {
    static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}");

    private BrandColour() {
    }

    /** The usable colour as {@code #rrggbb}, or empty for a blank or malformed setting. */
    static Optional<String> usable(String configured) {
        if (configured == null || !HEX.matcher(configured.strip()).matches()) {
            return Optional.empty();
        }
        String hex = configured.strip().replace("#", "");
        int r = Integer.parseInt(hex.substring(0, 2), 16);
        int g = Integer.parseInt(hex.substring(2, 4), 16);
        int b = Integer.parseInt(hex.substring(4, 6), 16);
        while (contrastWithWhite(r, g, b) < AA) {
            r = r * 9 / 10;
            g = g * 9 / 10;
            b = b * 9 / 10;
        }
        return Optional.of(String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b));
    }

    /** The contrast ratio of this colour against white, 1 to 21. */
    static double contrastWithWhite(int r, int g, int b) {
        return (1.0 + 0.05) / (luminance(r, g, b) + 0.05);
    }

    static double contrastWithWhite(String hex) {
        String h = hex.replace("#", "");
        return contrastWithWhite(Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                Integer.parseInt(h.substring(4, 6), 16));
    }

    private static double luminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
