package io.github.camelpipedrive.component.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.BodyType;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Message;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * Builds the HTTP request for one operation from a message: resolves the path, reads and validates the body, and
 * encodes it as the operation's content type. Everything that can be wrong with the input is found here, before
 * anything is sent. Authentication is added by the caller.
 */
public final class RequestFactory {

    private static final ContentType JSON = ContentType.APPLICATION_JSON;

    private final PipedriveOperation operation;
    private final ObjectMapper mapper;
    private final BodyReader bodyReader;
    private final Map<String, Object> endpointQuery;

    public RequestFactory(PipedriveOperation operation, ObjectMapper mapper) {
        this(operation, mapper, null);
    }

    /** @param endpointQuery the endpoint's {@code query.*} options (Pipedrive's names), or {@code null} */
    public RequestFactory(PipedriveOperation operation, ObjectMapper mapper, Map<String, Object> endpointQuery) {
        this.operation = operation;
        this.mapper = mapper;
        this.bodyReader = new BodyReader(mapper);
        this.endpointQuery = endpointQuery == null || endpointQuery.isEmpty() ? null : Map.copyOf(endpointQuery);
    }

    /**
     * @param baseUrl the Pipedrive host, e.g. {@code https://api.pipedrive.com}, without a trailing slash
     * @throws PipedriveValidationException when the message cannot make a valid request; nothing was sent
     */
    public HttpUriRequestBase create(String baseUrl, Message message, ParameterSource params)
            throws PipedriveValidationException {
        try {
            return create(baseUrl, message, params, null);
        } catch (PipedriveValidationException e) {
            throw e;
        } catch (PipedriveException e) {
            throw new IllegalStateException(e); // only a hook throws anything else, and there is none
        }
    }

    /**
     * As {@link #create(String, Message, ParameterSource)}, with the JSON body's fields passed through {@code hook}
     * (field-name resolution) after they are read and before they are checked.
     *
     * @throws PipedriveException what the hook throws (it may read field definitions); nothing was sent
     */
    public HttpUriRequestBase create(String baseUrl, Message message, ParameterSource params, FieldsHook hook)
            throws PipedriveException {
        BodyType bodyType = operation.bodyType();
        if (operation.hasArrayBody()) {
            return arrayRequest(baseUrl, message, params);
        }
        boolean fielded = bodyType == BodyType.JSON || bodyType == BodyType.FORM;
        Map<String, Object> fields = fielded ? bodyReader.read(operation.key(), message.getBody()) : Map.of();
        if (hook != null && bodyType == BodyType.JSON) {
            fields = hook.apply(fields);
        }
        PathResolver.Resolved resolved = PathResolver.resolve(operation, params, fields);
        HttpEntity entity;
        switch (bodyType) {
            case JSON -> {
                RequestValidator.validate(operation, resolved.fields());
                entity = new ByteArrayEntity(toJson(resolved.fields()), JSON);
            }
            case FORM -> {
                Map<String, Object> form = withFlagsAsNumbers(resolved.fields());
                RequestValidator.validate(operation, form);
                refuseNestedValues(form);
                entity = new UrlEncodedFormEntity(formFields(form), StandardCharsets.UTF_8);
            }
            case MULTIPART -> entity = MultipartBodyFactory.create(operation, message, params);
            default -> entity = null;
        }
        String query = query(message);
        HttpUriRequestBase request = new HttpUriRequestBase(
                operation.method().name(),
                URI.create(baseUrl + resolved.path() + (query.isEmpty() ? "" : "?" + query)));
        request.setHeader("Accept", operation.hasBinaryAnswer() ? "*/*" : "application/json");
        if (entity != null) {
            request.setEntity(entity);
        }
        return request;
    }

