package io.github.camelpipedrive.component;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class DealAddTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:add").to("pipedrive:deal/add?apiToken=t0ken&baseUrl=" + pipedrive.baseUrl());
            }
        };
    }

    @Test
    void addsADeal() {
        pipedrive.stubFor(post("/api/v2/deals").willReturn(okJson(
                "{\"success\":true,\"data\":{\"id\":42,\"title\":\"Acme\"},\"additional_data\":{\"x\":1}}")
                .withHeader("x-ratelimit-remaining", "79")));
        Object body = template.requestBody("direct:add", Map.of("title", "Acme", "value", 500));
        assertThat(body).isEqualTo(Map.of("id", 42, "title", "Acme"));
        pipedrive.verify(postRequestedFor(urlEqualTo("/api/v2/deals"))
                .withHeader("x-api-token", equalTo("t0ken"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"title\":\"Acme\",\"value\":500}")));
    }
}
