package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Statement;
import org.kabinet.documents.pdf.PdfText;
import org.kabinet.documents.pdf.PdfText.Column;
import org.kabinet.documents.pdf.PdfText.Style;
import org.kabinet.documents.pdf.PdfText.Text;
import org.kabinet.kernel.money.Money;
import org.kabinet.notifications.api.BankDetails;
import org.kabinet.notifications.api.CompanyProfile;

/**
 * A statement of a personal account (выписка из лицевого счёта) as an A4 PDF in Russian, black on white:
 * the company and its requisites, the account, a table of every month (opening balance, charge lines,
 * payments, totals, closing balance), the totals of the period, what to pay today and — when the company's
 * bank details are complete and something is owed — a payment QR code (ГОСТ Р 56042-2014) for the bank's
 * app. Every page carries the statement's number, when it was made and «стр. N из M».
 */
public final class StatementPdf {
    private static final float MARGIN = 40;
    // about 46 mm: a version 10–13 code gets modules of 0.7 mm, which phones read from a printed page
    private static final float QR_SIZE = 130;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final char NBSP = '\u00a0';

    private final CompanyProfile company;
    private final BankDetails bank;

    public StatementPdf(CompanyProfile company, BankDetails bank) {
        this.company = Objects.requireNonNull(company, "company");
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    /** The statement with the usual payment purpose, «Оплата ЖКУ по л/с … за <its last month>». */
    public byte[] render(Statement statement) {
        return render(statement, PaymentQr.purpose(statement.accountNumber(), statement.to()));
    }

    /** The statement; {@code purpose} is what the payment QR code gives as the payment's purpose. */
    public byte[] render(Statement statement, String purpose) {
        return new Writer(statement).write(purpose);
    }

    /** «за ноябрь 2026», «за период с января 2025 по ноябрь 2026». */
    private static String period(YearMonth from, YearMonth to) {
        return from.equals(to) ? "за " + MonthNames.of(to) : "за период с " + MonthNames.genitive(from) + " по " + MonthNames.of(to);
    }

    private static DecimalFormat numbers(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols);
    }

    /** One rendering: the document being written and the number formats (not thread-safe) it uses. */
    private final class Writer {
        private final Statement s;
        private final DecimalFormat amounts = numbers("#,##0.00");
        private final DecimalFormat tariffs = numbers("#,##0.00##");
        private final DecimalFormat volumes = numbers("#,##0.####");
        private final PdfText pdf = new PdfText(MARGIN);
        private final String issued;

        Writer(Statement statement) {
            this.s = statement;
            this.issued = DATE_TIME.format(statement.issuedAt());
        }

        byte[] write(String purpose) {
            try (pdf) {
                pdf.footer("Выписка из лицевого счёта № " + s.accountNumber() + " · " + text(company.name())
                        + " · сформирована " + issued);
                company();
                pdf.skip(10);
                pdf.paragraph(Style.TITLE, "Выписка из лицевого счёта № " + s.accountNumber());
                pdf.paragraph(Style.SMALL, period(s.from(), s.to()));
                pdf.skip(8);
                account();
                pdf.skip(12);
                months();
                pdf.skip(12);
                totals();
                pdf.skip(10);
                payment(purpose);
                pdf.skip(8);
                pdf.paragraph(Style.NOTE, "Сформировано " + issued);
                return pdf.toBytes();
            }
        }

        private void company() {
            pdf.paragraph(Style.COMPANY, text(company.name()));
            List<String> requisites = new ArrayList<>();
            add(requisites, "ИНН ", bank.inn());
            add(requisites, "КПП ", bank.kpp());
            if (!text(bank.account()).isBlank()) {
                requisites.add("р/с " + bank.account() + (text(bank.bankName()).isBlank() ? "" : " в " + bank.bankName()));
            }
            add(requisites, "БИК ", bank.bic());
            add(requisites, "к/с ", bank.correspondentAccount());
            if (!requisites.isEmpty()) {
                pdf.paragraph(Style.CELL, String.join(" · ", requisites));
            }
            List<String> contacts = new ArrayList<>();
            add(contacts, "", company.address());
            add(contacts, "тел. ", company.phone());
            add(contacts, "e-mail ", company.email());
            if (!contacts.isEmpty()) {
                pdf.paragraph(Style.CELL, String.join(" · ", contacts));
            }
            pdf.rule();
        }

        private void account() {
            PdfText.Table table = pdf.table(Column.left(78), Column.left(0), Column.left(62), Column.left(90));
            table.row(Style.SMALL, "Лицевой счёт", s.accountNumber(), "Площадь",
                    s.areaM2() == null ? "—" : volumes.format(s.areaM2()) + NBSP + "м²");
            table.row(Style.SMALL, "Наниматель", text(s.holder()), "Проживает", String.valueOf(s.residents()) + NBSP + "чел.");
            String address = text(s.city()).isBlank() ? text(s.address()) : s.city() + ", " + text(s.address());
            table.row(Style.SMALL, "Адрес", address, "", "");
        }

        private void months() {
            PdfText.Table table = pdf.table(Column.left(0), Column.right(64), Column.right(58), Column.right(76),
                    Column.right(76));
            table.header("Услуга, операция", "Объём", "Тариф, руб.", "Начислено, руб.", "Оплачено, руб.");
            for (Statement.Month m : s.months()) {
                table.heading(capitalized(MonthNames.of(m.month())), balance("на начало месяца", m.opening()));
                for (Statement.Line line : m.lines()) {
                    table.row(lineCells(line));
                }
                for (Statement.Paid paid : m.payments()) {
                    table.row("Оплата " + DATE.format(paid.paidOn()), "", "", "", rub(paid.amount()));
                }
                if (m.lines().isEmpty() && m.payments().isEmpty()) {
                    table.row("Начислений и оплат не было", "", "", "", "");
                }
                table.row(Style.CELL_BOLD, "Итого за " + MonthNames.of(m.month()), "", "", rub(m.charged()),
                        rub(m.paid()));
                table.span(Style.CELL, "", balance("на конец месяца", m.closing()));
            }
            table.rule();
        }

