package io.github.camelpipedrive.sandbox;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Field metadata endpoints: v1 {@code /v1/dealFields} (id, key, name) and v2 {@code /api/v2/dealFields} (field_code). */
final class FieldHandlers {

    private FieldHandlers() {}

    static Handler listV1(String entityType) {
        return call -> {
            List<Map<String, Object>> fields =
                    call.company().fields().collection(entityType).all();
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                out.add(FieldCatalog.v1(fields.get(i), i + 1));
            }
            return Paging.offset(call, out);
        };
    }

    static Handler getV1(String entityType) {
        return call -> {
            Map<String, Object> field =
                    call.company().fields().collection(entityType).get(call.param("id"));
            if (field == null) {
                throw ApiError.notFound("Field not found");
            }
            return call.ok(FieldCatalog.v1(field, 1));
        };
    }

    static Handler listV2(String entityType) {
        return call -> Paging.cursor(
                call,
                call.company().fields().collection(entityType).all().stream()
                        .map(FieldCatalog::v2)
                        .toList());
    }

    static Handler getV2(String entityType) {
        return call -> call.ok(FieldCatalog.v2(byCode(call, entityType)));
    }

    /** Creates a custom field with a fresh 40-hex key; enum and set fields need options. */
    static Handler addV2(String entityType) {
        return call -> {
            Map<String, Object> body = call.fields();
            String type = (String) body.get("field_type");
            Object options = body.get("options");
            if (("enum".equals(type) || "set".equals(type)) && !(options instanceof List<?> list && !list.isEmpty())) {
                throw ApiError.badRequest("\"options\" is required for fields of type " + type + ".");
            }
            byte[] key = new byte[20];
            ThreadLocalRandom.current().nextBytes(key);
            FieldCatalog catalog = call.company().fields();
            Map<String, Object> field = catalog.add(
                    entityType,
                    HexFormat.of().formatHex(key),
                    (String) body.get("field_name"),
                    type,
                    true,
                    options instanceof List<?> list ? list : null);
            Map<String, Object> saved = catalog.collection(entityType).update(field.get("id"), f -> {
                if (body.get("description") != null) {
                    f.put("description", body.get("description"));
                }
                mergeObjects(body, f);
            });
            return call.ok(FieldCatalog.v2(saved));
        };
    }

    /** Renames a field or changes its visibility; {@code field_code} and {@code field_type} cannot change. */
    static Handler updateV2(String entityType) {
        return call -> {
            Map<String, Object> field = byCode(call, entityType);
            Map<String, Object> body = call.fields();
            Map<String, Object> saved = call.company()
                    .fields()
                    .collection(entityType)
                    .update(field.get("id"), f -> {
                        if (body.get("field_name") != null) {
                            f.put("field_name", body.get("field_name"));
                        }
                        if (body.get("description") != null) {
                            f.put("description", body.get("description"));
                        }
                        mergeObjects(body, f);
                        f.put("update_time", call.company().time().v2());
                    });
            return call.ok(FieldCatalog.v2(saved));
        };
    }

    static Handler deleteV2(String entityType) {
        return call -> {
            Map<String, Object> field = byCode(call, entityType);
            if (!Boolean.TRUE.equals(field.get("is_custom_field"))) {
                throw ApiError.badRequest("Built-in fields cannot be deleted.");
            }
            call.company().fields().collection(entityType).remove(field.get("id"));
            return call.ok(Map.of("field_code", field.get("field_code")));
        };
    }

    @SuppressWarnings("unchecked")
    private static void mergeObjects(Map<String, Object> body, Map<String, Object> field) {
        for (String key : List.of("ui_visibility", "important_fields", "required_fields")) {
            if (body.get(key) instanceof Map<?, ?> given) {
                Map<String, Object> current =
                        field.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
                current.putAll(Json.copy((Map<String, Object>) given));
                field.put(key, current);
            }
        }
    }

    private static Map<String, Object> byCode(Call call, String entityType) {
        Map<String, Object> field = call.company().fields().byCode(entityType, call.param("field_code"));
        if (field == null) {
            throw call.notFound(entityType + "Fields");
        }
        return field;
    }
}
