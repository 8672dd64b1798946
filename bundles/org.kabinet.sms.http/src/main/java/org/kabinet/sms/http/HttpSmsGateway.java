package org.kabinet.sms.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kabinet.sms.spi.DeliveryReport;
import org.kabinet.sms.spi.SmsDeliveryReports;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;

/**
 * Sends SMS through a provider's HTTP API. 2xx whose body matches the success pattern is accepted
 * (the message id read by its pattern); 429, 5xx, timeouts and connection errors are temporary;
 * other answers are permanent rejections. Reasons carry the status and the start of the answer, never
 * the credentials. Delivery reports come by callback or by polling the provider's status URL, as
 * {@link HttpDeliverySettings} say.
 */
public class HttpSmsGateway implements SmsGateway, SmsDeliveryReports {
    private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());

    private final HttpSmsSettings settings;
    private final HttpDeliverySettings delivery;
    private final DeliveryReportReader reports;
    private final HttpClient client;
    private final Pattern success;
    private final Pattern messageId;

    /** A gateway whose provider reports no delivery. */
    public HttpSmsGateway(HttpSmsSettings settings) {
        this(settings, HttpDeliverySettings.none());
    }

    public HttpSmsGateway(HttpSmsSettings settings, HttpDeliverySettings delivery) {
        this.settings = settings;
        this.delivery = delivery;
        this.reports = new DeliveryReportReader(delivery);
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
        this.success = blank(settings.successPattern()) ? null : Pattern.compile(settings.successPattern(), Pattern.DOTALL);
        this.messageId = blank(settings.messageIdPattern()) ? null : Pattern.compile(settings.messageIdPattern());
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        HttpRequest request;
        try {
            request = request(message);
        } catch (IllegalArgumentException e) {
            return SmsReceipt.permanentFailure("the gateway's URL or template is invalid: " + e.getMessage());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return SmsReceipt.temporaryFailure("no answer within " + settings.readTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return SmsReceipt.temporaryFailure("cannot reach the provider: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SmsReceipt.temporaryFailure("interrupted");
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String answer = "HTTP " + status + ": " + (body.length() > 200 ? body.substring(0, 200) : body);
        if (status == 429 || status >= 500) {
            return SmsReceipt.temporaryFailure(answer);
        }
        if (status < 200 || status >= 300) {
            return SmsReceipt.permanentFailure(answer);
        }
        if (success != null && !success.matcher(body).find()) {
            return SmsReceipt.permanentFailure("the provider did not confirm: " + answer);
        }
        String id = null;
        if (messageId != null) {
            Matcher m = messageId.matcher(body);
            id = m.find() ? (m.groupCount() > 0 ? m.group(1) : m.group()) : null;
        }
        return SmsReceipt.accepted(id);
    }

    private HttpRequest request(SmsMessage message) {
        boolean json = settings.contentType().contains("json");
        boolean get = "GET".equalsIgnoreCase(settings.method());
        String fields = fill(settings.bodyTemplate(), message, json && !get ? HttpSmsGateway::jsonEscape : HttpSmsGateway::urlEncode);
        String url = settings.url();
        if (get && !fields.isEmpty()) {
            url += (url.contains("?") ? "&" : "?") + fields;
        }
        HttpRequest.Builder builder = authorized(url);
        if (get) {
            builder.GET();
        } else {
            builder.header("Content-Type", settings.contentType() + "; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(fields, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    /** A request to the provider with the configured authentication (query, header or basic). */
    private HttpRequest.Builder authorized(String address) {
        String url = address;
        if ("query".equalsIgnoreCase(settings.authType())) {
            url += (url.contains("?") ? "&" : "?") + urlEncode(settings.authQueryParameter()) + "=" + urlEncode(settings.authQueryValue());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(settings.readTimeout());
        switch (settings.authType().toLowerCase()) {
            case "header" -> builder.header(settings.authHeaderName(), settings.authHeaderValue());
            case "basic" -> builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
            default -> {
                // none, or query (already in the URL)
            }
        }
        return builder;
    }

    @Override
    public boolean acceptsCallbacks() {
        return delivery.mode() == HttpDeliverySettings.Mode.CALLBACK;
    }

    @Override
    public Optional<List<DeliveryReport>> callback(Map<String, List<String>> query, Map<String, List<String>> headers,
                                                   String body) {
        if (!acceptsCallbacks() || !reports.genuine(query, headers)) {
            return Optional.empty();
        }
        return Optional.of(reports.fromCallback(query, body));
    }

    @Override
    public Optional<Duration> pollInterval() {
        return polls() ? Optional.of(delivery.pollInterval()) : Optional.empty();
    }

    /**
     * One GET of the status URL per id, in order; stops at the first provider that cannot be reached
     * or does not answer in time (the rest wait for the next round). Answers other than 2xx and
     * statuses still under way report nothing.
     */
    @Override
    public List<DeliveryReport> poll(Collection<String> providerMessageIds) {
        if (!polls()) {
            return List.of();
        }
        List<DeliveryReport> found = new ArrayList<>();
        for (String id : providerMessageIds) {
            HttpResponse<String> response;
            try {
                HttpRequest request = authorized(delivery.statusUrl().replace("{id}", urlEncode(id))).GET().build();
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                LOG.warning("The SMS status URL is invalid (statusUrl in etc/org.kabinet.sms.http.cfg)");
                break;
            } catch (IOException e) {
                LOG.fine(() -> "SMS status poll stopped, the provider is not answering: " + e.getClass().getSimpleName());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (response.statusCode() >= 200 && response.statusCode() < 300) {
                reports.fromStatusAnswer(id, response.body()).ifPresent(found::add);
            } else {
                LOG.fine(() -> "SMS status poll for " + id + ": HTTP " + response.statusCode());
            }
        }
        return found;
    }

    private boolean polls() {
        return delivery.mode() == HttpDeliverySettings.Mode.POLL && !blank(delivery.statusUrl());
    }

    static String fill(String template, SmsMessage message, UnaryOperator<String> escape) {
        return template.replace("{phone}", escape.apply(message.phone()))
                .replace("{international}", escape.apply(message.international()))
                .replace("{text}", escape.apply(message.text()))
                .replace("{key}", escape.apply(message.idempotencyKey()));
    }

    static String urlEncode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
