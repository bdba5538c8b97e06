package io.github.camelpipedrive.component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Reads and writes to the sandbox the way a test checks what Pipedrive holds: plain HTTP, not the component. */
public final class SandboxHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PipedriveSandbox sandbox;

    public SandboxHttp(PipedriveSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** GET: the answer's {@code data}. */
    public Object get(String path) {
        return send("GET", path, null).get("data");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getMap(String path) {
        return (Map<String, Object>) get(path);
    }

    /** POST (or PATCH) JSON: the answer's {@code data}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> write(String method, String path, Object body) {
        return (Map<String, Object>) send(method, path, body).get("data");
    }

    /** The id of the option with this label of a custom field of {@code entity} ({@code person}, {@code deal}). */
    @SuppressWarnings("unchecked")
    public Object optionId(String entity, String field, String label) {
        Map<String, Object> definition =
                getMap("/api/v2/" + entity + "Fields/" + PipedriveSandbox.customFieldKey(entity, field));
        return ((List<Map<String, Object>>) definition.get("options"))
                .stream()
                        .filter(o -> label.equals(o.get("label")))
                        .findFirst()
                        .orElseThrow()
                        .get("id");
    }

    /** How many requests in the journal have this method and path. */
    public long count(String method, String path) {
        return sandbox.requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .count();
    }

    /** The journal's writes (anything but GET). */
    public List<RecordedRequest> writes() {
        return sandbox.requests().stream()
                .filter(r -> !r.method().equals("GET"))
                .toList();
    }

    private Map<String, Object> send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                    .header("x-api-token", sandbox.token())
                    .header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
