package org.kabinet.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code /api/v1}: the document generated from the resources is valid OpenAPI 3.0, equals the copy
 * checked in (and served by the portal), and has every endpoint the README's tables list. A change to the API fails
 * here until the copy is accepted: {@code mvn -B install -pl bundles/org.kabinet.apidocs -am -Dopenapi.accept=true -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false}
 * builds the changed modules and rewrites it (then review the diff and commit it).
 */
class OpenApiDocumentTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path JSON = MODULE.resolve("src/main/resources" + OpenApiResource.JSON);
    private static final Path YAML = MODULE.resolve("src/main/resources" + OpenApiResource.YAML);
    private static final Path README = MODULE.resolve("../../README.md");
    private static OpenAPI api;
    private static String json;
    private static String yaml;

    @BeforeAll
    static void generate() throws IOException {
        api = OpenApiGenerator.generate();
        json = Json.pretty(api) + "\n";
        yaml = Yaml.pretty(api);
        if (Boolean.getBoolean("openapi.accept")) {
            write(JSON, json);
            write(YAML, yaml);
            // the build's copy too, so that the jar packaged next holds what was accepted
            write(MODULE.resolve("target/classes" + OpenApiResource.JSON), json);
            write(MODULE.resolve("target/classes" + OpenApiResource.YAML), yaml);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), parsed.getMessages(), "the validator's findings");
        assertTrue(parsed.getOpenAPI().getPaths().size() > 50, "paths: " + parsed.getOpenAPI().getPaths().size());
    }

    @Test
    void theCheckedInCopyIsWhatTheResourcesSay() throws IOException {
        String hint = " differs from what the resources say: if the API change is meant, accept it with "
                + "mvn -B install -pl bundles/org.kabinet.apidocs -am -Dopenapi.accept=true -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false, review the diff and commit it";
        assertEquals("", firstDifference(Files.readString(JSON, StandardCharsets.UTF_8), json), JSON + hint);
        assertEquals("", firstDifference(Files.readString(YAML, StandardCharsets.UTF_8), yaml), YAML + hint);
    }

    /** "" when the two are the same; else the first line that differs, in both (not the 300 KB of either). */
    static String firstDifference(String checkedIn, String generated) {
        String[] a = checkedIn.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "(end)";
            String right = i < b.length ? b[i] : "(end)";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": checked in «" + left.strip() + "», generated «" + right.strip() + "»";
            }
        }
        return "";
    }

    @Test
    void everyEndpointOfTheReadmeIsInTheDocument() throws IOException {
        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> documented.add(method + " " + normalized(path))));
        Set<String> listed = readmeEndpoints(Files.readString(README, StandardCharsets.UTF_8));
        Set<String> missing = new TreeSet<>(listed);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "in the README, not in the document");
        Set<String> unlisted = new TreeSet<>(documented);
        unlisted.removeAll(listed);
        assertEquals(Set.of(), unlisted, "in the document, not in the README's tables");
    }

    /**
     * Every endpoint in the first cell of a README table row, as "METHOD /path" with {@code {}} for each parameter and
     * without the query. The README writes them {@code `GET /me`}, {@code `GET\|POST /admin/services`} or
     * {@code `GET`, `PUT /admin/accounts/{id}`} (a lone method shares the next path).
     */
    static Set<String> readmeEndpoints(String readme) {
        Set<String> endpoints = new TreeSet<>();
        String methods = "(?:GET|POST|PUT|DELETE|PATCH)(?:\\\\\\|(?:GET|POST|PUT|DELETE|PATCH))*";
        Pattern token = Pattern.compile("`(" + methods + ")(?: (/[^`?\\s]*)[^`]*)?`");
        for (String line : readme.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            int end = line.indexOf(" |", 1);
            Matcher m = token.matcher(line.substring(1, end < 0 ? line.length() : end));
            List<String> pending = new java.util.ArrayList<>();
            while (m.find()) {
                pending.addAll(List.of(m.group(1).split("\\\\\\|")));
                if (m.group(2) != null) {
                    for (String method : pending) {
                        endpoints.add(method + " " + normalized(m.group(2)));
                    }
                    pending.clear();
                }
            }
        }
        return endpoints;
    }

    static String normalized(String path) {
        String p = path.replaceFirst("^/api/v1(?=/)", "").replaceAll("\\{[^}]*}", "{}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
