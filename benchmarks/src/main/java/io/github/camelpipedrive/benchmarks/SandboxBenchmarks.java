package io.github.camelpipedrive.benchmarks;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Part 3: {@code deal/add} against the real sandbox (in this JVM, rate limit and journal off), 16 threads:
 * {@code pipedrive_dealAdd} is the whole stack (component + sandbox); {@code raw_dealAdd} is the sandbox's own
 * capacity as a plain pooled HttpClient 5 sees it. The sandbox keeps every deal, so it is reset to its seed before
 * each iteration (outside the measured time).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SandboxBenchmarks {

    @State(Scope.Benchmark)
    public static class Sandbox {
        PipedriveSandbox sandbox;

        @Setup(Level.Trial)
        public void start() {
            if (!Bodies.TOKEN.equals(PipedriveSandbox.DEFAULT_TOKEN)
                    || !Bodies.LEAD_SOURCE_KEY.equals(PipedriveSandbox.customFieldKey("deal", "Lead source"))) {
                throw new IllegalStateException("Bodies.TOKEN / LEAD_SOURCE_KEY no longer match the sandbox's");
            }
            sandbox = PipedriveSandbox.builder()
                    .burstLimit(0)
                    .journalCapacity(0)
                    .threads(16)
                    .start();
        }

        @Setup(Level.Iteration)
        public void reset() {
            sandbox.reset();
        }

        @TearDown(Level.Trial)
        public void stop() {
            sandbox.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Component {
        CamelContext context;
        ProducerTemplate template;
        Endpoint dealAdd;

        @Setup(Level.Trial)
        public void setUp(Sandbox s) throws Exception {
            context = new DefaultCamelContext();
            PipedriveComponent pipedrive = new PipedriveComponent();
            pipedrive.setBaseUrl(s.sandbox.baseUrl());
            pipedrive.setApiToken(s.sandbox.token());
            pipedrive.setRateLimitGovernor(false);
            pipedrive.setMaxConnections(32);
            context.addComponent("pipedrive", pipedrive);
            context.addRoutes(Routes.pipedrive());
            context.start();
            template = context.createProducerTemplate();
            dealAdd = context.getEndpoint(Routes.DEAL_ADD);
            check(template.requestBody(dealAdd, Bodies.DEAL));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            context.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Raw {
        RawClient client;

        @Setup(Level.Trial)
        public void setUp(Sandbox s) throws Exception {
            client = new RawClient(s.sandbox.baseUrl(), s.sandbox.token());
            check(client.dealAdd(Bodies.DEAL));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            client.close();
        }
    }

    @Benchmark
    public Object pipedrive_dealAdd(Component c) {
        return c.template.requestBody(c.dealAdd, Bodies.DEAL);
    }

    @Benchmark
    public Object raw_dealAdd(Raw r) throws Exception {
        return r.client.dealAdd(Bodies.DEAL);
    }

    private static void check(Object data) {
        if (!(data instanceof Map<?, ?> map)
                || !(map.get("id") instanceof Number)
                || !Bodies.DEAL.get("title").equals(map.get("title"))) {
            throw new IllegalStateException("the sandbox did not create the deal: " + data);
        }
    }
}
