package io.github.camelpipedrive.component.ratelimit;

import io.github.camelpipedrive.component.PipedriveComponent;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Several applications that share one API token and know nothing of each other: a CamelContext each, with its own
 * {@code pipedrive} component (so its own governor) and no shared store, every one writing deals as fast as a few
 * threads can against one sandbox that enforces a burst limit. What the sandbox counted and what the components saw
 * come back as a {@link Result}.
 */
final class SharedTokenRun {

    /** What one run produced. */
    record Result(
            int instances,
            int limit,
            Duration window,
            List<Instant> acceptedAt,
            long sandbox429s,
            long component429s,
            int exchanges,
            int failedExchanges,
            Duration elapsed,
            List<Instant> refusedAt,
            Instant firstArrival,
            Instant lastArrival,
            Instant stoppedAt,
            int peakInWindow) {

        int accepted() {
            return acceptedAt.size();
        }

        /**
         * Requests the sandbox let through per window as a share of the limit, over the whole windows from the first
         * arrival until the first application was done (a part window at the end is left out: the count in whole
         * windows can never exceed the limit).
         */
        double throughputShare() {
            return throughputShareAfter(0);
        }

        /** {@link #throughputShare()} from the given share of the run on (until the first application was done). */
        double throughputShareAfter(double share) {
            Instant from = at(share);
            long windows = Duration.between(from, stoppedAt).toNanos() / window.toNanos();
            if (windows == 0) {
                return 0;
            }
            Instant end = from.plus(window.multipliedBy(windows));
            long counted = acceptedAt.stream()
                    .filter(t -> !t.isBefore(from) && t.isBefore(end))
                    .count();
            return (double) counted / windows / limit;
        }

        private Instant at(double share) {
            return firstArrival.plusNanos(
                    (long) (Duration.between(firstArrival, stoppedAt).toNanos() * share));
        }

        /** 429s the sandbox answered from the given share of the run on (by arrival time, to the very end). */
        long refusalsAfter(double share) {
            Instant from = at(share);
            return refusedAt.stream().filter(t -> !t.isBefore(from)).count();
        }

        /** Accepted and refused requests per window from the first arrival, e.g. "20/0 18/2 ...". */
        String perWindow() {
            StringBuilder out = new StringBuilder();
            long windows = Duration.between(firstArrival, lastArrival).toNanos() / window.toNanos() + 1;
            for (long w = 0; w < windows; w++) {
                Instant from = firstArrival.plus(window.multipliedBy(w));
                Instant to = from.plus(window);
                long ok = acceptedAt.stream()
                        .filter(t -> !t.isBefore(from) && t.isBefore(to))
                        .count();
                long refused = refusedAt.stream()
                        .filter(t -> !t.isBefore(from) && t.isBefore(to))
                        .count();
                out.append(ok).append('/').append(refused).append(' ');
            }
            return out.toString().trim();
        }

        @Override
        public String toString() {
            return String.format(
                    "%d instance(s), limit %d per %d ms: %d accepted in %d ms, %.0f%% of the limit per whole window"
                            + " (second half %.0f%%);"
                            + " 429s: sandbox %d (second half %d), components %d; failed exchanges %d;"
                            + " peak arrivals in a window %d",
                    instances,
                    limit,
                    window.toMillis(),
                    accepted(),
                    elapsed.toMillis(),
                    100 * throughputShare(),
                    100 * throughputShareAfter(0.5),
                    sandbox429s,
                    refusalsAfter(0.5),
                    component429s,
                    failedExchanges,
                    peakInWindow);
        }
    }

    private SharedTokenRun() {}

    /**
     * Runs {@code instances} applications with {@code threads} senders each until the first of them has sent
     * {@code perInstance} deals (a deal whose exchange failed counts as sent); the others stop then too, so the end of
     * the run is not one application alone.
     */
    static Result run(PipedriveSandbox sandbox, int instances, int threads, int perInstance, int limit, Duration window)
            throws Exception {
        sandbox.reset();
        sandbox.burstLimit(limit).burstWindow(window);
        List<CamelContext> contexts = new ArrayList<>();
        List<PipedriveComponent> components = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(instances * threads);
        try {
            for (int i = 0; i < instances; i++) {
                CamelContext context = new DefaultCamelContext();
                PipedriveComponent component = new PipedriveComponent();
                component.setBaseUrl(sandbox.baseUrl());
                component.setApiToken(sandbox.token());
                component.setBurstLimit(limit);
                component.setBurstWindow(window.toMillis());
                // enough resends that no deal is lost while the instances find their shares; losses are counted
                component.setMaxRetries(10);
                context.addComponent("pipedrive", component);
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:deal").to("pipedrive:deal/add");
                    }
                });
                context.start();
                contexts.add(context);
                components.add(component);
            }
            List<Future<int[]>> senders = new ArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Instant> stoppedAt = new AtomicReference<>();
            long start = System.nanoTime();
            for (CamelContext context : contexts) {
                AtomicInteger sent = new AtomicInteger();

                ProducerTemplate template = context.createProducerTemplate();
                for (int t = 0; t < threads; t++) {
                    senders.add(pool.submit(() -> {
                        int failed = 0;
                        int completed = 0;
                        for (int n = sent.getAndIncrement();
                                n < perInstance && !stop.get();
                                n = sent.getAndIncrement()) {
                            String title = "Deal " + n;
                            Exchange done = template.send(
                                    "direct:deal", e -> e.getMessage().setBody(Map.of("title", title)));
                            completed++;
                            if (done.getException() != null) {
                                failed++;
                            }
                        }
                        if (!stop.getAndSet(true)) {
                            stoppedAt.set(Instant.now());
                        }
                        return new int[] {completed, failed};
                    }));
                }
            }
            int exchanges = 0;
            int failed = 0;
            for (Future<int[]> sender : senders) {
                int[] counts = sender.get(5, TimeUnit.MINUTES);
                exchanges += counts[0];
                failed += counts[1];
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            List<RecordedRequest> writes = sandbox.requests().stream()
                    .filter(r -> r.method().equals("POST") && r.path().equals("/api/v2/deals"))
                    .toList();
            long component429s = components.stream()
                    .mapToLong(PipedriveComponent::getRateLimitedAnswers)
                    .sum();
            return new Result(
                    instances,
                    limit,
                    window,
                    writes.stream()
                            .filter(r -> r.status() >= 200 && r.status() < 300)
                            .map(RecordedRequest::time)
                            .toList(),
                    sandbox.burstRefusals(),
                    component429s,
                    exchanges,
                    failed,
                    elapsed,
                    writes.stream()
                            .filter(r -> r.status() == 429)
                            .map(RecordedRequest::time)
                            .toList(),
                    writes.stream()
                            .map(RecordedRequest::time)
                            .min(Instant::compareTo)
                            .orElseThrow(),
                    writes.stream()
                            .map(RecordedRequest::time)
                            .max(Instant::compareTo)
                            .orElseThrow(),
                    stoppedAt.get(),
                    sandbox.peakInWindow());
        } finally {
            pool.shutdownNow();
            for (CamelContext context : contexts) {
                context.stop();
            }
        }
    }
}
