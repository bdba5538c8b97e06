package io.github.camelpipedrive.benchmarks;

import io.github.camelpipedrive.component.PipedriveComponent;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
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
 * Part 1: the same two writes, three ways, against {@link StubPipedriveServer}:
 * (a) {@code pipedrive_*}: ProducerTemplate -> direct -> {@code pipedrive:deal/add} / {@code pipedrive:person/update};
 * (b) {@code camelHttp_*}: ProducerTemplate -> direct -> camel-jackson + camel-http ({@link Routes#camelHttp});
 * (c) {@code raw_*}: a pooled HttpClient 5 with Jackson ({@link RawClient}).
 * The runner sets mode, threads (1 and 16) and the gc profiler; the annotations are the defaults for a hand run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WriteBenchmarks {

    /** (a) The component, its rate-limit governor off (nothing to pace against a local stub). */
    @State(Scope.Benchmark)
    public static class PipedriveRoute {
        CamelContext context;
        ProducerTemplate template;
        Endpoint dealAdd;
        Endpoint personUpdate;

        @Setup
        public void setUp() throws Exception {
            context = new DefaultCamelContext();
            PipedriveComponent pipedrive = new PipedriveComponent();
            pipedrive.setBaseUrl(StubPipedriveServer.baseUrl());
            pipedrive.setApiToken(Bodies.TOKEN);
            pipedrive.setRateLimitGovernor(false);
            pipedrive.setMaxConnections(32);
            context.addComponent("pipedrive", pipedrive);
            context.addRoutes(Routes.pipedrive());
            context.start();
            template = context.createProducerTemplate();
            dealAdd = context.getEndpoint(Routes.DEAL_ADD);
            personUpdate = context.getEndpoint(Routes.PERSON_UPDATE);
            Checks.deal(template.requestBody(dealAdd, Bodies.DEAL));
            Checks.person(template.requestBodyAndHeader(
                    personUpdate, Bodies.PERSON, Routes.PERSON_ID_HEADER_PIPEDRIVE, Bodies.PERSON_ID));
        }

        @TearDown
        public void tearDown() throws Exception {
            context.close();
        }
    }

    /** (b) camel-http + camel-jackson, as a Camel user writes it without the component. */
    @State(Scope.Benchmark)
    public static class CamelHttpRoute {
        CamelContext context;
        ProducerTemplate template;
        Endpoint dealAdd;
        Endpoint personUpdate;

        @Setup
        public void setUp() throws Exception {
            context = new DefaultCamelContext();
            context.addRoutes(Routes.camelHttp(StubPipedriveServer.baseUrl(), Bodies.TOKEN));
            context.start();
            template = context.createProducerTemplate();
            dealAdd = context.getEndpoint(Routes.DEAL_ADD);
            personUpdate = context.getEndpoint(Routes.PERSON_UPDATE);
            Checks.deal(template.requestBody(dealAdd, Bodies.DEAL));
            Checks.person(template.requestBodyAndHeader(
                    personUpdate, Bodies.PERSON, Routes.PERSON_ID_HEADER_HTTP, Bodies.PERSON_ID));
        }

        @TearDown
        public void tearDown() throws Exception {
            context.close();
        }
    }

    /** (c) The raw pooled client. */
    @State(Scope.Benchmark)
    public static class Raw {
        RawClient client;

        @Setup
        public void setUp() throws Exception {
            client = new RawClient(StubPipedriveServer.baseUrl(), Bodies.TOKEN);
            Checks.deal(client.dealAdd(Bodies.DEAL));
            Checks.person(client.personUpdate(Bodies.PERSON_ID, Bodies.PERSON));
        }

        @TearDown
        public void tearDown() {
            client.close();
        }
    }

    @Benchmark
    public Object pipedrive_dealAdd(PipedriveRoute s) {
        return s.template.requestBody(s.dealAdd, Bodies.DEAL);
    }

    @Benchmark
    public Object camelHttp_dealAdd(CamelHttpRoute s) {
        return s.template.requestBody(s.dealAdd, Bodies.DEAL);
    }

    @Benchmark
    public Object raw_dealAdd(Raw s) throws Exception {
        return s.client.dealAdd(Bodies.DEAL);
    }

    @Benchmark
    public Object pipedrive_personUpdate(PipedriveRoute s) {
        return s.template.requestBodyAndHeader(
                s.personUpdate, Bodies.PERSON, Routes.PERSON_ID_HEADER_PIPEDRIVE, Bodies.PERSON_ID);
    }

    @Benchmark
    public Object camelHttp_personUpdate(CamelHttpRoute s) {
        return s.template.requestBodyAndHeader(
                s.personUpdate, Bodies.PERSON, Routes.PERSON_ID_HEADER_HTTP, Bodies.PERSON_ID);
    }

    @Benchmark
    public Object raw_personUpdate(Raw s) throws Exception {
        return s.client.personUpdate(Bodies.PERSON_ID, Bodies.PERSON);
    }

    /** Fails the set-up when a way of writing does not get the answer's data back as a Map. */
    static final class Checks {
        private Checks() {}

        static void deal(Object data) {
            check(data, "deal", 101);
        }

        static void person(Object data) {
            check(data, "person", 42);
        }

        private static void check(Object data, String what, int id) {
            if (!(data instanceof Map<?, ?> map) || !(map.get("id") instanceof Number n) || n.intValue() != id) {
                throw new IllegalStateException("expected the " + what + " " + id + " as a Map, got " + data);
            }
        }
    }
}
