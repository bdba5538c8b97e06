package io.github.camelpipedrive.component.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every catalog entry against Pipedrive's published OpenAPI documents (read from {@code pipedrive.api.dir}, never
 * copied into the project) and the seed's operations table ({@code pipedrive.seed.dir}): the path, method, path
 * parameters, content type, required fields, enums, deprecation and token cost the catalog states are the ones
 * Pipedrive publishes, and each example body is valid for the operation's request schema.
 */
class OpenApiContractTest {

    /**
     * Fields the spec lists as required in the request body that do not belong there, with the reason. Nothing else
     * may differ.
     */
    static final Map<String, Set<String>> SPEC_REQUIRED_BUT_NOT_A_BODY_FIELD = Map.of(
            // The retired Subscriptions endpoints (2024-10 document) list the path parameter "id" in the body's
            // required list; the id travels in the path (/subscriptions/recurring/{id}), and the body schema
            // describes it as "The ID of the subscription" — the same value.
            "subscription/cancelRecurring", Set.of("id"),
            "subscription/updateRecurring", Set.of("id"));

    /** Same quirk, seen by the example validation: the example bodies rightly leave the path id out. */
    static final Set<String> EXAMPLE_IGNORES_REQUIRED_PATH_ID = SPEC_REQUIRED_BUT_NOT_A_BODY_FIELD.keySet();

    private static final Map<BodyType, String> CONTENT_TYPES = Map.of(
            BodyType.JSON, "application/json",
            BodyType.FORM, "application/x-www-form-urlencoded",
            BodyType.MULTIPART, "multipart/form-data");

    static Path apiDir;
    static Map<String, Object> v1;
    static Map<String, Object> v2;
    static Map<String, Object> v1History;

    /** Reads the documents once, if they are there; each test that needs them is skipped when they are not. */
    @BeforeAll
    static void readPipedrivesDocuments() throws IOException {
        String dir = System.getProperty("pipedrive.api.dir");
        if (dir == null) {
            return;
        }
        apiDir = Path.of(dir);
        if (Files.isRegularFile(apiDir.resolve("openapi-v1.yaml"))
                && Files.isRegularFile(apiDir.resolve("openapi-v2.yaml"))
                && Files.isRegularFile(apiDir.resolve("history/openapi-v1-2024-10-22.yaml"))) {
            v1 = load(apiDir.resolve("openapi-v1.yaml"));
            v2 = load(apiDir.resolve("openapi-v2.yaml"));
            v1History = load(apiDir.resolve("history/openapi-v1-2024-10-22.yaml"));
        }
    }

    static void assumeDocuments() {
        assumeTrue(
                v1 != null,
                "Pipedrive's OpenAPI documents (openapi-v1.yaml, openapi-v2.yaml, "
                        + "history/openapi-v1-2024-10-22.yaml) are not available at system property pipedrive.api.dir="
                        + System.getProperty("pipedrive.api.dir") + "; the OpenAPI contract checks are skipped");
    }

    /** YAML as plain maps; timestamps stay text (a spec's "2024-01-01" is a string, not a Date). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setMaxAliasesForCollections(10_000);
        SafeConstructor constructor = new SafeConstructor(options) {
            {
                yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(constructor).load(reader);
        }
    }

    static Stream<Arguments> catalog() {
        return OperationCatalog.all().stream()
                .map(op ->
                        Arguments.of(Named.of(op.key() + (op.useCase() == null ? "" : " (" + op.useCase() + ")"), op)));
    }

    /** v2 operations left out on purpose: the seed's use cases chose the v1 form, and the catalog keeps their names. */
    static final Set<String> V2_LEFT_FOR_THE_SEEDS_V1_FORM = Set.of("POST /tasks", "PATCH /tasks/{}");

    /** Deprecated v1 operations whose v2 replacement is in the catalog (GET /api/v2/deals with a filter, ...). */
    static final Map<String, String> V1_REPLACED_BY = Map.of(
            "GET /deals/archived", "deal/listArchived",
            "GET /pipelines/{}/deals", "deal/list (query.pipeline_id)",
            "GET /stages/{}/deals", "deal/list (query.stage_id)");

    /** v1 paths whose v2 replacement lives under another path. */
    static final Map<String, String> V1_MOVED = Map.of(
            "/projects/boards",
            "/boards",
            "/projects/boards/{}",
            "/boards/{}",
            "/projects/phases",
            "/phases",
            "/projects/phases/{}",
            "/phases/{}");

