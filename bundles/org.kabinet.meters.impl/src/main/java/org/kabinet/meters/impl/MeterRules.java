package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.Resource;

/**
 * What a meter as staff enter it must be: a resource; a serial number of 1–40 letters, digits and
 * {@code - . /}; a place of at most 100 characters; 1–3 tariff zones (more than one for electricity only);
 * 1–9 digits before the decimal point; an installation day not in the future; a verification day after it
 * (or none); one initial value per zone, non-negative, at most 3 decimals, below 10^digits.
 */
public final class MeterRules {
    public static final int MAX_DIGITS = 9;
    private static final Pattern SERIAL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{0,39}");

    private MeterRules() {
    }

    /** A rule broken: the field, the text key for the error catalog and the same in words for an import line. */
    public record Problem(String field, String textKey, String words) {
        public InputError error() {
            return new InputError(field, textKey, textKey);
        }
    }

    /** Every rule the input breaks (empty when it is a good meter). */
    public static List<Problem> check(MeterInput in, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (in.resource() == null) {
            problems.add(new Problem("resource", "meters.resource", "не указан ресурс (холодная вода, горячая вода, электроэнергия, отопление, газ)"));
        }
        String serial = in.serialNumber() == null ? "" : in.serialNumber().strip();
        if (!SERIAL.matcher(serial).matches()) {
            problems.add(new Problem("serialNumber", "meters.serial", "серийный номер «" + serial + "» — не 1–40 букв, цифр, точек, дефисов, косых черт"));
        }
        if (in.place() != null && in.place().strip().length() > 100) {
            problems.add(new Problem("place", "meters.place", "место установки длиннее 100 знаков"));
        }
        if (in.zones() < 1 || in.zones() > 3 || in.zones() > 1 && in.resource() != null && in.resource() != Resource.ELECTRICITY) {
            problems.add(new Problem("zones", "meters.zones", "тарифных зон " + in.zones() + ": бывает 1–3, и больше одной только у электроэнергии"));
        }
        boolean digits = in.digits() >= 1 && in.digits() <= MAX_DIGITS;
        if (!digits) {
            problems.add(new Problem("digits", "meters.digits", "знаков до запятой " + in.digits() + ": бывает от 1 до " + MAX_DIGITS));
        }
        if (in.installedOn() == null || in.installedOn().isAfter(today)) {
            problems.add(new Problem("installedOn", "meters.installed", "дата установки не указана или ещё не наступила"));
        }
        if (in.verificationDue() != null && in.installedOn() != null && !in.verificationDue().isAfter(in.installedOn())) {
            problems.add(new Problem("verificationDue", "meters.verification", "дата поверки не позже даты установки"));
        }
        List<BigDecimal> initial = in.initialValues();
        boolean good = initial != null && initial.size() == in.zones();
        if (good) {
            for (BigDecimal v : initial) {
                good &= v != null && v.signum() >= 0 && v.stripTrailingZeros().scale() <= 3
                        && (!digits || v.compareTo(BigDecimal.TEN.pow(in.digits())) < 0);
            }
        }
        if (!good) {
            problems.add(new Problem("initialValues", "meters.initial", "начальные показания — по одному на тарифную зону, не меньше нуля, "
                    + "не точнее 3 знаков после запятой и не больше, чем помещается в счётчик"));
        }
        return problems;
    }

    /** The resource by its code (COLD_WATER, any case) or Russian name («Холодная вода»), or null. */
    public static Resource resource(String text) {
        String t = text == null ? "" : text.strip();
        for (Resource r : Resource.values()) {
            if (r.name().equalsIgnoreCase(t) || r.nameRu().equalsIgnoreCase(t) || r.name().replace('_', '-').equalsIgnoreCase(t)) {
                return r;
            }
        }
        return null;
    }
}
