package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tenants made the way a person would: sign up over REST, confirm by the letter's link (read over POP3), sign in. */
final class Tenants {
    static final String PASSWORD = "надёжная фраза из слов";

    private Tenants() {
    }

    /** A confirmed, signed-in tenant; returns the session token. Needs {@link MailServer} and the POP3 port property. */
    static String signedUp(Http http, String email) throws Exception {
        assertEquals(202, http.post("/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}", null).statusCode());
        String letter = Pop3.waitForLetter(Integer.getInteger("kabinet.test.pop3.port"), email, email, Duration.ofSeconds(30));
        Matcher link = Pattern.compile("/confirmemail/([A-Za-z0-9_-]{43})/").matcher(letter);
        assertTrue(letter, link.find());
        assertEquals(200, http.post("/api/v1/registrations/confirmations", "{\"token\":\"" + link.group(1) + "\"}", null).statusCode());
        return signIn(http, email);
    }

    static String signIn(Http http, String email) throws Exception {
        var session = http.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(session.body(), 200, session.statusCode());
        return field(session.body(), "token");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(json, m.find());
        return m.group(1);
    }
}
