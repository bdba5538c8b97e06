package io.github.camelpipedrive.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.WebhookDelivery;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.hazelcast.HazelcastIdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of an application behind a load balancer receive Pipedrive's webhook; Pipedrive delivers an event
 * twice (the sandbox's duplicate-delivery fault) and the balancer sends the copies to different instances. With
 * camel-hazelcast's HazelcastIdempotentRepository on their embedded members, the route runs once in all.
 */
class EventDeduplicationTest {

    private static HazelcastCluster cluster;
    private static List<HazelcastInstance> members;

    private PipedriveSandbox sandbox;
    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startCluster() {
        cluster = new HazelcastCluster(2);
        members = List.of(cluster.member(0), cluster.member(1));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void anEventDeliveredTwiceToTwoInstancesRunsTheRouteOnceWithASharedRepository() throws Exception {
        assertThat(deliverTwiceThroughTheBalancer(true))
                .as("instances that ran the route")
                .hasSize(1);
    }

    @Test
    void withoutASharedRepositoryEachInstanceRunsTheRoute() throws Exception {
        assertThat(deliverTwiceThroughTheBalancer(false)).containsExactlyInAnyOrder("A", "B");
    }

    /** The instances that ran the route for the one event, by name. */
    private List<String> deliverTwiceThroughTheBalancer(boolean shared) throws Exception {
        sandbox =
                PipedriveSandbox.builder().burstLimit(0).webhookTimeScale(0.001).start();
        int portA = freePort();
        int portB = freePort();
        try (RoundRobinBalancer balancer =
                new RoundRobinBalancer(List.of("http://127.0.0.1:" + portA, "http://127.0.0.1:" + portB))) {
            String url = balancer.baseUrl() + "/pipedrive/events/deal";
            CamelContext a = instance("A", portA, url, members.get(0), shared);
            instance("B", portB, url, members.get(1), shared);
            sandbox.webhookFaults().duplicateNext(1);

            a.createProducerTemplate().requestBody("pipedrive:deal/add", Map.of("title", "Once"), Map.class);

            assertThat(await(() -> sandbox.webhookDeliveries().size() >= 2)).isTrue();
            List<WebhookDelivery> deliveries = sandbox.webhookDeliveries();
            assertThat(deliveries)
                    .as("one event, delivered twice, answered 200 both times")
                    .hasSize(2)
                    .allMatch(WebhookDelivery::succeeded)
                    .extracting(WebhookDelivery::eventId)
                    .containsOnly(deliveries.get(0).eventId());
            assertThat(balancer.forwardedTo)
                    .as("the balancer sent one copy to each instance")
                    .containsExactlyInAnyOrder("http://127.0.0.1:" + portA, "http://127.0.0.1:" + portB);
            Thread.sleep(200); // a second run of the route, if any, has had time to happen
            return List.copyOf(received);
        }
    }

    private CamelContext instance(String name, int port, String url, HazelcastInstance hazelcast, boolean shared)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(http));
        PipedriveComponent pipedrive = context.getComponent("pipedrive", PipedriveComponent.class);
        pipedrive.setRateLimitStore(new HazelcastRateLimitStore(hazelcast));
        pipedrive.setApiToken(sandbox.token());
        pipedrive.setBaseUrl(sandbox.baseUrl());
        if (shared) {
            context.getRegistry().bind("events", new HazelcastIdempotentRepository(hazelcast));
        } else {
            context.getRegistry().bind("events", MemoryIdempotentRepository.memoryIdempotentRepository());
        }
        contexts.add(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // behind one URL, every instance checks the same Basic-auth credentials
                from("pipedrive:events/deal?webhookExternalUrl=" + url
                                + "&webhookAuthUser=pipedrive&webhookAuthPassword=RAW(hook-Pa55)"
                                + "&idempotentRepository=#events")
                        .filter(header(PipedriveConstants.EVENT_ACTION).isEqualTo("create"))
                        .process(exchange -> received.add(name));
            }
        });
        context.start();
        return context;
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end && !condition.getAsBoolean()) {
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
