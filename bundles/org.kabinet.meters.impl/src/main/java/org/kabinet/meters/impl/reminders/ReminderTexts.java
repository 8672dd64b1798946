package org.kabinet.meters.impl.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.notifications.api.SmsRequest;

/**
 * The words of the reminders, in plain Russian. An SMS stays within two segments (134 Cyrillic
 * characters): when a text would be longer, the company's name goes first, then the meters' numbers,
 * then the list of meters, then the closing sentence. A letter lists every meter with its number and
 * place and says what happens without a reading.
 */
public final class ReminderTexts {
    public static final int MAX_SEGMENTS = 2;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};

    private ReminderTexts() {
    }

    // ---- SMS ----------------------------------------------------------------------------------------

    /**
     * «Открыт приём показаний по л/с 1001 до 25 ноября: холодная вода, горячая вода. Передайте их в личном
     * кабинете. УК «Дом»», «Завтра, 25 ноября, — последний день приёма показаний по л/с 1001: …», «Срок поверки
     * счётчика по л/с 1001 — до 15.12.2026: горячая вода № 123456. Закажите поверку, иначе показания не примут.
     * УК «Дом»».
     */
    public static String sms(Reminder r, String company) {
        String head;
        String list;
        String shortList;
        String tail;
        String number = r.account().number();
        switch (r.kind()) {
            case WINDOW_OPENS -> {
                head = "Открыт приём показаний по л/с " + number + " до " + dayMonth(r.window().closes());
                list = resources(r.meters());
                shortList = list;
                tail = "Передайте их в личном кабинете.";
            }
            case LAST_DAY -> {
                head = lastDay(r) + ", " + dayMonth(r.window().closes()) + ", — последний день приёма показаний по л/с " + number;
                list = resources(r.meters());
                shortList = list;
                tail = "Передайте их в личном кабинете.";
            }
            default -> {
                head = "Срок поверки " + (r.meters().size() == 1 ? "счётчика" : "счётчиков") + " по л/с " + number + " — до "
                        + DAY.format(r.verificationDue());
                list = r.meters().stream().map(m -> lower(m.resource()) + " № " + m.serialNumber()).collect(Collectors.joining(", "));
                shortList = resources(r.meters());
                tail = "Закажите поверку, иначе показания не примут.";
            }
        }
        String signature = company == null || company.isBlank() ? null : company.strip();
        List<String> variants = new ArrayList<>();
        variants.add(join(head + ": " + list + ".", tail, signature));
        variants.add(join(head + ": " + list + ".", tail, null));
        variants.add(join(head + ": " + shortList + ".", tail, signature));
        variants.add(join(head + ": " + shortList + ".", tail, null));
        variants.add(join(head + ".", tail, signature));
        variants.add(join(head + ".", tail, null));
        variants.add(head + ".");
        return variants.stream().filter(text -> SmsRequest.segments(text) <= MAX_SEGMENTS).findFirst().orElse(head + ".");
    }

    private static String join(String text, String tail, String signature) {
        return text + " " + tail + (signature == null ? "" : " " + signature);
    }

    /** «холодная вода (2), горячая вода, электроэнергия»: each resource once, in the order of the meters. */
    static String resources(List<Meter> meters) {
        Map<Resource, Integer> count = new LinkedHashMap<>();
        meters.forEach(m -> count.merge(m.resource(), 1, Integer::sum));
        return count.entrySet().stream().map(e -> lower(e.getKey()) + (e.getValue() > 1 ? " (" + e.getValue() + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String lower(Resource resource) {
        return resource.nameRu().toLowerCase(RUSSIAN);
    }

    /** «Завтра» on the day before the last day, «Сегодня» on the last day itself (a reminder caught up a day late). */
    private static String lastDay(Reminder r) {
        return r.today().isBefore(r.window().closes()) ? "Завтра" : "Сегодня";
    }

    // ---- e-mail -------------------------------------------------------------------------------------

    public static String subject(Reminder r) {
        String account = " — л/с " + r.account().number();
        return switch (r.kind()) {
            case WINDOW_OPENS -> "Передайте показания счётчиков до " + dayMonth(r.window().closes()) + account;
            case LAST_DAY -> lastDay(r) + " последний день приёма показаний" + account;
            case VERIFICATION -> "Поверка " + (r.meters().size() == 1 ? "счётчика" : "счётчиков") + " до "
                    + dayMonthYear(r.verificationDue()) + account;
        };
    }

    /** The button under the letter, which opens the cabinet's meters page. */
    public static String actionLabel(Reminder r) {
        return r.kind() == ReminderKind.VERIFICATION ? "Открыть личный кабинет" : "Передать показания";
    }

    public static String letter(Reminder r) {
        String place = r.account().place();
        String account = "лицевому счёту № " + r.account().number() + (place.isBlank() ? "" : " (" + place + ")");
        if (r.kind() == ReminderKind.VERIFICATION) {
            boolean one = r.meters().size() == 1;
            return "Срок поверки " + (one ? "счётчика" : "счётчиков") + " по " + account + " истекает "
                    + dayMonthYear(r.verificationDue()) + " года:\n" + meterLines(r.meters(), false)
                    + "\n\nПосле этой даты показания " + (one ? "счётчика" : "этих счётчиков") + " не принимаются, и начисление"
                    + " будет по среднему потреблению, а затем по нормативу. Закажите поверку заранее, а после неё сообщите в"
                    + " управляющую компанию дату следующей поверки.";
        }
        SubmissionWindow w = r.window();
        String first = r.kind() == ReminderKind.WINDOW_OPENS
                ? "Открыт приём показаний счётчиков по " + account + ": " + range(w.opens(), w.closes()) + "."
                : lastDay(r) + ", " + dayMonth(w.closes()) + ", — последний день приёма показаний счётчиков по " + account + ".";
        return first + "\n\nЕщё нет показаний за " + month(w.period()) + ":\n" + meterLines(r.meters(), true)
                + "\n\n" + withoutReading(w) + "\n\nПередать показания можно в личном кабинете, в разделе «Показания».";
    }

    /** What happens to a reading that comes too late: soft — it counts for the next period; strict — refused. */
    private static String withoutReading(SubmissionWindow w) {
        String after = "После " + dayMonth(w.closes());
        String charged = "за " + month(w.period()) + " начислят по среднему потреблению или по нормативу.";
        return w.mode() == WindowRule.Mode.STRICT
                ? after + " показания за " + month(w.period()) + " уже не принимаются, и " + charged
                : after + " показания учтут уже за " + month(w.period().plusMonths(1)) + ", а " + charged;
    }

    /** «— Холодная вода, № 123456, ванная («кухня»)», with the zones where a reading has more than one value. */
    static String meterLines(List<Meter> meters, boolean zones) {
        return meters.stream().map(m -> {
            StringBuilder line = new StringBuilder("— ").append(m.resource().nameRu()).append(", № ").append(m.serialNumber());
            if (!m.place().isBlank()) {
                line.append(", ").append(m.place().strip());
            }
            if (!m.name().isBlank()) {
                line.append(" («").append(m.name().strip()).append("»)");
            }
            if (zones && m.zones() == 2) {
                line.append(": два значения — день и ночь");
            } else if (zones && m.zones() >= 3) {
                line.append(": три значения — день, ночь и пик");
            }
            return line.toString();
        }).collect(Collectors.joining("\n"));
    }

    /** «с 20 по 25 ноября», «с 28 ноября по 3 декабря» across a month's end, «25 ноября» for one day. */
    static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return dayMonth(to);
        }
        return from.getMonth() == to.getMonth() ? "с " + from.getDayOfMonth() + " по " + dayMonth(to)
                : "с " + dayMonth(from) + " по " + dayMonth(to);
    }

    /** «25 ноября». */
    static String dayMonth(LocalDate day) {
        return day.getDayOfMonth() + " " + GENITIVE[day.getMonthValue() - 1];
    }

    /** «15 декабря 2026». */
    static String dayMonthYear(LocalDate day) {
        return dayMonth(day) + " " + day.getYear();
    }

    /** «ноябрь 2026». */
    static String month(YearMonth month) {
        return NOMINATIVE[month.getMonthValue() - 1] + " " + month.getYear();
    }
}