    /** The bulk field-option operations send a JSON array: a List, array, JSON text or JsonNode of objects. */
    private HttpUriRequestBase arrayRequest(String baseUrl, Message message, ParameterSource params)
            throws PipedriveValidationException {
        List<Object> items = bodyReader.readArray(operation.key(), message.getBody());
        if (items.isEmpty()) {
            throw new PipedriveValidationException(
                    operation.key(),
                    "body",
                    Reason.MISSING_REQUIRED,
                    "the message body is an empty list, " + "but Pipedrive needs at least one item");
        }
        PathResolver.Resolved resolved = PathResolver.resolve(operation, params, Map.of());
        String query = query(message);
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(items);
        } catch (JsonProcessingException e) {
            throw new PipedriveValidationException(
                    operation.key(),
                    "body",
                    Reason.INVALID_VALUE,
                    "the message body cannot be written as JSON: " + e.getOriginalMessage());
        }
        HttpUriRequestBase request = new HttpUriRequestBase(
                operation.method().name(),
                URI.create(baseUrl + resolved.path() + (query.isEmpty() ? "" : "?" + query)));
        request.setHeader("Accept", "application/json");
        request.setEntity(new ByteArrayEntity(json, JSON));
        return request;
    }

    /**
     * The checked query string: endpoint options and the {@code CamelPipedriveQuery} header. Operations that take no
     * query parameters ignore the header (it may be left over from an earlier endpoint of the route).
     */
    private String query(Message message) throws PipedriveValidationException {
        if (operation.queryParameters().isEmpty() && endpointQuery == null) {
            return "";
        }
        Object header = message.getHeader(io.github.camelpipedrive.component.support.HeaderNames.QUERY);
        return QueryResolver.encode(QueryResolver.resolve(operation, endpointQuery, header));
    }

    /**
     * The request for another page of a list: the same method, path and query, with the paging parameter
     * ({@code cursor} or {@code start}) set to {@code value}.
     */
    public static HttpUriRequestBase nextPage(HttpUriRequestBase first, String parameter, String value) {
        URI uri;
        try {
            uri = first.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String raw = uri.getRawQuery();
        StringBuilder query = new StringBuilder();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(parameter + "=")) {
                    query.append(query.length() == 0 ? "" : "&").append(pair);
                }
            }
        }
        query.append(query.length() == 0 ? "" : "&")
                .append(parameter)
                .append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        String base = uri.toString();
        int q = base.indexOf('?');
        HttpUriRequestBase next = new HttpUriRequestBase(
                first.getMethod(), URI.create((q < 0 ? base : base.substring(0, q)) + "?" + query));
        next.setHeader("Accept", "application/json");
        return next;
    }

    /** Rewrites a JSON body's fields before they are checked and sent; never changes the map it is given. */
    @FunctionalInterface
    public interface FieldsHook {
        Map<String, Object> apply(Map<String, Object> fields) throws PipedriveException;
    }

    private byte[] toJson(Map<String, Object> fields) throws PipedriveValidationException {
        try {
            return mapper.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new PipedriveValidationException(
                    operation.key(),
                    "body",
                    Reason.INVALID_VALUE,
                    "the message body cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    /** Pipedrive's form endpoints take flags as 0/1; a Map with {@code true}/{@code false} means the same. */
    private static Map<String, Object> withFlagsAsNumbers(Map<String, Object> fields) {
        if (fields.values().stream().noneMatch(Boolean.class::isInstance)) {
            return fields;
        }
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.replaceAll((name, value) -> value instanceof Boolean flag ? (flag ? 1 : 0) : value);
        return copy;
    }

    /** A form field holds one value; a list or object would be sent as its toString() and mean nothing. */
    private void refuseNestedValues(Map<String, Object> form) throws PipedriveValidationException {
        for (Map.Entry<String, Object> field : form.entrySet()) {
            Object value = field.getValue();
            if (value instanceof Map<?, ?>
                    || value instanceof Iterable<?>
                    || (value != null && value.getClass().isArray())) {
                throw new PipedriveValidationException(
                        operation.key(),
                        field.getKey(),
                        Reason.INVALID_VALUE,
                        "field '" + field.getKey()
                                + "' must be a single value: this operation sends a form, which cannot carry lists or objects");
            }
        }
    }

    private static List<NameValuePair> formFields(Map<String, Object> fields) {
        List<NameValuePair> pairs = new ArrayList<>(fields.size());
        fields.forEach((name, value) -> {
            if (value != null) {
                pairs.add(new BasicNameValuePair(name, value.toString()));
            }
        });
        return pairs;
    }
}
