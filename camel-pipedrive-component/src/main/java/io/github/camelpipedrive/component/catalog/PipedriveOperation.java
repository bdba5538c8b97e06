package io.github.camelpipedrive.component.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Pipedrive write operation described as data: where it goes, what it needs and what it accepts. The producer,
 * the validation, the metadata checks and the docs all read these descriptions; adding an operation is adding one
 * entry to {@link OperationCatalog}.
 */
public final class PipedriveOperation {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private final String key;
    private final String resource;
    private final String action;
    private final String useCase;
    private final HttpMethod method;
    private final String path;
    private final String summary;
    private final ApiVersion apiVersion;
    private final List<PathParameter> pathParameters;
    private final BodyType bodyType;
    private final List<String> requiredFields;
    private final Map<String, List<Object>> allowedValues;
    private final List<String> formFields;
    private final int tokenCost;
    private final String example;
    private final String deprecation;
    private final boolean nonEmptyBody;
    private final EntityBody entityBody;
    private final boolean idInBody;
    private final List<QueryParameter> queryParameters;
    private final Paging paging;
    private final int searchTermMinLength;
    private final boolean binaryAnswer;
    private final String filePart;
    private final boolean arrayBody;

    private PipedriveOperation(Builder b) {
        int slash = b.key.indexOf('/');
        this.key = b.key;
        this.resource = b.key.substring(0, slash);
        this.action = b.key.substring(slash + 1);
        this.useCase = b.useCase;
        this.method = b.method;
        this.path = b.path;
        this.summary = b.summary;
        this.apiVersion = ApiVersion.ofPath(b.path);
        List<PathParameter> params = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(b.path);
        while (m.find()) {
            String name = m.group(1);
            params.add(PathParameter.of(name, !b.textParams.contains(PathParameter.lowerCamel(name))));
        }
        this.pathParameters = List.copyOf(params);
        this.bodyType = b.bodyType;
        this.requiredFields = List.copyOf(b.requiredFields);
        this.allowedValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.allowedValues));
        this.formFields = List.copyOf(b.formFields);
        this.tokenCost = b.tokenCost;
        this.example = b.example;
        this.deprecation = b.deprecation;
        this.nonEmptyBody = b.nonEmptyBody;
        this.entityBody = b.entityBody;
        this.idInBody = b.idInBody;
        if (idInBody && (!path.endsWith("/{id}") || bodyType == BodyType.MULTIPART)) {
            throw new IllegalStateException(key + ": only a JSON or form body addressed by /{id} can carry its id");
        }
        this.queryParameters = List.copyOf(b.queryParameters.values());
        this.paging = b.paging;
        this.searchTermMinLength = b.searchTermMinLength;
        this.binaryAnswer = b.binaryAnswer;
        this.filePart = b.filePart;
        this.arrayBody = b.arrayBody;
    }

    /** Starts the description of an operation, e.g. {@code op("deal/add", "post_add_a_deal", POST, "/api/v2/deals", ...)}. */
    static Builder op(String key, String useCase, HttpMethod method, String path, String summary) {
        return new Builder(key, useCase, method, path, summary);
    }

    /**
     * A read the component makes on its own behalf (field definitions, searches): not an endpoint, but it goes through
     * the same executor, so it is paced, authenticated, retried and counted like the writes.
     *
     * @param key  a name for logs and counters, e.g. {@code dealField/list}
     * @param path the Pipedrive path, query included if any
     */
    public static PipedriveOperation internalRead(String key, String path, String summary) {
        return op(key, null, HttpMethod.GET, path, summary).noBody().build();
    }

    /** The operation's key: the endpoint path after {@code pipedrive:}, {@code resource/action}, e.g. {@code deal/add}. */
    public String key() {
        return key;
    }

    /** The Pipedrive entity the operation acts on, e.g. {@code deal}. */
    public String resource() {
        return resource;
    }

    /** The action: the verb, with a sub-entity where needed, e.g. {@code add} or {@code addProduct}. */
    public String action() {
        return action;
    }

    /** The id of the use case this operation implements, e.g. {@code post_add_a_deal}. */
    public String useCase() {
        return useCase;
    }

    public HttpMethod method() {
        return method;
    }

    /** Pipedrive's path template, e.g. {@code /api/v2/deals/{id}/products}. */
    public String path() {
        return path;
    }

    /** One line saying what the operation does. */
    public String summary() {
        return summary;
    }

    public ApiVersion apiVersion() {
        return apiVersion;
    }

    /** The path parameters in the order they appear in the path. */
    public List<PathParameter> pathParameters() {
        return pathParameters;
    }

    public BodyType bodyType() {
        return bodyType;
    }

    /** Body fields Pipedrive requires (for multipart operations the file itself is always required). */
    public List<String> requiredFields() {
        return requiredFields;
    }

    /** For fields whose values Pipedrive restricts to a fixed set: the field name and its allowed values. */
    public Map<String, List<Object>> allowedValues() {
        return allowedValues;
    }

    /** For multipart operations: the extra form fields (besides {@code file}) Pipedrive accepts, in spec names. */
    public List<String> formFields() {
        return formFields;
    }

    /** Pipedrive's daily-budget cost of one call ({@code x-token-cost}), or 0 where the spec gives none. */
    public int tokenCost() {
        return tokenCost;
    }

    /** An example request body (JSON) for docs and tests, or {@code null} for operations without a JSON/form body. */
    public String example() {
        return example;
    }

    /** Why the operation is deprecated, or {@code null} if it is not. */
    public String deprecation() {
        return deprecation;
    }

    public boolean isDeprecated() {
        return deprecation != null;
    }

    /** Whether Pipedrive refuses an empty body ({@code minProperties: 1}): at least one field must be given. */
    public boolean requiresNonEmptyBody() {
        return nonEmptyBody;
    }

    /**
     * Whether the entity id may come in the body ({@code {"id": 5, ...}}) when it is not given as an option or header
     * (the updates of one entity by {@code /{id}}).
     */
    public boolean takesIdFromBody() {
        return idInBody;
    }

    /**
     * For the add and update of an entity with custom fields: whose fields the body is made of; {@code null} for any
     * other operation.
     */
    public EntityBody entityBody() {
        return entityBody;
    }

    /** The query parameters Pipedrive documents for the operation, in the documents' order. */
    public List<QueryParameter> queryParameters() {
        return queryParameters;
    }

    /** The query parameter of that name, or {@code null} when the operation has none. */
    public QueryParameter queryParameter(String name) {
        for (QueryParameter q : queryParameters) {
            if (q.name().equals(name)) {
                return q;
            }
        }
        return null;
    }

    /** How the operation's results are paged ({@link Paging#NONE} for anything but a paged list). */
    public Paging paging() {
        return paging;
    }

    /**
     * Whether this is one of Pipedrive's search endpoints: they count against the separate search limit (10 per 2
     * seconds per token) and take a {@code term}.
     */
    public boolean isSearch() {
        return searchTermMinLength > 0;
    }

    /** For searches: the shortest {@code term} Pipedrive accepts (1 with an exact match); 0 for other operations. */
    public int searchTermMinLength() {
        return searchTermMinLength;
    }

    /** Whether the answer is the raw content (a file download) rather than Pipedrive's JSON envelope. */
    public boolean hasBinaryAnswer() {
        return binaryAnswer;
    }

    /** Whether the JSON body is an array (the bulk field-option operations), not an object. */
    public boolean hasArrayBody() {
        return arrayBody;
    }

    /** For multipart operations: the name of the part that carries the file ({@code file}, or {@code data}). */
    public String filePart() {
        return filePart;
    }

    @Override
    public String toString() {
        return key() + " (" + method + " " + path + ")";
    }

    static final class Builder {
        private final String key;
        private final String useCase;
        private final HttpMethod method;
        private final String path;
        private final String summary;
        private BodyType bodyType = BodyType.JSON;
        private final List<String> requiredFields = new ArrayList<>();
        private final Map<String, List<Object>> allowedValues = new LinkedHashMap<>();
        private final List<String> formFields = new ArrayList<>();
        private final Set<String> textParams = new java.util.HashSet<>();
        private int tokenCost;
        private String example;
        private String deprecation;
        private boolean nonEmptyBody;
        private EntityBody entityBody;
        private boolean idInBody;
        private final Map<String, QueryParameter> queryParameters = new LinkedHashMap<>();
        private Paging paging = Paging.NONE;
        private int searchTermMinLength;
        private boolean binaryAnswer;
        private String filePart = "file";
        private boolean arrayBody;

        private Builder(String key, String useCase, HttpMethod method, String path, String summary) {
            this.key = key;
            this.useCase = useCase;
            this.method = method;
            this.path = path;
            this.summary = summary;
        }

        Builder form() {
            this.bodyType = BodyType.FORM;
            return this;
        }

        Builder multipart(String... extraFormFields) {
            this.bodyType = BodyType.MULTIPART;
            this.formFields.addAll(Arrays.asList(extraFormFields));
            return this;
        }

        Builder noBody() {
            this.bodyType = BodyType.NONE;
            return this;
        }

        /** Marks a path parameter as text (Pipedrive declares most ids integers). */
        Builder textParam(String optionName) {
            this.textParams.add(optionName);
            return this;
        }

        Builder required(String... fields) {
            this.requiredFields.addAll(Arrays.asList(fields));
            return this;
        }

        Builder allowed(String field, Object... values) {
            this.allowedValues.put(field, List.of(values));
            return this;
        }

        Builder tokenCost(int cost) {
            this.tokenCost = cost;
            return this;
        }

        Builder example(String json) {
            this.example = json;
            return this;
        }

        Builder nonEmptyBody() {
            this.nonEmptyBody = true;
            return this;
        }

        /** The body is an entity's fields, custom fields included. */
        Builder fieldsOf(EntityBody body) {
            this.entityBody = body;
            return this;
        }

        /** The {@code {id}} path parameter may be given as the body's {@code id}. */
        Builder idInBody() {
            this.idInBody = true;
            return this;
        }

        Builder deprecated(String why) {
            this.deprecation = why;
            return this;
        }

        /** An optional query parameter; {@code allowed} restricts its values (each element of a comma-separated list). */
        Builder query(String name, QueryParameter.Type type, Object... allowed) {
            this.queryParameters.put(name, new QueryParameter(name, type, false, List.of(allowed), null));
            return this;
        }

        /** A query parameter Pipedrive requires. */
        Builder requiredQuery(String name, QueryParameter.Type type, Object... allowed) {
            this.queryParameters.put(name, new QueryParameter(name, type, true, List.of(allowed), null));
            return this;
        }

        /** The largest value a query parameter takes. */
        Builder queryMax(String name, long maximum) {
            this.queryParameters.computeIfPresent(name, (k, q) -> q.withMaximum(maximum));
            return this;
        }

        Builder paging(Paging paging) {
            this.paging = paging;
            return this;
        }

        /** A search endpoint: its {@code term} needs at least {@code minLength} characters (1 with exact match). */
        Builder searchTerm(int minLength) {
            this.searchTermMinLength = minLength;
            return this;
        }

        /** The multipart part that carries the file, where Pipedrive does not call it {@code file}. */
        Builder filePart(String name) {
            this.filePart = name;
            return this;
        }

        /** The JSON body is an array of objects rather than one object. */
        Builder arrayBody() {
            this.arrayBody = true;
            return this;
        }

        Builder binaryAnswer() {
            this.binaryAnswer = true;
            return this;
        }

        PipedriveOperation build() {
            return new PipedriveOperation(this);
        }
    }
}
