package io.github.camelpipedrive.component.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Message;

/**
 * Puts an event on a message, the same way for every delivery: the body is the record's current state (for a delete,
 * its last state) as a Map, or as {@code outputClass}; everything else goes in the documented headers.
 */
public final class EventMessages {

    private final ObjectMapper mapper;
    private final Class<?> outputClass;

    public EventMessages(ObjectMapper mapper, Class<?> outputClass) {
        this.mapper = mapper;
        this.outputClass = outputClass;
    }

    public void fill(Message message, PipedriveEvent event) {
        Object body =
                event.data() != null ? event.data() : event.action() == EventAction.delete ? event.previous() : null;
        message.setBody(outputClass != null && body != null ? mapper.convertValue(body, outputClass) : body);
        message.setHeader(EventHeaders.ACTION, event.action().name());
        message.setHeader(EventHeaders.OBJECT, event.object());
        message.setHeader(EventHeaders.ENTITY_ID, event.entityId());
        message.setHeader(EventHeaders.EVENT_ID, event.eventId());
        message.setHeader(EventHeaders.ATTEMPT, event.attempt());
        message.setHeader(EventHeaders.DELIVERY, event.delivery().name());
        set(message, EventHeaders.TIMESTAMP, event.timestamp());
        set(message, EventHeaders.WEBHOOK_ID, event.webhookId());
        set(message, EventHeaders.CHANGE_SOURCE, event.changeSource());
        set(message, EventHeaders.USER_ID, event.userId());
        set(message, EventHeaders.COMPANY_ID, event.companyId());
        set(message, EventHeaders.MERGED_TO_ID, event.mergedToId());
        set(message, EventHeaders.MERGED_FROM_ID, event.mergedFromId());
        set(message, EventHeaders.PREVIOUS, event.previous());
    }

    private static void set(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
