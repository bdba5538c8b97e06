package io.github.camelpipedrive.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The top-level body fields Pipedrive accepts on each v2 create and update, read from
 * {@code v2-accepted-fields.tsv} (field names are facts of Pipedrive's request schemas). Pipedrive ignores any other
 * top-level key: it is neither stored nor echoed, and causes no error. The sandbox drops such keys before it
 * validates the body, so a misspelt field does not look stored. Custom field values travel inside
 * {@code custom_fields}, which is itself an accepted field where the entity has custom fields.
 */
final class AcceptedFields {

    private static final String RESOURCE = "v2-accepted-fields.tsv";
    private static final Map<String, Set<String>> BY_OPERATION = load();

    private AcceptedFields() {}

    /** The accepted fields of a v2 operation, or {@code null} when the list has no line for it. */
    static Set<String> of(String operationId) {
        return BY_OPERATION.get(operationId);
    }

    /** Every operation the list covers, with its fields. */
    static Map<String, Set<String>> all() {
        return BY_OPERATION;
    }

    /** Removes, in place, the top-level keys a v2 create or update does not accept. */
    static void dropUnknown(Route route, RequestBody body) {
        if (route.version() != ApiVersion.V2 || !("POST".equals(route.method()) || "PATCH".equals(route.method()))) {
            return;
        }
        Set<String> accepted = BY_OPERATION.get(route.operationId());
        if (accepted != null) {
            body.fields().keySet().retainAll(accepted);
        }
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        try (InputStream in = AcceptedFields.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the sandbox jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                Set<String> fields = new LinkedHashSet<>();
                if (cols.length > 1 && !cols[1].isBlank()) {
                    fields.addAll(Arrays.asList(cols[1].trim().split(",")));
                }
                map.put(cols[0].trim(), Set.copyOf(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
