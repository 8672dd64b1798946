package org.kabinet.notifications.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsRequestTest {

    @Test
    void typedMobileNumbersBecomeTenDigits() {
        for (String typed : new String[] {"9123456789", "+7 912 345-67-89", "8 (912) 345 67 89", "79123456789"}) {
            assertEquals(Optional.of("9123456789"), SmsRequest.phoneDigits(typed), typed);
        }
        for (String bad : new String[] {"912345678", "+1 912 345 67 89", "69123456789", "телефон", "", null}) {
            assertTrue(SmsRequest.phoneDigits(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void aCodeIsMaskedWhereverTheTextIsShown() {
        SmsRequest code = new SmsRequest("phone-code:t:1", "9123456789", "Код: 123456. Никому его не сообщайте.",
                SmsPriority.IMMEDIATE).withSecret("123456");
        assertEquals("123456", code.secret());
        assertEquals("Код: \u2022\u2022\u2022\u2022\u2022\u2022. Никому его не сообщайте.", code.maskedText());
        assertEquals(SmsPriority.IMMEDIATE, code.priority(), "the rest stays as it was");
        assertNull(new SmsRequest("k", "9123456789", "Долг 12 руб.").secret(), "the old constructors keep no secret");
        assertEquals("Долг 12 руб.", new SmsRequest("k", "9123456789", "Долг 12 руб.").maskedText());
        assertThrows(IllegalArgumentException.class, () -> new SmsRequest("k", "9123456789", "Код: 1").withSecret("2"),
                "a secret that is not in the text would be sent in clear by mistake");
    }

    @Test
    void aSecretLinkIsShownUpToWhatItIsFor() {
        EmailMessage letter = new EmailMessage("confirm-email:h", "a@b.ru", "Подтвердите", "Текст",
                "https://kabinet.example/confirmemail/Zx81token/", "Подтвердить").withSecretLink();
        assertEquals(true, letter.secret());
        assertEquals("https://kabinet.example/confirmemail/\u2022\u2022\u2022", letter.shownActionUrl());
        assertEquals("https://kabinet.example/confirmemail/Zx81token/", letter.actionUrl(), "the letter itself carries the link");
        assertEquals(true, letter.withUnsubscribeUrl(null).withAttachments(java.util.List.of()).secret());
        EmailMessage plain = new EmailMessage("k", "a@b.ru", "s", "t", "https://kabinet.example/", "Войти");
        assertEquals("https://kabinet.example/", plain.shownActionUrl());
        assertEquals("https://kabinet.example/resetpassword/\u2022\u2022\u2022",
                EmailMessage.maskLink("https://kabinet.example/resetpassword/abc"));
        assertThrows(IllegalArgumentException.class, () -> EmailMessage.plain("k", "a@b.ru", "s", "t").withSecretLink());
    }
}
