package org.kabinet.meters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kabinet.rest.api.PersonalTokens;

class ReadingTokenAccessTest {
    private final FakeMeters module = new FakeMeters("tenant-1");
    private final MovingClock clock = new MovingClock();
    private final ReadingTokenAccess access = new ReadingTokenAccess(module, new TokenRateLimit(3, clock));

    @Test
    void grantsTheReadingsScope() {
        assertEquals("readings", access.scope());
    }

    @Test
    void aLiveTokenIsItsTenantUnderTheTokensName() {
        PersonalTokens.Holder holder = access.resolve(" s3cret ").orElseThrow();
        assertEquals("tenant-1", holder.tenantId());
        assertEquals("Home Assistant", holder.tokenName());
        assertFalse(holder.limited());
    }

    @Test
    void anythingElseIsNobodyAndABlankSecretIsNotEvenLookedUp() {
        assertTrue(access.resolve("wrong").isEmpty());
        assertTrue(access.resolve(" ").isEmpty());
        assertTrue(access.resolve(null).isEmpty());
        assertEquals(1, module.resolved);
    }

    @Test
    void aTokenUsedTooOftenIsLimitedUntilItsBucketRefills() {
        for (int i = 0; i < 3; i++) {
            assertFalse(access.resolve("s3cret").orElseThrow().limited());
        }
        assertTrue(access.resolve("s3cret").orElseThrow().limited(), "the core answers 429");
        clock.move(Duration.ofSeconds(20));
        assertFalse(access.resolve("s3cret").orElseThrow().limited());
    }
}
