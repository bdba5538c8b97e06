package io.github.camelpipedrive.component.response;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveTestSupport;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveAuthenticationException;
import io.github.camelpipedrive.component.error.PipedriveBadRequestException;
import io.github.camelpipedrive.component.error.PipedriveConflictException;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveForbiddenException;
import io.github.camelpipedrive.component.error.PipedriveGoneException;
import io.github.camelpipedrive.component.error.PipedriveNotFoundException;
import io.github.camelpipedrive.component.error.PipedriveRateLimitException;
import io.github.camelpipedrive.component.error.PipedriveServerException;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import io.github.camelpipedrive.component.error.PipedriveUnprocessableEntityException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How Pipedrive's refusals and failures reach a route: one exception class per cause, carrying Pipedrive's own words,
 * and the message the route sent left as it was.
 */
class ErrorMappingTest extends PipedriveTestSupport {

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static final Map<String, Object> DEAL = Map.of("title", "Acme renewal", "value", 5000);

    static final String CLOUDFLARE_PAGE =
            "<!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\" lang=\"en-US\"> "
                    + "<![endif]-->\n<html class=\"no-js\" lang=\"en-US\">\n<head>\n<title>Attention Required! | Cloudflare</title>\n"
                    + "<meta charset=\"UTF-8\" />\n<style>body{font-family:sans-serif}</style>\n</head>\n<body>\n"
                    + "<div id=\"cf-wrapper\"><h1 data-translate=\"block_headline\">Sorry, you have been blocked</h1>\n"
                    + "<h2 class=\"cf-subheadline\">You are unable to access pipedrive.com</h2>\n"
                    + "<span class=\"cf-footer-item\">Cloudflare Ray ID: <strong>8c2f1a7e9b3d4c5e</strong></span>\n"
                    + "<span>Performance &amp; security by Cloudflare</span></div>\n</body>\n</html>\n";

    @Override
    protected String token() {
        return "tok-errors-31";
    }

