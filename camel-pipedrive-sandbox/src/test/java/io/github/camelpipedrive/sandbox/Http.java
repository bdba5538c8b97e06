package io.github.camelpipedrive.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small test client for the sandbox: JSON, form and multipart requests with the token in the header. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: status, headers, raw body and the body parsed as a JSON object (when it is one). */
    record Reply(int status, HttpResponse<String> raw) {
        String body() {
            return raw.body();
        }

        Map<String, Object> json() {
            try {
                return JSON.readValue(raw.body(), new TypeReference<Map<String, Object>>() {});
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) json().get("data");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dataList() {
            return (List<Map<String, Object>>) json().get("data");
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final String baseUrl;
    private final String token;

    Http(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Http(PipedriveSandbox sandbox) {
        this(sandbox.baseUrl(), sandbox.token());
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply post(String path, Object json) {
        return sendJson("POST", path, json);
    }

    Reply put(String path, Object json) {
        return sendJson("PUT", path, json);
    }

    Reply patch(String path, Object json) {
        return sendJson("PATCH", path, json);
    }

    Reply sendJson(String method, String path, Object json) {
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(write(json));
        HttpRequest.Builder b = request(path).method(method, body);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b);
    }

    Reply form(String method, String path, Map<String, ?> fields) {
        String encoded = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** multipart/form-data with one file part named {@code file} plus text fields. */
    Reply upload(String path, String fileName, String contentType, byte[] content, Map<String, ?> fields) {
        String boundary = "sandbox-boundary-" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((k, v) -> head.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName)
                .append("\"\r\n")
                .append("Content-Type: ")
                .append(contentType)
                .append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        System.arraycopy(end, 0, all, start.length + content.length, end.length);
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)));
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("x-api-token", token);
        }
        return b;
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without turning I/O errors into unchecked ones, for tests that expect them. */
    HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String write(Object json) {
        try {
            return json instanceof String s ? s : JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object from alternating keys and values. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
