package io.github.camelpipedrive.component.reading;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Filters and other query parameters: as endpoint options {@code query.<name>} or the header
 * {@code CamelPipedriveQuery} (a Map or a query string, winning per parameter), in Pipedrive's names, checked against
 * the operation's documented names, types and allowed values before anything is sent.
 */
class QueryParametersTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken("tok-query-19a");
        component.setBaseUrl(pipedrive.baseUrl());
        return context;
    }

    @BeforeEach
    void answer() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(okJson("{\"success\":true,\"data\":[],\"additional_data\":{\"next_cursor\":null}}")));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:openDeals")
                        .to("pipedrive:deal/list?query.status=open&query.owner_id=7&query.sort_by=update_time");
                from("direct:deals").to("pipedrive:deal/list");
                from("direct:searchPersons").to("pipedrive:person/search");
                from("direct:installments").to("pipedrive:deal/listInstallments");
                from("direct:update").to("pipedrive:deal/update");
                from("direct:files").to("pipedrive:file/list");
            }
        };
    }

    private String onlyUrl() {
        assertThat(pipedrive.getAllServeEvents()).hasSize(1);
        return pipedrive.getAllServeEvents().get(0).getRequest().getUrl();
    }

    /** Path and query parameters of the only request; the order of parameters does not matter to Pipedrive. */
    private void assertSent(String path, String... nameValues) {
        String url = onlyUrl();
        assertThat(url.contains("?") ? url.substring(0, url.indexOf('?')) : url).isEqualTo(path);
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            expected.put(nameValues[i], nameValues[i + 1]);
        }
        assertThat(io.github.camelpipedrive.component.AllOperationsTestAccess.queryOf(url))
                .isEqualTo(expected);
    }

    @Test
    void endpointOptionsBecomeTheQueryString() {
        Exchange result = template.request("direct:openDeals", e -> {});
        assertThat(result.getException()).isNull();
        assertSent("/api/v2/deals", "status", "open", "owner_id", "7", "sort_by", "update_time");
    }

    @Test
    void theHeaderWinsPerParameterAndTakesJavaValues() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", "won");
        query.put("updated_since", OffsetDateTime.of(2026, 11, 1, 8, 30, 0, 0, ZoneOffset.UTC));
        query.put("include_fields", java.util.List.of("products_count", "files_count"));
        Exchange result =
                template.request("direct:openDeals", e -> e.getMessage().setHeader(PipedriveConstants.QUERY, query));

        assertThat(result.getException()).isNull();
        assertSent(
                "/api/v2/deals",
                "status",
                "won",
                "owner_id",
                "7",
                "sort_by",
                "update_time",
                "updated_since",
                "2026-11-01T08:30:00Z",
                "include_fields",
                "products_count,files_count");
        assertThat(onlyUrl()).contains("updated_since=2026-11-01T08%3A30%3A00Z");
    }

    @Test
    void aQueryStringHeaderWorksLikeCamelHttpQuery() {
        Exchange result = template.request(
                "direct:deals", e -> e.getMessage().setHeader(PipedriveConstants.QUERY, "stage_id=3&limit=500"));
        assertThat(result.getException()).isNull();
        assertThat(onlyUrl()).isEqualTo("/api/v2/deals?stage_id=3&limit=500");
    }

    @Test
    void integerListsAreSentCommaSeparated() {
        Exchange result = template.request(
                "direct:installments",
                e -> e.getMessage().setHeader(PipedriveConstants.QUERY, Map.of("deal_ids", new int[] {4, 5})));
        assertThat(result.getException()).isNull();
        assertThat(onlyUrl()).isEqualTo("/api/v2/deals/installments?deal_ids=4%2C5");
    }

    @Test
    void badValuesFailBeforeSendingNamingTheOperationAndTheParameter() {
        assertRefused(
                "direct:deals",
                Map.of("status", "opne"),
                "status",
                Reason.INVALID_VALUE,
                "must be one of open, won, lost, deleted");
        assertRefused(
                "direct:deals",
                Map.of("owner_id", "seven"),
                "owner_id",
                Reason.INVALID_VALUE,
                "must be a whole number");
        assertRefused("direct:files", Map.of("limit", 101), "limit", Reason.INVALID_VALUE, "must be at most 100");
        assertRefused(
                "direct:installments",
                Map.of("deal_ids", "4,five"),
                "deal_ids",
                Reason.INVALID_VALUE,
                "must be whole numbers");
        assertRefused(
                "direct:deals",
                Map.of("include_labels", "yes"),
                "include_labels",
                Reason.INVALID_VALUE,
                "must be true or false");
        assertRefused(
                "direct:deals",
                Map.of("stauts", "open"),
                "stauts",
                Reason.UNKNOWN_NAME,
                "is not a query parameter of this operation");
        assertRefused(
                "direct:installments",
                Map.of(),
                "deal_ids",
                Reason.MISSING_REQUIRED,
                "query parameter 'deal_ids' is required");
        // the token travels in the x-api-token header only, never in a URL, not even when asked to
        assertRefused(
                "direct:deals",
                Map.of("api_token", "tok-query-19a"),
                "api_token",
                Reason.UNKNOWN_NAME,
                "is not a query parameter of this operation");
        assertThat(pipedrive.getAllServeEvents()).as("requests sent").isEmpty();
    }

    @Test
    void aSearchTermNeedsTwoCharactersOrOneWithAnExactMatch() {
        assertRefused(
                "direct:searchPersons",
                Map.of("term", "A"),
                "term",
                Reason.SEARCH_TERM_TOO_SHORT,
                "at least 2 characters");
        assertRefused(
                "direct:searchPersons",
                Map.of("term", "Ada", "fields", "email,nickname"),
                "fields",
                Reason.INVALID_VALUE,
                "must be one of");
        assertRefused(
                "direct:searchPersons",
                Map.of(),
                "term",
                Reason.MISSING_REQUIRED,
                "query parameter 'term' is required");
        assertThat(pipedrive.getAllServeEvents()).isEmpty();

        Exchange exact = template.request(
                "direct:searchPersons",
                e -> e.getMessage().setHeader(PipedriveConstants.QUERY, Map.of("term", "A", "exact_match", true)));
        assertThat(exact.getException()).isNull();
        assertThat(onlyUrl()).contains("term=A").contains("exact_match=true");
    }

    @Test
    void anUnknownOrInvalidEndpointOptionFailsWhenTheRouteStarts() {
        assertThatThrownBy(() -> context.getEndpoint("pipedrive:deal/list?query.stauts=open"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("deal/list")
                .hasMessageContaining("'stauts' is not a query parameter");
        assertThatThrownBy(() -> context.getEndpoint("pipedrive:deal/list?query.status=opne"))
                .hasMessageContaining("must be one of open, won, lost, deleted");
        assertThatThrownBy(() -> context.getEndpoint("pipedrive:deal/get?paging=all"))
                .hasMessageContaining("paging=all applies to paged list operations only");
        // a bad value is refused by its kind, not by its text: one that reads "... is required" fails too
        assertThatThrownBy(() -> context.getEndpoint("pipedrive:deal/list?query.status=RAW(it is required)"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("must be one of open, won, lost, deleted, got 'it is required'");
        assertThatThrownBy(() -> context.getEndpoint("pipedrive:deal/list?query.stauts=RAW(is required)"))
                .hasMessageContaining("'stauts' is not a query parameter");
    }

    @Test
    void anEndpointMayLeaveToTheMessageWhatOnlyTheMessageCanComplete() {
        // a required parameter the header may give, and a one-letter term the header may make exact
        assertThat(context.getEndpoint("pipedrive:deal/listInstallments")).isNotNull();
        Exchange exact = template.request(
                "pipedrive:person/search?query.term=A",
                e -> e.getMessage().setHeader(PipedriveConstants.QUERY, Map.of("exact_match", true)));
        assertThat(exact.getException()).isNull();
        assertThat(onlyUrl()).contains("term=A").contains("exact_match=true");
    }

    @Test
    void anOperationWithoutQueryParametersIgnoresALeftoverHeader() {
        pipedrive.resetAll();
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"id\":5,\"title\":\"T\"}}")));
        Exchange result = template.request("direct:update", e -> {
            e.getMessage().setHeader(PipedriveConstants.QUERY, "status=open");
            e.getMessage().setHeader(PipedriveConstants.ID, 5);
            e.getMessage().setBody(Map.of("title", "T"));
        });
        assertThat(result.getException()).isNull();
        assertThat(onlyUrl()).isEqualTo("/api/v2/deals/5");
    }

    private void assertRefused(
            String endpoint, Map<String, Object> query, String field, Reason reason, String problem) {
        Exchange result = template.request(endpoint, e -> e.getMessage().setHeader(PipedriveConstants.QUERY, query));
        assertThat(result.getException())
                .as("%s with %s", endpoint, query)
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining(problem)
                .hasMessageContaining("Nothing was sent");
        assertThat(((PipedriveValidationException) result.getException()).getField())
                .isEqualTo(field);
        assertThat(((PipedriveValidationException) result.getException()).getReason())
                .isEqualTo(reason);
        assertThat(result.getException().getMessage())
                .startsWith("pipedrive:" + ((PipedriveValidationException) result.getException()).getOperation() + ":");
    }
}
