package io.github.camelpipedrive.component.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.SandboxTestSupport;
import io.github.camelpipedrive.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Pipedrive allows 10 searches per 2 seconds per token. The search endpoints and the upserts' searches of one token
 * share one pacer: an eleventh search in the same window (here the upsert's) is held back until the window moves,
 * instead of earning a 429.
 */
class SearchPacingTest extends SandboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").to("pipedrive:person/search?query.term=Ada&query.fields=email");
                from("direct:items").to("pipedrive:itemSearch/search?query.term=Acme&query.item_types=organization");
                from("direct:upsert").to("pipedrive:person/upsert?matchBy=email");
            }
        };
    }

    @Test
    void searchesAndUpsertsOfOneTokenShareTheTenPerTwoSecondsLimit() {
        for (int i = 0; i < 9; i++) {
            Exchange e = template.request(i % 2 == 0 ? "direct:search" : "direct:items", x -> {});
            assertThat(e.getException()).isNull();
        }
        Exchange e = template.request("direct:search", x -> {});
        assertThat(e.getException()).isNull();
        Exchange upsert = template.request(
                "direct:upsert",
                x -> x.getMessage()
                        .setBody(Map.of(
                                "name",
                                "Grace Hopper",
                                "emails",
                                List.of(Map.of("value", "grace@example.com", "primary", true)))));
        assertThat(upsert.getException()).isNull();
        assertThat(upsert.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .isEqualTo("created");

        List<RecordedRequest> searches = pipedrive.sandbox().requests().stream()
                .filter(r -> r.path().endsWith("/search") || r.path().endsWith("/itemSearch"))
                .toList();
        assertThat(searches).hasSize(11);
        assertThat(searches).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        Duration gap = Duration.between(searches.get(0).time(), searches.get(10).time());
        assertThat(gap)
                .as("the eleventh search waited for the first to leave the window")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1_950));
    }
}
