package io.github.camelpipedrive.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.component.catalog.BodyType;
import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.PathParameter;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.QueryParameter;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalog operation, sent through a real route to a mock Pipedrive: what Pipedrive receives (method, path, token,
 * content type, body) and what the route gets back. Plus the ways a body, an id and an answer can be given or taken.
 */
class AllOperationsTest extends PipedriveTestSupport {

    static final String TOKEN = "tok-allops-3c9a51";
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** The documented header for each path-parameter or form-field option (PipedriveConstants), not derived by code. */
    static final Map<String, String> HEADER_OF_OPTION = Map.ofEntries(
            entry("id", PipedriveConstants.ID),
            entry("productAttachmentId", PipedriveConstants.PRODUCT_ATTACHMENT_ID),
            entry("productVariationId", PipedriveConstants.PRODUCT_VARIATION_ID),
            entry("installmentId", PipedriveConstants.INSTALLMENT_ID),
            entry("fieldCode", PipedriveConstants.FIELD_CODE),
            entry("commentId", PipedriveConstants.COMMENT_ID),
            entry("activityId", PipedriveConstants.ACTIVITY_ID),
            entry("taskId", PipedriveConstants.TASK_ID),
            entry("followerId", PipedriveConstants.FOLLOWER_ID),
            entry("discountId", PipedriveConstants.DISCOUNT_ID),
            entry("conversionId", PipedriveConstants.CONVERSION_ID),
            entry("dealParticipantId", PipedriveConstants.DEAL_PARTICIPANT_ID),
            entry("channelId", PipedriveConstants.CHANNEL_ID),
            entry("conversationId", PipedriveConstants.CONVERSATION_ID),
            entry("dealId", PipedriveConstants.DEAL_ID),
            entry("personId", PipedriveConstants.PERSON_ID),
            entry("orgId", PipedriveConstants.ORG_ID),
            entry("productId", PipedriveConstants.PRODUCT_ID),
            entry("projectId", PipedriveConstants.PROJECT_ID),
            entry("leadId", PipedriveConstants.LEAD_ID),
            entry("cropX", PipedriveConstants.CROP_X),
            entry("cropY", PipedriveConstants.CROP_Y),
            entry("cropWidth", PipedriveConstants.CROP_WIDTH),
            entry("cropHeight", PipedriveConstants.CROP_HEIGHT));

    /** The extra multipart form fields each upload sends in the all-operations run, in Pipedrive's names. */
    static final Map<String, Map<String, Object>> UPLOAD_FIELDS = Map.of(
            "file/add", orderedMap("deal_id", 42, "activity_id", 9),
            "person/addPicture", orderedMap("crop_x", 10, "crop_y", 20, "crop_width", 256, "crop_height", 256));

    static final Map<String, String> UPLOAD_FILE_NAMES = Map.of(
            "product/addImage", "widget.png",
            "product/updateImage", "widget-v2.png",
            "file/add", "contract.pdf",
            "person/addPicture", "ada.png",
            "callLog/addRecording", "call-2026-11-28.mp3");

    @TempDir
    Path tempDir;

    @Override
    protected String token() {
        return TOKEN;
    }

    // ------------------------------------------------------------------------------------------------------------
    // every operation of the catalog
    // ------------------------------------------------------------------------------------------------------------

    /** One case per catalog entry; the operations with parameters alternate between headers and endpoint options. */
    static Stream<Arguments> everyOperation() {
        List<Arguments> cases = new ArrayList<>();
        int withParameters = 0;
        for (PipedriveOperation op : OperationCatalog.all()) {
            boolean hasParameters = hasParameters(op);
            boolean byHeader = hasParameters && withParameters++ % 2 == 0;
            String how = !hasParameters ? "" : byHeader ? ", parameters by header" : ", parameters by endpoint option";
            cases.add(Arguments.of(
                    Named.of(
                            op.key() + " ("
                                    + (op.useCase() == null ? op.method().name() : op.useCase()) + how + ")",
                            op),
                    byHeader));
        }
        return cases.stream();
    }

