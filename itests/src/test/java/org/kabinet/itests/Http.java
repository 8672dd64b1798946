package org.kabinet.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny JSON-over-HTTP client on the JDK's HttpClient. */
final class Http {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    /** Waits until the API is published: the container may still be activating components. */
    Http(int port) throws IOException, InterruptedException {
        this.base = "http://localhost:" + port;
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        // the core's resources (with the security log) first, then the accounts, billing, meters and communication modules' (each registers on
        // its own, and while one joins the whiteboard the whole API answers 404 for a moment)
        while (get("/api/v1/me", null).statusCode() != 401 || get("/api/v1/cities", null).statusCode() != 200
                || get("/api/v1/admin/security-log", null).statusCode() != 401
                || get("/api/v1/admin/accounts", null).statusCode() != 401 || get("/api/v1/admin/services", null).statusCode() != 401
                || !metersPublished() || !communicationPublished()) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("the REST API was not published within 60 s");
            }
            Thread.sleep(250);
        }
    }

    /** Each of the meters module's resources answers 401 without a token (a feature test may have taken it off: then yes). */
    private boolean metersPublished() throws IOException, InterruptedException {
        for (String path : java.util.List.of("/api/v1/admin/windows", "/api/v1/me/meters", "/api/v1/me/accounts/none/meters",
                "/api/v1/me/reading-tokens")) {
            if (get(path, null).statusCode() != 401) {
                return false;
            }
        }
        return post("/api/v1/me/readings", "{}", null).statusCode() == 401;
    }

    /**
     * Each of the communication module's resources answers: 401 without a token, and the public feedback form 422 for
     * an empty form (refused before any limit counts it).
     */
    private boolean communicationPublished() throws IOException, InterruptedException {
        for (String path : java.util.List.of("/api/v1/me/messages", "/api/v1/admin/messages", "/api/v1/me/announcements",
                "/api/v1/admin/announcements")) {
            if (get(path, null).statusCode() != 401) {
                return false;
            }
        }
        return post("/api/v1/feedback", "{}", null).statusCode() == 422;
    }

    HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        return send("POST", path, "application/json", json, bearer(token), null);
    }

    HttpResponse<String> put(String path, String json, String token) throws IOException, InterruptedException {
        return send("PUT", path, "application/json", json, bearer(token), null);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, null, null, bearer(token), null);
    }

    HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send("DELETE", path, null, null, bearer(token), null);
    }

    /** A request of a staff member, with HTTP Basic credentials. */
    HttpResponse<String> staff(String method, String path, String contentType, String body, String user, String password)
            throws IOException, InterruptedException {
        return staff(method, path, contentType, body, user, password, null);
    }

    HttpResponse<String> staff(String method, String path, String contentType, String body, String user, String password,
                               String accept) throws IOException, InterruptedException {
        return send(method, path, contentType, body, basic(user, password), accept);
    }

    /** A file as the raw request body (an upload), with the {@code Authorization} header given whole. */
    HttpResponse<String> upload(String path, String contentType, byte[] file, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).header("Content-Type", contentType);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A download: the answer's bytes as they came. */
    HttpResponse<byte[]> download(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Any request with the headers given as name, value, name, value… (e.g. a browser's {@code Origin},
     * {@code Sec-Fetch-Site} or {@code Cookie}) and a body of raw bytes (null: none).
     */
    HttpResponse<String> raw(String method, String path, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code Authorization} value of a staff member's HTTP Basic credentials. */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String authorization,
                                      String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
