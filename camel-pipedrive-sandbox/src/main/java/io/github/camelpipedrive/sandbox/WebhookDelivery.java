package io.github.camelpipedrive.sandbox;

import java.time.Instant;

/**
 * One delivery attempt the sandbox made (or did not make) to a webhook.
 *
 * @param webhookId the webhook
 * @param eventId   the event's id ({@code meta.id} in v2; the same on every attempt)
 * @param action    {@code create}, {@code change} or {@code delete}
 * @param object    the event object, e.g. {@code deal}
 * @param entityId  the changed record's id
 * @param attempt   1 to 4
 * @param status    the HTTP status the receiver answered; 0 for no answer (connection failed or too slow), -1 for
 *                  not sent (the URL is not on this machine), -2 for not sent because the webhook is banned
 * @param time      when the attempt was made
 */
public record WebhookDelivery(
        String webhookId,
        String eventId,
        String action,
        String object,
        String entityId,
        int attempt,
        int status,
        Instant time) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