    @Test
    void theRunCoversEveryCatalogEntryAndBothWaysOfGivingParameters() {
        List<Arguments> cases = everyOperation().toList();
        assertThat(cases).hasSize(OperationCatalog.all().size());
        long byHeader = cases.stream().filter(a -> (boolean) a.get()[1]).count();
        long withParameters = OperationCatalog.all().stream()
                .filter(AllOperationsTest::hasParameters)
                .count();
        assertThat(byHeader).isEqualTo((withParameters + 1) / 2);
        assertThat(OperationCatalog.all())
                .extracting(PipedriveOperation::bodyType)
                .contains(BodyType.JSON, BodyType.FORM, BodyType.MULTIPART, BodyType.NONE);
        assertThat(OperationCatalog.all())
                .extracting(op -> op.method().name())
                .contains("GET", "POST", "PUT", "PATCH", "DELETE");
        assertThat(OperationCatalog.all().stream()
                        .filter(op -> !queryValues(op).isEmpty())
                        .count())
                .as("operations sent with query parameters")
                .isGreaterThan(100);
    }

    private static boolean hasParameters(PipedriveOperation op) {
        return !op.pathParameters().isEmpty()
                || UPLOAD_FIELDS.containsKey(op.key())
                || !queryValues(op).isEmpty();
    }

