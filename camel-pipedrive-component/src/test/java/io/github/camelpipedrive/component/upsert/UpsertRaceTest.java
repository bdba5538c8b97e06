package io.github.camelpipedrive.component.upsert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.SandboxTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * The race an upsert cannot close (two writers both find nothing and both create), and the route that closes it inside
 * one JVM: at most one upsert per key in flight, as docs/custom-fields-and-upsert.md shows.
 */
class UpsertRaceTest extends SandboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:unguarded").to("pipedrive:person/upsert?matchBy=email");

                // the documented pattern: one upsert per e-mail address at a time, others wait their turn
                from("direct:upsertPerson")
                        .setHeader("upsertKey", simple("${body[emails][0][value].toLowerCase()}"))
                        .throttle(1)
                        .concurrentRequestsMode()
                        .correlationExpression(header("upsertKey"))
                        .to("pipedrive:person/upsert?matchBy=email");
            }
        };
    }

    List<Exchange> sendAtOnce(String endpoint, int writers) throws Exception {
        pipedrive.sandbox().faults().latency(Duration.ofMillis(60));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return template.request(
                            endpoint,
                            e -> e.getMessage()
                                    .setBody(Map.of(
                                            "name", "Ada", "emails", List.of(Map.of("value", "ada@example.com")))));
                }));
            }
            start.countDown();
            List<Exchange> results = new ArrayList<>();
            for (Future<Exchange> f : sent) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
            pipedrive.sandbox().faults().clear();
        }
    }

    @Test
    void concurrentUpsertsOfOneKeyCanBothCreate() throws Exception {
        sendAtOnce("direct:unguarded", 4);
        assertThat(pipedrive.sandbox().entities("persons"))
                .as("Pipedrive has no unique key to stop it")
                .hasSizeGreaterThan(1);
    }

    @Test
    void oneUpsertPerKeyInFlightMakesOneRecord() throws Exception {
        List<Exchange> results = sendAtOnce("direct:upsertPerson", 4);
        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(results)
                .extracting(e -> e.getMessage().getHeader(PipedriveConstants.UPSERT_RESULT))
                .containsExactlyInAnyOrder("created", "updated", "updated", "updated");
        assertThat(pipedrive.sandbox().entities("persons")).hasSize(1);
    }
}
