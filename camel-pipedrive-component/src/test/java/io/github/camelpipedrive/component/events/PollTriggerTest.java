package io.github.camelpipedrive.component.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.PipedriveSandboxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * delivery=poll reads the sandbox's recents and gives the route the same body and headers as a webhook; the position
 * kept in a FileStateRepository carries over a restart, so changes made while the consumer was down arrive once and
 * nothing already processed arrives again.
 */
class PollTriggerTest extends TriggerTestSupport {

    /** The sandbox's clock: ahead of the real one, moved by the test so changes fall in distinct seconds. */
    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.now());

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive =
            PipedriveSandboxExtension.create(b -> b.burstLimit(0).clock(new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            }));

    @TempDir
    Path dir;

    @Override
    PipedriveSandbox sandbox() {
        return pipedrive.sandbox();
    }

    private CamelContext startPolling(Path stateFile) throws Exception {
        return start(
                freePort(),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("pipedrive:events/deal?delivery=poll&pollInterval=50&stateRepository=#position")
                                .routeId("poll")
                                .process(PollTriggerTest.this::record);
                    }
                },
                context -> context.getRegistry()
                        .bind("position", FileStateRepository.fileStateRepository(stateFile.toFile())));
    }

    private Object addDeal(String title) throws Exception {
        String answer = sandboxCall("POST", "/api/v2/deals", "{\"title\":\"" + title + "\"}")
                .body();
        return ((Map<?, ?>) new ObjectMapper().readValue(answer, Map.class).get("data")).get("id");
    }

    @Test
    void aRestartedPollerNeitherLosesNorRepeatsChanges() throws Exception {
        Path state = dir.resolve("pipedrive-position.dat");
        CamelContext first = startPolling(state);
        NOW.set(Instant.now().plusSeconds(2)); // changes from now on are stamped after the poller's start
        Object a = addDeal("A");
        Object b = addDeal("B");
        assertThat(await(() -> received.size() >= 2, Duration.ofSeconds(10))).isTrue();
        assertThat(received)
                .extracting(m -> m.getHeader(PipedriveConstants.ENTITY_ID))
                .containsExactly(String.valueOf(a), String.valueOf(b));
        Message created = received.get(0);
        assertThat(created.getHeader(PipedriveConstants.EVENT_ACTION)).isEqualTo("create");
        assertThat(created.getHeader(PipedriveConstants.EVENT_OBJECT)).isEqualTo("deal");
        assertThat(created.getHeader(PipedriveConstants.EVENT_DELIVERY)).isEqualTo("poll");
        assertThat(created.getHeader(PipedriveConstants.EVENT_ATTEMPT)).isEqualTo(1);
        assertThat(created.getBody(Map.class)).containsEntry("title", "A");
        first.stop();
        assertThat(Files.exists(state)).isTrue();

        // while the consumer is down
        NOW.set(NOW.get().plusSeconds(2));
        Object c = addDeal("C");
        sandboxCall("PATCH", "/api/v2/deals/" + a, "{\"status\":\"won\"}");
        NOW.set(NOW.get().plusSeconds(2));
        sandboxCall("DELETE", "/api/v2/deals/" + b);

        received.clear();
        startPolling(state);
        assertThat(await(() -> received.size() >= 3, Duration.ofSeconds(10))).isTrue();
        Thread.sleep(300); // several more polls: nothing is repeated
        List<String> seen = received.stream()
                .map(m ->
                        m.getHeader(PipedriveConstants.EVENT_ACTION) + " " + m.getHeader(PipedriveConstants.ENTITY_ID))
                .toList();
        assertThat(seen).containsExactly("create " + c, "change " + a, "delete " + b);
        assertThat(received.get(1).getBody(Map.class)).containsEntry("status", "won");
        assertThat(received.get(2).getBody(Map.class)).containsEntry("title", "B");
    }
}
