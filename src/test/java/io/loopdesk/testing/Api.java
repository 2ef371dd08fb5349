package io.loopdesk.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A plain HTTP client for API tests: real requests to the running server, as one signed-in user. */
public final class Api {

    /** What came back. */
    public record Response(
            int status, @Nullable String contentType, String body, JsonNode json, java.net.http.HttpHeaders headers) {

        public JsonNode get(String field) {
            return json.get(field);
        }

        public String text(String field) {
            JsonNode node = json.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A file part of a multipart request. */
    public record FilePart(String name, String filename, String contentType, byte[] content) {}

    /** What a download returned, bytes and headers as they came. */
    public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final @Nullable String authorization;
    private final ObjectMapper json;
    private final java.util.Map<String, String> extraHeaders;

    Api(String base, @Nullable String authorization, ObjectMapper json) {
        this(base, authorization, json, java.util.Map.of());
    }

    private Api(String base, @Nullable String authorization, ObjectMapper json, java.util.Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.json = json;
        this.extraHeaders = java.util.Map.copyOf(headers);
    }

    /** The same client sending one more header on every request (an app key, an idempotency key). */
    public Api withHeader(String name, String value) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new Api(base, authorization, json, headers);
    }

    /** A client that signs in with nothing but the given headers, e.g. an app's {@code X-App-Key}. */
    static Api withHeaders(String base, ObjectMapper json, java.util.Map<String, String> headers) {
        return new Api(base, null, json, headers);
    }

    /** A client of the server at {@code base} (e.g. a node a test started itself), signed in with HTTP Basic. */
    public static Api basic(String base, String username, String password) {
        return basic(
                base,
                username,
                password,
                tools.jackson.databind.json.JsonMapper.builder().build());
    }

    static Api basic(String base, String username, String password, ObjectMapper json) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token, json);
    }

    static Api bearer(String base, String token, ObjectMapper json) {
        return new Api(base, "Bearer " + token, json);
    }

    static Api anonymous(String base, ObjectMapper json) {
        return new Api(base, null, json);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a raw JSON text as the body, for malformed-input tests. */
    public Response postRaw(String path, String rawJson) {
        return send("POST", path, new Raw(rawJson));
    }

    public Response putRaw(String path, String rawJson) {
        return send("PUT", path, new Raw(rawJson));
    }

    public Response patchRaw(String path, String rawJson) {
        return send("PATCH", path, new Raw(rawJson));
    }

    private record Raw(String json) {}

    /** Posts {@code multipart/form-data}: text fields (a JSON field is sent as {@code application/json}), then files. */
    public Response multipart(String path, java.util.Map<String, String> fields, java.util.List<FilePart> files) {
        String boundary = "----loopdesk" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            String type = value.startsWith("{") ? "application/json" : "text/plain; charset=UTF-8";
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: "
                            + type + "\r\n\r\n" + value + "\r\n");
        });
        for (FilePart file : files) {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
                            + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            out.writeBytes(file.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send(
                "POST",
                path,
                HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()),
                "multipart/form-data; boundary=" + boundary);
    }

    /** Posts a body as it is, with the given content type (CSV, JSON lines). */
    public Response postText(String path, String contentType, byte[] body) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    /** Downloads raw bytes, with the response headers. */
    public Download download(String path) {
        HttpRequest.Builder request = builder(path).GET();
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        extraHeaders.forEach(request::header);
        return request;
    }

    private Response send(String method, String path, @Nullable Object body) {
        if (body == null) {
            return send(method, path, HttpRequest.BodyPublishers.noBody(), null);
        }
        String text = body instanceof Raw raw ? raw.json() : json.writeValueAsString(body);
        return send(
                method, path, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8), "application/json");
    }

    private Response send(
            String method, String path, HttpRequest.BodyPublisher publisher, @Nullable String contentType) {
        HttpRequest.Builder request = builder(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, publisher);
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String content = response.body();
            JsonNode node = content.isBlank() ? json.nullNode() : parse(content);
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    content,
                    node,
                    response.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String content) {
        try {
            return json.readTree(content);
        } catch (RuntimeException notJson) {
            return json.nullNode();
        }
    }
}
