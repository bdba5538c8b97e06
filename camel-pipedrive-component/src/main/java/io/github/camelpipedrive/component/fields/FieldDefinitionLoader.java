package io.github.camelpipedrive.component.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveNotFoundException;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import io.github.camelpipedrive.component.transport.PipedriveGet;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an entity's field definitions from Pipedrive: {@code GET /api/v2/{entity}Fields} (cursor pages of 500), or
 * {@code GET /v1/{entity}Fields} (offset pages) where the account answers the v2 path with 404.
 */
public final class FieldDefinitionLoader {

    private static final int PAGE = 500;
    /** A guard against a server that keeps handing out cursors: 20 pages are 10,000 fields. */
    private static final int MAX_PAGES = 20;

    private final ObjectMapper mapper;

    public FieldDefinitionLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EntityFields load(PipedriveCall call, String baseUrl, String entity) throws PipedriveException {
        List<FieldDefinition> fields = new ArrayList<>();
        try {
            loadV2(call, baseUrl, entity, fields);
        } catch (PipedriveNotFoundException e) {
            fields.clear();
            loadV1(call, baseUrl, entity, fields);
        }
        return new EntityFields(entity, fields);
    }

    private void loadV2(PipedriveCall call, String baseUrl, String entity, List<FieldDefinition> into)
            throws PipedriveException {
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String path = "/api/v2/" + entity + "Fields?limit=" + PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode envelope = get(call, baseUrl, entity, path);
            for (JsonNode f : envelope.path("data")) {
                into.add(new FieldDefinition(
                        f.path("field_code").asText(null),
                        f.path("field_name").asText(null),
                        f.path("field_type").asText(null),
                        f.path("is_custom_field").asBoolean(false),
                        options(f.path("options"))));
            }
            JsonNode next = envelope.path("additional_data").path("next_cursor");
            if (next.isMissingNode() || next.isNull() || next.asText().isEmpty()) {
                return;
            }
            cursor = next.asText();
        }
    }

    private void loadV1(PipedriveCall call, String baseUrl, String entity, List<FieldDefinition> into)
            throws PipedriveException {
        int start = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode envelope =
                    get(call, baseUrl, entity, "/v1/" + entity + "Fields?start=" + start + "&limit=" + PAGE);
            for (JsonNode f : envelope.path("data")) {
                // v1 marks the account's own fields with edit_flag
                into.add(new FieldDefinition(
                        f.path("key").asText(null),
                        f.path("name").asText(null),
                        f.path("field_type").asText(null),
                        f.path("edit_flag").asBoolean(false),
                        options(f.path("options"))));
            }
            JsonNode pagination = envelope.path("additional_data").path("pagination");
            if (!pagination.path("more_items_in_collection").asBoolean(false)) {
                return;
            }
            start = pagination.path("next_start").asInt(start + PAGE);
        }
    }

    private JsonNode get(PipedriveCall call, String baseUrl, String entity, String path) throws PipedriveException {
        PipedriveOperation op = PipedriveOperation.internalRead(
                entity + "Field/list", path, "Read the " + entity + " field definitions");
        return PipedriveGet.envelope(
                call,
                mapper,
                op,
                baseUrl + path,
                envelope -> envelope.path("data").isArray(),
                "no data array",
                "unreadable field definitions",
                problem -> "the field definitions Pipedrive sent cannot be read (" + problem + ")");
    }

    private static List<FieldOption> options(JsonNode options) {
        List<FieldOption> out = new ArrayList<>();
        if (options.isArray()) {
            for (JsonNode o : options) {
                JsonNode id = o.path("id");
                Object value = id.isIntegralNumber()
                        ? (Object) id.asLong()
                        : id.isMissingNode() || id.isNull() ? null : id.asText();
                out.add(new FieldOption(value, o.path("label").asText("")));
            }
        }
        return out;
    }
}
