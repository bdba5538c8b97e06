package io.github.camelpipedrive.benchmarks;

import io.github.camelpipedrive.component.PipedriveComponent;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Part 1b: where the component's time goes, without the network. {@link CannedHttpClient} answers at once, so:
 * {@code camel_noop} is ProducerTemplate -> direct -> a processor setting the answer (Camel's own share);
 * {@code raw_canned} is Jackson write + HttpClient dispatch + Jackson read (the floor);
 * {@code pipedrive_canned} is Camel + the component + the same Jackson work (through its public httpClient option).
 * pipedrive_canned - raw_canned - camel_noop is what the component's own code costs per request.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BreakdownBenchmarks {

    private static final String BASE_URL = "http://127.0.0.1:9";

    @State(Scope.Benchmark)
    public static class Contexts {
        CamelContext context;
        ProducerTemplate template;
        Endpoint noop;
        Endpoint pipedrive;
        RawClient raw;

        @Setup
        public void setUp() throws Exception {
            context = new DefaultCamelContext();
            PipedriveComponent component = new PipedriveComponent();
            component.setBaseUrl(BASE_URL);
            component.setApiToken(Bodies.TOKEN);
            component.setRateLimitGovernor(false);
            component.setHttpClient(new CannedHttpClient());
            context.addComponent("pipedrive", component);
            Map<String, Object> answer = Map.of("id", 101, "title", "Acme");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:noop").process(e -> e.getMessage().setBody(answer));
                    from("direct:pipedrive").to("pipedrive:deal/add");
                }
            });
            context.start();
            template = context.createProducerTemplate();
            noop = context.getEndpoint("direct:noop");
            pipedrive = context.getEndpoint("direct:pipedrive");
            raw = new RawClient(BASE_URL, Bodies.TOKEN, new CannedHttpClient());
            WriteBenchmarks.Checks.deal(template.requestBody(pipedrive, Bodies.DEAL));
            WriteBenchmarks.Checks.deal(raw.dealAdd(Bodies.DEAL));
        }

        @TearDown
        public void tearDown() throws Exception {
            context.close();
        }
    }

    @Benchmark
    public Object camel_noop(Contexts c) {
        return c.template.requestBody(c.noop, Bodies.DEAL);
    }

    @Benchmark
    public Object pipedrive_canned(Contexts c) {
        return c.template.requestBody(c.pipedrive, Bodies.DEAL);
    }

    @Benchmark
    public Object raw_canned(Contexts c) throws Exception {
        return c.raw.dealAdd(Bodies.DEAL);
    }
}
