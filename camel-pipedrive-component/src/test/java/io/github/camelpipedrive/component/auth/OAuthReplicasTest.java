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
import io.github.camelpipedrive.component.PipedriveComponent;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas on one OAuth connection with a shared token store (a database row in production): when one has
 * refreshed, and Pipedrive rotated the refresh token, the other takes the new tokens from the store instead of
 * spending its stale refresh token (which Pipedrive would refuse); and both draw from one rate-limit window key.
 */
class OAuthReplicasTest {

    static final String OLD_ACCESS = "acc-OLD-5q6r7s";
    static final String NEW_ACCESS = "acc-NEW-8t9u0v";
    static final String REFRESH = "ref-ROT-1w2x3y";
    static final String NEW_REFRESH = "ref-ROT2-4z5a6b";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension oauth = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** The store both replicas share. */
    private final InMemoryTokenStore sharedStore = new InMemoryTokenStore();

    private DefaultCamelContext replica() throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        PipedriveComponent component = new PipedriveComponent();
        component.setOauthRefreshToken("configured-but-the-store-wins");
        component.setOauthClientId("client-replicas");
        component.setOauthClientSecret("sec-replicas-7c8d");
        component.setOauthTokenUrl(oauth.baseUrl() + "/oauth/token");
        component.setOauthTokenStore(sharedStore);
        context.addComponent("pipedrive", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deal").to("pipedrive:deal/add");
            }
        });
        context.start();
        return context;
    }

    private static Exchange addDeal(DefaultCamelContext context) {
        return context.createProducerTemplate()
                .send("direct:deal", e -> e.getMessage().setBody(Map.of("title", "Acme")));
    }

    @Test
    void theSecondReplicaTakesTheTokensTheFirstRefreshedAndNeverSpendsTheRotatedRefreshToken() throws Exception {
        // both replicas start with a token about to expire
        sharedStore.save(new OAuthTokens(OLD_ACCESS, REFRESH, Instant.now().plusSeconds(5), api.baseUrl()));
        oauth.stubFor(post(urlEqualTo("/oauth/token"))
                .withRequestBody(containing("refresh_token=" + REFRESH))
                .willReturn(okJson("{\"access_token\":\"" + NEW_ACCESS + "\",\"refresh_token\":\"" + NEW_REFRESH
                        + "\",\"expires_in\":3600,\"api_domain\":\"" + api.baseUrl() + "\"}")));
        api.stubFor(post(urlEqualTo("/api/v2/deals"))
                .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS))
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":42}}")));
        api.stubFor(post(urlEqualTo("/api/v2/deals"))
                .withHeader("Authorization", equalTo("Bearer " + OLD_ACCESS))
                .willReturn(aResponse().withStatus(401)));

        try (DefaultCamelContext first = replica();
                DefaultCamelContext second = replica()) {
            assertThat(addDeal(first).getException()).isNull();
            // Pipedrive rotated the refresh token: the old one is refused from now on
            oauth.resetAll();
            oauth.stubFor(post(urlEqualTo("/oauth/token"))
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"success\":false,\"message\":\"Invalid grant: refresh_token is invalid\"}")));

            Exchange second1 = addDeal(second);

            assertThat(second1.getException()).as("the second replica's deal").isNull();
            oauth.verify(0, postRequestedFor(urlEqualTo("/oauth/token")));
            api.verify(
                    2,
                    postRequestedFor(urlEqualTo("/api/v2/deals"))
                            .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS)));
            assertThat(sharedStore.load().refreshToken()).isEqualTo(NEW_REFRESH);
            assertThat(governorKeys(first))
                    .as("one rate-limit window for the connection, whatever refresh token each replica started with")
                    .isEqualTo(governorKeys(second));
        }
    }

    @Test
    void aReplicaStartedAfterARefreshSharesTheWindowKeyOfOneStartedBefore() throws Exception {
        sharedStore.save(new OAuthTokens(NEW_ACCESS, REFRESH, Instant.now().plusSeconds(3600), api.baseUrl()));
        api.stubFor(post(urlEqualTo("/api/v2/deals")).willReturn(okJson("{\"success\":true,\"data\":{\"id\":7}}")));
        try (DefaultCamelContext before = replica()) {
            addDeal(before);
            sharedStore.save(
                    new OAuthTokens(NEW_ACCESS, NEW_REFRESH, Instant.now().plusSeconds(3600), api.baseUrl()));
            try (DefaultCamelContext after = replica()) {
                addDeal(after);
                assertThat(governorKeys(after)).isEqualTo(governorKeys(before)).hasSize(1);
                assertThat(governorKeys(after).iterator().next())
                        .startsWith("oauth:")
                        .doesNotContain("client-replicas")
                        .doesNotContain(REFRESH);
            }
        }
    }

    private static java.util.Set<String> governorKeys(DefaultCamelContext context) {
        return context.getComponent("pipedrive", PipedriveComponent.class)
                .getGovernors()
                .keySet();
    }
}
