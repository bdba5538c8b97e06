package io.github.camelpipedrive.benchmarks;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Issue #4's throughput figure: against the sandbox with its burst limit set to N requests per 2 s, a route sending
 * 2,000 writes from 16 threads with the component's defaults (the governor learns N from x-ratelimit-limit) should
 * reach at least 95% of N/2 requests per second with no 429 answered. Prints one line per run; asserts nothing.
 *
 * <pre>java -cp ... io.github.camelpipedrive.benchmarks.GovernorThroughput [N=80] [writes=2000] [threads=16]</pre>
 */
public final class GovernorThroughput {

    private GovernorThroughput() {}

    public static void main(String[] args) throws Exception {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        int writes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        try (PipedriveSandbox sandbox =
                        PipedriveSandbox.builder().burstLimit(limit).start();
                DefaultCamelContext context = new DefaultCamelContext()) {
            PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
            component.setBaseUrl(sandbox.baseUrl());
            component.setApiToken(sandbox.token());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:write").to("pipedrive:deal/add");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Exchange>> results = new ArrayList<>(writes);
            long start = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                int n = i;
                results.add(pool.submit(() -> template.send(
                        "direct:write", e -> e.getMessage().setBody(Map.of("title", "Deal " + n, "value", n)))));
            }
            int failed = 0;
            for (Future<Exchange> result : results) {
                if (result.get(10, TimeUnit.MINUTES).getException() != null) {
                    failed++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            double rate = writes / seconds;
            double ideal = limit / 2.0;
            System.out.printf(
                    "governor: N=%d per 2 s, %d writes from %d threads in %.1f s = %.2f writes/s "
                            + "(%.1f%% of N/2 = %.1f); 429 answers: %d; failed exchanges: %d; governor waits: %d%n",
                    limit,
                    writes,
                    threads,
                    seconds,
                    rate,
                    100 * rate / ideal,
                    ideal,
                    component.getRateLimitedAnswers(),
                    failed,
                    component.getGovernors().values().stream()
                            .mapToLong(g -> g.state().getThrottledWaits())
                            .sum());
        }
    }
}
