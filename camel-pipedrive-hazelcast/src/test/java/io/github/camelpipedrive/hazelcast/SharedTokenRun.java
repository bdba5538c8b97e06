package io.github.camelpipedrive.hazelcast;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Several instances of one application (a CamelContext each, with its own Pipedrive component) sharing one token
 * against one sandbox, every instance adding deals from several threads as fast as it is let through; and what the
 * sandbox saw.
 */
final class SharedTokenRun implements AutoCloseable {

    private final PipedriveSandbox sandbox;
    private final int limit;
    private final long windowMillis;
    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<PipedriveComponent> components = new ArrayList<>();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();

    SharedTokenRun(PipedriveSandbox sandbox, int limit, long windowMillis) {
        this.sandbox = sandbox;
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /** Starts an instance whose component keeps its windows in {@code store} (null: in memory). */
    PipedriveComponent instance(RateLimitStore store, int rateLimitInstances) throws Exception {
        CamelContext context = new DefaultCamelContext();
        PipedriveComponent component = new PipedriveComponent();
        component.setApiToken(sandbox.token());
        component.setBaseUrl(sandbox.baseUrl());
        component.setBurstLimit(limit);
        component.setBurstWindow(windowMillis);
        component.setRateLimitStore(store);
        component.setRateLimitInstances(rateLimitInstances);
        context.addComponent("pipedrive", component);
        contexts.add(context);
        components.add(component);
        context.start();
        return component;
    }

    List<PipedriveComponent> components() {
        return components;
    }

    /**
     * Every instance adds {@code perThread} deals from each of {@code threads} threads; returns once all are done.
     * Each instance first sends one warm-up request (connections, class loading), not counted: the journal is
     * cleared, and the run starts one window later.
     */
    void addDeals(int threads, int perThread) throws Exception {
        addDeals(threads, perThread, Long.MAX_VALUE);
    }

    /** As {@link #addDeals(int, int)}, each thread stopping early at {@code stopAtMillis} (epoch). */
    void addDeals(int threads, int perThread, long stopAtMillis) throws Exception {
        for (CamelContext context : contexts) {
            context.createProducerTemplate().requestBody("pipedrive:deal/add", Map.of("title", "warm-up"), Map.class);
        }
        Thread.sleep(windowMillis + 10);
        sandbox.clearRequests();
        ExecutorService pool = Executors.newFixedThreadPool(threads * contexts.size());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < contexts.size(); i++) {
            ProducerTemplate template = contexts.get(i).createProducerTemplate();
            for (int t = 0; t < threads; t++) {
                String prefix = "instance " + i + " thread " + t + " deal ";
                running.add(pool.submit(() -> {
                    for (int k = 0; k < perThread && System.currentTimeMillis() < stopAtMillis; k++) {
                        try {
                            template.requestBody("pipedrive:deal/add", Map.of("title", prefix + k), Map.class);
                            completed.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    /** The deal additions the sandbox received, in order of arrival. */
    List<RecordedRequest> dealAdds() {
        return sandbox.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/api/v2/deals"))
                .sorted(java.util.Comparator.comparing(RecordedRequest::time))
                .toList();
    }

    long answered(int status) {
        return dealAdds().stream().filter(r -> r.status() == status).count();
    }

    /** The most requests that arrived within any one window (sliding over the sandbox's recorded arrival times). */
    int peakInWindow() {
        List<RecordedRequest> adds = dealAdds();
        long windowNanos = Duration.ofMillis(windowMillis).toNanos();
        int peak = 0;
        int first = 0;
        for (int last = 0; last < adds.size(); last++) {
            long lastNanos = nanos(adds.get(last));
            while (lastNanos - nanos(adds.get(first)) >= windowNanos) {
                first++;
            }
            peak = Math.max(peak, last - first + 1);
        }
        return peak;
    }

    /**
     * Writes per window accepted, as a share of the limit: (accepted - limit) / elapsed, since the first window's
     * limit goes out at once and every later one needs a full window.
     */
    double shareOfLimit() {
        List<RecordedRequest> ok = dealAdds().stream()
                .filter(r -> r.status() == 200 || r.status() == 201)
                .toList();
        if (ok.size() <= limit) {
            return Double.NaN;
        }
        double elapsedMillis = (nanos(ok.get(ok.size() - 1)) - nanos(ok.get(0))) / 1e6;
        return (ok.size() - limit) / elapsedMillis * windowMillis / limit;
    }

    long rateLimitedSeenByComponents() {
        return components.stream()
                .mapToLong(PipedriveComponent::getRateLimitedAnswers)
                .sum();
    }

    private static long nanos(RecordedRequest r) {
        return r.time().getEpochSecond() * 1_000_000_000L + r.time().getNano();
    }

    /** One line for the docs' table. */
    String summary(String label) {
        return String.format(
                "%s: %d completed, %d failed, %d answers 429, peak %d in a window of %d ms (limit %d), %.0f%% of the limit",
                label,
                completed.get(),
                failed.get(),
                answered(429),
                peakInWindow(),
                windowMillis,
                limit,
                shareOfLimit() * 100);
    }

    @Override
    public void close() {
        contexts.forEach(CamelContext::stop);
    }
}
