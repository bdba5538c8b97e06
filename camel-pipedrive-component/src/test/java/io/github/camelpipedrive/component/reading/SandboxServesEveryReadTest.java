package io.github.camelpipedrive.component.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.AllOperationsTestAccess;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.catalog.HttpMethod;
import io.github.camelpipedrive.component.catalog.OperationCatalog;
import io.github.camelpipedrive.component.catalog.PathParameter;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.QueryParameter;
import io.github.camelpipedrive.component.error.PipedriveNotFoundException;
import io.github.camelpipedrive.sandbox.PipedriveSandboxExtension;
import io.github.camelpipedrive.sandbox.RecordedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read and delete of the catalog through a real route to the sandbox: it answers each like Pipedrive (the
 * envelope, a page, or a 404 for an id it does not hold), and for the main entities (deals, persons, organizations,
 * products, activities, leads, notes, pipelines, stages, the current user and the item search) with their records.
 */
class SandboxServesEveryReadTest extends CamelTestSupport {

    /** Reads and deletes that must find a record of the seeded sandbox, not only answer. */
    static final Set<String> MUST_SUCCEED = Set.of(
            "deal/get",
            "deal/list",
            "deal/delete",
            "deal/search",
            "person/get",
            "person/list",
            "person/delete",
            "person/search",
            "organization/get",
            "organization/list",
            "organization/delete",
            "organization/search",
            "product/get",
            "product/list",
            "product/delete",
            "product/search",
            "activity/get",
            "activity/list",
            "activity/delete",
            "lead/get",
            "lead/list",
            "lead/delete",
            "note/get",
            "note/list",
            "note/delete",
            "pipeline/get",
            "pipeline/list",
            "pipeline/delete",
            "stage/get",
            "stage/list",
            "stage/delete",
            "user/me",
            "itemSearch/search");

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.burstLimit(0));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken(pipedrive.token());
        component.setBaseUrl(pipedrive.baseUrl());
        component.setRateLimitGovernor(false);
        component.setMaxRetries(0);
        return context;
    }

    static Stream<Arguments> readsAndDeletes() {
        return OperationCatalog.all().stream()
                .filter(op -> op.method() == HttpMethod.GET || op.method() == HttpMethod.DELETE)
                .map(op -> Arguments.of(Named.of(op.key() + " (" + op.method() + " " + op.path() + ")", op)));
    }

    /** A record of each main kind, named so that a search for "Ad" finds it. */
    static final Map<String, Map<String, Object>> RECORDS = Map.of(
            "deals", Map.of("title", "Adams renewal"),
            "persons", Map.of("name", "Ada Lovelace"),
            "organizations", Map.of("name", "Adelphi Ltd"),
            "products", Map.of("name", "Adapter", "code", "AD-1"),
            "activities", Map.of("subject", "Call Ada", "type", "call"),
            "leads", Map.of("title", "Ada's lead"),
            "notes", Map.of("content", "Met Ada"),
            "pipelines", Map.of("name", "Adoption"),
            "stages", Map.of("name", "Admitted", "pipeline_id", 1));

    @ParameterizedTest(name = "{0}")
    @MethodSource("readsAndDeletes")
    void theSandboxAnswersLikePipedrive(PipedriveOperation op) throws Exception {
        RECORDS.forEach((collection, fields) -> pipedrive.sandbox().insert(collection, fields));
        pipedrive.sandbox().clearRequests();
        Map<String, Object> query = new LinkedHashMap<>();
        for (QueryParameter q : op.queryParameters()) {
            if (q.required()) {
                query.put(q.name(), value(q));
            }
        }
        String from = "direct:" + op.key().replace('/', '-');
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to("pipedrive:" + op.key());
            }
        });

        Exchange result = template.request(from, e -> {
            for (PathParameter p : op.pathParameters()) {
                e.getMessage().setHeader(p.headerName(), pathValue(op, p));
            }
            e.getMessage().setHeader(PipedriveConstants.QUERY, query);
            if (op.example() != null) {
                Class<?> type = op.hasArrayBody() ? List.class : Map.class;
                e.getMessage().setBody(new ObjectMapper().readValue(op.example(), type));
            }
        });

        List<RecordedRequest> sent = pipedrive.sandbox().requests();
        assertThat(sent).as("requests the sandbox received").isNotEmpty();
        RecordedRequest last = sent.get(sent.size() - 1);
        assertThat(last.method()).isEqualTo(op.method().name());
        if (result.getException() != null) {
            assertThat(MUST_SUCCEED)
                    .as("%s must find the sandbox's record", op.key())
                    .doesNotContain(op.key());
            assertThat(result.getException())
                    .as("%s answered %s", op.key(), last)
                    .isInstanceOf(PipedriveNotFoundException.class);
            return;
        }
        assertThat(last.status()).isBetween(200, 299);
        assertThat(AllOperationsTestAccess.queryOf(last.path() + (last.query().isEmpty() ? "" : "?" + last.query())))
                .containsAllEntriesOf(text(query));
        if (MUST_SUCCEED.contains(op.key())
                && op.method() == HttpMethod.GET
                && !op.isSearch()
                && op.paging() != io.github.camelpipedrive.component.catalog.Paging.NONE) {
            assertThat(result.getMessage().getBody(List.class))
                    .as("%s lists the sandbox's records", op.key())
                    .isNotEmpty();
        }
    }

    private static Map<String, String> text(Map<String, Object> query) {
        Map<String, String> out = new LinkedHashMap<>();
        query.forEach((k, v) -> out.put(
                k,
                v instanceof List<?> l
                        ? String.join(",", l.stream().map(String::valueOf).toList())
                        : String.valueOf(v)));
        return out;
    }

    /** The id of a record the sandbox holds for the path's first collection, else a plain value. */
    private static Object pathValue(PipedriveOperation op, PathParameter p) {
        if (p.specName().equals("id")) {
            String collection = op.path().replaceFirst("^/(api/v2|v1)/", "").split("/")[0];
            try {
                List<Map<String, Object>> records = pipedrive.sandbox().entities(collection);
                if (!records.isEmpty()) {
                    Map<String, Object> first = records.get(records.size() - 1);
                    return first.containsKey("id")
                            ? first.get("id")
                            : first.values().iterator().next();
                }
            } catch (IllegalArgumentException notStored) {
                // a kind the sandbox does not store
            }
            return op.path().startsWith("/v1/leads") || op.path().startsWith("/v1/leadLabels")
                    ? "adf21080-0e10-11eb-879b-05d71fb426ec"
                    : 1;
        }
        return p.numeric() ? 1 : "a1b2c3d4e5f60718";
    }

    private static Object value(QueryParameter q) {
        if (!q.allowed().isEmpty()) {
            return q.allowed().get(0);
        }
        return switch (q.type()) {
            case INTEGER, NUMBER -> 1;
            case BOOLEAN -> true;
            case INTEGER_LIST -> List.of(1, 2);
            default ->
                switch (q.name()) {
                    case "term" -> "Ad";
                    case "ids" -> "1";
                    case "field" -> "name";
                    case "since_timestamp" -> "2026-01-01 00:00:00";
                    default -> "2026-01-01";
                };
        };
    }
}
