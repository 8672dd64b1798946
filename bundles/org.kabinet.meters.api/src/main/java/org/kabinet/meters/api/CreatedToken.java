package org.kabinet.meters.api;

/** A new token and its secret — the only time the secret is known; after this only its hash is kept. */
public record CreatedToken(ReadingToken token, String secret) {
}
