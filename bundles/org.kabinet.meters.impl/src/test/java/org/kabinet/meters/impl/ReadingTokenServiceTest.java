package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.MetersFixture.OTHER_TENANT;
import static org.kabinet.meters.impl.MetersFixture.TENANT;
import static org.kabinet.meters.impl.MetersFixture.day;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.CreatedToken;
import org.kabinet.meters.api.ReadingToken;
import org.kabinet.meters.api.ReadingTokens.TokenHolder;

/** Personal reading tokens over the real persistence unit, with a clock that moves. */
class ReadingTokenServiceTest {
    private MetersFixture f;
    private ReadingTokenService tokens;

    @BeforeEach
    void setUp() throws Exception {
        f = new MetersFixture();
        tokens = new ReadingTokenService(f.data);
        f.on(day("2026-11-20"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aTokensSecretIsShownOnceAndOnlyItsHashIsKept() {
        CreatedToken created = tokens.create(TENANT, "  Home   Assistant ", null);
        assertTrue(created.secret().matches("kbr_[A-Za-z0-9_-]{43}"), created.secret());
        ReadingToken token = created.token();
        assertEquals("Home Assistant", token.name());
        assertEquals(f.clock.instant(), token.createdAt());
        assertEquals(day("2027-11-20").atTime(LocalTime.of(23, 59, 59)).atZone(MetersFixture.ZONE).toInstant(), token.expiresAt(),
                "a year by default, to the end of the day");
        assertNull(token.lastUsedAt());
        assertFalse(token.revoked());
        assertEquals(java.util.List.of(token), tokens.tokens(TENANT));
        assertTrue(tokens.tokens(OTHER_TENANT).isEmpty());
        String hash = ReadingTokenService.hash(created.secret());
        assertEquals(64, hash.length());
        assertEquals(token.id(), f.jpa.inTransaction(() -> f.store.tokenByHash(hash)).orElseThrow().token().id(), "found by the hash");
        assertNotEquals(created.secret(), tokens.create(TENANT, "второй", null).secret());
    }

    @Test
    void aTokenNeedsANameAndAnExpiryWithinAYear() {
        assertEquals("meters.token.name", assertThrows(ValidationException.class, () -> tokens.create(TENANT, " ", null)).code());
        assertEquals("meters.token.name", assertThrows(ValidationException.class, () -> tokens.create(TENANT, null, null)).code());
        assertEquals("meters.token.name", assertThrows(ValidationException.class, () -> tokens.create(TENANT, "x".repeat(61), null)).code());
        tokens.create(TENANT, "x".repeat(60), null);
        assertEquals("meters.token.expiry", assertThrows(ValidationException.class, () -> tokens.create(TENANT, "a", day("2026-11-19"))).code());
        assertEquals("meters.token.expiry", assertThrows(ValidationException.class, () -> tokens.create(TENANT, "a", day("2027-11-21"))).code());
        tokens.create(TENANT, "today", day("2026-11-20"));
        tokens.create(TENANT, "a year", day("2027-11-20"));
    }

    @Test
    void aTenantHasAtMostTenLiveTokens() {
        for (int i = 1; i <= 9; i++) {
            tokens.create(TENANT, "t" + i, null);
        }
        CreatedToken shortLived = tokens.create(TENANT, "until tomorrow", day("2026-11-21"));
        ValidationException tooMany = assertThrows(ValidationException.class, () -> tokens.create(TENANT, "eleventh", null));
        assertEquals("meters.token.tooMany", tooMany.code());
        assertEquals(10, tooMany.arguments()[0]);
        tokens.create(OTHER_TENANT, "another tenant's", null);

        // by name: tokens made in one millisecond have no set order, and revoking the short-lived one would spoil the end
        tokens.revoke(TENANT, tokens.tokens(TENANT).stream().filter(t -> t.name().equals("t5")).findFirst().orElseThrow().id());
        tokens.create(TENANT, "instead of a revoked one", null);
        assertThrows(ValidationException.class, () -> tokens.create(TENANT, "twelfth", null));

        f.on(day("2026-11-22"));
        assertTrue(tokens.resolve(shortLived.secret()).isEmpty());
        tokens.create(TENANT, "instead of an expired one", null);
        assertEquals(12, tokens.tokens(TENANT).size(), "revoked and expired ones are still listed");
    }

    @Test
    void aLiveTokenResolvesToItsTenantAndItsUseIsWrittenAtMostOnceAMinute() {
        CreatedToken created = tokens.create(TENANT, "Home Assistant", null);
        Instant first = f.clock.instant();
        assertEquals(Optional.of(new TokenHolder(TENANT, created.token().id(), "Home Assistant")), tokens.resolve(created.secret()));
        assertEquals(first, tokens.tokens(TENANT).get(0).lastUsedAt());
        f.clock.advance(Duration.ofSeconds(59));
        assertTrue(tokens.resolve(created.secret()).isPresent());
        assertEquals(first, tokens.tokens(TENANT).get(0).lastUsedAt(), "not written again within the minute");
        f.clock.advance(Duration.ofSeconds(1));
        tokens.resolve(created.secret());
        assertEquals(first.plusSeconds(60), tokens.tokens(TENANT).get(0).lastUsedAt());
    }

    @Test
    void unknownRevokedAndExpiredTokensResolveToNothing() {
        CreatedToken created = tokens.create(TENANT, "meter", day("2026-11-21"));
        assertTrue(tokens.resolve(null).isEmpty());
        assertTrue(tokens.resolve("").isEmpty());
        assertTrue(tokens.resolve("kbr_" + "A".repeat(43)).isEmpty());
        assertTrue(tokens.resolve(created.secret().substring(4)).isEmpty(), "without the prefix");
        assertTrue(tokens.resolve(created.secret() + "x").isEmpty());

        f.on(day("2026-11-21"), LocalTime.of(23, 59, 58));
        assertTrue(tokens.resolve(created.secret()).isPresent(), "lives through its last day");
        f.on(day("2026-11-22"), LocalTime.of(0, 0));
        assertTrue(tokens.resolve(created.secret()).isEmpty(), "and not a moment longer");

        CreatedToken revoked = tokens.create(TENANT, "revoked", null);
        assertTrue(tokens.resolve(revoked.secret()).isPresent());
        tokens.revoke(TENANT, revoked.token().id());
        assertTrue(tokens.resolve(revoked.secret()).isEmpty(), "at once");
        assertTrue(tokens.tokens(TENANT).stream().filter(t -> t.id().equals(revoked.token().id())).findFirst().orElseThrow().revoked());
        tokens.revoke(TENANT, revoked.token().id());
    }

    @Test
    void onlyItsTenantRevokesAToken() {
        CreatedToken created = tokens.create(TENANT, "mine", null);
        assertEquals("meters.token.unknown", assertThrows(NotFoundException.class, () -> tokens.revoke(OTHER_TENANT, created.token().id())).code());
        assertEquals("meters.token.unknown", assertThrows(NotFoundException.class, () -> tokens.revoke(TENANT, "nope")).code());
        assertTrue(tokens.resolve(created.secret()).isPresent());
    }
}
