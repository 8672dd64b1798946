package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.SmsRequest;

class NoticeTextsTest {
    private static final String NBSP = "\u00a0";
    private static final String SHORT_COMPANY = "УК «Дом»";
    private static final String LONG_COMPANY = "Общество с ограниченной ответственностью «Управляющая компания „Жилищно-коммунальное"
            + " хозяйство Ханты-Мансийского автономного округа — Югры“»";
    private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 25);

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void paymentSmsNamesTheAmountTheAccountTheDayAndTheDebtLeft() {
        String sms = NoticeTexts.paymentSms("1001", rub("1500.00"), PAID_ON, rub("250.00"), SHORT_COMPANY);
        assertEquals("Получена оплата 1" + NBSP + "500,00" + NBSP + "₽ по л/с 1001 от 25.11.2026. Остаток долга 250,00" + NBSP
                + "₽. УК «Дом»", sms);
    }

    @Test
    void paymentSmsTellsAnAdvanceOrNoDebt() {
        assertTrue(NoticeTexts.paymentSms("1001", rub("3000"), PAID_ON, rub("-1234.56"), SHORT_COMPANY)
                .contains(". Аванс 1" + NBSP + "234,56" + NBSP + "₽."));
        String paidUp = NoticeTexts.paymentSms("1001", rub("3000"), PAID_ON, rub("0.00"), SHORT_COMPANY);
        assertTrue(paidUp.contains(". Долга нет."), paidUp);
        assertFalse(paidUp.contains("Остаток") || paidUp.contains("Аванс"), paidUp);
    }

    @Test
    void aDebtSmsSentAfterTheDueDateNamesNoPastDay() {
        String late = NoticeTexts.debtSms("1001", rub("3200"), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 15), SHORT_COMPANY);
        assertEquals("Долг по л/с 1001 на 26.11.2026: 3" + NBSP + "200,00" + NBSP + "₽. Оплатите как можно скорее. УК «Дом»", late);
        String onTheDay = NoticeTexts.debtSms("1001", rub("3200"), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 15), SHORT_COMPANY);
        assertTrue(onTheDay.contains("Оплатите до 15.11.2026."), onTheDay);
    }

    @Test
    void debtSmsNamesTheDebtTheDayAndTheDueDate() {
        String sms = NoticeTexts.debtSms("1001", rub("3200"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), SHORT_COMPANY);
        assertEquals("Долг по л/с 1001 на 01.12.2026: 3" + NBSP + "200,00" + NBSP + "₽. Оплатите до 15.12.2026. УК «Дом»", sms);
    }

    @Test
    void aLongCompanyNameIsDroppedToStayWithinTwoSegments() {
        String payment = NoticeTexts.paymentSms("1001", rub("1500.00"), PAID_ON, rub("250.00"), LONG_COMPANY);
        assertEquals("Получена оплата 1" + NBSP + "500,00" + NBSP + "₽ по л/с 1001 от 25.11.2026. Остаток долга 250,00" + NBSP + "₽.",
                payment);
        String debt = NoticeTexts.debtSms("1001", rub("3200"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), LONG_COMPANY);
        assertFalse(debt.contains("Общество"), debt);
        assertTrue(debt.endsWith("Оплатите до 15.12.2026."), debt);
        assertTrue(SmsRequest.segments(debt) <= NoticeTexts.MAX_SEGMENTS);
    }

    // two Cyrillic segments hold 134 characters: a name that just fits is kept, one character more drops it
    @Test
    void theCompanyIsKeptExactlyWhileTheTextFitsTwoSegments() {
        String bare = NoticeTexts.paymentSms("1001", rub("1500.00"), PAID_ON, rub("250.00"), null);
        String fits = "У".repeat(134 - bare.length() - 1);
        assertEquals(bare + " " + fits, NoticeTexts.paymentSms("1001", rub("1500.00"), PAID_ON, rub("250.00"), fits));
        assertEquals(bare, NoticeTexts.paymentSms("1001", rub("1500.00"), PAID_ON, rub("250.00"), fits + "У"));
        assertEquals(bare, NoticeTexts.paymentSms("1001", rub("1500.00"), PAID_ON, rub("250.00"), "  "), "a blank name adds nothing");
        assertEquals(bare + " " + SHORT_COMPANY,
                NoticeTexts.paymentSms("1001", rub("1500.00"), PAID_ON, rub("250.00"), " " + SHORT_COMPANY + " "), "the name is trimmed");
    }

    @Test
    void largeAmountsStillFitTwoSegments() {
        String payment = NoticeTexts.paymentSms("0012345678", rub("1234567.89"), PAID_ON, rub("-1234567.89"), SHORT_COMPANY);
        assertTrue(payment.contains("1" + NBSP + "234" + NBSP + "567,89" + NBSP + "₽"), payment);
        assertTrue(payment.endsWith(SHORT_COMPANY), payment);
        assertTrue(SmsRequest.segments(payment) <= 2, payment);
        String debt = NoticeTexts.debtSms("0012345678", rub("1234567.89"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15),
                LONG_COMPANY);
        assertTrue(debt.contains("1" + NBSP + "234" + NBSP + "567,89" + NBSP + "₽"), debt);
        assertTrue(SmsRequest.segments(debt) <= 2, debt);
        // the longest account number accounts take (20 characters) with the largest amounts
        String number = "АБВГДЕ/1234567890-ЖЗ";
        assertEquals(20, number.length());
        String longest = NoticeTexts.paymentSms(number, rub("1234567.89"), PAID_ON, rub("1234567.89"), LONG_COMPANY);
        assertTrue(longest.contains(number) && SmsRequest.segments(longest) <= 2, longest);
        String longestDebt = NoticeTexts.debtSms(number, rub("1234567.89"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), LONG_COMPANY);
        assertTrue(longestDebt.contains(number) && SmsRequest.segments(longestDebt) <= 2, longestDebt);
    }

    @Test
    void statementSubjectAndRangeUseRussianMonthWords() {
        assertEquals("Выписка по лицевому счёту № 1001 с января 2026 по ноябрь 2026",
                NoticeTexts.statementSubject("1001", YearMonth.of(2026, 1), YearMonth.of(2026, 11)));
        assertEquals("Выписка по лицевому счёту № 1001 за ноябрь 2026",
                NoticeTexts.statementSubject("1001", YearMonth.of(2026, 11), YearMonth.of(2026, 11)));
        assertEquals("с декабря 2025 по январь 2026", NoticeTexts.range(YearMonth.of(2025, 12), YearMonth.of(2026, 1)));
        assertEquals("с мая 2026 по июнь 2026", NoticeTexts.range(YearMonth.of(2026, 5), YearMonth.of(2026, 6)));
        assertEquals("с августа 2026 по сентябрь 2026", NoticeTexts.range(YearMonth.of(2026, 8), YearMonth.of(2026, 9)));
        assertEquals("за март 2026", NoticeTexts.range(YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
    }

    @Test
    void statementTextSaysWhyAndWhatToPay() {
        String monthly = NoticeTexts.statementText("1001", YearMonth.of(2025, 12), YearMonth.of(2026, 11), rub("1234.56"), true);
        assertTrue(monthly.startsWith("Мы получили оплату по лицевому счёту № 1001. Высылаем выписку с декабря 2025 по ноябрь 2026."),
                monthly);
        assertTrue(monthly.contains("К оплате на сегодня: 1" + NBSP + "234,56" + NBSP + "₽."), monthly);
        String asked = NoticeTexts.statementText("1001", YearMonth.of(2026, 11), YearMonth.of(2026, 11), rub("0.00"), false);
        assertTrue(asked.startsWith("Высылаем выписку по лицевому счёту № 1001 за ноябрь 2026, как вы просили."), asked);
        assertTrue(asked.contains("Долга нет."), asked);
        assertFalse(asked.contains("К оплате"), asked);
    }

    @Test
    void reversalSmsSaysThePaymentIsCancelledAndTheDebtNow() {
        String sms = NoticeTexts.reversalSms("1001", rub("1500.00"), PAID_ON, rub("1750.00"), SHORT_COMPANY);
        assertEquals("Оплата 1" + NBSP + "500,00" + NBSP + "₽ по л/с 1001 от 25.11.2026 отменена. Долг 1" + NBSP + "750,00" + NBSP
                + "₽. УК «Дом»", sms);
        assertTrue(org.kabinet.notifications.api.SmsRequest.segments(sms) <= NoticeTexts.MAX_SEGMENTS);
    }
}
