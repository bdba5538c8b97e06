package io.github.camelpipedrive.component.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.LogCapture;
import io.github.camelpipedrive.component.PipedriveComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * OAuth with the refresh token and the client secret read from files ({@code file:PATH}, as Kubernetes mounts
 * secrets): the token endpoint receives the files' values (trimmed), the API the access token it hands out, and no
 * log line at TRACE carries any of them. A client-secret file that is missing stops the route's start naming the
 * option and the path; neither the token endpoint nor the API received anything.
 */
class OAuthSecretReferencesTest {

    static final String REFRESH = "ref-FILE-8c1d2e";
    static final String CLIENT_SECRET = "sec-FILE-5f6a7b";
    static final String ACCESS = "acc-FRESH-3c4d5e";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension oauth = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    final LogCapture log = new LogCapture();

    @BeforeEach
    void capture() {
        log.attachEverythingAtTrace();
    }

    @AfterEach
    void release() {
        log.detach();
    }

    @Test
    void theRefreshTokenAndClientSecretAreReadFromFiles() throws Exception {
        Path refresh = Files.writeString(dir.resolve("refresh-token"), REFRESH + "\n");
        Path secret = Files.writeString(dir.resolve("client-secret"), "  " + CLIENT_SECRET + "\n");
        String basic = "Basic "
                + Base64.getEncoder().encodeToString(("client-9:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        oauth.stubFor(post(urlEqualTo("/oauth/token"))
                .withHeader("Authorization", equalTo(basic))
                .withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo(REFRESH))
                .willReturn(okJson("{\"access_token\":\"" + ACCESS + "\",\"token_type\":\"bearer\","
                        + "\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":3600}")));
        api.stubFor(post(urlEqualTo("/api/v2/deals"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":42,\"title\":\"Acme\"}}")));

        Object answer;
        try (CamelContext context = context("file:" + refresh, "file:" + secret)) {
            context.start();
            answer = context.createProducerTemplate().requestBody("direct:deal", Map.of("title", "Acme"));
        }

        assertThat(answer).isEqualTo(Map.of("id", 42, "title", "Acme"));
        oauth.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        assertThat(log.lines).as("captured log events").hasSizeGreaterThan(50);
        assertThat(log.lines)
                .as("log lines carrying a secret")
                .noneMatch(l -> l.contains(REFRESH) || l.contains(CLIENT_SECRET) || l.contains(ACCESS));
    }

    /** The access token from the real process environment (surefire sets the variable for the test JVM). */
    @Test
    void theAccessTokenIsReadFromAnEnvironmentVariable() throws Exception {
        String access = System.getenv("PIPEDRIVE_TEST_ENV_TOKEN");
        assertThat(access).as("PIPEDRIVE_TEST_ENV_TOKEN (set by surefire)").isNotBlank();
        api.stubFor(post(urlEqualTo("/api/v2/deals"))
                .withHeader("Authorization", equalTo("Bearer " + access))
                .willReturn(okJson("{\"success\":true,\"data\":{\"id\":43,\"title\":\"Env\"}}")));

        Object answer;
        try (CamelContext context = context(null, null)) {
            context.getComponent("pipedrive", PipedriveComponent.class)
                    .setOauthAccessToken("env:PIPEDRIVE_TEST_ENV_TOKEN");
            context.start();
            answer = context.createProducerTemplate().requestBody("direct:deal", Map.of("title", "Env"));
        }

        assertThat(answer).isEqualTo(Map.of("id", 43, "title", "Env"));
        assertThat(oauth.getAllServeEvents()).as("token requests").isEmpty();
        assertThat(log.lines).as("log lines carrying the access token").noneMatch(l -> l.contains(access));
    }

    @Test
    void aMissingClientSecretFileStopsTheStartNamingTheOptionAndThePath() throws Exception {
        Path refresh = Files.writeString(dir.resolve("refresh-token"), REFRESH);
        Path missing = dir.resolve("no-client-secret");

        Throwable failure;
        try (CamelContext context = context("file:" + refresh, "file:" + missing)) {
            failure = catchThrowable(context::start);
        }

        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString())
                .contains("Cannot read the secret option oauthClientSecret from file:" + missing + ": the file "
                        + missing + " does not exist.")
                .doesNotContain(REFRESH);
        assertThat(oauth.getAllServeEvents()).as("token requests").isEmpty();
        assertThat(api.getAllServeEvents()).as("API requests").isEmpty();
    }

    private static CamelContext context(String refreshToken, String clientSecret) throws Exception {
        CamelContext context = new DefaultCamelContext();
        PipedriveComponent component = new PipedriveComponent();
        component.setBaseUrl(api.baseUrl());
        component.setOauthRefreshToken(refreshToken);
        component.setOauthClientId("client-9");
        component.setOauthClientSecret(clientSecret);
        component.setOauthTokenUrl(oauth.baseUrl() + "/oauth/token");
        context.addComponent("pipedrive", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deal").to("pipedrive:deal/add");
            }
        });
        return context;
    }
}
