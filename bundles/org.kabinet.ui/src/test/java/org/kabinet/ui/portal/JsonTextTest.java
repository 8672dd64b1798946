package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "my data" download is valid JSON whatever the tenant typed. */
class JsonTextTest {
    @Test
    void aTreeBecomesIndentedJsonInItsOrder() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("email", "anna@example.ru");
        tree.put("verified", true);
        tree.put("count", 2);
        tree.put("none", null);
        tree.put("empty", List.of());
        tree.put("links", List.of(Map.of("number", "93001")));
        assertEquals("{\n  \"email\": \"anna@example.ru\",\n  \"verified\": true,\n  \"count\": 2,\n  \"none\": null,\n  \"empty\": [],\n"
                + "  \"links\": [\n    {\n      \"number\": \"93001\"\n    }\n  ]\n}\n", JsonText.write(tree));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"Кран \\\"течёт\\\"\\n\\\\ \\u0007\"\n", JsonText.write("Кран \"течёт\"\n\\ \u0007"));
    }
}