    @Override
    protected void configure(PipedriveComponent component) {
        // one answer, one exception: retries (which would resend 429, 503 and refused connections) are off here
        component.setMaxRetries(0);
        // a second pipedrive component with a short response timeout, for the timeout case only
        PipedriveComponent impatient = new PipedriveComponent();
        impatient.setApiToken(token());
        impatient.setMaxRetries(0);
        impatient.setResponseTimeout(300);
        component.getCamelContext().addComponent("pipedrive-impatient", impatient);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deal").to("pipedrive:deal/add?baseUrl=" + pipedrive.baseUrl());
                from("direct:person").to("pipedrive:person/update?baseUrl=" + pipedrive.baseUrl());
                from("direct:impatient").to("pipedrive-impatient:deal/add?baseUrl=" + pipedrive.baseUrl());
            }
        };
    }

    private Exchange sendDeal(String route) {
        return template.send(route, e -> {
            e.getMessage().setBody(DEAL);
            e.getMessage().setHeader("X-Correlation", "order-4711");
        });
    }

    private static void assertOriginalMessage(Exchange result) {
        assertThat(result.getMessage().getBody())
                .as("the message body is left as it was")
                .isEqualTo(DEAL);
        assertThat(result.getMessage().getHeaders())
                .as("the message headers are left as they were")
                .containsExactly(Map.entry("X-Correlation", "order-4711"));
    }

    private <T extends Exception> T failure(Exchange result, Class<T> type) {
        assertThat(result.getException()).isExactlyInstanceOf(type);
        assertOriginalMessage(result);
        return type.cast(result.getException());
    }

    // --------------------------------------------------------------------------------------------------------------

    @Test
    void http400IsABadRequestWithPipedrivesErrorAndErrorInfo() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"Deal title is required\","
                                + "\"error_info\":\"Please check developers.pipedrive.com\",\"data\":null}")));

        PipedriveBadRequestException e = failure(sendDeal("direct:deal"), PipedriveBadRequestException.class);

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getError()).isEqualTo("Deal title is required");
        assertThat(e.getErrorInfo()).isEqualTo("Please check developers.pipedrive.com");
        assertThat(e.getOperation()).isEqualTo("deal/add");
        assertThat(e.getMessage())
                .contains("pipedrive:deal/add")
                .contains("400")
                .contains("Deal title is required");
        assertThat(e.mayHaveBeenApplied()).isFalse();
    }

    @Test
    void http401IsAnAuthenticationFailureWithPipedrivesErrorCode() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401}")));

        PipedriveAuthenticationException e = failure(sendDeal("direct:deal"), PipedriveAuthenticationException.class);

        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getError()).isEqualTo("unauthorized access");
        assertThat(e.getErrorCode()).isEqualTo("401");
        assertThat(e.getErrorInfo()).isNull();
        assertThat(e.getOperation()).isEqualTo("deal/add");
        assertThat(e.getMessage())
                .contains("pipedrive:deal/add")
                .contains("401")
                .contains("unauthorized access");
    }

    @Test
    void http403FromCloudflareSaysSoWithoutTheMarkup() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withHeader("cf-ray", "8c2f1a7e9b3d4c5e-FRA")
                        .withHeader("Server", "cloudflare")
                        .withBody(CLOUDFLARE_PAGE)));

        // Pipedrive's lock-out page: a PipedriveForbiddenException that also says until when the token rests
        io.github.camelpipedrive.component.error.PipedriveLockedOutException e = failure(
                sendDeal("direct:deal"), io.github.camelpipedrive.component.error.PipedriveLockedOutException.class);

        assertThat(e).isInstanceOf(PipedriveForbiddenException.class);
        assertThat(e.getLockedUntil()).isAfter(java.time.Instant.now());
        assertThat(e.getStatusCode()).isEqualTo(403);
        assertThat(e.getOperation()).isEqualTo("deal/add");
        assertThat(e.getMessage())
                .contains("pipedrive:deal/add")
                .contains("403")
                .contains("HTML")
                .contains("Cloudflare")
                .doesNotContain("<")
                .doesNotContain("cf-wrapper")
                .doesNotContain("font-family");
        assertThat(e.getMessage().length()).as("a message, not a page").isLessThan(400);
        assertThat(e.getError()).contains("HTML").doesNotContain("<");
        assertThat(e.getResponseBody())
                .as("the page stays available for inspection")
                .contains("cf-wrapper");
        assertThat(e.getResponseHeaders()).containsEntry("cf-ray", "8c2f1a7e9b3d4c5e-FRA");
    }

    static Stream<Arguments> statusCodes() {
        return Stream.of(
                Arguments.of(
                        404,
                        "{\"success\":false,\"error\":\"Deal not found\",\"error_info\":\"Please check "
                                + "developers.pipedrive.com\",\"data\":null}",
                        PipedriveNotFoundException.class,
                        "Deal not found",
                        false),
                Arguments.of(
                        409,
                        "{\"success\":false,\"error\":\"A recording for this call already exists\"}",
                        PipedriveConflictException.class,
                        "A recording for this call already exists",
                        false),
                Arguments.of(
                        410,
                        "{\"success\":false,\"error\":\"Field has been deleted\",\"code\":\"gone\"}",
                        PipedriveGoneException.class,
                        "Field has been deleted",
                        false),
                Arguments.of(
                        422,
                        "{\"success\":false,\"error\":\"Webhooks limit reached\"}",
                        PipedriveUnprocessableEntityException.class,
                        "Webhooks limit reached",
                        false),
                Arguments.of(
                        500,
                        "{\"success\":false,\"error\":\"Internal server error\"}",
                        PipedriveServerException.class,
                        "Internal server error",
                        true),
                Arguments.of(
                        502,
                        "{\"success\":false,\"error\":\"Bad gateway\"}",
                        PipedriveServerException.class,
                        "Bad gateway",
                        true),
                Arguments.of(
                        503,
                        "{\"success\":false,\"error\":\"Scheduled maintenance\"}",
                        PipedriveServerException.class,
                        "Scheduled maintenance",
                        false));
    }

    @ParameterizedTest(name = "HTTP {0} -> {2}")
    @MethodSource("statusCodes")
    void eachStatusHasItsException(
            int status,
            String body,
            Class<? extends PipedriveApiException> type,
            String error,
            boolean mayHaveBeenApplied) {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));

        PipedriveApiException e = failure(sendDeal("direct:deal"), type);

        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getError()).isEqualTo(error);
        assertThat(e.getOperation()).isEqualTo("deal/add");
        assertThat(e.getMessage())
                .contains("pipedrive:deal/add")
                .contains(String.valueOf(status))
                .contains(error);
        assertThat(e.mayHaveBeenApplied()).as("may have been applied").isEqualTo(mayHaveBeenApplied);
        assertThat(e.getResponseBody()).isEqualTo(body);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(pipedrive.getAllServeEvents()).hasSize(1);
    }

    @Test
    void http429IsARateLimitWithTheWaitFromXRateLimitReset() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-ratelimit-limit", "80")
                        .withHeader("x-ratelimit-remaining", "0")
                        .withHeader("x-ratelimit-reset", "2")
                        .withBody("{\"success\":false,\"error\":\"Request over limit\",\"errorCode\":429}")));

        PipedriveRateLimitException e = failure(sendDeal("direct:deal"), PipedriveRateLimitException.class);

        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.getError()).isEqualTo("Request over limit");
        assertThat(e.getResponseHeaders()).containsEntry("x-ratelimit-remaining", "0");
        assertThat(e.mayHaveBeenApplied()).isFalse();
    }

    @Test
    void http429RetryAfterWinsOverTheBurstReset() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "37")
                        .withHeader("x-ratelimit-reset", "2")
                        .withBody("{\"success\":false,\"error\":\"Daily limit exceeded\"}")));

        PipedriveRateLimitException e = failure(sendDeal("direct:deal"), PipedriveRateLimitException.class);

        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(37));
    }

    @Test
    void http429WithoutAnyWaitHasNoRetryAfter() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"Too many\"}")));

        assertThat(failure(sendDeal("direct:deal"), PipedriveRateLimitException.class)
                        .getRetryAfter())
                .isNull();
    }

    @Test
    void aSuccessfulAnswerThatIsNotJsonFailsAndSaysTheWriteWasProbablyApplied() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Maintenance</body></html>")));

        PipedriveApiException e = failure(sendDeal("direct:deal"), PipedriveApiException.class);

        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.getOperation()).isEqualTo("deal/add");
        assertThat(e.getMessage()).contains("pipedrive:deal/add").contains("not valid JSON");
        assertThat(e.mayHaveBeenApplied()).isTrue();
    }

    // --------------------------------------------------------------------------------------------------------------
    // no answer at all

    @Test
    void aRefusedConnectionIsATransportFailureThatCertainlyWasNotApplied() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:nowhere").to("pipedrive:deal/add?baseUrl=http://127.0.0.1:" + closedPort);
            }
        });

        PipedriveTransportException e = failure(sendDeal("direct:nowhere"), PipedriveTransportException.class);

        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.getOperation()).isEqualTo("deal/add");
        assertThat(e.getMessage()).contains("pipedrive:deal/add").contains("did not reach Pipedrive");
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void aConnectionResetAfterAPostLeavesTheOutcomeUnknown() {
        pipedrive.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        PipedriveTransportException e = failure(sendDeal("direct:deal"), PipedriveTransportException.class);

        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(e.getMessage())
                .contains("pipedrive:deal/add")
                .contains("outcome is unknown")
                .contains("POST");
        assertThat(pipedrive.getAllServeEvents())
                .as("the request reached Pipedrive once, not retried")
                .hasSize(1);
    }

    @Test
    void noAnswerWithinTheResponseTimeoutLeavesTheOutcomeUnknown() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":1}}").withFixedDelay(1500)));

        long start = System.nanoTime();
        PipedriveTransportException e = failure(sendDeal("direct:impatient"), PipedriveTransportException.class);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("gave up after the 300 ms response timeout").isLessThan(1400);
        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(e.getMessage())
                .contains("pipedrive:deal/add")
                .contains("no answer in time")
                .contains("outcome is unknown");
    }

    @Test
    void everyFailureIsAPipedriveExceptionNamingItsOperation() {
        pipedrive.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"Person not found\"}")));

        Exchange result = template.send("direct:person", e -> e.getMessage().setBody(Map.of("id", 77, "name", "X")));

        assertThat(result.getException()).isInstanceOf(PipedriveException.class);
        assertThat(((PipedriveException) result.getException()).getOperation()).isEqualTo("person/update");
        assertThat(result.getMessage().getBody()).isEqualTo(Map.of("id", 77, "name", "X"));
    }
}
