package org.kabinet.meters.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.CreatedToken;
import org.kabinet.meters.api.ReadingToken;
import org.kabinet.meters.api.ReadingTokens;
import org.kabinet.meters.impl.jpa.JpaMeterStore;
import org.kabinet.persistence.Transactions;

/**
 * Personal reading tokens. The secret is {@code kbr_} and 32 random bytes in base64url (43 characters), shown
 * once; only its SHA-256 is stored. A token lives until the end of its expiry day in the portal's zone (at
 * most a year ahead) or until revoked; a tenant has at most {@value #LIVE_TOKENS} live ones. Its last use is
 * written at most once a minute.
 */
public class ReadingTokenService implements ReadingTokens {
    static final String PREFIX = "kbr_";
    static final int LIVE_TOKENS = 10;
    static final int NAME_LENGTH = 60;
    private static final int SECRET_LENGTH = PREFIX.length() + 43;
    private static final Duration USE_WRITTEN_EVERY = Duration.ofMinutes(1);
    private final MetersData data;
    private final JpaMeterStore store;
    private final Transactions tx;
    private final SecureRandom random = new SecureRandom();

    public ReadingTokenService(MetersData data) {
        this.data = data;
        this.store = data.store();
        this.tx = data.tx();
    }

    @Override
    public List<ReadingToken> tokens(String tenantId) {
        return tx.inTransaction(() -> store.tokens(tenantId));
    }

    @Override
    public CreatedToken create(String tenantId, String name, LocalDate expiresOn) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > NAME_LENGTH) {
            throw new ValidationException("name", "meters.token.name");
        }
        LocalDate today = data.today();
        LocalDate last = expiresOn == null ? today.plusYears(1) : expiresOn;
        if (last.isBefore(today) || last.isAfter(today.plusYears(1))) {
            throw new ValidationException("expiresOn", "meters.token.expiry");
        }
        Instant now = data.now();
        // the last moment of the expiry day in the portal's zone: the day a tenant picked is the last day it works
        Instant expiresAt = last.plusDays(1).atStartOfDay(data.zone()).toInstant().minusSeconds(1);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ReadingToken token = new ReadingToken(UUID.randomUUID().toString(), clean, now, expiresAt, null, false);
        tx.inTransaction(() -> {
            if (store.liveTokens(tenantId, now.toEpochMilli()) >= LIVE_TOKENS) {
                throw new ValidationException("name", "meters.token.tooMany", LIVE_TOKENS);
            }
            store.insertToken(tenantId, token, hash(secret));
            return null;
        });
        return new CreatedToken(token, secret);
    }

    @Override
    public void revoke(String tenantId, String tokenId) {
        tx.inTransaction(() -> {
            JpaMeterStore.StoredToken t = store.token(tokenId).filter(s -> s.tenantId().equals(tenantId))
                    .orElseThrow(() -> new NotFoundException("meters.token.unknown"));
            if (!t.token().revoked()) {
                store.revokeToken(tokenId);
            }
            return null;
        });
    }

    @Override
    public Optional<TokenHolder> resolve(String secret) {
        if (secret == null || secret.length() != SECRET_LENGTH || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return tx.inTransaction(() -> {
            Optional<JpaMeterStore.StoredToken> found = store.tokenByHash(hash);
            Instant now = data.now();
            if (found.isEmpty() || found.get().token().revoked() || now.isAfter(found.get().token().expiresAt())) {
                return Optional.empty();
            }
            ReadingToken t = found.get().token();
            if (t.lastUsedAt() == null || !now.isBefore(t.lastUsedAt().plus(USE_WRITTEN_EVERY))) {
                store.tokenUsed(t.id(), now.toEpochMilli());
            }
            return Optional.of(new TokenHolder(found.get().tenantId(), t.id(), t.name()));
        });
    }

    /** The SHA-256 of a secret in hex: what is stored and looked up. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
