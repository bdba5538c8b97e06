package io.github.camelpipedrive.component.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.UpsertOperation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The facts the field resolution and the upserts take from Pipedrive's OpenAPI documents (read from
 * {@code pipedrive.api.dir}, never copied): the catalog's body keys of each resource are exactly the properties of its
 * add and update request schemas, and each upsert's search fields are values the search endpoint's {@code fields} parameter accepts.
 */
class FieldTargetContractTest {

    static Map<String, Object> v1;
    static Map<String, Object> v2;

    @BeforeAll
    static void readDocuments() throws IOException {
        String dir = System.getProperty("pipedrive.api.dir");
        if (dir != null
                && Files.isRegularFile(Path.of(dir, "openapi-v1.yaml"))
                && Files.isRegularFile(Path.of(dir, "openapi-v2.yaml"))) {
            v1 = load(Path.of(dir, "openapi-v1.yaml"));
            v2 = load(Path.of(dir, "openapi-v2.yaml"));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setMaxAliasesForCollections(10_000);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(options)).load(reader);
        }
    }

    @Test
    void eachResourcesBodyKeysAreTheAddAndUpdateSchemaProperties() {
        assumeTrue(v2 != null, "Pipedrive's OpenAPI documents are not at pipedrive.api.dir; skipped");
        Map<String, List<Object[]>> sources = Map.of(
                "deal", List.of(new Object[] {v2, "/deals", "post"}, new Object[] {v2, "/deals/{id}", "patch"}),
                "person", List.of(new Object[] {v2, "/persons", "post"}, new Object[] {v2, "/persons/{id}", "patch"}),
                "organization",
                        List.of(
                                new Object[] {v2, "/organizations", "post"},
                                new Object[] {v2, "/organizations/{id}", "patch"}),
                "product",
                        List.of(new Object[] {v2, "/products", "post"}, new Object[] {v2, "/products/{id}", "patch"}),
                "activity",
                        List.of(new Object[] {v2, "/activities", "post"}, new Object[] {v2, "/activities/{id}", "patch"
                        }),
                "lead", List.of(new Object[] {v1, "/leads", "post"}, new Object[] {v1, "/leads/{id}", "patch"}));
        Map<String, Set<String>> catalogKeys = new TreeMap<>();
        Stream.concat(
                        OperationCatalog.all().stream(),
                        OperationCatalog.upserts().stream().map(UpsertOperation::update))
                .filter(op -> op.entityBody() != null)
                .forEach(op -> {
                    Set<String> previous = catalogKeys.putIfAbsent(
                            op.resource(), op.entityBody().builtInKeys());
                    assertThat(op.entityBody().builtInKeys())
                            .as(op.key())
                            .isEqualTo(previous == null ? op.entityBody().builtInKeys() : previous);
                });
        assertThat(catalogKeys.keySet()).containsExactlyInAnyOrderElementsOf(sources.keySet());
        sources.forEach((resource, operations) -> {
            Set<String> documented = new TreeSet<>();
            for (Object[] op : operations) {
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = (Map<String, Object>) op[0];
                documented.addAll(bodyProperties(doc, (String) op[1], (String) op[2]));
            }
            assertThat(new TreeSet<>(catalogKeys.get(resource))).as(resource).isEqualTo(documented);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachUpsertSearchesOnlyFieldsTheSearchEndpointAccepts() {
        assumeTrue(v2 != null, "Pipedrive's OpenAPI documents are not at pipedrive.api.dir; skipped");
        for (UpsertOperation upsert : OperationCatalog.upserts()) {
            Map<String, Object> search = (Map<String, Object>)
                    ((Map<String, Object>) paths(v2).get("/" + upsert.collection() + "/search")).get("get");
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) search.get("parameters");
            Map<String, Object> fields = parameters.stream()
                    .filter(p -> "fields".equals(p.get("name")))
                    .findFirst()
                    .orElseThrow();
            List<Object> accepted = (List<Object>) ((Map<String, Object>) fields.get("schema")).get("enum");
            assertThat(accepted)
                    .as(upsert.key())
                    .containsAll(upsert.searchFields())
                    .contains("custom_fields");
            assertThat(upsert.searchFields()).contains(upsert.defaultMatchBy());
            for (String type : FieldType.searchableNames()) {
                assertThat((String) fields.get("description")).contains("`" + type + "`");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> paths(Map<String, Object> doc) {
        return (Map<String, Object>) doc.get("paths");
    }

    @SuppressWarnings("unchecked")
    static Set<String> bodyProperties(Map<String, Object> doc, String path, String method) {
        Map<String, Object> operation =
                (Map<String, Object>) ((Map<String, Object>) paths(doc).get(path)).get(method);
        Map<String, Object> body = resolve(doc, operation.get("requestBody"));
        Map<String, Object> json =
                (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
        return properties(doc, json.get("schema"));
    }

    @SuppressWarnings("unchecked")
    static Set<String> properties(Map<String, Object> doc, Object node) {
        Map<String, Object> schema = resolve(doc, node);
        Set<String> names = new TreeSet<>();
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.keySet().forEach(k -> names.add((String) k));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(combinator) instanceof List<?> parts) {
                parts.forEach(part -> names.addAll(properties(doc, part)));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> doc, Object node) {
        Map<String, Object> map = (Map<String, Object>) node;
        while (map.get("$ref") instanceof String ref) {
            Object target = doc;
            for (String part : ref.substring(2).split("/")) {
                target = ((Map<String, Object>) target).get(part);
            }
            map = (Map<String, Object>) target;
        }
        return map;
    }
}