    @Test
    void everyCurrentOperationOfTheDocumentsIsInTheCatalogOrReplacedThere() {
        assumeDocuments();
        Set<String> catalog = new TreeSet<>();
        OperationCatalog.all()
                .forEach(op -> catalog.add(op.method() + " " + op.path().replaceAll("\\{[^}]+}", "{}")));
        Set<String> v2Shapes = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        int documented = 0;
        for (Map.Entry<String, Object> path : map(v2.get("paths")).entrySet()) {
            for (String method : map(path.getValue()).keySet()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented++;
                    String shape = method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]+}", "{}");
                    v2Shapes.add(shape);
                    if (!catalog.contains(shape.replaceFirst(" ", " /api/v2"))
                            && !V2_LEFT_FOR_THE_SEEDS_V1_FORM.contains(shape)) {
                        missing.add("v2 " + shape);
                    }
                }
            }
        }
        for (Map.Entry<String, Object> path : map(v1.get("paths")).entrySet()) {
            for (String method : map(path.getValue()).keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)
                        || path.getKey().startsWith("/oauth/")) {
                    continue;
                }
                documented++;
                String specPath = path.getKey().replaceAll("\\{[^}]+}", "{}");
                String shape = method.toUpperCase() + " " + specPath;
                String moved = V1_MOVED.getOrDefault(specPath, specPath);
                boolean inV2 = v2Shapes.contains(method.toUpperCase() + " " + moved)
                        || (method.equals("put") && v2Shapes.contains("PATCH " + moved));
                if (!catalog.contains(shape.replaceFirst(" ", " /v1")) && !inV2 && !V1_REPLACED_BY.containsKey(shape)) {
                    missing.add("v1 " + shape);
                }
            }
        }
        assertThat(missing)
                .as("documented operations neither in the catalog nor replaced by a catalog entry")
                .isEmpty();
        assertThat(documented)
                .as("operations the documents hold (OAuth endpoints aside)")
                .isGreaterThan(350);
        assertThat(OperationCatalog.all()).hasSizeGreaterThan(300);
    }

    // ------------------------------------------------------------------------------------------------------------
    // where each operation is in the documents

    /** An operation of a document: the document (for $refs), its name, the path item and the operation object. */
    record SpecOperation(
            String document, Map<String, Object> doc, Map<String, Object> pathItem, Map<String, Object> operation) {}

    /** v2 paths in openapi-v2.yaml without /api/v2; v1 in openapi-v1.yaml without /v1; subscriptions in history. */
    static SpecOperation locate(PipedriveOperation op) {
        String document;
        Map<String, Object> doc;
        String specPath;
        if (op.path().startsWith("/api/v2/")) {
            document = "openapi-v2.yaml";
            doc = v2;
            specPath = op.path().substring("/api/v2".length());
        } else if (op.path().startsWith("/v1/subscriptions/")) {
            document = "history/openapi-v1-2024-10-22.yaml";
            doc = v1History;
            specPath = op.path().substring("/v1".length());
        } else {
            assertThat(op.path()).as("%s: a v1 or v2 path", op.key()).startsWith("/v1/");
            document = "openapi-v1.yaml";
            doc = v1;
            specPath = op.path().substring("/v1".length());
        }
        Map<String, Object> pathItem = map(map(doc.get("paths")).get(specPath));
        assertThat(pathItem)
                .as("%s: path %s in %s", op.key(), specPath, document)
                .isNotNull();
        Map<String, Object> operation = map(pathItem.get(op.method().name().toLowerCase()));
        assertThat(operation)
                .as("%s: %s %s in %s (it has %s)", op.key(), op.method(), specPath, document, pathItem.keySet())
                .isNotNull();
        return new SpecOperation(document, doc, pathItem, operation);
    }

    // ------------------------------------------------------------------------------------------------------------
    // the catalog facts

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void theCatalogEntryStatesWhatPipedrivePublishes(PipedriveOperation op) {
        assumeDocuments();
        SpecOperation spec = locate(op);
        SoftAssertions softly = new SoftAssertions();
        String where = op.key() + " vs " + spec.document() + " " + op.method() + " " + op.path();

        // path parameters: the same names, numeric exactly where Pipedrive declares an integer
        Map<String, String> specParams = new TreeMap<>();
        List<Object> parameters = new ArrayList<>();
        parameters.addAll(list(spec.pathItem().get("parameters")));
        parameters.addAll(list(spec.operation().get("parameters")));
        for (Object p : parameters) {
            Map<String, Object> param = resolve(spec.doc(), p);
            if ("path".equals(param.get("in"))) {
                specParams.put(
                        (String) param.get("name"),
                        String.valueOf(resolve(spec.doc(), param.get("schema")).get("type")));
            }
        }
        Map<String, String> catalogParams = new TreeMap<>();
        op.pathParameters().forEach(p -> catalogParams.put(p.specName(), p.numeric() ? "integer" : "string"));
        softly.assertThat(catalogParams)
                .as("%s: path parameters (name -> type)", where)
                .isEqualTo(specParams.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                e -> e.getValue().equals("integer")
                                                || e.getValue().equals("number")
                                        ? "integer"
                                        : "string",
                                (a, b) -> a,
                                TreeMap::new)));

        // the request body: content type, required fields, enums, upload fields
        Map<String, Object> requestBody = spec.operation().containsKey("requestBody")
                ? resolve(spec.doc(), spec.operation().get("requestBody"))
                : null;
        if (op.bodyType() == BodyType.NONE) {
            softly.assertThat(requestBody)
                    .as("%s: the operation takes no body", where)
                    .isNull();
        } else if (requestBody == null) {
            softly.fail("%s: the catalog sends a %s body, the spec has no requestBody", where, op.bodyType());
        } else {
            Map<String, Object> content = map(requestBody.get("content"));
            String contentType = CONTENT_TYPES.get(op.bodyType());
            softly.assertThat(content.keySet())
                    .as("%s: request content types", where)
                    .containsExactly(contentType);
            if (content.containsKey(contentType)) {
                TopLevel body =
                        topLevel(spec.doc(), map(content.get(contentType)).get("schema"));
                softly.assertThat(body.composition)
                        .as("%s: top-level oneOf/anyOf (this test cannot read those)", where)
                        .isEmpty();
                compareRequired(softly, where, op, body);
                compareEnums(softly, where, op, body, spec.doc());
                if (op.bodyType() == BodyType.MULTIPART) {
                    Set<String> fields = new TreeSet<>(body.properties.keySet());
                    fields.remove(op.filePart());
                    softly.assertThat(new TreeSet<>(op.formFields()))
                            .as("%s: upload form fields besides the file", where)
                            .isEqualTo(fields);
                    softly.assertThat(body.properties)
                            .as("%s: the upload part is named %s", where, op.filePart())
                            .containsKey(op.filePart());
                }
            }
        }

        compareQueryParameters(softly, where, op, parameters, spec.doc());
        compareAnswer(softly, where, op, spec);

        // deprecation and token cost
        if (Boolean.TRUE.equals(spec.operation().get("deprecated"))) {
            softly.assertThat(op.isDeprecated())
                    .as("%s: the spec marks it deprecated", where)
                    .isTrue();
        }
        Object cost = spec.operation().get("x-token-cost");
        softly.assertThat(op.tokenCost())
                .as("%s: x-token-cost", where)
                .isEqualTo(cost == null ? 0 : ((Number) cost).intValue());

        // an example body exactly where a JSON or form body is sent
        boolean fielded = op.bodyType() == BodyType.JSON || op.bodyType() == BodyType.FORM;
        softly.assertThat(op.example() != null)
                .as("%s: has an example body", where)
                .isEqualTo(fielded);
        softly.assertAll();
    }

    /**
     * Query parameters both ways: names, types, required, allowed values and maxima; and the paging and search
     * attributes the catalog derives from them.
     */
    private static void compareQueryParameters(
            SoftAssertions softly,
            String where,
            PipedriveOperation op,
            List<Object> parameters,
            Map<String, Object> doc) {
        Map<String, String> spec = new TreeMap<>();
        for (Object p : parameters) {
            Map<String, Object> param = resolve(doc, p);
            if (!"query".equals(param.get("in"))) {
                continue;
            }
            Map<String, Object> schema = resolve(doc, param.get("schema"));
            String type = switch (String.valueOf(schema.get("type"))) {
                case "integer" -> "INTEGER";
                case "number" -> "NUMBER";
                case "boolean" -> "BOOLEAN";
                case "array" -> "integer".equals(map(schema.get("items")).get("type")) ? "INTEGER_LIST" : "STRING";
                default -> "STRING";
            };
            spec.put(
                    (String) param.get("name"),
                    type + (Boolean.TRUE.equals(param.get("required")) ? " required" : "")
                            + " " + (schema.get("enum") == null ? "[]" : describe(list(schema.get("enum"))))
                            + " max " + schema.get("maximum"));
        }
        Map<String, String> catalog = new TreeMap<>();
        op.queryParameters()
                .forEach(q -> catalog.put(
                        q.name(),
                        q.type() + (q.required() ? " required" : "") + " " + describe(q.allowed()) + " max "
                                + q.maximum()));
        softly.assertThat(catalog)
                .as("%s: query parameters (type, required, allowed values:kind, maximum)", where)
                .isEqualTo(spec);
        softly.assertThat(op.paging())
                .as("%s: paging follows the documented paging parameters", where)
                .isEqualTo(
                        spec.containsKey("cursor")
                                ? io.github.camelpipedrive.component.catalog.Paging.CURSOR
                                : spec.containsKey("start")
                                        ? io.github.camelpipedrive.component.catalog.Paging.OFFSET
                                        : io.github.camelpipedrive.component.catalog.Paging.NONE);
        String specPath = op.path().replaceFirst("^/(api/v2|v1)", "");
        boolean search = specPath.endsWith("/search") || specPath.startsWith("/itemSearch");
        softly.assertThat(op.isSearch())
                .as("%s: a search endpoint (separate rate limit, term rules)", where)
                .isEqualTo(search);
        if (search) {
            softly.assertThat(spec)
                    .as("%s: a search takes a required term", where)
                    .containsKey("term");
            softly.assertThat(op.searchTermMinLength())
                    .as("%s: minimum term length", where)
                    .isEqualTo(2);
        }
    }

    /** The successful answer is JSON, except for the operations the catalog marks as raw content. */
    private static void compareAnswer(SoftAssertions softly, String where, PipedriveOperation op, SpecOperation spec) {
        Set<String> types = new TreeSet<>();
        map(spec.operation().get("responses")).forEach((code, response) -> {
            if (code.startsWith("2")) {
                Map<String, Object> content = map(resolve(spec.doc(), response).get("content"));
                if (content != null) {
                    types.addAll(content.keySet());
                }
            }
        });
        if (op.hasBinaryAnswer()) {
            softly.assertThat(types)
                    .as("%s: a raw-content answer", where)
                    .doesNotContain("application/json")
                    .isNotEmpty();
        } else {
            softly.assertThat(types).as("%s: a JSON answer", where).containsOnly("application/json");
        }
    }

    private static void compareRequired(SoftAssertions softly, String where, PipedriveOperation op, TopLevel body) {
        Set<String> specRequired = new TreeSet<>(body.required);
        if (op.bodyType() == BodyType.MULTIPART) {
            // the file itself: always required, and not a field of the catalog's list
            softly.assertThat(specRequired)
                    .as("%s: the spec requires the file", where)
                    .contains(op.filePart());
            specRequired.remove(op.filePart());
        }
        Set<String> notBodyFields = SPEC_REQUIRED_BUT_NOT_A_BODY_FIELD.getOrDefault(op.key(), Set.of());
        softly.assertThat(specRequired)
                .as("%s: documented spec quirk still present", where)
                .containsAll(notBodyFields);
        specRequired.removeAll(notBodyFields);
        softly.assertThat(new TreeSet<>(op.requiredFields()))
                .as("%s: required fields", where)
                .isEqualTo(specRequired);
        softly.assertThat(op.requiredFields())
                .as("%s: required fields listed once", where)
                .doesNotHaveDuplicates();
    }

    /** Both directions; values as text, with their JSON kinds kept apart so "3" and 3 do not pass for each other. */
    private static void compareEnums(
            SoftAssertions softly, String where, PipedriveOperation op, TopLevel body, Map<String, Object> doc) {
        Map<String, List<Object>> specEnums = new TreeMap<>();
        body.properties.forEach((name, schema) -> {
            List<Object> values = enumOf(doc, schema, new HashSet<>());
            if (values != null) {
                specEnums.put(name, values);
            }
        });
        Map<String, List<String>> spec = new TreeMap<>();
        specEnums.forEach((k, v) -> spec.put(k, describe(v)));
        Map<String, List<String>> catalog = new TreeMap<>();
        op.allowedValues().forEach((k, v) -> catalog.put(k, describe(v)));
        softly.assertThat(catalog)
                .as("%s: allowed values (value:kind) of top-level fields", where)
                .isEqualTo(spec);
    }

    private static List<String> describe(List<Object> values) {
        return values.stream().map(v -> v + ":" + kind(v)).toList();
    }

    private static String kind(Object value) {
        return value instanceof Number
                ? "number"
                : value instanceof Boolean ? "boolean" : value == null ? "null" : "string";
    }

    /** The enum a property restricts to: its own, or one inside allOf/oneOf/anyOf (after $refs). */
    private static List<Object> enumOf(Map<String, Object> doc, Object node, Set<Object> seen) {
        Map<String, Object> schema = resolve(doc, node);
        if (schema == null || !seen.add(schema)) {
            return null;
        }
        if (schema.get("enum") instanceof List<?> values) {
            return new ArrayList<>(values);
        }
        for (String key : List.of("allOf", "oneOf", "anyOf")) {
            for (Object part : list(schema.get(key))) {
                List<Object> values = enumOf(doc, part, seen);
                if (values != null) {
                    return values;
                }
            }
        }
        return null;
    }

    /** The top-level properties and required list of a body schema, through $ref and allOf. */
    static final class TopLevel {
        final Map<String, Object> properties = new LinkedHashMap<>();
        final List<String> required = new ArrayList<>();
        final List<String> composition = new ArrayList<>();
    }

    static TopLevel topLevel(Map<String, Object> doc, Object node) {
        TopLevel top = new TopLevel();
        collect(doc, node, top);
        return top;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> doc, Object node, TopLevel top) {
        Map<String, Object> schema = resolve(doc, node);
        for (Object part : list(schema.get("allOf"))) {
            collect(doc, part, top);
        }
        for (String key : List.of("oneOf", "anyOf")) {
            if (schema.containsKey(key)) {
                top.composition.add(key);
            }
        }
        if (schema.get("properties") instanceof Map<?, ?> props) {
            top.properties.putAll((Map<String, Object>) props);
        }
        for (Object name : list(schema.get("required"))) {
            top.required.add((String) name);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // the example bodies

    static Stream<Arguments> catalogWithExamples() {
        return OperationCatalog.all().stream()
                .filter(op -> op.example() != null)
                .map(op -> Arguments.of(Named.of(op.key() + " (" + op.useCase() + ")", op)));
    }

    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /**
     * Formats are annotations here, not assertions: Pipedrive's v1 documents label fields that take
     * {@code YYYY-MM-DD HH:MM:SS} with {@code format: date-time} (RFC 3339), and the examples follow the field
     * descriptions, which is what Pipedrive accepts.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogWithExamples")
    void theExampleBodyIsValidForTheOperationsSchema(PipedriveOperation op) {
        assumeDocuments();
        SpecOperation spec = locate(op);
        Map<String, Object> requestBody = resolve(spec.doc(), spec.operation().get("requestBody"));
        Object openApiSchema = map(map(requestBody.get("content")).get(CONTENT_TYPES.get(op.bodyType())))
                .get("schema");
        Map<String, Object> jsonSchema = new OpenApiToJsonSchema(spec.doc()).convert(openApiSchema);
        if (EXAMPLE_IGNORES_REQUIRED_PATH_ID.contains(op.key())) {
            List<Object> required = new ArrayList<>(list(jsonSchema.get("required")));
            required.removeAll(SPEC_REQUIRED_BUT_NOT_A_BODY_FIELD.get(op.key()));
            jsonSchema.put("required", required);
        }
        Schema schema = SCHEMAS.getSchema(JACKSON.valueToTree(jsonSchema));
        JsonNode example = JACKSON.readTree(op.example());

        List<Error> errors = schema.validate(example);

        assertThat(errors)
                .as(
                        "%s: example %s against the %s schema of %s %s",
                        op.key(), op.example(), spec.document(), op.method(), op.path())
                .isEmpty();
        Set<String> documented = topLevel(spec.doc(), openApiSchema).properties.keySet();
        Set<String> sent = new TreeSet<>();
        sent.addAll(example.propertyNames());
        assertThat(documented)
                .as("%s: every field of the example is one Pipedrive documents", op.key())
                .containsAll(sent);
    }

    @Test
    void theSchemaConversionCatchesAnInvalidBody() {
        assumeDocuments();
        // the validator must be able to fail: a leadLabel without color, a deal whose title is a number
        SpecOperation leadLabel = locate(OperationCatalog.find("leadLabel", "add"));
        Object schema = map(map(resolve(leadLabel.doc(), leadLabel.operation().get("requestBody"))
                                .get("content"))
                        .get("application/json"))
                .get("schema");
        Schema compiled =
                SCHEMAS.getSchema(JACKSON.valueToTree(new OpenApiToJsonSchema(leadLabel.doc()).convert(schema)));
        assertThat(compiled.validate(JACKSON.readTree("{\"name\":\"Hot\"}"))).isNotEmpty();
        assertThat(compiled.validate(JACKSON.readTree("{\"name\":\"Hot\",\"color\":\"violet\"}")))
                .isNotEmpty();
        assertThat(compiled.validate(JACKSON.readTree("{\"name\":\"Hot\",\"color\":\"red\"}")))
                .isEmpty();

        SpecOperation deal = locate(OperationCatalog.find("deal", "add"));
        Object dealSchema = map(map(resolve(deal.doc(), deal.operation().get("requestBody"))
                                .get("content"))
                        .get("application/json"))
                .get("schema");
        Schema compiledDeal =
                SCHEMAS.getSchema(JACKSON.valueToTree(new OpenApiToJsonSchema(deal.doc()).convert(dealSchema)));
        assertThat(compiledDeal.validate(JACKSON.readTree("{\"title\":42}"))).isNotEmpty();
        assertThat(compiledDeal.validate(JACKSON.readTree("{\"title\":\"Acme\",\"value\":\"5000\"}")))
                .as("v2 does not take numbers as text")
                .isNotEmpty();
    }

    @Test
    void theSchemaConversionHandlesNullableRefsReadOnlyAndRecursion() {
        Map<String, Object> doc = Map.of(
                "components",
                Map.of(
                        "schemas",
                        Map.of(
                                "Visibility", Map.of("type", "integer", "enum", List.of(1, 3)),
                                "Node",
                                        Map.of(
                                                "type",
                                                "object",
                                                "properties",
                                                Map.of(
                                                        "name", Map.of("type", "string"),
                                                        "children",
                                                                Map.of(
                                                                        "type",
                                                                        "array",
                                                                        "items",
                                                                        Map.of(
                                                                                "$ref",
                                                                                "#/components/schemas/Node")))))));
        Map<String, Object> openApi = Map.of(
                "type",
                "object",
                "required",
                List.of("id", "name"),
                "properties",
                Map.of(
                        "id", Map.of("type", "integer", "readOnly", true),
                        "name", Map.of("type", "string", "example", "Acme", "x-internal", true),
                        "owner_id", Map.of("type", "integer", "nullable", true),
                        "visible_to",
                                Map.of(
                                        "allOf",
                                        List.of(Map.of("$ref", "#/components/schemas/Visibility")),
                                        "nullable",
                                        true),
                        "tree", Map.of("$ref", "#/components/schemas/Node")));
        Schema schema = SCHEMAS.getSchema(JACKSON.valueToTree(new OpenApiToJsonSchema(doc).convert(openApi)));

        assertThat(schema.validate(JACKSON.readTree("{\"name\":\"Acme\",\"owner_id\":null,\"visible_to\":null,"
                        + "\"tree\":{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[]}]}}")))
                .as("nullable fields take null; the read-only id is not required")
                .isEmpty();
        assertThat(schema.validate(JACKSON.readTree("{\"name\":\"Acme\",\"visible_to\":2}")))
                .isNotEmpty();
        assertThat(schema.validate(JACKSON.readTree("{\"name\":\"Acme\",\"owner_id\":\"7\"}")))
                .isNotEmpty();
        assertThat(schema.validate(JACKSON.readTree("{\"owner_id\":7}")))
                .as("name is required")
                .isNotEmpty();
        assertThat(schema.validate(JACKSON.readTree("{\"name\":\"Acme\",\"tree\":{\"name\":5}}")))
                .isNotEmpty();
    }

    @Test
    void theContractReaderSeesTheFactsItCompares() {
        // guards against a vacuous comparison: the reader must find required lists, enums and upload fields
        assumeDocuments();
        SpecOperation leadLabel = locate(OperationCatalog.find("leadLabel", "add"));
        TopLevel body = topLevel(
                leadLabel.doc(),
                map(map(resolve(leadLabel.doc(), leadLabel.operation().get("requestBody"))
                                        .get("content"))
                                .get("application/json"))
                        .get("schema"));
        assertThat(body.required).containsExactlyInAnyOrder("name", "color");
        assertThat(enumOf(leadLabel.doc(), body.properties.get("color"), new HashSet<>()))
                .contains("red", "gray");

        SpecOperation product = locate(OperationCatalog.find("product", "add"));
        TopLevel productBody = topLevel(
                product.doc(),
                map(map(resolve(product.doc(), product.operation().get("requestBody"))
                                        .get("content"))
                                .get("application/json"))
                        .get("schema"));
        assertThat(enumOf(product.doc(), productBody.properties.get("visible_to"), new HashSet<>()))
                .containsExactly(1, 3, 5, 7);
        assertThat(product.operation().get("x-token-cost")).isEqualTo(5);

        SpecOperation upload = locate(OperationCatalog.find("file", "add"));
        TopLevel uploadBody = topLevel(
                upload.doc(),
                map(map(resolve(upload.doc(), upload.operation().get("requestBody"))
                                        .get("content"))
                                .get("multipart/form-data"))
                        .get("schema"));
        assertThat(uploadBody.properties).containsKeys("file", "deal_id", "lead_id");
        assertThat(uploadBody.required).contains("file");
    }

    /**
     * OpenAPI 3.0 schema to JSON Schema 2020-12: $refs are inlined from the document (a reference to a schema already
     * being expanded becomes {@code {}}), {@code nullable: true} becomes a union with null, read-only properties are
     * dropped (a client does not send them), and OpenAPI-only keywords ({@code example}, {@code x-*},
     * {@code discriminator}, ...) are removed.
     */
    static final class OpenApiToJsonSchema {
        private static final Set<String> OPENAPI_ONLY = Set.of(
                "example",
                "examples",
                "discriminator",
                "xml",
                "externalDocs",
                "deprecated",
                "readOnly",
                "writeOnly",
                "nullable");
        private final Map<String, Object> doc;
        private final Deque<String> expanding = new ArrayDeque<>();

        OpenApiToJsonSchema(Map<String, Object> doc) {
            this.doc = doc;
        }

        Map<String, Object> convert(Object node) {
            Map<String, Object> schema = map(node);
            if (schema == null) {
                return new LinkedHashMap<>();
            }
            if (schema.get("$ref") instanceof String ref) {
                if (expanding.contains(ref)) {
                    return new LinkedHashMap<>(); // recursive schema: accept anything below this point
                }
                expanding.push(ref);
                try {
                    return convert(pointer(doc, ref));
                } finally {
                    expanding.pop();
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            Set<String> readOnly = new HashSet<>();
            for (Map.Entry<String, Object> e : schema.entrySet()) {
                String key = e.getKey();
                Object value = e.getValue();
                if (OPENAPI_ONLY.contains(key) || key.startsWith("x-")) {
                    continue;
                }
                switch (key) {
                    case "properties" -> {
                        Map<String, Object> props = new LinkedHashMap<>();
                        map(value).forEach((name, prop) -> {
                            if (Boolean.TRUE.equals(resolve(doc, prop).get("readOnly"))) {
                                readOnly.add(name);
                            } else {
                                props.put(name, convert(prop));
                            }
                        });
                        out.put(key, props);
                    }
                    case "items", "additionalProperties", "not" ->
                        out.put(key, value instanceof Map<?, ?> ? convert(value) : value);
                    case "allOf", "oneOf", "anyOf" ->
                        out.put(key, list(value).stream().map(this::convert).toList());
                    default -> out.put(key, value);
                }
            }
            if (!readOnly.isEmpty() && out.get("required") instanceof List<?> required) {
                out.put(
                        "required",
                        required.stream().filter(r -> !readOnly.contains(r)).toList());
            }
            if (Boolean.TRUE.equals(schema.get("nullable"))) {
                return nullable(out);
            }
            return out;
        }

        private static Map<String, Object> nullable(Map<String, Object> schema) {
            if (schema.get("type") instanceof String type) {
                schema.put("type", List.of(type, "null"));
                if (schema.get("enum") instanceof List<?> values && !values.contains(null)) {
                    List<Object> withNull = new ArrayList<>(values);
                    withNull.add(null);
                    schema.put("enum", withNull);
                }
                return schema;
            }
            // no type of its own (e.g. allOf: [$ref]): null, or whatever the schema says
            Map<String, Object> union = new LinkedHashMap<>();
            union.put("anyOf", List.of(Map.of("type", "null"), schema));
            return union;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // the seed

    @Test
    void theCatalogCoversExactlyTheSeedsUseCasesWithTheSeedsMethodPathAndFields() throws IOException {
        String dir = System.getProperty("pipedrive.seed.dir");
        assumeTrue(
                dir != null && Files.isRegularFile(Path.of(dir, "operations.tsv")),
                "The seed's operations.tsv is not available (system property pipedrive.seed.dir=" + dir
                        + "); the seed check is skipped");
        List<String> lines = Files.readAllLines(Path.of(dir, "operations.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        int id = header.indexOf("seed_id");
        int method = header.indexOf("http_method");
        int path = header.indexOf("path");
        int operationId = header.indexOf("operationId_in_spec");
        int requiredFields = header.indexOf("required_body_fields");
        int contentType = header.indexOf("content_type");
        assertThat(List.of(id, method, path, operationId, requiredFields, contentType))
                .doesNotContain(-1);

        Map<String, String[]> seed = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] row = line.split("\t");
                assertThat(seed.put(row[id], row))
                        .as("use case %s listed once", row[id])
                        .isNull();
            }
        }
        Map<String, PipedriveOperation> catalog = new TreeMap<>();
        for (PipedriveOperation op : OperationCatalog.all()) {
            if (op.useCase() != null) {
                assertThat(catalog.put(op.useCase(), op))
                        .as("use case %s implemented once", op.useCase())
                        .isNull();
            }
        }
        assertThat(catalog.keySet())
                .as("use cases of the catalog vs operations.tsv")
                .isEqualTo(seed.keySet());
        assertThat(seed).hasSize(82);

        SoftAssertions softly = new SoftAssertions();
        boolean specs = v1 != null;
        for (Map.Entry<String, String[]> e : seed.entrySet()) {
            String[] row = e.getValue();
            PipedriveOperation op = catalog.get(e.getKey());
            if (op == null) {
                continue;
            }
            softly.assertThat(op.method().name()).as("%s: method", op.key()).isEqualTo(row[method]);
            softly.assertThat(op.path()).as("%s: path", op.key()).isEqualTo(row[path]);
            String expectedType = op.bodyType() == BodyType.NONE ? "(no body)" : CONTENT_TYPES.get(op.bodyType());
            softly.assertThat(expectedType).as("%s: content type", op.key()).isEqualTo(row[contentType]);
            Set<String> seedRequired = new TreeSet<>();
            if (!row[requiredFields].startsWith("(")) {
                seedRequired.addAll(List.of(row[requiredFields].split(",")));
            }
            Set<String> catalogRequired = new TreeSet<>(op.requiredFields());
            if (op.bodyType() == BodyType.MULTIPART) {
                catalogRequired.add("file");
            }
            softly.assertThat(catalogRequired)
                    .as("%s: required body fields", op.key())
                    .isEqualTo(seedRequired);
            if (specs) {
                softly.assertThat(locate(op).operation().get("operationId"))
                        .as("%s: operationId", op.key())
                        .isEqualTo(row[operationId]);
            }
        }
        softly.assertAll();
    }

    // ------------------------------------------------------------------------------------------------------------
    // plain-map helpers

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    static List<Object> list(Object node) {
        if (node == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) node;
        return list;
    }

    /** The object a node stands for, following $refs within the document. */
    static Map<String, Object> resolve(Map<String, Object> doc, Object node) {
        Map<String, Object> current = map(node);
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && current.get("$ref") instanceof String ref) {
            assertThat(seen.add(ref)).as("$ref loop at %s", ref).isTrue();
            current = pointer(doc, ref);
        }
        return current;
    }

    static Map<String, Object> pointer(Map<String, Object> doc, String ref) {
        assertThat(ref).as("only references within the document").startsWith("#/");
        Object current = doc;
        for (String token : ref.substring(2).split("/")) {
            current = map(current).get(token.replace("~1", "/").replace("~0", "~"));
            assertThat(current).as("$ref %s resolves", ref).isNotNull();
        }
        return map(current);
    }
}
