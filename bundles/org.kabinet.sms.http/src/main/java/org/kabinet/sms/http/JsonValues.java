package org.kabinet.sms.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A provider's JSON answer, read with Jackson: every scalar is compared as its text ({@code 1},
 * {@code true}, a string's content), since providers' status values differ in type.
 */
final class JsonValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonValues() {
    }

    /** The parsed document. @throws IllegalArgumentException for malformed JSON */
    static Object parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("empty JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The array's elements, or null when the document is not an array. */
    static Iterable<JsonNode> elements(Object root) {
        return root instanceof JsonNode node && node.isArray() ? node : null;
    }

    /**
     * The scalar at a dotted path of keys ({@code status}, {@code sms.12345.status_code}); a path of one
     * key that the top object lacks is looked up depth-first, so {@code status} also finds
     * {@code {"result":{"status":"DELIVRD"}}}. Null when absent or not a scalar.
     */
    static String find(Object root, String path) {
        if (path == null || path.isBlank() || !(root instanceof JsonNode node)) {
            return null;
        }
        JsonNode value = node;
        for (String key : path.split("\\.")) {
            value = value == null || !value.isObject() ? null : value.get(key);
        }
        if ((value == null || !value.isValueNode()) && !path.contains(".")) {
            value = deep(node, path);
        }
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static JsonNode deep(JsonNode node, String key) {
        if (node.isObject() && node.has(key) && node.get(key).isValueNode()) {
            return node.get(key);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                JsonNode found = deep(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
