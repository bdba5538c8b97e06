package io.github.camelpipedrive.component.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.BodyType;
import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.Paging;
import io.github.camelpipedrive.component.catalog.PathParameter;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.QueryParameter;
import io.github.camelpipedrive.component.catalog.UpsertOperation;
import io.github.camelpipedrive.component.fields.FieldType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the reference pages that must never drift from the code: the operations table (from the catalog) and the
 * option and header tables (from the component JSON that camel-package-maven-plugin generates).
 */
public final class DocsGenerator {

    static final String COMPONENT_JSON = "/META-INF/io/github/camelpipedrive/component/pipedrive.json";
    private static final String GENERATED_NOTE = "<!-- Generated from the operation catalog by DocsGenerator; "
            + "DocsUpToDateTest fails when this file drifts. Regenerate: mvn -pl camel-pipedrive-component test "
            + "-Dtest=DocsUpToDateTest -Dpipedrive.docs.write=true -->";

    private DocsGenerator() {}

    /** docs/operations.md: one row per catalog entry, grouped by resource. */
    public static String operations() {
        StringBuilder md = new StringBuilder();
        long seed = OperationCatalog.all().stream()
                .filter(op -> op.useCase() != null)
                .count();
        md.append("# Operations\n\n").append(GENERATED_NOTE).append("\n\n");
        md.append("**")
                .append(OperationCatalog.all().size())
                .append(" operations** in all: every current operation ")
                .append("of Pipedrive's published API documents (`/api/v2` where Pipedrive has the operation, `/v1` ")
                .append("otherwise), reads, lists, searches and deletes included; ")
                .append(seed)
                .append(" of them are the write use cases the component started with, shown with their use-case id. ")
                .append("Each is a `pipedrive:resource/operation` endpoint. ")
                .append("An operation is known by its key, the endpoint path after `pipedrive:`: its resource and its ")
                .append("action (`deal/add`: resource `deal`, action `add`). ")
                .append("The body is the message body (a `Map`, JSON text, Jackson `JsonNode` or POJO) unless the ")
                .append("operation uploads a file; path parameters come from the endpoint option or the header ")
                .append("`CamelPipedrive<Option>` (the header wins). See [configuration.md](configuration.md) for ")
                .append("all options and headers, and [uploads.md](uploads.md) for files. The add/update bodies of ")
                .append("deals, persons, organizations, products, leads and activities may name custom fields by ")
                .append(
                        "display name and options by label ([custom-fields-and-upsert.md](custom-fields-and-upsert.md)); ")
                .append("the upsert endpoints are listed at the end.\n\n");
        md.append("Query parameters (filters, sorting, `include_fields`, a search's `term`, ...) go in Pipedrive's ")
                .append(
                        "names as endpoint options `query.<name>` (`pipedrive:deal/list?query.status=open&query.owner_id=7`) ")
                .append("or per message in the header `CamelPipedriveQuery` (a Map, or a query string such as ")
                .append(
                        "`status=open&owner_id=7`); they are checked against the types and allowed values below before ")
                .append("anything is sent. Paged lists return one page (the next `cursor` or `start` in the header ")
                .append("`CamelPipedriveNextCursor` or `CamelPipedriveNextStart`), or with `paging=all` an `Iterator` ")
                .append("over every item that fetches each further page only when the route gets to it. Searches ")
                .append("share Pipedrive's search limit of 10 per 2 seconds per token with the upserts. See ")
                .append("[reading-and-deleting.md](reading-and-deleting.md).\n\n");
        md.append(
                        "Legend: **v2** operations call Pipedrive's `/api/v2` endpoints (strict JSON types: `3`, not `\"3\"`); ")
                .append("**v1** ones call `/v1`. _Deprecated_ rows still work against the documented path and log ")
                .append("one WARN when their endpoint starts.\n\n");
        for (String resource : OperationCatalog.resources()) {
            md.append("## ").append(resource).append("\n\n");
            md.append("| Use case | Endpoint | HTTP | Inputs and allowed values | Example |\n");
            md.append("|---|---|---|---|---|\n");
            for (PipedriveOperation op : OperationCatalog.all()) {
                if (!op.resource().equals(resource)) {
                    continue;
                }
                md.append("| ")
                        .append(op.useCase() == null ? "" : "`" + op.useCase() + "`<br>")
                        .append(escape(op.summary()));
                if (op.isDeprecated()) {
                    md.append("<br>_Deprecated: ")
                            .append(escape(op.deprecation()))
                            .append("_");
                }
                md.append(" | `pipedrive:")
                        .append(op.key())
                        .append("` | ")
                        .append(op.method())
                        .append(" `")
                        .append(op.path())
                        .append("` (")
                        .append(op.apiVersion().name().toLowerCase())
                        .append(", ")
                        .append(
                                op.bodyType() == BodyType.NONE
                                        ? "no body"
                                        : op.bodyType().contentType())
                        .append(") | ")
                        .append(requiredInputs(op))
                        .append(" | ")
                        .append(example(op))
                        .append(" |\n");
            }
            md.append('\n');
        }
        upserts(md);
        return md.toString();
    }

