package io.github.camelpipedrive.component.events;

import java.time.Instant;
import java.util.Map;

/**
 * One change in Pipedrive, whichever way it arrived (webhook v2, webhook v1 or the recents poll): what happened to
 * which object, and the object's state.
 *
 * @param action       create, change or delete
 * @param object       Pipedrive's {@code event_object}, e.g. {@code deal}
 * @param entityId     the id of the changed record (a number, or a UUID for leads), as text
 * @param eventId      an id that is the same on every delivery of this event (v2 {@code meta.id})
 * @param attempt      1 for the first delivery, up to 4 after Pipedrive's retries
 * @param timestamp    when the change happened, or null
 * @param webhookId    the webhook that delivered it, or null
 * @param changeSource {@code app} or {@code api}, or null
 * @param userId       the user who made the change, or null
 * @param companyId    the company, or null
 * @param mergedToId   for the delete of a merged record: the record it was merged into, else null
 * @param mergedFromId for the change of a merge's survivor: the record merged into it, else null
 * @param data         the current state (null for a delete)
 * @param previous     v2: the changed fields' former values, or the last state for a delete; may be null
 * @param delivery     how it arrived
 */
public record PipedriveEvent(
        EventAction action,
        String object,
        String entityId,
        String eventId,
        int attempt,
        Instant timestamp,
        String webhookId,
        String changeSource,
        String userId,
        String companyId,
        String mergedToId,
        String mergedFromId,
        Map<String, Object> data,
        Map<String, Object> previous,
        EventDelivery delivery) {

    /** Never prints the record's data. */
    @Override
    public String toString() {
        return "PipedriveEvent[" + action + " " + object + " " + entityId + ", event " + eventId + ", attempt "
                + attempt + "]";
    }
}
