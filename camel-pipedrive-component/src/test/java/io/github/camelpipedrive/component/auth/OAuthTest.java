package io.github.camelpipedrive.component.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.LogCapture;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.error.PipedriveAuthenticationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth 2: the bearer token is sent, refreshed shortly before it expires and once after a 401, only once however many
 * threads need it at the same moment, stored in the token store, and the api_domain it comes with is where requests
 * go next. No access token, refresh token or client secret appears in any log line or exception.
 */
class OAuthTest extends CamelTestSupport {

    static final String OLD_ACCESS = "acc-OLD-1a2b3c";
    static final String NEW_ACCESS = "acc-NEW-4d5e6f";
    static final String REFRESH = "ref-ROT-7g8h9i";
    static final String NEW_REFRESH = "ref-ROT2-0j1k2l";
    static final String CLIENT_SECRET = "sec-CLIENT-3m4n";
    static final LogCapture LOG = new LogCapture();

    /** Pipedrive's API host as OAuth's api_domain names it. */
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();
    /** A second company host: the api_domain a refresh hands out. */
    @RegisterExtension
    static WireMockExtension movedApi = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();
    /** oauth.pipedrive.com */
    @RegisterExtension
    static WireMockExtension oauth = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final InMemoryTokenStore store = new InMemoryTokenStore();

    @BeforeAll
    static void capture() {
        LOG.attach();
    }

    @AfterAll
    static void noSecretLogged() {
        LOG.detach();
        assertThat(LOG.text())
                .isNotEmpty()
                .doesNotContain(OLD_ACCESS)
                .doesNotContain(NEW_ACCESS)
                .doesNotContain(REFRESH)
                .doesNotContain(NEW_REFRESH)
                .doesNotContain(CLIENT_SECRET);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setOauthAccessToken(OLD_ACCESS);
        component.setOauthRefreshToken(REFRESH);
        component.setOauthClientId("client-123");
        component.setOauthClientSecret(CLIENT_SECRET);
        component.setOauthTokenUrl(oauth.baseUrl() + "/oauth/token");
        component.setOauthTokenStore(store);
        component.setRetryInitialDelay(10);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deal").to("pipedrive:deal/add?lazyStartProducer=true");
            }
        };
    }

    /**
     * The old token's api_domain is our first WireMock. The component reads the store when the producer starts (so a
     * refreshed token survives a restart); the route's producer starts lazily, after the test stored its token.
     */
    private void storeCurrentToken(Instant expiresAt) {
        store.save(new OAuthTokens(OLD_ACCESS, REFRESH, expiresAt, api.baseUrl()));
    }

    private void tokenEndpointAnswers(String apiDomain, int delayMs) {
        oauth.stubFor(post(urlEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"" + NEW_ACCESS
                                + "\",\"token_type\":\"bearer\",\"refresh_token\":\"" + NEW_REFRESH
                                + "\",\"scope\":\"deals:full\","
                                + "\"expires_in\":3600,\"api_domain\":\"" + apiDomain + "\"}")
                        .withFixedDelay(delayMs)));
    }

    private static void apiAnswers(WireMockExtension host) {
        host.stubFor(post(urlEqualTo("/api/v2/deals"))
                .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS))
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":42}}")));
        host.stubFor(post(urlEqualTo("/api/v2/deals"))
                .withHeader("Authorization", equalTo("Bearer " + OLD_ACCESS))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"Invalid token: access_token is invalid\","
                                + "\"errorCode\":401}")));
    }

    private Exchange addDeal() {
        return template.send("direct:deal", e -> e.getMessage().setBody(Map.of("title", "Acme")));
    }

    @Test
    void a401RefreshesOnceAndTheRequestGoesThroughWithTheNewToken() {
        storeCurrentToken(null);
        tokenEndpointAnswers(api.baseUrl(), 0);
        apiAnswers(api);

        Exchange exchange = addDeal();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsEntry("id", 42);
        oauth.verify(
                1,
                postRequestedFor(urlEqualTo("/oauth/token"))
                        .withHeader(
                                "Authorization",
                                equalTo("Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(("client-123:" + CLIENT_SECRET).getBytes())))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .withRequestBody(containing("refresh_token=" + REFRESH)));
        api.verify(2, postRequestedFor(urlEqualTo("/api/v2/deals")));
        assertThat(store.load().refreshToken())
                .as("the rotated refresh token was stored")
                .isEqualTo(NEW_REFRESH);
        assertThat(store.load().accessToken()).isEqualTo(NEW_ACCESS);
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeTheRequestAndTheNewApiDomainIsUsed() {
        storeCurrentToken(Instant.now().plusSeconds(10));
        tokenEndpointAnswers(movedApi.baseUrl(), 0);
        apiAnswers(movedApi);

        Exchange exchange = addDeal();

        assertThat(exchange.getException()).isNull();
        oauth.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        assertThat(api.getAllServeEvents()).as("nothing went to the old host").isEmpty();
        movedApi.verify(
                1,
                postRequestedFor(urlEqualTo("/api/v2/deals"))
                        .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS)));
    }

    @Test
    void sixteenThreadsNeedingARefreshTriggerOneRefreshNotSixteen() throws Exception {
        storeCurrentToken(Instant.now().minusSeconds(1));
        tokenEndpointAnswers(api.baseUrl(), 300);
        apiAnswers(api);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Exchange>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return addDeal();
            }));
        }
        start.countDown();
        for (Future<Exchange> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS).getException()).isNull();
        }
        pool.shutdown();

        oauth.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        api.verify(
                16,
                postRequestedFor(urlEqualTo("/api/v2/deals"))
                        .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS)));
        assertThat(context.getComponent("pipedrive", PipedriveComponent.class)
                        .getOAuthCredentials()
                        .refreshCount())
                .isEqualTo(1);
    }

    @Test
    void aTokenStillRefusedAfterTheRefreshFailsWithoutLooping() {
        storeCurrentToken(null);
        tokenEndpointAnswers(api.baseUrl(), 0);
        api.stubFor(post(urlEqualTo("/api/v2/deals"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401}")));

        Exchange exchange = addDeal();

        assertThat(exchange.getException())
                .isInstanceOf(PipedriveAuthenticationException.class)
                .hasMessageContaining("pipedrive:deal/add")
                .hasMessageContaining("401");
        oauth.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        api.verify(2, postRequestedFor(urlEqualTo("/api/v2/deals")));
    }

    @Test
    void aRefusedRefreshSaysWhyWithoutTheTokens() {
        storeCurrentToken(null);
        oauth.stubFor(post(urlEqualTo("/oauth/token"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"message\":\"Invalid grant: refresh_token is invalid\"}")));
        apiAnswers(api);

        Exchange exchange = addDeal();

        assertThat(exchange.getException())
                .isInstanceOf(PipedriveAuthenticationException.class)
                .hasMessageContaining("refresh_token is invalid");
        assertThat(exchange.getException().getMessage())
                .doesNotContain(REFRESH)
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain(OLD_ACCESS);
        assertThat(exchange.getMessage().getBody(Map.class)).containsEntry("title", "Acme");
    }
}
