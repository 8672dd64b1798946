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
        // HTTP/1.1: no h2c upgrade dance with plain-http receivers
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
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
        String failure;
        try {
            HttpRequest request = request(hook, endpoint.get());
            // the body is not read: a receiver that never stops sending cannot hold the dispatcher past the timeout
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
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
        } catch (IllegalArgumentException e) {
            // a URL or header the HTTP client refuses cannot go out however often it is tried
            String detail = cut("cannot be sent: " + e.getMessage());
            store.recordAttempt(hook.id(), clock.instant(), GATEWAY, "PERMANENT_FAILURE", detail);
            store.markFailed(hook.id(), attempts, detail);
            LOG.warning(() -> "Webhook " + hook.idempotencyKey() + " " + detail);
            return false;
        } catch (RuntimeException e) {
            failure = "the HTTP client failed: " + e;
        }
        Instant at = clock.instant();
        String detail = cut(failure);
        store.recordAttempt(hook.id(), at, GATEWAY, "TEMPORARY_FAILURE", detail);
        if (retries.givesUpAfter(attempts)) {
            store.markFailed(hook.id(), attempts, detail);
            LOG.warning(() -> "Webhook " + hook.idempotencyKey() + " failed for good after " + attempts + " attempts: " + detail);
        } else {
            store.markRetry(hook.id(), attempts, at.plus(retries.delayAfter(attempts)), detail);
        }
        return false;
    }

    private HttpRequest request(QueuedWebhook hook, WebhookEndpoint endpoint) {
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Kabinet-Webhooks/1")
                .header("Kabinet-Event-Id", headerValue(hook.eventId()))
                .header("Kabinet-Event-Type", hook.type())
                .header("Kabinet-Delivery", hook.id())
                .header("Kabinet-Timestamp", Long.toString(timestamp))
                .header("Kabinet-Signature", signer.signature(endpoint.id(), timestamp, hook.body()))
                .POST(HttpRequest.BodyPublishers.ofString(hook.body(), StandardCharsets.UTF_8))
                .build();
    }

    /**
     * An event id as a header value: headers are ASCII, ids may hold any letter (a payment id «ПЛ-1»), so bytes
     * outside printable ASCII and {@code %} itself are percent-encoded (UTF-8); an ASCII id stays as it is. The
     * body carries the id as it is.
     */
    static String headerValue(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x21 || c > 0x7e || c == '%') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static String cut(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