    /** The composite find-or-create endpoints, from {@link UpsertOperations}: not use cases of their own. */
    private static void upserts(StringBuilder md) {
        md.append("## Upsert (find or create)\n\n");
        md.append("Composite endpoints, not catalog entries: each searches Pipedrive with exact match for the record ")
                .append("whose `matchBy` field has the body's value, updates the single match (PATCH, only the given ")
                .append("fields), creates the record when there is none, and fails with ")
                .append("`PipedriveDuplicateMatchException` (listing the ids) when there are several. The header ")
                .append("`CamelPipedriveUpsertResult` says `created` or `updated`. The body is built, validated and ")
                .append("name-resolved as for the add. `matchBy` also takes a custom field's name or key when the ")
                .append("field's type is one Pipedrive's search can search (")
                .append(String.join(", ", FieldType.searchableNames()))
                .append("). Searches share Pipedrive's separate limit of 10 per 2 seconds per token. Two writers ")
                .append("upserting the same value at once can both create: see ")
                .append("[custom-fields-and-upsert.md](custom-fields-and-upsert.md).\n\n");
        md.append("| Endpoint | `matchBy` (default first) | Search | Nothing matches | One match |\n");
        md.append("|---|---|---|---|---|\n");
        for (UpsertOperation upsert : OperationCatalog.upserts()) {
            md.append("| `pipedrive:")
                    .append(upsert.key())
                    .append("` | ")
                    .append(upsert.searchFields().stream()
                            .map(f -> "`" + f + "`")
                            .collect(Collectors.joining(", ")))
                    .append(", or a custom field | GET `")
                    .append(upsert.searchPath())
                    .append("?term=…&fields=…&exact_match=true` | ")
                    .append(upsert.add().method())
                    .append(" `")
                    .append(upsert.add().path())
                    .append("` (`")
                    .append(upsert.add().key())
                    .append("`) | ")
                    .append(upsert.update().method())
                    .append(" `")
                    .append(upsert.update().path())
                    .append("` |\n");
        }
        md.append('\n');
    }

    private static String requiredInputs(PipedriveOperation op) {
        List<String> inputs = new ArrayList<>();
        for (PathParameter p : op.pathParameters()) {
            inputs.add("`" + p.optionName() + "` (path" + (p.numeric() ? ", integer" : "") + ")");
        }
        if (op.bodyType() == BodyType.MULTIPART) {
            inputs.add("the file as message body");
        }
        op.requiredFields().forEach(f -> inputs.add("`" + f + "`"));
        op.allowedValues().forEach((field, values) -> inputs.add("`" + field + "` " + oneOf(values)));
        List<String> optional = new ArrayList<>();
        for (QueryParameter q : op.queryParameters()) {
            String type = q.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (q.allowed().isEmpty() ? "" : ", " + oneOf(q.allowed()))
                    + (q.maximum() == null ? "" : ", at most " + q.maximum());
            if (q.required()) {
                inputs.add("`query." + q.name() + "` (" + type + ")");
            } else {
                optional.add(
                        "`" + q.name() + "`" + (q.allowed().isEmpty() && q.maximum() == null ? "" : " (" + type + ")"));
            }
        }
        if (op.isSearch()) {
            inputs.add("`term` of at least " + op.searchTermMinLength() + " characters (1 with an exact match)");
        }
        if (!optional.isEmpty()) {
            inputs.add("optional query: " + String.join(", ", optional));
        }
        if (op.paging() != Paging.NONE) {
            inputs.add(
                    "paged by " + (op.paging() == Paging.CURSOR ? "`cursor`" : "`start`") + "; `paging=all` for all");
        }
        if (op.hasBinaryAnswer()) {
            inputs.add("answer: the file content as `byte[]`");
        }
        return inputs.isEmpty() ? "none" : String.join("<br>", inputs);
    }

    private static String oneOf(List<Object> values) {
        return values.size() <= 8
                ? "one of " + values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "))
                : "one of " + values.size() + " values";
    }

