package org.kabinet.billing.api;

/**
 * Posted payments whose notices (the payment SMS, the month's statement letter) are still to be
 * queued ({@code waiting}; seconds after a posting, longer after a big registry) and those given up
 * after repeated failures ({@code failed}; the log says why).
 */
public record PendingNotices(long waiting, long failed) {
}
