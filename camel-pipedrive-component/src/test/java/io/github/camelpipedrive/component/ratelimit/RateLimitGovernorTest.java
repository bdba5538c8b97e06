package io.github.camelpipedrive.component.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.LogCapture;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveTestSupport;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several threads writing through one token against a sandbox that enforces a burst limit: the governor keeps every
 * window of the sandbox's clock within the limit, so Pipedrive never has to answer 429. The sandbox runs a short
 * window (200 ms, limit 5) so the test is quick; the component is told the same window.
 */
class RateLimitGovernorTest extends PipedriveTestSupport {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMillis(200);
    static final LogCapture LOG = new LogCapture();
    static PipedriveSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox =
                PipedriveSandbox.builder().burstLimit(LIMIT).burstWindow(WINDOW).start();
        LOG.attach();
    }

    @AfterAll
    static void stopSandbox() {
        LOG.detach();
        sandbox.close();
        assertThat(LOG.text()).doesNotContain(sandbox.token());
    }

    @Override
    protected String token() {
        return sandbox.token();
    }

    @Override
    protected String componentBaseUrl() {
        return sandbox.baseUrl();
    }

    @Override
    protected void configure(PipedriveComponent component) {
        component.setBurstLimit(LIMIT);
        component.setBurstWindow(WINDOW.toMillis());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deal").to("pipedrive:deal/add");
            }
        };
    }

    @Test
    void eightThreadsOfWritesStayInsideTheBurstWindowWithoutA429() throws Exception {
        sandbox.clearRequests();
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Exchange>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            for (int i = 0; i < perThread; i++) {
                int n = i;
                results.add(pool.submit(() -> template.send(
                        "direct:deal", e -> e.getMessage().setBody(Map.of("title", "Deal " + thread + "-" + n)))));
            }
        }
        for (Future<Exchange> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS).getException()).isNull();
        }
        pool.shutdown();

        List<RecordedRequest> writes = sandbox.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/api/v2/deals"))
                .toList();
        assertThat(writes).hasSize(threads * perThread);
        assertThat(writes)
                .as("answers the sandbox gave")
                .allSatisfy(r -> assertThat(r.status()).isBetween(200, 299));
        assertThat(maxInAnyWindow(writes))
                .as("most requests in any %s window", WINDOW)
                .isLessThanOrEqualTo(LIMIT);
        assertThat(sandbox.entities("deals")).hasSizeGreaterThanOrEqualTo(threads * perThread);
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        assertThat(component.getRateLimitedAnswers()).isZero();
        assertThat(component.getGovernors().values())
                .singleElement()
                .satisfies(g -> assertThat(g.state().getThrottledWaits())
                        .as("the governor had to hold back")
                        .isPositive());
    }

    /** The largest number of requests the sandbox received within any one window length. */
    private static int maxInAnyWindow(List<RecordedRequest> requests) {
        List<Instant> times =
                requests.stream().map(RecordedRequest::time).sorted().toList();
        int max = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (Duration.between(times.get(j), times.get(i)).compareTo(WINDOW) >= 0) {
                j++;
            }
            max = Math.max(max, i - j + 1);
        }
        return max;
    }
}
