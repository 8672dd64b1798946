package org.kabinet.notifications.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.WebhookAdministration;
import org.kabinet.notifications.api.WebhookEndpoint;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.impl.jpa.JpaWebhookEndpoints;

/**
 * Staff's webhook endpoints: https URLs (http only to this machine, for a local relay or a test), the event
 * types each hears, at most {@code maxEndpoints}; the secret of a new one comes from the {@link WebhookSigner}.
 */
public final class WebhookService {
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private final JpaWebhookEndpoints endpoints;
    private final WebhookSigner signer;
    private final int maxEndpoints;
    private final Clock clock;

    public WebhookService(JpaWebhookEndpoints endpoints, WebhookSigner signer, int maxEndpoints, Clock clock) {
        this.endpoints = endpoints;
        this.signer = signer;
        this.maxEndpoints = maxEndpoints;
        this.clock = clock;
    }

    public List<WebhookEndpoint> endpoints() {
        return endpoints.all();
    }

    public WebhookAdministration.Added add(String url, Set<String> events, String description, String by) {
        String checkedUrl = checkedUrl(url);
        if (events == null || events.isEmpty()) {
            throw new ValidationException("events", "webhook.events.empty");
        }
        Set<String> types = new TreeSet<>();
        for (String type : events) {
            String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
            if (!WebhookEvent.TYPES.contains(t)) {
                throw new ValidationException("events", "webhook.events.unknown", String.valueOf(type));
            }
            types.add(t);
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > 200) {
            throw new ValidationException("description", "webhook.description.tooLong");
        }
        if (endpoints.all().size() >= maxEndpoints) {
            throw new ValidationException("url", "webhook.tooMany", maxEndpoints);
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID().toString(), checkedUrl, types, text, clock.instant(), by);
        endpoints.add(endpoint);
        return new WebhookAdministration.Added(endpoint, signer.secretFor(endpoint.id()));
    }

    public boolean remove(String id) {
        return id != null && endpoints.remove(id);
    }

    /** The URL as it will be called: absolute https with a host, or http to this machine; no user info, no fragment. */
    static String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > 1000) {
            throw new ValidationException("url", "webhook.url.invalid");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null || uri.getPort() > 65535
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ValidationException("url", "webhook.url.invalid");
        }
        if (scheme.equals("http") && !LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new ValidationException("url", "webhook.url.insecure");
        }
        return uri.toString();
    }
}
