package io.github.camelpipedrive.component.fields;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveAuthenticationException;
import io.github.camelpipedrive.component.error.PipedriveServerException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading the account's field definitions is a step of the endpoint the user wrote: when it fails inside
 * {@code person/upsert} (or {@code person/add} with custom field names, or a get with {@code resolveFieldNames}), the
 * exception is named after that endpoint with the step in the message, the way upsert errors are named:
 * {@code pipedrive:person/upsert (step personField/list) ...}. Nothing is written.
 */
class FieldListErrorNamesTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken("tok-field-names-3d");
        component.setBaseUrl(pipedrive.baseUrl());
        component.setMaxRetries(0);
        component.setRateLimitGovernor(false);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upsert").to("pipedrive:person/upsert?matchBy=email");
                from("direct:add").to("pipedrive:person/add");
                from("direct:get").to("pipedrive:person/get?resolveFieldNames=true");
            }
        };
    }

    @BeforeEach
    void nothingElseAnswers() {
        pipedrive.resetAll();
        pipedrive.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(599)));
    }

    private void fieldListAnswers(ResponseDefinitionBuilder answer) {
        pipedrive.stubFor(get(urlPathEqualTo("/api/v2/personFields")).willReturn(answer));
    }

    private static Map<String, Object> ada() {
        return Map.of("name", "Ada", "emails", List.of(Map.of("value", "ada@example.com")), "Tier", "Gold");
    }

    private Exception send(String route, Object body) {
        Exchange exchange = template.send(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader("CamelPipedriveId", 7);
        });
        return exchange.getException();
    }

    /** Only the field list was asked for: nothing was searched, read or written. */
    private void onlyTheFieldListWasRequested() {
        pipedrive.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/personFields")));
        pipedrive.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServerErrorReadingTheFieldsInsideAnUpsertNamesTheUpsertAndTheStep() {
        fieldListAnswers(aResponse()
                .withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"error\":\"Internal error\"}"));

        Exception e = send("direct:upsert", ada());

        assertThat(e).isInstanceOf(PipedriveServerException.class);
        assertThat(((PipedriveServerException) e).getOperation()).isEqualTo("person/upsert");
        assertThat(e.getMessage())
                .startsWith("pipedrive:person/upsert (step personField/list) failed: HTTP 500")
                .contains("Internal error");
        onlyTheFieldListWasRequested();
    }

    @Test
    void aRefusedTokenReadingTheFieldsInsideAnUpsertNamesTheUpsertAndTheStep() {
        fieldListAnswers(aResponse()
                .withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401}"));

        Exception e = send("direct:upsert", ada());

        assertThat(e).isInstanceOf(PipedriveAuthenticationException.class);
        assertThat(((PipedriveAuthenticationException) e).getOperation()).isEqualTo("person/upsert");
        assertThat(e.getMessage())
                .startsWith("pipedrive:person/upsert (step personField/list) failed: HTTP 401")
                .doesNotContain("tok-field-names-3d");
        onlyTheFieldListWasRequested();
    }

    @Test
    void unreadableFieldDefinitionsInsideAnUpsertNameTheUpsertAndTheStep() {
        fieldListAnswers(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html>maintenance</html>"));

        Exception e = send("direct:upsert", ada());

        assertThat(e).isInstanceOf(PipedriveApiException.class);
        PipedriveApiException error = (PipedriveApiException) e;
        assertThat(error.getOperation()).isEqualTo("person/upsert");
        assertThat(error.getMessage())
                .startsWith("pipedrive:person/upsert (step personField/list): the field definitions Pipedrive sent "
                        + "cannot be read");
        assertThat(error.mayHaveBeenApplied()).isFalse();
        onlyTheFieldListWasRequested();
    }

    @Test
    void unreadableFieldDefinitionsForCustomFieldNamesNameTheOperation() {
        fieldListAnswers(okJson("{\"success\":true,\"data\":{}}"));

        Exception e = send("direct:add", ada());

        assertThat(e).isInstanceOf(PipedriveApiException.class);
        assertThat(((PipedriveApiException) e).getOperation()).isEqualTo("person/add");
        assertThat(e.getMessage())
                .startsWith("pipedrive:person/add (step personField/list): the field definitions Pipedrive sent "
                        + "cannot be read (no data array)");
        onlyTheFieldListWasRequested();
    }

    @Test
    void twoEndpointsWaitingForTheSameFailedReadEachNameThemselves() throws Exception {
        // the read is slow, so the second exchange arrives while the first one's read is under way and waits for it
        fieldListAnswers(aResponse()
                .withStatus(500)
                .withFixedDelay(600)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"error\":\"Internal error\"}"));

        CompletableFuture<Exception> upsert = CompletableFuture.supplyAsync(() -> send("direct:upsert", ada()));
        Thread.sleep(150);
        CompletableFuture<Exception> add = CompletableFuture.supplyAsync(() -> send("direct:add", ada()));

        Exception upsertError = upsert.get(10, TimeUnit.SECONDS);
        Exception addError = add.get(10, TimeUnit.SECONDS);
        assertThat(upsertError)
                .isInstanceOf(PipedriveServerException.class)
                .hasMessageStartingWith("pipedrive:person/upsert (step personField/list) failed: HTTP 500");
        assertThat(addError)
                .isInstanceOf(PipedriveServerException.class)
                .hasMessageStartingWith("pipedrive:person/add (step personField/list) failed: HTTP 500");
        assertThat(((PipedriveServerException) addError).getOperation()).isEqualTo("person/add");
        pipedrive.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/personFields")));
        pipedrive.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServerErrorReadingTheFieldsForAnswerNamesNamesTheGet() {
        fieldListAnswers(aResponse().withStatus(503).withBody("down"));

        Exception e = send("direct:get", null);

        assertThat(e).isInstanceOf(PipedriveServerException.class);
        assertThat(((PipedriveServerException) e).getOperation()).isEqualTo("person/get");
        assertThat(e.getMessage()).startsWith("pipedrive:person/get (step personField/list) failed: HTTP 503");
        onlyTheFieldListWasRequested();
    }
}
