package org.kabinet.notifications.impl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.kabinet.notifications.api.WebhookEndpoint;

/**
 * Delivers due webhooks: a signed POST of the queued JSON to the endpoint, every attempt recorded. A 2xx answer
 * settles the delivery (SENT, never sent again, also after a restart); anything else — another status, a
 * timeout, a refused connection — is retried with back-off until the policy gives up (FAILED, for staff to
 * retry). Redirects are not followed. Each pass claims its deliveries first, so several nodes never send one
 * twice (but for one whose node died between the receiver's answer and its record: sent again when the claim
 * ends, with the same {@code Kabinet-Event-Id}, which receivers use to drop repeats).
 */
public final class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    /** The name attempts are recorded under. */
    static final String GATEWAY = "webhook";

    private final OutboxStore store;
    private final Function<String, Optional<WebhookEndpoint>> endpoints;
    private final WebhookSigner signer;
    private final RetryPolicy retries;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public WebhookDispatcher(OutboxStore store, Function<String, Optional<WebhookEndpoint>> endpoints, WebhookSigner signer,
                             RetryPolicy retries, Duration timeout, Clock clock) {
        this.store = store;
        this.endpoints = endpoints;
        this.signer = signer;
        this.retries = retries;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Delivers what is due now; returns how many receivers answered 2xx. */
    public int dispatchDue(int batch) {
        Instant now = clock.instant();
        List<QueuedWebhook> due = store.dueWebhooks(now, batch);
        Instant stopAt = now.plus(store.claim().dividedBy(2));
        int delivered = 0;
        for (int i = 0; i < due.size(); i++) {
            if (clock.instant().isAfter(stopAt) || Thread.currentThread().isInterrupted()) {
                store.release(due.subList(i, due.size()).stream().map(QueuedWebhook::id).toList());
                break;
            }
            if (deliver(due.get(i))) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(QueuedWebhook hook) {
        int attempts = hook.attempts() + 1;
        Optional<WebhookEndpoint> endpoint = endpoints.apply(hook.endpointId());
        if (endpoint.isEmpty()) {
            store.recordAttempt(hook.id(), clock.instant(), GATEWAY, "PERMANENT_FAILURE", "the endpoint was removed");
            store.markFailed(hook.id(), attempts, "the endpoint was removed");
            return false;
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.get().url()))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Kabinet-Webhooks/1")
                .header("Kabinet-Event-Id", hook.eventId())
                .header("Kabinet-Event-Type", hook.type())
                .header("Kabinet-Delivery", hook.id())
                .header("Kabinet-Timestamp", Long.toString(timestamp))
                .header("Kabinet-Signature", signer.signature(hook.endpointId(), timestamp, hook.body()))
                .POST(HttpRequest.BodyPublishers.ofString(hook.body(), StandardCharsets.UTF_8))
                .build();
        String failure;
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                Instant at = clock.instant();
                store.recordAttempt(hook.id(), at, GATEWAY, "ACCEPTED", "HTTP " + status);
                store.markSent(hook.id(), attempts, at);
                return true;
            }
            failure = "HTTP " + status;
        } catch (IOException e) {
            failure = "no answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.release(List.of(hook.id()));
            return false;
        }
        Instant at = clock.instant();
        String detail = failure.length() > 1000 ? failure.substring(0, 1000) : failure;
        store.recordAttempt(hook.id(), at, GATEWAY, "TEMPORARY_FAILURE", detail);
        if (retries.givesUpAfter(attempts)) {
            store.markFailed(hook.id(), attempts, detail);
            LOG.warning(() -> "Webhook " + hook.idempotencyKey() + " failed for good after " + attempts + " attempts: " + detail);
        } else {
            store.markRetry(hook.id(), attempts, at.plus(retries.delayAfter(attempts)), detail);
        }
        return false;
    }
}
