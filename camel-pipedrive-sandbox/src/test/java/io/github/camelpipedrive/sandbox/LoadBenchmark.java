package io.github.camelpipedrive.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test run by hand (tag {@code benchmark}, left out of the default build):
 * {@code mvn -o -q -pl camel-pipedrive-sandbox test -Dtest=LoadBenchmark -Dsurefire.excludedGroups= -Dbenchmark.seconds=5}.
 * 16 client threads, each with a keep-alive connection, POST /api/v2/deals to loopback with the rate limit off.
 */
@Tag("benchmark")
class LoadBenchmark {

    @Test
    void postDealsAsFastAsPossible() throws Exception {
        int threads = Integer.getInteger("benchmark.threads", 16);
        long seconds = Long.getLong("benchmark.seconds", 5);
        try (PipedriveSandbox sandbox =
                PipedriveSandbox.builder().burstLimit(0).journalCapacity(0).start()) {
            URI uri = URI.create(sandbox.baseUrl() + "/api/v2/deals");
            AtomicLong ok = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long warmupEnd = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("x-api-token", sandbox.token())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Load\",\"value\":100}"))
                            .build();
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                            if (now >= warmupEnd) {
                                (status == 200 ? ok : failed).incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();
            double perSecond = ok.get() / (double) seconds;
            System.out.printf(
                    "LoadBenchmark: %d threads, %d s: %d ok, %d failed, %.0f requests/s (%d cores)%n",
                    threads,
                    seconds,
                    ok.get(),
                    failed.get(),
                    perSecond,
                    Runtime.getRuntime().availableProcessors());
            assertThat(failed.get()).isZero();
        }
    }
}
