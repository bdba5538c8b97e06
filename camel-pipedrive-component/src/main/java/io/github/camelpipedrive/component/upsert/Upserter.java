package io.github.camelpipedrive.component.upsert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.UpsertOperation;
import io.github.camelpipedrive.component.error.PipedriveDuplicateMatchException;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import io.github.camelpipedrive.component.fields.EndpointFields;
import io.github.camelpipedrive.component.fields.EntityFields;
import io.github.camelpipedrive.component.fields.FieldDefinition;
import io.github.camelpipedrive.component.fields.FieldType;
import io.github.camelpipedrive.component.fields.NameSuggestions;
import io.github.camelpipedrive.component.ratelimit.Admission;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.request.BodyReader;
import io.github.camelpipedrive.component.request.ParameterSource;
import io.github.camelpipedrive.component.request.RequestFactory;
import io.github.camelpipedrive.component.response.ResponseMapper;
import io.github.camelpipedrive.component.support.HeaderNames;
import io.github.camelpipedrive.component.support.Values;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import io.github.camelpipedrive.component.transport.PipedriveGet;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * Runs one upsert: resolve the body's field names (as the add would), search Pipedrive for records whose
 * {@code matchBy} field equals the body's value (exact match, then checked on the results: custom fields are
 * compared on each candidate record, since the search answers which records contain the value, not in which field),
 * then update the single match, create when there is none, or fail when there are several. Every request goes through
 * the endpoint's executor; searches also through the token's search governor ({@link RateLimitGovernor#forSearches}).
 * <p>
 * Two writers upserting the same value at the same moment can both find nothing and both create: Pipedrive has no
 * unique constraint or idempotency key to stop it. Serialise upserts of one key in the route where that matters
 * (docs/custom-fields-and-upsert.md).
 */
public final class Upserter {

    /** The header value when nothing matched and a record was created. */
    public static final String CREATED = "created";
    /** The header value when the single match was updated. */
    public static final String UPDATED = "updated";

    private static final TypeReference<Map<String, Object>> ENVELOPE = new TypeReference<>() {};
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 5;

    private final UpsertOperation upsert;
    private final String matchBy;
    private final EndpointFields fields;
    private final BodyReader bodyReader;
    private final RequestFactory addRequests;
    private final RequestFactory updateRequests;
    private final ResponseMapper responseMapper;
    private final RateLimitGovernor searches;
    private final ObjectMapper mapper;
    private final CamelContext camelContext;

    public Upserter(
            UpsertOperation upsert,
            String matchBy,
            EndpointFields fields,
            ObjectMapper mapper,
            ResponseMapper responseMapper,
            RateLimitGovernor searches,
            CamelContext camelContext) {
        this.upsert = upsert;
        this.matchBy = matchBy == null || matchBy.isBlank() ? upsert.defaultMatchBy() : matchBy.trim();
        this.fields = fields;
        this.bodyReader = new BodyReader(mapper);
        this.addRequests = new RequestFactory(upsert.add(), mapper);
        this.updateRequests = new RequestFactory(upsert.update(), mapper);
        this.responseMapper = responseMapper;
        this.searches = searches;
        this.mapper = mapper;
        this.camelContext = camelContext;
    }

    public void process(Exchange exchange, String baseUrl, PipedriveCall call, boolean refreshFields)
            throws PipedriveException {
        Message message = exchange.getMessage();
        Map<String, Object> given = bodyReader.read(upsert.key(), message.getBody());
        if (given.containsKey("id")) {
            throw refusal(
                    Reason.INVALID_VALUE,
                    "id",
                    "the body has an 'id', but an upsert finds the record itself; leave 'id' out (or " + "use "
                            + upsert.resource() + "/update to update a known id)");
        }
        EndpointFields.ForExchange fx = fields.begin(baseUrl, call, refreshFields);
        Map<String, Object> body;
        try {
            body = fx.resolveBody(given);
        } catch (PipedriveValidationException e) {
            throw e.inStepOf(upsert.key()); // the names are resolved for the add step, e.g. person/add
        }
        Match match = match(fx);
        Object value = match.valueIn(body);
        String term = term(value);
        if (term == null) {
            throw refusal(
                    Reason.MISSING_REQUIRED,
                    matchBy,
                    "the body has no value for '" + matchBy + "', which this endpoint matches by");
        }
        UnaryOperator<Object> responseNames = fx.responseNames();
        fx.finish();

        List<Object> ids = search(baseUrl, call, match, term);
        if (ids.size() > 1) {
            throw new PipedriveDuplicateMatchException(upsert.key(), matchBy, term, ids);
        }
        Message request = new DefaultMessage(camelContext);
        request.setBody(body);
        PipedriveCall.Answer answer;
        String result;
        if (ids.isEmpty()) {
            HttpUriRequestBase add =
                    stepRequest(addRequests, baseUrl, request, new ParameterSource(request, name -> null));
            answer = call.send(upsert.add(), add);
            result = CREATED;
        } else {
            Object id = ids.get(0);
            HttpUriRequestBase update = stepRequest(
                    updateRequests,
                    baseUrl,
                    request,
                    new ParameterSource(request, name -> "id".equals(name) ? id : null));
            answer = call.send(upsert.update(), update);
            result = UPDATED;
        }
        responseMapper.apply(upsert.key(), answer.response(), answer.attempts(), message, responseNames);
        message.setHeader(HeaderNames.UPSERT_RESULT, result);
    }

    // ---- what to match by ----

    private Match match(EndpointFields.ForExchange fx) throws PipedriveException {
        String name = EntityFields.normalize(matchBy);
        if (upsert.searchFields().contains(name)) {
            return new Match(name, null);
        }
        EntityFields definitions = fx.definitions();
        FieldDefinition field = definitions.byKey(matchBy);
        if (field == null) {
            List<FieldDefinition> named = definitions.customByName(name);
            if (named.size() > 1) {
                throw refusal(
                        Reason.AMBIGUOUS_NAME,
                        "matchBy",
                        "matchBy '" + matchBy + "' is ambiguous: " + named.size() + " custom " + upsert.resource()
                                + " fields are named so; give the key of the one you mean");
            }
            field = named.isEmpty() ? null : named.get(0);
        }
        Set<String> searchable = new LinkedHashSet<>();
        for (FieldDefinition f : definitions.all()) {
            if (f.isCustom() && f.fieldType().isSearchable()) {
                searchable.add(f.name());
            }
        }
        if (field == null || !field.isCustom()) {
            List<String> candidates = new ArrayList<>(upsert.searchFields());
            candidates.addAll(searchable);
            String closest = NameSuggestions.describe(matchBy, candidates);
            throw refusal(
                    Reason.INVALID_VALUE,
                    "matchBy",
                    "matchBy '" + matchBy + "' is not a field " + upsert.key() + " can match by: "
                            + "it takes " + String.join(", ", upsert.searchFields())
                            + ", or the name or key of a custom "
                            + upsert.resource() + " field Pipedrive's search can search (types "
                            + String.join(", ", FieldType.searchableNames()) + ")"
                            + (closest.isEmpty() ? "" : "; closest: " + closest));
        }
        if (!field.fieldType().isSearchable()) {
            throw refusal(
                    Reason.INVALID_VALUE,
                    "matchBy",
                    "matchBy '" + matchBy + "' is a custom field of type " + field.type()
                            + ", which Pipedrive's search cannot search; searchable custom " + upsert.resource()
                            + " fields here: " + (searchable.isEmpty() ? "none" : String.join(", ", searchable)));
        }
        return new Match(null, field);
    }

    /** A built-in search field ({@code email}), or a custom field compared on each candidate. */
    private record Match(String builtIn, FieldDefinition custom) {

        /** The search API's {@code fields} value. */
        String searchField() {
            return builtIn != null ? builtIn : "custom_fields";
        }

        Object valueIn(Map<String, Object> body) {
            if (custom != null) {
                Object customFields = body.get("custom_fields");
                Object value = customFields instanceof Map<?, ?> map ? map.get(custom.key()) : null;
                return value instanceof Map<?, ?> composite ? composite.get("value") : value;
            }
            return switch (builtIn) {
                case "email" -> contact(body.get("emails"), body.get("email"));
                case "phone" -> contact(body.get("phones"), body.get("phone"));
                case "address" -> body.get("address") instanceof Map<?, ?> a ? a.get("value") : body.get("address");
                default -> body.get(builtIn);
            };
        }

        /** The primary (else the first) of a list of {@code {value, primary}} entries or strings. */
        private static Object contact(Object list, Object single) {
            if (list instanceof List<?> entries && !entries.isEmpty()) {
                Object first = null;
                for (Object entry : entries) {
                    Object value = entry instanceof Map<?, ?> m ? m.get("value") : entry;
                    if (first == null) {
                        first = value;
                    }
                    if (entry instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("primary"))) {
                        return value;
                    }
                }
                return first;
            }
            return single;
        }
    }

    private static String term(Object value) {
        if (value == null) {
            return null;
        }
        String text =
                value instanceof Number n ? Values.plain(n) : value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    // ---- searching ----

    private List<Object> search(String baseUrl, PipedriveCall call, Match match, String term)
            throws PipedriveException {
        Set<Object> ids = new LinkedHashSet<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String path = upsert.searchPath() + "?term=" + encode(term) + "&fields=" + match.searchField()
                    + "&exact_match=true&limit=" + PAGE + (cursor == null ? "" : "&cursor=" + encode(cursor));
            PipedriveOperation op = PipedriveOperation.internalRead(
                    upsert.resource() + "/search", path, "Search " + upsert.collection() + " for an upsert");
            Admission permit = paceSearch(op);
            Map<String, Object> envelope;
            try {
                envelope = read(call, op, baseUrl + path);
            } finally {
                searches.release(permit);
            }
            Object data = envelope.get("data");
            Object items = data instanceof Map<?, ?> map ? map.get("items") : null;
            if (items instanceof List<?> list) {
                for (Object hit : list) {
                    Object item = hit instanceof Map<?, ?> m ? m.get("item") : null;
                    if (item instanceof Map<?, ?> record
                            && record.get("id") != null
                            && (match.custom() != null || builtInMatches(record, match.builtIn(), term))) {
                        ids.add(record.get("id"));
                    }
                }
            }
            Object additional = envelope.get("additional_data");
            Object next = additional instanceof Map<?, ?> map ? map.get("next_cursor") : null;
            if (next == null || next.toString().isEmpty()) {
                break;
            }
            cursor = next.toString();
        }
        if (match.custom() == null) {
            return new ArrayList<>(ids);
        }
        // the search says a record holds the value in some searchable custom field; check it is this one
        List<Object> matching = new ArrayList<>();
        for (Object id : ids) {
            String path = upsert.getPath().replace("{id}", encode(String.valueOf(id)));
            PipedriveOperation op = PipedriveOperation.internalRead(
                    upsert.resource() + "/get", path, "Read a " + upsert.resource() + " an upsert found");
            Object data = read(call, op, baseUrl + path).get("data");
            Object customFields = data instanceof Map<?, ?> map ? map.get("custom_fields") : null;
            Object stored = customFields instanceof Map<?, ?> map
                    ? map.get(match.custom().key())
                    : null;
            if (sameValue(stored instanceof Map<?, ?> composite ? composite.get("value") : stored, term)) {
                matching.add(id);
            }
        }
        return matching;
    }

    /** Holds a search back until the token's search window has room; release the place once the answer is in. */
    private Admission paceSearch(PipedriveOperation op) throws PipedriveException {
        try {
            return searches.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveTransportException(
                    op.key(),
                    "pipedrive:" + upsert.key() + " was interrupted while "
                            + "waiting for the search rate limit; nothing was written",
                    e,
                    false,
                    0);
        } catch (RateLimitGovernor.Closed e) {
            // the search window is only ever paced, never locked: the token's own governor says when it is
            throw new IllegalStateException(e);
        }
    }

    /** Pipedrive's exact match ignores case; the result is checked against the field the search was asked about. */
    private static boolean builtInMatches(Map<?, ?> item, String field, String term) {
        String key = switch (field) {
            case "email" -> "emails";
            case "phone" -> "phones";
            default -> field;
        };
        Object value = item.get(key);
        if (value == null) {
            return true; // the item does not show the field: rely on the search's exact match
        }
        if (value instanceof List<?> list) {
            for (Object entry : list) {
                Object v = entry instanceof Map<?, ?> m ? m.get("value") : entry;
                if (v != null && sameText(field, v.toString(), term)) {
                    return true;
                }
            }
            return false;
        }
        return sameText(field, value.toString(), term);
    }

    private static boolean sameText(String field, String value, String term) {
        if (field.equals("phone")) {
            return digits(value).equals(digits(term));
        }
        return value.trim().equalsIgnoreCase(term);
    }

    private static String digits(String phone) {
        return phone.chars()
                .filter(c -> Character.isDigit(c) || c == '+')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** A custom field's stored value equals the term: text exactly, numbers by value. */
    private static boolean sameValue(Object stored, String term) {
        if (stored == null) {
            return false;
        }
        if (stored instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).compareTo(new BigDecimal(term)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return stored.toString().trim().equals(term);
    }

    private Map<String, Object> read(PipedriveCall call, PipedriveOperation op, String url) throws PipedriveException {
        JsonNode envelope = PipedriveGet.envelope(
                call,
                mapper,
                op,
                url,
                JsonNode::isObject,
                "not a JSON object",
                "unreadable answer",
                problem -> "the answer cannot be read (" + problem + "); nothing was written");
        return mapper.convertValue(envelope, ENVELOPE);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A step's request; a refusal to build it is named after the upsert, with the step in the message. */
    private HttpUriRequestBase stepRequest(
            RequestFactory factory, String baseUrl, Message request, ParameterSource params)
            throws PipedriveValidationException {
        try {
            return factory.create(baseUrl, request, params);
        } catch (PipedriveValidationException e) {
            throw e.inStepOf(upsert.key());
        }
    }

    private PipedriveValidationException refusal(Reason reason, String field, String problem) {
        return new PipedriveValidationException(upsert.key(), field, reason, problem);
    }

    @Override
    public String toString() {
        return upsert.key() + " matching by " + matchBy;
    }
}
