package io.github.camelpipedrive.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a new record starts with before the request body is applied: what Pipedrive fills in when a
 * client leaves a field out. The values are data, {@code defaults.json} beside this class, one object per
 * collection; types follow the response schemas (e.g. v2 {@code visible_to} is a number, v1 {@code visible_to}
 * a string), and whole numbers under a key ending in {@code _id} are ids, kept as {@code Long} like every id of
 * the store. A few values depend on the company and are written as markers: {@code @me} (the user the token
 * belongs to), {@code @companyId}, {@code @currency} (the company's default currency), {@code @nextOrder} (one
 * more than the collection's size) and {@code @customFields:<entity>} (every custom field of the entity, unset).
 */
final class Defaults {

    private static final String RESOURCE = "defaults.json";
    private static final String CUSTOM_FIELDS = "@customFields:";
    private static final Map<String, Map<String, Object>> TABLE = load();

    private Defaults() {}

    static Map<String, Object> of(String collection, Company company) {
        Map<String, Object> r = new LinkedHashMap<>();
        Map<String, Object> defaults = TABLE.get(collection);
        if (defaults == null) {
            return r; // collections without defaults start empty
        }
        defaults.forEach((key, value) -> r.put(key, resolve(value, collection, company)));
        return r;
    }

    private static Object resolve(Object value, String collection, Company company) {
        if (!(value instanceof String marker) || !marker.startsWith("@")) {
            return Json.copy(value); // lists and maps are the record's own, never shared
        }
        if (marker.startsWith(CUSTOM_FIELDS)) {
            return emptyCustomFields(company, marker.substring(CUSTOM_FIELDS.length()));
        }
        return switch (marker) {
            case "@me" -> Company.ME;
            case "@companyId" -> Company.COMPANY_ID;
            case "@currency" -> Company.CURRENCY;
            case "@nextOrder" -> company.collection(collection).size() + 1;
            default -> throw new IllegalStateException(RESOURCE + ": unknown marker " + marker);
        };
    }

    /** v2 entities list every custom field in {@code custom_fields}, null when unset. */
    static Map<String, Object> emptyCustomFields(Company company, String entityType) {
        Map<String, Object> values = new LinkedHashMap<>();
        company.fields().customFields(entityType).forEach(f -> values.put((String) f.get("field_code"), null));
        return values;
    }

    private static Map<String, Map<String, Object>> load() {
        try (InputStream in = Defaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + Defaults.class.getName());
            }
            Map<String, Map<String, Object>> table =
                    Json.MAPPER.readValue(in, new TypeReference<Map<String, Map<String, Object>>>() {});
            table.values()
                    .forEach(defaults -> defaults.replaceAll((key, value) ->
                            key.endsWith("_id") && value instanceof Integer id ? Long.valueOf(id) : value));
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
