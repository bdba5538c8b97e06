package io.github.camelpipedrive.component.fields;

import io.github.camelpipedrive.component.catalog.ApiVersion;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites an entity body so that custom fields may be named as users see them: {@code "Lead source": "Webinar"}
 * becomes {@code "custom_fields": {"<hash>": "Webinar"}} on v2 operations and {@code "<hash>": "Webinar"} on v1 ones,
 * option labels become option ids and composite values take the shape the API version requires. Built-in fields pass
 * untouched and win over a custom field of the same name. Unknown and ambiguous names fail before anything is sent
 * ({@code strict}), or unknown ones pass with one WARN each ({@code lenient}).
 * <p>
 * A body whose keys are all Pipedrive's own body keys, with a {@code custom_fields} object (if any) keyed by hashes,
 * is returned as it is without reading any definitions: one set lookup per key.
 */
public final class BodyFieldResolver {

    private static final Logger LOG = LoggerFactory.getLogger(BodyFieldResolver.class);
    private static final String CUSTOM_FIELDS = "custom_fields";
    private static final List<String> PARTS = CustomFieldValues.allParts();

    /** Supplies the definitions once they turn out to be needed. */
    @FunctionalInterface
    public interface Definitions {
        EntityFields get() throws PipedriveException;
    }

    private final FieldTarget target;
    private final FieldNamesMode mode;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public BodyFieldResolver(FieldTarget target, FieldNamesMode mode) {
        this.target = target;
        this.mode = mode;
    }

