package io.github.camelpipedrive.component.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** v2 and v1 payloads become the same event; anything else is refused before it becomes an exchange. */
class EventParserTest {

    private final EventParser parser = new EventParser(new ObjectMapper());

    private PipedriveEvent parse(String json) throws PayloadException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aV2MergeDeleteCarriesTheSurvivorsId() throws Exception {
        PipedriveEvent event = parse("{\"meta\":{\"action\":\"delete\",\"entity\":\"person\",\"entity_id\":\"5\","
                + "\"id\":\"u-1\",\"attempt\":3,\"timestamp\":\"2026-01-02T03:04:05.000Z\",\"merged_to_id\":\"7\"},"
                + "\"data\":null,\"previous\":{\"id\":5,\"name\":\"Ada\"}}");
        assertThat(event.action()).isEqualTo(EventAction.delete);
        assertThat(event.attempt()).isEqualTo(3);
        assertThat(event.mergedToId()).isEqualTo("7");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(event.previous()).containsEntry("name", "Ada");
    }

    @Test
    void aV1UserChangeReadsTheFirstElementAndTheRetry() throws Exception {
        PipedriveEvent event = parse("{\"v\":1,\"meta\":{\"action\":\"updated\",\"object\":\"user\",\"id\":3,"
                + "\"webhook_id\":\"9\",\"timestamp\":1767323045,\"timestamp_micro\":1767323045123456},"
                + "\"current\":[{\"id\":3,\"name\":\"Grace\"}],\"previous\":[{\"id\":3,\"name\":\"G\"}],\"retry\":1}");
        assertThat(event.action()).isEqualTo(EventAction.change);
        assertThat(event.object()).isEqualTo("user");
        assertThat(event.entityId()).isEqualTo("3");
        assertThat(event.attempt()).isEqualTo(2);
        assertThat(event.data()).containsEntry("name", "Grace");
        assertThat(event.eventId()).isEqualTo("v1:9:user:3:updated:1767323045123456");
    }

    @Test
    void bodiesThatAreNotPipedriveEventsAreRefused() {
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(PayloadException.class);
        assertThatThrownBy(() -> parse("{\"data\":{}}")).hasMessageContaining("meta");
        assertThatThrownBy(() -> parse("{\"meta\":{\"action\":\"explode\",\"entity\":\"deal\",\"id\":\"x\"}}"))
                .hasMessageContaining("action");
    }
}
