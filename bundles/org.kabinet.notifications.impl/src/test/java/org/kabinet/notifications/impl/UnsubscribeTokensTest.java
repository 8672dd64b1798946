package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.NotificationKind;

class UnsubscribeTokensTest {
    private static final byte[] KEY = key(1);
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(KEY);

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        key[0] = 42;
        return key;
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenReadsBackAsWhatItNames() {
        for (NotificationKind kind : NotificationKind.values()) {
            String token = tokens.token("tenant-1", "acc-1", kind);
            assertEquals(Optional.of(new UnsubscribeTokens.Subject("tenant-1", "acc-1", kind)), tokens.read(token));
            assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "fits a URL path as it is: " + token);
        }
        assertEquals(Optional.of(new UnsubscribeTokens.Subject("t", "a", NotificationKind.DEBT_SMS)),
                new UnsubscribeTokens(KEY.clone()).read(tokens.token("t", "a", NotificationKind.DEBT_SMS)), "the same key reads it");
    }

    @Test
    void aChangedSubjectIsRefused() {
        String token = tokens.token("tenant-1", "acc-1", NotificationKind.STATEMENT_EMAIL);
        String signature = token.substring(token.indexOf('.') + 1);
        for (String other : new String[] {"tenant-2:acc-1:STATEMENT_EMAIL", "tenant-1:acc-2:STATEMENT_EMAIL",
                "tenant-1:acc-1:PAYMENT_SMS", "tenant-1:acc-1:STATEMENT_EMAIL:x"}) {
            assertEquals(Optional.empty(), tokens.read(encode(other) + "." + signature), other);
        }
    }

    @Test
    void aChangedSignatureIsRefused() {
        String token = tokens.token("tenant-1", "acc-1", NotificationKind.PAYMENT_SMS);
        int dot = token.indexOf('.');
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertEquals(Optional.empty(), tokens.read(flipped));
        assertEquals(Optional.empty(), tokens.read(token.substring(0, token.length() - 1)), "a cut signature");
        assertEquals(Optional.empty(), tokens.read(token.substring(0, dot + 1)), "no signature");
        assertEquals(Optional.empty(), tokens.read(token.substring(0, dot)), "no dot");
        assertEquals(Optional.empty(), tokens.read(token.substring(dot)), "no subject");
    }

    @Test
    void aTokenOfAnotherKeyIsRefused() {
        String foreign = new UnsubscribeTokens(key(2)).token("tenant-1", "acc-1", NotificationKind.DEBT_SMS);
        assertEquals(Optional.empty(), tokens.read(foreign));
    }

    // a genuine signature over a subject that is not tenant:account:kind still names nothing
    @Test
    void aSignedSubjectOfTheWrongShapeIsRefused() {
        String twoParts = tokens.token("tenant-1", "acc-1", NotificationKind.DEBT_SMS).replaceFirst("^[^.]+", encode("x"));
        assertEquals(Optional.empty(), tokens.read(twoParts));
        String colonInTenant = tokens.token("a:b", "acc-1", NotificationKind.DEBT_SMS);
        assertEquals(Optional.empty(), tokens.read(colonInTenant), "four parts");
    }

    @Test
    void garbageIsRefused() {
        for (String garbage : new String[] {"", ".", "abc", "abc.def", "!!!.???", "a.b.c", "%%%%", encode("t:a:DEBT_SMS") + ".%%"}) {
            assertEquals(Optional.empty(), tokens.read(garbage), garbage);
        }
        assertEquals(Optional.empty(), tokens.read(null));
    }

    @Test
    void anOverlongTokenIsRefusedUnread() {
        String tenant = "t".repeat(400);
        String genuine = tokens.token(tenant, "acc-1", NotificationKind.DEBT_SMS);
        assertTrue(genuine.length() > 400);
        assertEquals(Optional.empty(), tokens.read(genuine));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens(new byte[31]));
        new UnsubscribeTokens(new byte[32]);
    }

    @Test
    void theKeyIsCopied() {
        byte[] key = key(3);
        UnsubscribeTokens copied = new UnsubscribeTokens(key);
        String token = copied.token("tenant-1", "acc-1", NotificationKind.DEBT_SMS);
        Arrays.fill(key, (byte) 0);
        assertTrue(copied.read(token).isPresent(), "changing the caller's array does not change the key");
    }
}