    /**
     * The query parameters each operation is sent with: every required one, plus the first optional one with allowed
     * values and the first optional whole number, so restricted values and numbers travel on every kind of read.
     */
    static Map<String, Object> queryValues(PipedriveOperation op) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean restricted = false;
        boolean integer = false;
        for (QueryParameter q : op.queryParameters()) {
            if (q.required()) {
                values.put(q.name(), sampleQueryValue(q));
            } else if (!restricted && !q.allowed().isEmpty()) {
                values.put(q.name(), q.allowed().get(q.allowed().size() - 1));
                restricted = true;
            } else if (!integer
                    && q.type() == QueryParameter.Type.INTEGER
                    && q.allowed().isEmpty()) {
                values.put(q.name(), q.name().equals("limit") ? 50 : 77);
                integer = true;
            }
        }
        return values;
    }

    private static Object sampleQueryValue(QueryParameter q) {
        if (!q.allowed().isEmpty()) {
            return q.allowed().get(0);
        }
        return switch (q.type()) {
            case INTEGER -> 5;
            case NUMBER -> 1;
            case BOOLEAN -> true;
            case INTEGER_LIST -> List.of(11, 12);
            default ->
                switch (q.name()) {
                    case "term" -> "Acme Ltd";
                    case "ids" -> "3,4";
                    default -> q.name().contains("date") || q.name().contains("period") ? "2026-11-01" : "x-value";
                };
        };
    }

    /** The query string a value is sent as. */
    private static String queryText(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void sendsTheOperationToPipedriveAndReturnsItsData(PipedriveOperation op, boolean byHeader) throws Exception {
        Map<String, Object> parameters = parameterValues(op);
        Map<String, Object> query = queryValues(op);
        String expectedPath = expectedPath(op, parameters);
        int status = op.method().name().equals("POST") ? 201 : 200;
        Object data = answerData(op);
        byte[] content = fileBytes(op.key());
        pipedrive.stubFor(any(anyUrl())
                .willReturn(
                        op.hasBinaryAnswer()
                                ? aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/pdf")
                                        .withBody(content)
                                : aResponse()
                                        .withStatus(status)
                                        .withHeader("Content-Type", "application/json; charset=utf-8")
                                        .withBody(JSON.writeValueAsString(Map.of("success", true, "data", data)))));

        String from = "direct:" + op.key().replace('/', '-');
        StringBuilder uri = new StringBuilder("pipedrive:" + op.key() + "?baseUrl=" + pipedrive.baseUrl());
        if (!byHeader) {
            parameters.forEach((option, value) ->
                    uri.append('&').append(option).append('=').append(value));
            query.forEach((name, value) -> uri.append("&query.")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(queryText(value), StandardCharsets.UTF_8)));
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(uri.toString());
            }
        });

        Object body = requestBody(op);
        Exchange result = template.send(from, exchange -> {
            exchange.getMessage().setBody(body);
            if (byHeader) {
                parameters.forEach(
                        (option, value) -> exchange.getMessage().setHeader(HEADER_OF_OPTION.get(option), value));
                if (!query.isEmpty()) {
                    exchange.getMessage().setHeader(PipedriveConstants.QUERY, query);
                }
            }
            if (op.bodyType() == BodyType.MULTIPART) {
                exchange.getMessage().setHeader(Exchange.FILE_NAME, UPLOAD_FILE_NAMES.get(op.key()));
            }
        });

        assertThat(result.getException()).as("exchange failure").isNull();
        LoggedRequest received = onlyRequest();
        assertThat(received.getMethod().getName())
                .as("HTTP method")
                .isEqualTo(op.method().name());
        // the whole URL: the parameters substituted, exactly the given query parameters (so no api_token either)
        String url = received.getUrl();
        assertThat(url.contains("?") ? url.substring(0, url.indexOf('?')) : url)
                .as("path")
                .isEqualTo(expectedPath);
        Map<String, String> expectedQuery = new LinkedHashMap<>();
        query.forEach((name, value) -> expectedQuery.put(name, queryText(value)));
        assertThat(queryOf(url)).as("query parameters").isEqualTo(expectedQuery);
        assertThat(received.getHeader("x-api-token")).as("x-api-token header").isEqualTo(TOKEN);
        assertReceivedBody(op, received, body);

        if (op.hasBinaryAnswer()) {
            assertThat(result.getMessage().getBody()).as("the file content").isEqualTo(content);
            assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");
        } else {
            assertThat(result.getMessage().getBody()).as("the answer's data").isEqualTo(data);
        }
        assertThat(result.getMessage().getHeader(PipedriveConstants.RESPONSE_CODE))
                .isEqualTo(op.hasBinaryAnswer() ? 200 : status);
    }

    /** Path parameters, and for uploads their form fields, by option name: realistic values of the right kind. */
    private static Map<String, Object> parameterValues(PipedriveOperation op) {
        Map<String, Object> values = new LinkedHashMap<>();
        long number = 4711;
        for (PathParameter param : op.pathParameters()) {
            Object value;
            if (param.numeric()) {
                value = number;
                number = number == 4711 ? 815 : number + 1; // different ids, so a swap shows
            } else {
                value = switch (param.optionName()) {
                    case "fieldCode" -> "5e2b0f1d3c4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c";
                    case "commentId" -> "7b4e2a1c-3d5f-4a6b-8c9d-0e1f2a3b4c5d";
                    default -> "a1b2c3d4e5f60718";
                };
            }
            values.put(param.optionName(), value);
        }
        UPLOAD_FIELDS
                .getOrDefault(op.key(), Map.of())
                .forEach((field, value) -> values.put(PathParameter.lowerCamel(field), value));
        return values;
    }

    private static String expectedPath(PipedriveOperation op, Map<String, Object> values) {
        String path = op.path();
        for (PathParameter param : op.pathParameters()) {
            path = path.replace("{" + param.specName() + "}", String.valueOf(values.get(param.optionName())));
        }
        assertThat(path).as("every placeholder filled").doesNotContain("{");
        return path;
    }

    private static Object requestBody(PipedriveOperation op) throws IOException {
        return switch (op.bodyType()) {
            case JSON, FORM ->
                op.hasArrayBody()
                        ? JSON.readValue(op.example(), List.class)
                        : JSON.readValue(op.example(), LinkedHashMap.class);
            case MULTIPART -> fileBytes(op.key());
            case NONE -> null;
        };
    }

    static Map<String, String> queryOf(String url) {
        int q = url.indexOf('?');
        return formFields(q < 0 ? "" : url.substring(q + 1));
    }

    /**
     * What Pipedrive answers: the entity as it now is, i.e. what was sent plus an id; a list of two for lists; the hits
     * for searches.
     */
    @SuppressWarnings("unchecked")
    private static Object answerData(PipedriveOperation op) throws IOException {
        if (op.paging() != io.github.camelpipedrive.component.catalog.Paging.NONE && !op.isSearch()) {
            return List.of(Map.of("id", 9001, "name", "first"), Map.of("id", 9002, "name", "second"));
        }
        if (op.hasArrayBody()) {
            return JSON.readValue(op.example(), List.class);
        }
        if (op.isSearch()) {
            return Map.of(
                    "items", List.of(Map.of("result_score", 1.5, "item", Map.of("id", 9001, "title", "Acme Ltd"))));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", 9001);
        if (op.example() != null) {
            data.putAll(JSON.readValue(op.example(), LinkedHashMap.class));
        }
        if (op.bodyType() == BodyType.MULTIPART) {
            data.put("name", UPLOAD_FILE_NAMES.get(op.key()));
        }
        data.put("update_time", "2026-11-28T09:00:00Z");
        return data;
    }

    /** Binary content with bytes that break naive text handling (NUL, 0xFF, CR LF, a multipart-like dash line). */
    private static byte[] fileBytes(String seed) {
        byte[] head = ("%PDF-1.7\r\n--boundary-lookalike\r\n" + seed + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + 512];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private void assertReceivedBody(PipedriveOperation op, LoggedRequest received, Object sent) throws IOException {
        String contentType = received.getHeader("Content-Type");
        switch (op.bodyType()) {
            case JSON -> {
                assertThat(contentType).as("Content-Type").startsWith("application/json");
                assertThat(equalToJson(op.example())
                                .match(received.getBodyAsString())
                                .isExactMatch())
                        .as("JSON body %s equals the catalog example %s", received.getBodyAsString(), op.example())
                        .isTrue();
            }
            case FORM -> {
                assertThat(contentType).as("Content-Type").startsWith("application/x-www-form-urlencoded");
                Map<String, String> expected = new LinkedHashMap<>();
                ((Map<?, ?>) sent).forEach((k, v) -> expected.put((String) k, String.valueOf(v)));
                assertThat(formFields(received.getBodyAsString()))
                        .as("form fields")
                        .isEqualTo(expected);
            }
            case MULTIPART -> {
                assertThat(contentType)
                        .as("Content-Type")
                        .startsWith("multipart/form-data")
                        .contains("boundary=");
                assertMultipart(
                        received,
                        op.filePart(),
                        UPLOAD_FILE_NAMES.get(op.key()),
                        (byte[]) sent,
                        UPLOAD_FIELDS.getOrDefault(op.key(), Map.of()));
            }
            case NONE -> {
                assertThat(received.getBody()).as("no body").isEmpty();
                assertThat(received.containsHeader("Content-Type"))
                        .as("Content-Type sent without a body")
                        .isFalse();
            }
        }
    }

    static Map<String, String> formFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            assertThat(fields.put(name, value))
                    .as("form field %s sent once", name)
                    .isNull();
        }
        return fields;
    }

    /** The upload carries the part "file" (bytes and file name) and exactly the expected text fields. */
    static void assertMultipart(LoggedRequest received, String fileName, byte[] bytes, Map<String, ?> fields) {
        assertMultipart(received, "file", fileName, bytes, fields);
    }

    /** As above, with the file in the part {@code filePart} ({@code data} for product images). */
    static void assertMultipart(
            LoggedRequest received, String filePart, String fileName, byte[] bytes, Map<String, ?> fields) {
        assertThat(received.isMultipart()).as("multipart request").isTrue();
        Map<String, Request.Part> parts = received.getParts().stream()
                .collect(Collectors.toMap(
                        Request.Part::getName,
                        p -> p,
                        (a, b) -> {
                            throw new AssertionError("part " + a.getName() + " sent twice");
                        },
                        LinkedHashMap::new));
        Set<String> expectedNames = new LinkedHashSet<>();
        expectedNames.add(filePart);
        expectedNames.addAll(fields.keySet());
        assertThat(parts.keySet()).as("multipart parts").containsExactlyInAnyOrderElementsOf(expectedNames);
        Request.Part file = parts.get(filePart);
        assertThat(file.getBody().asBytes()).as("uploaded bytes").isEqualTo(bytes);
        assertThat(file.getHeader("Content-Disposition").firstValue())
                .as("file part disposition")
                .contains("name=\"" + filePart + "\"")
                .contains("filename=\"" + fileName + "\"");
        fields.forEach((name, value) -> assertThat(parts.get(name).getBody().asString())
                .as("form field %s", name)
                .isEqualTo(String.valueOf(value)));
    }

    private static LoggedRequest onlyRequest() {
        List<ServeEvent> events = pipedrive.getAllServeEvents();
        assertThat(events).as("requests Pipedrive received").hasSize(1);
        return events.get(0).getRequest();
    }

    private static Map<String, Object> orderedMap(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private void route(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        });
    }

    private void answerDeal() {
        pipedrive.stubFor(
                any(anyUrl())
                        .willReturn(
                                okJson(
                                        "{\"success\":true,\"data\":{\"id\":42,\"title\":\"Acme renewal\",\"value\":5000,\"currency\":\"EUR\"}}")));
    }

    // ------------------------------------------------------------------------------------------------------------
    // the forms a body can take
    // ------------------------------------------------------------------------------------------------------------

    static final String DEAL_JSON = "{\"title\":\"Acme renewal\",\"value\":5000,\"currency\":\"EUR\",\"person_id\":7}";

    /** A deal as an application might hold it. */
    public record NewDeal(
            String title,
            int value,
            String currency,
            @JsonProperty("person_id") long personId) {}

    static Stream<Arguments> dealBodies() throws IOException {
        return Stream.of(
                Arguments.of(Named.of("Map", JSON.readValue(DEAL_JSON, LinkedHashMap.class))),
                Arguments.of(Named.of("JSON String", DEAL_JSON)),
                Arguments.of(Named.of("JSON byte[]", DEAL_JSON.getBytes(StandardCharsets.UTF_8))),
                Arguments.of(Named.of("Jackson JsonNode", JSON.readTree(DEAL_JSON))),
                Arguments.of(Named.of("POJO (record)", new NewDeal("Acme renewal", 5000, "EUR", 7))));
    }

    @ParameterizedTest(name = "deal/add with the body as {0}")
    @MethodSource("dealBodies")
    void aMapAJsonStringAJsonNodeAndAPojoSendTheSameJson(Object body) throws Exception {
        answerDeal();
        route("direct:deal", "pipedrive:deal/add?baseUrl=" + pipedrive.baseUrl());

        Exchange result = template.send("direct:deal", e -> e.getMessage().setBody(body));

        assertThat(result.getException()).isNull();
        LoggedRequest received = onlyRequest();
        assertThat(received.getHeader("Content-Type")).startsWith("application/json");
        assertThat(equalToJson(DEAL_JSON).match(received.getBodyAsString()).isExactMatch())
                .as("sent %s", received.getBodyAsString())
                .isTrue();
    }

    @Test
    void anUpdateTakesTheIdFromAMapBodyAndDoesNotSendIt() throws Exception {
        pipedrive.stubFor(
                any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"id\":7,\"job_title\":\"CTO\"}}")));
        route("direct:update", "pipedrive:person/update?baseUrl=" + pipedrive.baseUrl());
        Map<String, Object> person = new LinkedHashMap<>(Map.of("id", 7, "job_title", "CTO"));

        Exchange result = template.send("direct:update", e -> e.getMessage().setBody(person));

        assertThat(result.getException()).isNull();
        LoggedRequest received = onlyRequest();
        assertThat(received.getMethod().getName()).isEqualTo("PATCH");
        assertThat(received.getUrl()).isEqualTo("/api/v2/persons/7");
        assertThat(equalToJson("{\"job_title\":\"CTO\"}")
                        .match(received.getBodyAsString())
                        .isExactMatch())
                .as("sent %s", received.getBodyAsString())
                .isTrue();
        assertThat(person).as("the caller's map is not changed").containsEntry("id", 7);
    }

    @Test
    void theIdHeaderWinsOverTheIdOption() throws Exception {
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"user_id\":2,\"id\":1}}")));
        route("direct:follow", "pipedrive:deal/addFollower?id=1&baseUrl=" + pipedrive.baseUrl());

        template.sendBodyAndHeader("direct:follow", Map.of("user_id", 2), PipedriveConstants.ID, 2);
        template.sendBody("direct:follow", Map.of("user_id", 2));

        assertThat(pipedrive.getAllServeEvents())
                .extracting(e -> e.getRequest().getUrl())
                .containsExactlyInAnyOrder("/api/v2/deals/2/followers", "/api/v2/deals/1/followers");
    }

    @Test
    void anOperationWithoutABodyIgnoresWhateverBodyTheMessageCarries() throws Exception {
        pipedrive.stubFor(
                any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"id\":43,\"title\":\"Acme (copy)\"}}")));
        route("direct:duplicate", "pipedrive:deal/duplicate?baseUrl=" + pipedrive.baseUrl());

        Object body = template.requestBodyAndHeader(
                "direct:duplicate", Map.of("title", "left over"), PipedriveConstants.ID, 42);

        LoggedRequest received = onlyRequest();
        assertThat(received.getUrl()).isEqualTo("/v1/deals/42/duplicate");
        assertThat(received.getBody()).isEmpty();
        assertThat(body).isEqualTo(Map.of("id", 43, "title", "Acme (copy)"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // what comes back
    // ------------------------------------------------------------------------------------------------------------

    static final String ENVELOPE = "{\"success\":true,"
            + "\"data\":{\"id\":42,\"title\":\"Acme renewal\",\"owner_id\":1,\"person_id\":7},"
            + "\"additional_data\":{\"next_cursor\":null},"
            + "\"related_objects\":{\"user\":{\"1\":{\"id\":1,\"name\":\"Ada\",\"email\":\"ada@example.com\"}},"
            + "\"person\":{\"7\":{\"id\":7,\"name\":\"Grace\"}}}}";

    @Test
    void rawResponseReturnsPipedrivesWholeEnvelope() throws Exception {
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson(ENVELOPE)));
        route("direct:raw", "pipedrive:deal/add?rawResponse=true&baseUrl=" + pipedrive.baseUrl());

        Object body = template.requestBody("direct:raw", Map.of("title", "Acme renewal"));

        assertThat(body).isEqualTo(JSON.readValue(ENVELOPE, Map.class));
    }

    /** What an application reads back from a deal; Pipedrive's other fields are ignored. */
    public static class DealData {
        public long id;
        public String title;

        @JsonProperty("person_id")
        public Long personId;
    }

    @Test
    void outputClassTurnsTheDataIntoAnObject() throws Exception {
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson(ENVELOPE)));
        route(
                "direct:typed",
                "pipedrive:deal/add?outputClass=" + DealData.class.getName() + "&baseUrl=" + pipedrive.baseUrl());

        Object body = template.requestBody("direct:typed", Map.of("title", "Acme renewal"));

        assertThat(body).isInstanceOf(DealData.class);
        DealData deal = (DealData) body;
        assertThat(deal.id).isEqualTo(42);
        assertThat(deal.title).isEqualTo("Acme renewal");
        assertThat(deal.personId).isEqualTo(7L);
    }

    @Test
    void additionalDataRelatedObjectsAndRateLimitsBecomeHeaders() throws Exception {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(okJson(ENVELOPE)
                        .withHeader("x-ratelimit-limit", "80")
                        .withHeader("x-ratelimit-remaining", "79")
                        .withHeader("x-ratelimit-reset", "2")
                        .withHeader("x-daily-requests-left", "9997")));
        route("direct:headers", "pipedrive:deal/add?baseUrl=" + pipedrive.baseUrl());

        Exchange result = template.send("direct:headers", e -> e.getMessage().setBody(Map.of("title", "Acme renewal")));

        assertThat(result.getException()).isNull();
        Map<?, ?> envelope = JSON.readValue(ENVELOPE, Map.class);
        assertThat(result.getMessage().getBody()).isEqualTo(envelope.get("data"));
        assertThat(result.getMessage().getHeaders())
                .containsEntry(PipedriveConstants.RESPONSE_CODE, 200)
                .containsEntry(PipedriveConstants.ADDITIONAL_DATA, envelope.get("additional_data"))
                .containsEntry(PipedriveConstants.RELATED_OBJECTS, envelope.get("related_objects"))
                .containsEntry(PipedriveConstants.RATE_LIMIT_LIMIT, 80L)
                .containsEntry(PipedriveConstants.RATE_LIMIT_REMAINING, 79L)
                .containsEntry(PipedriveConstants.RATE_LIMIT_RESET, 2L)
                .containsEntry(PipedriveConstants.DAILY_REQUESTS_LEFT, 9997L);
    }

    // ------------------------------------------------------------------------------------------------------------
    // uploads
    // ------------------------------------------------------------------------------------------------------------

    private void answerFile() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"data\":{\"id\":123,\"deal_id\":7,\"file_type\":\"pdf\"}}")));
    }

    @Test
    void fileAddUploadsAJavaIoFile() throws Exception {
        answerFile();
        byte[] bytes = fileBytes("java.io.File");
        File file = Files.write(tempDir.resolve("offer-2026.pdf"), bytes).toFile();
        route("direct:upload", "pipedrive:file/add?dealId=7&baseUrl=" + pipedrive.baseUrl());

        Exchange result = template.send("direct:upload", e -> e.getMessage().setBody(file));

        assertThat(result.getException()).isNull();
        LoggedRequest received = onlyRequest();
        assertThat(received.getUrl()).isEqualTo("/v1/files");
        assertMultipart(received, "offer-2026.pdf", bytes, Map.of("deal_id", 7));
        Request.Part part = received.getPart("file");
        assertThat(part.getHeader("Content-Type").firstValue())
                .as("guessed from the name")
                .startsWith("application/pdf");
        assertThat(result.getMessage().getBody()).isEqualTo(Map.of("id", 123, "deal_id", 7, "file_type", "pdf"));
    }

    /**
     * Browsers, and the servers Pipedrive's upload endpoints are built for, send the file name as it is (UTF-8) in
     * {@code filename="..."}; a percent-encoded {@code filename} is stored by the server as the literal text
     * {@code offer%202026.pdf}.
     */
    @Test
    void aFileNameWithSpacesAndAccentsReachesPipedriveAsItIs() throws Exception {
        answerFile();
        byte[] bytes = fileBytes("name");
        route("direct:named", "pipedrive:file/add?dealId=7&baseUrl=" + pipedrive.baseUrl());

        template.sendBodyAndHeader("direct:named", bytes, Exchange.FILE_NAME, "Angebot Müller 2026.pdf");

        Request.Part part = onlyRequest().getPart("file");
        assertThat(part.getBody().asBytes()).isEqualTo(bytes);
        assertThat(part.getHeader("Content-Disposition").firstValue())
                .as("file name sent")
                .contains("filename=\"Angebot Müller 2026.pdf\"");
    }

    @Test
    void fileAddUploadsWhatACamelFileRoutePicksUp() throws Exception {
        answerFile();
        byte[] top = fileBytes("proposal");
        byte[] nested = fileBytes("nested contract");
        Path inbox = tempDir.resolve("inbox");
        Files.createDirectories(inbox.resolve("2026/11"));
        Files.write(inbox.resolve("proposal.pdf"), top);
        Files.write(inbox.resolve("2026/11/contract.pdf"), nested);
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(2).create();
        NotifyBuilder failed = new NotifyBuilder(context).whenFailed(1).create();

        route(
                "file:" + inbox + "?noop=true&recursive=true&initialDelay=0&delay=50",
                "pipedrive:file/add?dealId=7&baseUrl=" + pipedrive.baseUrl());

        assertThat(done.matches(10, TimeUnit.SECONDS)).as("both files uploaded").isTrue();
        assertThat(failed.matches()).as("an upload failed").isFalse();
        List<LoggedRequest> requests = pipedrive.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .toList();
        assertThat(requests).hasSize(2).allSatisfy(r -> {
            assertThat(r.getUrl()).isEqualTo("/v1/files");
            assertThat(r.getHeader("x-api-token")).isEqualTo(TOKEN);
        });
        LoggedRequest proposal = requests.stream()
                .filter(r -> r.getPart("file")
                        .getHeader("Content-Disposition")
                        .firstValue()
                        .contains("proposal.pdf"))
                .findFirst()
                .orElseThrow();
        LoggedRequest contract =
                requests.stream().filter(r -> r != proposal).findFirst().orElseThrow();
        assertMultipart(proposal, "proposal.pdf", top, Map.of("deal_id", 7));
        // CamelFileName is "2026/11/contract.pdf" here; Pipedrive gets the name only
        assertMultipart(contract, "contract.pdf", nested, Map.of("deal_id", 7));
    }

    /** A stream that cannot be read whole at once and tells whether it was read to the end and closed. */
    static final class OneWayStream extends FilterInputStream {
        int largestRead;
        boolean closed;

        OneWayStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            largestRead = Math.max(largestRead, len);
            return super.read(b, off, len);
        }

        @Override
        public byte[] readAllBytes() {
            throw new UnsupportedOperationException("the upload must be streamed, not read into memory");
        }

        @Override
        public byte[] readNBytes(int len) {
            throw new UnsupportedOperationException("the upload must be streamed, not read into memory");
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void anInputStreamBodyIsStreamedToPipedrive() throws Exception {
        answerFile();
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        OneWayStream stream = new OneWayStream(bytes);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // no stream caching: the producer gets the caller's stream itself
                from("direct:stream")
                        .noStreamCaching()
                        .to("pipedrive:file/add?dealId=7&baseUrl=" + pipedrive.baseUrl());
            }
        });

        Exchange result = template.send("direct:stream", e -> {
            e.getMessage().setBody(stream);
            e.getMessage().setHeader(Exchange.FILE_NAME, "recording.wav");
        });

        assertThat(result.getException()).isNull();
        LoggedRequest received = onlyRequest();
        assertThat(received.getHeader("Transfer-Encoding"))
                .as("sent chunked, length unknown up front")
                .isEqualToIgnoringCase("chunked");
        assertThat(received.containsHeader("Content-Length")).isFalse();
        assertMultipart(received, "recording.wav", bytes, Map.of("deal_id", 7));
        assertThat(stream.largestRead).as("read in buffer-sized pieces").isLessThan(bytes.length);
        assertThat(stream.closed).as("stream closed after the upload").isTrue();
    }
}