        private String[] lineCells(Statement.Line line) {
            String amount = rub(line.amount());
            String note = text(line.note()).strip();
            String service = text(line.service()).strip();
            if (line.kind() == Charge.Kind.CHARGE) {
                boolean fixed = line.unit() == null || line.unit() == Service.Unit.FIXED || line.volume() == null;
                return new String[] {note.isEmpty() ? service : service + " (" + note + ")",
                        fixed ? "" : volumes.format(line.volume()) + NBSP + unit(line.unit()),
                        fixed || line.tariff() == null ? "" : tariffs.format(line.tariff()), amount, ""};
            }
            String kind = switch (line.kind()) {
                case RECALCULATION -> "Перерасчёт";
                case FINE -> "Штраф";
                default -> "Пени";
            };
            String what = kind;
            if (!service.isEmpty() && !service.equalsIgnoreCase(kind)) {
                what += ": " + service;
            }
            if (!note.isEmpty()) {
                what += (what.equals(kind) ? ": " : " — ") + note;
            }
            return new String[] {what, "", "", amount, ""};
        }

        private void totals() {
            // the totals, what to pay and the QR code on one page
            pdf.keep(bank.complete() && s.toPay().signum() > 0 ? 330 : 170);
            pdf.paragraph(Style.HEADING, "Итого " + period(s.from(), s.to()));
            pdf.skip(4);
            PdfText.Table table = pdf.table(Column.left(240), Column.right(90), Column.left(0));
            table.row(balanceLabel("на начало периода", s.opening()), rub(s.opening().abs()), "");
            table.row("Начислено", rub(s.charged()), "");
            table.row("Оплачено", rub(s.paid()), "");
            table.row(Style.CELL_BOLD, balanceLabel("на конец периода", s.closing()),
                    rub(s.closing().abs()), "");
            if (s.penaltiesToDate() != null && s.penaltiesToDate().signum() > 0) {
                table.row("Пени по " + DATE.format(s.issuedAt()) + ", ещё не начисленные",
                        rub(s.penaltiesToDate()), "");
            }
            pdf.skip(10);
            pdf.paragraph(Style.TITLE, "К оплате на " + DATE.format(s.issuedAt()) + ": "
                    + rub(s.toPay()) + " руб.");
            if (s.dueDate() != null && s.toPay().signum() > 0) {
                pdf.paragraph(Style.SMALL, s.dueDate().isBefore(s.issuedAt().toLocalDate())
                        ? "Срок оплаты истёк " + DATE.format(s.dueDate()) + "."
                        : "Оплатить до " + DATE.format(s.dueDate()) + ".");
            }
        }

        private void payment(String purpose) {
            if (s.toPay().signum() <= 0) {
                pdf.paragraph(Style.SMALL, "QR-код для оплаты не напечатан: на " + DATE.format(s.issuedAt())
                        + " задолженности нет.");
                return;
            }
            if (!bank.complete()) {
                String phone = text(company.phone()).isBlank() ? "" : " по телефону " + company.phone();
                pdf.paragraph(Style.SMALL, "QR-код для оплаты не напечатан: банковские реквизиты управляющей компании "
                        + "не заполнены. Реквизиты для оплаты можно узнать в управляющей компании" + phone + ".");
                return;
            }
            PaymentQr qr = PaymentQr.of(bank, s.accountNumber(), s.toPay(), purpose);
            String kpp = text(bank.kpp()).isBlank() ? "" : ", КПП " + bank.kpp();
            pdf.qrCode(qr.modules(), QR_SIZE, "Отсканируйте в приложении банка",
                    new Text(Style.HEADING, "Оплата по QR-коду"),
                    new Text(Style.CELL, "Получатель: " + bank.payee() + ", ИНН " + bank.inn() + kpp),
                    new Text(Style.CELL, "Счёт " + bank.account() + " в " + bank.bankName() + ", БИК " + bank.bic()
                            + ", к/с " + bank.correspondentAccount()),
                    new Text(Style.CELL, "Лицевой счёт: " + s.accountNumber()),
                    new Text(Style.CELL, "Назначение: " + purpose),
                    new Text(Style.CELL_BOLD, "Сумма: " + rub(s.toPay()) + " руб."),
                    new Text(Style.NOTE, "Код содержит реквизиты, лицевой счёт и сумму; сумму можно изменить "
                            + "в приложении банка перед оплатой."));
        }

        /** «1 234,56»: kopecks rounded half up, a no-break space between thousands. */
        private String rub(BigDecimal amount) {
            return amounts.format(Money.of(amount));
        }

        /** «Долг на начало месяца: 1 234,56», «Аванс на конец месяца: 100,00». */
        private String balance(String when, BigDecimal amount) {
            return balanceLabel(when, amount) + ": " + rub(amount.abs());
        }
    }

    private static String balanceLabel(String when, BigDecimal amount) {
        return (amount.signum() < 0 ? "Аванс " : "Долг ") + when;
    }

    private static String unit(Service.Unit unit) {
        return switch (unit) {
            case M2 -> "м²";
            case PERSON -> "чел.";
            case M3 -> "м³";
            case KWH -> "кВт·ч";
            case GCAL -> "Гкал";
            case FIXED -> "";
        };
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value.strip());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