    private static String example(PipedriveOperation op) {
        List<String> options = new ArrayList<>();
        op.pathParameters().forEach(p -> options.add(p.optionName() + "=" + sampleValue(p)));
        op.queryParameters().stream()
                .filter(QueryParameter::required)
                .forEach(q -> options.add("query." + q.name() + "=" + sampleQueryValue(q)));
        String uri = "pipedrive:" + op.key() + (options.isEmpty() ? "" : "?" + String.join("&", options));
        if (op.bodyType() == BodyType.MULTIPART) {
            String extra = op.key().equals("file/add") ? (uri.contains("?") ? "&" : "?") + "dealId=42" : "";
            return "`from(\"file:inbox\").to(\"" + uri + extra + "\")`";
        }
        if (op.example() == null) {
            return "`to(\"" + uri + "\")`"
                    + (op.bodyType() == BodyType.NONE && op.method().name().equals("GET") ? "" : " (no body)");
        }
        String body = op.example();
        if (body.length() > 140) {
            body = body.substring(0, 137) + "...";
        }
        return "`to(\"" + uri + "\")` with body `" + body.replace("|", "\\|") + "`";
    }

    private static String sampleQueryValue(QueryParameter q) {
        if (!q.allowed().isEmpty()) {
            return String.valueOf(q.allowed().get(0));
        }
        return switch (q.name()) {
            case "term" -> "Acme";
            case "ids", "deal_ids" -> "1,2";
            default -> q.type() == QueryParameter.Type.STRING ? "2026-01-01" : "7";
        };
    }

    private static String sampleValue(PathParameter p) {
        return switch (p.optionName()) {
            case "fieldCode" -> "dcf558aac1ae4e8c4f849ba5e668430d8df9be12";
            case "commentId" -> "6a0f0b0e-8d2a-4f6b-9c1d-2f1e0e5b7a11";
            case "id" -> "42";
            default -> "7";
        };
    }

    /** docs/configuration.md: component options, endpoint options and headers, from the generated component JSON. */
    public static String configuration() throws IOException {
        JsonNode json;
        try (InputStream in = DocsGenerator.class.getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IOException(COMPONENT_JSON + " is not on the classpath; build the component first");
            }
            json = new ObjectMapper().readTree(in);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Configuration reference\n\n")
                .append(GENERATED_NOTE.replace(
                        "from the operation catalog", "from the component JSON (camel-package-maven-plugin)"))
                .append("\n\n");
        md.append("URI syntax: `")
                .append(json.at("/component/syntax").asText())
                .append("`. ")
                .append("Component options are set once (e.g. `camel.component.pipedrive.api-token` in ")
                .append("`application.properties`) and apply to every endpoint; endpoint options go in the URI ")
                .append("(`pipedrive:file/add?dealId=7`) and win over the component's. Secrets are masked in logs ")
                .append("and URIs; prefer property placeholders (`{{pipedrive.token}}`) to tokens in URIs.\n\n");
        md.append("## Component options\n\n");
        options(md, json.get("componentProperties"));
        md.append("## Endpoint options\n\n");
        options(md, json.get("properties"));
        md.append("## Message headers\n\n");
        md.append("| Header | Type | Description |\n|---|---|---|\n");
        for (Map.Entry<String, JsonNode> header : json.get("headers").properties()) {
            JsonNode h = header.getValue();
            md.append("| `")
                    .append(header.getKey())
                    .append("` | ")
                    .append(shortType(h.path("javaType").asText()))
                    .append(" | ")
                    .append(escape(h.path("description").asText()))
                    .append(" |\n");
        }
        md.append('\n');
        return md.toString();
    }

    private static void options(StringBuilder md, JsonNode options) {
        md.append("| Option | Kind | Type | Default | Description |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> option : options.properties()) {
            JsonNode o = option.getValue();
            String kind = o.path("kind").asText()
                    + (o.path("required").asBoolean() ? ", required" : "")
                    + (o.path("secret").asBoolean() ? ", secret" : "");
            md.append("| `")
                    .append(option.getKey())
                    .append("` | ")
                    .append(kind)
                    .append(" | ")
                    .append(shortType(o.path("javaType").asText()))
                    .append(" | ")
                    .append(o.has("defaultValue") ? "`" + o.get("defaultValue").asText() + "`" : "")
                    .append(" | ")
                    .append(escape(o.path("description").asText()));
            if (o.has("enum")) {
                md.append(" Values: ");
                List<String> values = new ArrayList<>();
                o.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
                md.append(String.join(", ", values)).append('.');
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private static String shortType(String javaType) {
        int generic = javaType.indexOf('<');
        String raw = generic > 0 ? javaType.substring(0, generic) : javaType;
        String simple = raw.substring(raw.lastIndexOf('.') + 1);
        return generic > 0 ? simple + javaType.substring(generic).replace("java.lang.", "") : simple;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
