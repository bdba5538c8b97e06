package io.github.camelpipedrive.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's list of accepted top-level body fields ({@code v2-accepted-fields.tsv}) against the request schemas
 * of Pipedrive's v2 OpenAPI document: for every v2 create and update the sandbox serves, the list has a line and it
 * names exactly the schema's properties. Skipped, with a message, when the documents are absent.
 */
class AcceptedFieldsContractTest {

    @Test
    void everyV2CreateAndUpdateAcceptsExactlyTheFieldsOfItsRequestSchema() {
        OpenApiDocs.assumePresent();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Route route : new RouteTable().routes()) {
            if (route.version() != ApiVersion.V2
                    || !(route.method().equals("POST") || route.method().equals("PATCH"))) {
                continue;
            }
            Map<String, Object> op = OpenApiDocs.operation(route.method(), route.fullPath());
            if (op == null) {
                problems.add(route.method() + " " + route.fullPath() + ": not in openapi-v2.yaml");
                continue;
            }
            Set<String> documented = new TreeSet<>(requestProperties(op));
            Set<String> accepted = AcceptedFields.of(route.operationId());
            if (accepted == null) {
                problems.add(
                        route.operationId() + ": no line in v2-accepted-fields.tsv (schema has " + documented + ")");
            } else if (!new TreeSet<>(accepted).equals(documented)) {
                problems.add(route.operationId() + ": sandbox accepts " + new TreeSet<>(accepted) + ", schema has "
                        + documented);
            }
            checked++;
        }
        assertThat(problems)
                .as("accepted-field lists that differ from Pipedrive's request schemas")
                .isEmpty();
        assertThat(checked).as("v2 creates and updates checked").isGreaterThan(30);
    }

    @Test
    void theListNamesNoOperationTheSandboxDoesNotServe() {
        Set<String> served = new LinkedHashSet<>();
        new RouteTable()
                .routes().stream().filter(r -> r.version() == ApiVersion.V2).forEach(r -> served.add(r.operationId()));
        assertThat(AcceptedFields.all().keySet()).isSubsetOf(served);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> requestProperties(Map<String, Object> op) {
        Map<String, Object> body = (Map<String, Object>) resolve(op.get("requestBody"));
        if (body == null) {
            return Set.of();
        }
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return json == null ? Set.of() : properties(json.get("schema"));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> properties(Object schemaOrRef) {
        Map<String, Object> schema = (Map<String, Object>) resolve(schemaOrRef);
        Set<String> out = new LinkedHashSet<>();
        if (schema == null) {
            return out;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (Object sub : (List<Object>) schema.getOrDefault(combinator, List.of())) {
                out.addAll(properties(sub));
            }
        }
        Object props = schema.get("properties");
        if (props instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> out.add(String.valueOf(k)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object resolve(Object node) {
        while (node instanceof Map<?, ?> m && m.get("$ref") instanceof String ref) {
            Object at = OpenApiDocs.v2();
            for (String part : ref.substring(2).split("/")) {
                at = ((Map<String, Object>) at).get(part);
            }
            node = at;
        }
        return node;
    }
}
