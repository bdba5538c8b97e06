package io.github.camelpipedrive.component.reading;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.error.PipedriveNotFoundException;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DELETE is idempotent: when its answer is lost it is sent again, and a 404 to that resend means the first attempt
 * deleted the record, so the delete is done. A 404 to a first attempt stays an error; a POST is not resent.
 */
class DeleteResendTest extends CamelTestSupport {

    static final String NOT_FOUND = "{\"success\":false,\"error\":\"Deal not found\",\"code\":\"ERR_NOT_FOUND\"}";

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken("tok-delete-7f2");
        component.setRetryInitialDelay(10);
        component.setRetryMaxDelay(20);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:delete").to("pipedrive:deal/delete?baseUrl=" + pipedrive.baseUrl());
                from("direct:deleteProducts").to("pipedrive:deal/deleteProducts?baseUrl=" + pipedrive.baseUrl());
                from("direct:duplicate").to("pipedrive:deal/duplicate?baseUrl=" + pipedrive.baseUrl());
            }
        };
    }

    @Test
    void aDeleteWhoseAnswerWasLostIsResentAndA404ToTheResendMeansDone() {
        pipedrive.stubFor(delete(urlEqualTo("/api/v2/deals/42"))
                .inScenario("lost")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("deleted"));
        pipedrive.stubFor(delete(urlEqualTo("/api/v2/deals/42"))
                .inScenario("lost")
                .whenScenarioStateIs("deleted")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(NOT_FOUND)));

        Exchange result = template.request("direct:delete", e -> e.getMessage().setHeader(PipedriveConstants.ID, 42));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(PipedriveConstants.ALREADY_DELETED))
                .isEqualTo(true);
        assertThat(result.getMessage().getHeader(PipedriveConstants.RESPONSE_CODE))
                .isEqualTo(404);
        pipedrive.verify(2, deleteRequestedFor(urlEqualTo("/api/v2/deals/42")));
    }

    @Test
    void a404ToTheFirstAttemptIsNotFound() {
        pipedrive.stubFor(delete(urlEqualTo("/api/v2/deals/43"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(NOT_FOUND)));

        Exchange result = template.request("direct:delete", e -> e.getMessage().setHeader(PipedriveConstants.ID, 43));

        assertThat(result.getException())
                .isInstanceOf(PipedriveNotFoundException.class)
                .hasMessageContaining("deal/delete");
        assertThat(result.getMessage().getHeader(PipedriveConstants.ALREADY_DELETED))
                .isNull();
        pipedrive.verify(1, deleteRequestedFor(urlEqualTo("/api/v2/deals/43")));
    }

    @Test
    void theBulkDeleteOfDealProductsSendsTheIdsAndIsResentToo() {
        pipedrive.stubFor(delete(urlPathEqualTo("/api/v2/deals/44/products"))
                .inScenario("bulk")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("again"));
        pipedrive.stubFor(delete(urlPathEqualTo("/api/v2/deals/44/products"))
                .inScenario("bulk")
                .whenScenarioStateIs("again")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"data\":{\"ids\":[7,8]}}")));

        Exchange result = template.request("direct:deleteProducts", e -> {
            e.getMessage().setHeader(PipedriveConstants.ID, 44);
            e.getMessage().setHeader(PipedriveConstants.QUERY, java.util.Map.of("ids", List.of(7, 8)));
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(java.util.Map.of("ids", List.of(7, 8)));
        pipedrive.verify(2, deleteRequestedFor(urlEqualTo("/api/v2/deals/44/products?ids=7%2C8")));
    }

    @Test
    void aPostWhoseAnswerWasLostIsNotResent() {
        pipedrive.stubFor(post(urlEqualTo("/v1/deals/45/duplicate"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange result =
                template.request("direct:duplicate", e -> e.getMessage().setHeader(PipedriveConstants.ID, 45));

        assertThat(result.getException()).isInstanceOf(PipedriveTransportException.class);
        pipedrive.verify(
                1,
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/v1/deals/45/duplicate")));
    }
}
