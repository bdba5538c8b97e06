package io.github.camelpipedrive.component.fields;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exact requests: definitions read page by page (v2 cursors; v1 offsets where the v2 path answers 404), and the
 * exact body written with them.
 */
class FieldDefinitionsOnTheWireTest extends PipedriveTestSupport {

    static final String REGION = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    static final String SCORE = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Override
    protected String token() {
        return "tok-fields-1";
    }

    @Override
    protected String componentBaseUrl() {
        return pipedrive.baseUrl();
    }

    @Override
    protected void configure(PipedriveComponent component) {
        component.setRateLimitGovernor(false);
    }

    @Test
    void v1DefinitionsAreReadWhereTheV2PathIsMissingAndTheBodyIsExact() {
        pipedrive.stubFor(get(urlPathEqualTo("/api/v2/dealFields"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"Unknown method .\",\"errorCode\":404}")));
        pipedrive.stubFor(get(urlPathEqualTo("/v1/dealFields"))
                .withQueryParam("start", equalTo("0"))
                .willReturn(okJson("{\"success\":true,\"data\":[{\"key\":\"title\",\"name\":\"Title\","
                        + "\"field_type\":\"varchar\",\"edit_flag\":false},{\"key\":\"" + REGION
                        + "\",\"name\":\"Region\","
                        + "\"field_type\":\"enum\",\"edit_flag\":true,\"options\":[{\"id\":7,\"label\":\"EMEA\"},"
                        + "{\"id\":8,\"label\":\"APAC\"}]}],\"additional_data\":{\"pagination\":{\"start\":0,"
                        + "\"limit\":500,\"more_items_in_collection\":true,\"next_start\":2}}}")));
        pipedrive.stubFor(get(urlPathEqualTo("/v1/dealFields"))
                .withQueryParam("start", equalTo("2"))
                .willReturn(okJson("{\"success\":true,\"data\":[{\"key\":\"" + SCORE + "\",\"name\":\"Score\","
                        + "\"field_type\":\"double\",\"edit_flag\":true}],\"additional_data\":{\"pagination\":"
                        + "{\"start\":2,\"limit\":500,\"more_items_in_collection\":false}}}")));
        pipedrive.stubFor(post("/api/v2/deals")
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":1," + "\"title\":\"T\",\"custom_fields\":{\""
                        + REGION + "\":7,\"" + SCORE + "\":4.5}}}")));

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = template.requestBody(
                "pipedrive:deal/add?resolveFieldNames=true",
                Map.of("title", "T", "region", "emea", "Score", "4.5"),
                Map.class);

        pipedrive.verify(postRequestedFor(urlPathEqualTo("/api/v2/deals"))
                .withRequestBody(equalToJson(
                        "{\"title\":\"T\",\"custom_fields\":{\"" + REGION + "\":7,\"" + SCORE + "\":4.5}}")));
        pipedrive.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/dealFields")));
        pipedrive.verify(2, getRequestedFor(urlPathEqualTo("/v1/dealFields")));
        assertThat(answer.get("custom_fields")).isEqualTo(Map.of("Region", "EMEA", "Score", 4.5));
    }

    @Test
    void v2DefinitionsAreReadCursorByCursor() {
        pipedrive.stubFor(get(urlPathEqualTo("/api/v2/personFields"))
                .withQueryParam("cursor", equalTo("c2"))
                .willReturn(okJson("{\"success\":true,\"data\":[{\"field_code\":\"" + SCORE + "\",\"field_name\":"
                        + "\"Score\",\"field_type\":\"double\",\"is_custom_field\":true}],"
                        + "\"additional_data\":{\"next_cursor\":null}}"))
                .atPriority(1));
        pipedrive.stubFor(get(urlPathEqualTo("/api/v2/personFields"))
                .withQueryParam("limit", equalTo("500"))
                .willReturn(okJson("{\"success\":true,\"data\":[{\"field_code\":\"name\",\"field_name\":\"Name\","
                        + "\"field_type\":\"varchar\",\"is_custom_field\":false}],"
                        + "\"additional_data\":{\"next_cursor\":\"c2\"}}"))
                .atPriority(2));
        pipedrive.stubFor(post("/api/v2/persons").willReturn(okJson("{\"success\":true,\"data\":{\"id\":2}}")));

        template.sendBody("pipedrive:person/add", Map.of("Name", "Ada", "score", 3));

        pipedrive.verify(postRequestedFor(urlPathEqualTo("/api/v2/persons"))
                .withRequestBody(equalToJson("{\"name\":\"Ada\",\"custom_fields\":{\"" + SCORE + "\":3}}")));
        pipedrive.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/personFields")));
    }
}
