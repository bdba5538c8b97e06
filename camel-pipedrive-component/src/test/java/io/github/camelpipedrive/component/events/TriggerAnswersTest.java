package io.github.camelpipedrive.component.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trigger's own calls read Pipedrive's answers like every other request of the component: a 2xx answer that is
 * not a JSON envelope (a proxy's page) fails the trigger's start with a {@link PipedriveApiException} that carries
 * the status, the body, the attempts and whether the request was a write that happened.
 */
class TriggerAnswersTest {

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private Throwable startTrigger() throws Exception {
        int port = TriggerTestSupport.freePort();
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(http));
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken("tok-trigger-answers-5c");
        component.setBaseUrl(pipedrive.baseUrl());
        component.setRateLimitGovernor(false);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive:events/deal?webhookExternalUrl=http://127.0.0.1:" + port + "/pipedrive/events/deal")
                        .to("log:deal");
            }
        });
        return catchThrowable(context::start);
    }

    private static PipedriveApiException apiException(Throwable failure) {
        assertThat(failure).as("the start failed").isNotNull();
        PipedriveApiException e = ObjectHelper.getException(PipedriveApiException.class, failure);
        assertThat(e).as("a PipedriveApiException in %s", failure).isNotNull();
        return e;
    }

    @Test
    void aWebhookCreatedWithAnUnreadableAnswerFailsSayingTheWriteHappened() throws Exception {
        pipedrive.stubFor(get(urlPathEqualTo("/v1/webhooks")).willReturn(okJson("{\"success\":true,\"data\":[]}")));
        pipedrive.stubFor(post(urlEqualTo("/v1/webhooks"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Welcome to the proxy</body></html>")));

        PipedriveApiException e = apiException(startTrigger());

        assertThat(e.getOperation()).isEqualTo("webhook/add");
        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.mayHaveBeenApplied()).as("the webhook may exist now").isTrue();
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getResponseBody()).contains("Welcome to the proxy");
        assertThat(e.getMessage())
                .startsWith("pipedrive:webhook/add: Pipedrive's answer cannot be read (")
                .endsWith("; the request was applied")
                .doesNotContain("tok-trigger-answers-5c");
        pipedrive.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/webhooks"))
                        .withHeader("Content-Type", containing("application/json"))
                        .withRequestBody(matchingJsonPath("$.event_object", equalTo("deal")))
                        .withRequestBody(matchingJsonPath("$.subscription_url")));
    }

    @Test
    void aWebhookListThatIsNotAnEnvelopeFailsSayingNothingWasWritten() throws Exception {
        pipedrive.stubFor(get(urlPathEqualTo("/v1/webhooks")).willReturn(okJson("[]")));

        PipedriveApiException e = apiException(startTrigger());

        assertThat(e.getOperation()).isEqualTo("webhook/list");
        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.getMessage()).contains("not a JSON object");
        pipedrive.verify(0, postRequestedFor(urlEqualTo("/v1/webhooks")));
    }
}