    /** Whether resolving this body needs the account's field definitions (false for bodies already in wire form). */
    public boolean needsDefinitions(Map<String, Object> body) {
        if (mode == FieldNamesMode.off) {
            return false;
        }
        for (Map.Entry<String, Object> field : body.entrySet()) {
            String key = field.getKey();
            if (!target.isBuiltInKey(key)) {
                return true;
            }
            if (key.equals(CUSTOM_FIELDS) && field.getValue() instanceof Map<?, ?> custom) {
                for (Object inner : custom.keySet()) {
                    if (!isHashKey(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Custom fields' keys are 40 lower-case hex characters. */
    public static boolean isHashKey(Object key) {
        if (!(key instanceof String s) || s.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body Pipedrive should receive. The given map is never changed; a new one is returned when anything moves.
     *
     * @throws PipedriveValidationException for unknown or ambiguous names, unknown option labels and values a field's
     *                                      type cannot take; nothing was sent
     */
    public Map<String, Object> resolve(Map<String, Object> body, Definitions definitions) throws PipedriveException {
        if (!needsDefinitions(body)) {
            return body;
        }
        return new Resolution(definitions.get()).run(body);
    }

    /** One body's resolution against one snapshot of the definitions. */
    private final class Resolution {
        private final EntityFields fields;
        private final Map<String, Object> out = new LinkedHashMap<>();
        private final Map<String, String> builtInGivenAs = new HashMap<>();
        private final Map<FieldDefinition, Object> values = new IdentityHashMap<>();
        private final Map<FieldDefinition, String> givenAs = new IdentityHashMap<>();
        private final List<FieldDefinition> order = new ArrayList<>();
        private final Map<FieldDefinition, Map<String, Object>> parts = new IdentityHashMap<>();
        private final Map<FieldDefinition, String> partGivenAs = new IdentityHashMap<>();
        private final Map<String, Object> passedCustom = new LinkedHashMap<>();

        Resolution(EntityFields fields) {
            this.fields = fields;
        }

        Map<String, Object> run(Map<String, Object> body) throws PipedriveException {
            for (Map.Entry<String, Object> field : body.entrySet()) {
                String key = field.getKey();
                Object value = field.getValue();
                if (key.equals(CUSTOM_FIELDS) && value instanceof Map<?, ?> custom) {
                    for (Map.Entry<?, ?> inner : custom.entrySet()) {
                        customOnly(String.valueOf(inner.getKey()), inner.getValue());
                    }
                } else {
                    any(key, value);
                }
            }
            return assemble();
        }

        /** A top-level key: a built-in field, a custom field by key or name, a part of one, or unknown. */
        private void any(String key, Object value) throws PipedriveException {
            if (target.isBuiltInKey(key)) {
                builtIn(key, key, value);
                return;
            }
            FieldDefinition exact = fields.byKey(key);
            if (exact != null) {
                if (exact.isCustom()) {
                    custom(exact, key, value);
                } else {
                    builtIn(key, key, value);
                }
                return;
            }
            String name = EntityFields.normalize(key);
            if (target.isBuiltInKey(name)) {
                builtIn(name, key, value);
                return;
            }
            FieldDefinition builtIn = fields.builtInByName(name);
            if (builtIn != null) {
                builtIn(builtIn.key(), key, value);
                return;
            }
            FieldDefinition custom = customByName(key, name);
            if (custom != null) {
                custom(custom, key, value);
                return;
            }
            if (!part(key, name, value)) {
                unknown(key, value, false);
            }
        }

        /** A key inside a given {@code custom_fields} object: only custom fields (by key or name) or their parts. */
        private void customOnly(String key, Object value) throws PipedriveException {
            FieldDefinition exact = fields.byKey(key);
            String name = EntityFields.normalize(key);
            FieldDefinition custom = exact != null ? exact : customByName(key, name);
            if (custom != null && custom.isCustom()) {
                custom(custom, key, value);
                return;
            }
            if (custom != null || target.isBuiltInKey(name) || fields.builtInByName(name) != null) {
                throw refusal(
                        Reason.INVALID_VALUE,
                        key,
                        "'" + key + "' is a built-in field, not a custom one: put it at the top level of "
                                + "the body, outside custom_fields");
            }
            if (!part(key, name, value)) {
                unknown(key, value, true);
            }
        }

        private FieldDefinition customByName(String key, String name) throws PipedriveValidationException {
            List<FieldDefinition> named = fields.customByName(name);
            if (named.size() > 1) {
                throw refusal(
                        Reason.AMBIGUOUS_NAME,
                        key,
                        "'" + key + "' is ambiguous: " + named.size() + " custom " + target.entity()
                                + " fields are named so ("
                                + named.stream()
                                        .map(f -> f.key() + " (" + f.type() + ")")
                                        .collect(Collectors.joining(", "))
                                + "); use the key of the one you mean");
            }
            return named.isEmpty() ? null : named.get(0);
        }

        /** {@code Budget_currency}, {@code <hash>_until}, {@code Office_locality}: a part of a composite field. */
        private boolean part(String key, String name, Object value) throws PipedriveValidationException {
            for (String part : PARTS) {
                if (name.length() > part.length() + 1 && name.endsWith("_" + part)) {
                    String owner = key.trim().substring(0, key.trim().length() - part.length() - 1);
                    FieldDefinition field = fields.byKey(owner);
                    if (field == null) {
                        field = customByName(owner, EntityFields.normalize(owner));
                    }
                    if (field != null && field.isCustom() && CustomFieldValues.takesPart(field.fieldType(), part)) {
                        Map<String, Object> given = parts.computeIfAbsent(field, f -> new LinkedHashMap<>());
                        if (given.containsKey(part)) {
                            throw refusal(
                                    Reason.INVALID_VALUE,
                                    key,
                                    "the " + part + " of custom field '" + field.name() + "' is given twice");
                        }
                        given.put(part, value);
                        partGivenAs.putIfAbsent(field, key);
                        return true;
                    }
                }
            }
            return false;
        }

        private void builtIn(String wireKey, String givenKey, Object value) throws PipedriveValidationException {
            String earlier = builtInGivenAs.putIfAbsent(wireKey, givenKey);
            if (earlier != null) {
                throw refusal(
                        Reason.INVALID_VALUE,
                        givenKey,
                        "field '" + wireKey + "' is given twice (as '" + earlier + "' and '" + givenKey + "')");
            }
            out.put(wireKey, value);
        }

        private void custom(FieldDefinition field, String givenKey, Object value) throws PipedriveValidationException {
            String earlier = givenAs.putIfAbsent(field, givenKey);
            if (earlier != null) {
                throw refusal(
                        Reason.INVALID_VALUE,
                        givenKey,
                        "custom field '" + field.name() + "' is given twice (as '" + earlier + "' and '" + givenKey
                                + "')");
            }
            values.put(field, value);
            order.add(field);
        }

        private void unknown(String key, Object value, boolean insideCustomFields) throws PipedriveValidationException {
            if (mode == FieldNamesMode.lenient) {
                if (warned.add(key)) {
                    LOG.warn(
                            "pipedrive:{}: '{}' is not a field of {}s in this Pipedrive account; sent as it is "
                                    + "(fieldNames=lenient; this is logged once)",
                            target.key(),
                            key,
                            target.entity());
                }
                if (insideCustomFields) {
                    passedCustom.put(key, value);
                } else {
                    out.put(key, value);
                }
                return;
            }
            Set<String> candidates = new LinkedHashSet<>(fields.knownNames());
            candidates.addAll(target.builtInKeys());
            String closest = NameSuggestions.describe(key, candidates);
            String what = isHashKey(key)
                    ? "'" + key + "' is not the key of any " + target.entity() + " field"
                    : "'" + key + "' is neither a built-in nor a custom " + target.entity() + " field";
            throw refusal(
                    Reason.UNKNOWN_NAME,
                    key,
                    what + " in this Pipedrive account"
                            + (closest.isEmpty()
                                    ? "; no known name is close (custom " + target.entity() + " fields: "
                                            + customNames() + ")"
                                    : "; closest known names: " + closest)
                            + ". Names are matched ignoring case and surrounding spaces; endpoint option fieldNames=lenient "
                            + "sends unknown names as they are");
        }

        private String customNames() {
            List<String> names = fields.all().stream()
                    .filter(FieldDefinition::isCustom)
                    .map(FieldDefinition::name)
                    .collect(Collectors.toList());
            return names.isEmpty()
                    ? "none"
                    : names.size() <= 10
                            ? String.join(", ", names)
                            : String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
        }

        private Map<String, Object> assemble() throws PipedriveValidationException {
            for (Map.Entry<FieldDefinition, Map<String, Object>> given : parts.entrySet()) {
                if (!values.containsKey(given.getKey())) {
                    FieldDefinition field = given.getKey();
                    throw refusal(
                            Reason.MISSING_REQUIRED,
                            partGivenAs.get(field),
                            "'" + partGivenAs.get(field) + "' is a part of custom field '" + field.name()
                                    + "', which has no value in the body");
                }
            }
            Map<String, Object> custom = new LinkedHashMap<>();
            for (FieldDefinition field : order) {
                Map<String, Object> entries;
                try {
                    entries = CustomFieldValues.shape(
                            field, values.get(field), parts.getOrDefault(field, Map.of()), target.version());
                } catch (FieldValueException e) {
                    throw refusal(Reason.INVALID_VALUE, givenAs.get(field), e.getMessage());
                }
                custom.putAll(entries);
            }
            if (target.version() == ApiVersion.V2) {
                Map<String, Object> customFields = new LinkedHashMap<>(passedCustom);
                customFields.putAll(custom);
                if (!customFields.isEmpty()) {
                    out.put(CUSTOM_FIELDS, customFields);
                }
            } else {
                out.putAll(passedCustom);
                out.putAll(custom);
            }
            return out;
        }

        private PipedriveValidationException refusal(Reason reason, String field, String problem) {
            return new PipedriveValidationException(target.key(), field, reason, problem);
        }
    }
}
