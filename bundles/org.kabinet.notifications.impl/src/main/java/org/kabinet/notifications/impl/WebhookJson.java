package org.kabinet.notifications.impl;

import java.util.Map;
import java.util.TreeMap;
import org.kabinet.notifications.api.WebhookEvent;

/**
 * The body of a webhook: {@code {"id","type","occurredAt","data":{…}}}, data's keys sorted. It is written once,
 * when the event is queued, so every retry sends the same bytes.
 */
public final class WebhookJson {
    private WebhookJson() {
    }

    public static String of(WebhookEvent event) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"id\":").append(quoted(event.id()))
                .append(",\"type\":").append(quoted(event.type()))
                .append(",\"occurredAt\":").append(quoted(event.occurredAt().toString()))
                .append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(event.data()).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append(quoted(e.getKey())).append(':').append(e.getValue() == null ? "null" : quoted(e.getValue()));
        }
        return json.append("}}").toString();
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
