package org.kabinet.sms.http;

import java.time.Duration;

/**
 * How to talk to one provider's HTTP API. The body template may use {@code {phone}} (10 digits),
 * {@code {international}} (+7…), {@code {text}} and {@code {key}}; values are URL-encoded for
 * forms and GET, JSON-escaped for JSON. (Not {@code ${…}}: Karaf would substitute that in the .cfg file.)
 */
public record HttpSmsSettings(String url, String method, String contentType, String bodyTemplate,
                              String authType, String authHeaderName, String authHeaderValue,
                              String username, String password, String authQueryParameter, String authQueryValue,
                              String successPattern, String messageIdPattern,
                              Duration connectTimeout, Duration readTimeout) {
    @Override
    public String toString() {
        // secrets stay out of logs
        return "HttpSmsSettings[" + method + " " + url.replaceAll("\\?.*", "?…") + ", auth " + authType + "]";
    }
}
