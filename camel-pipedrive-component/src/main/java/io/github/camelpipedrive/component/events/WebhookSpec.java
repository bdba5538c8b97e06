package io.github.camelpipedrive.component.events;

/**
 * The webhook a trigger needs, in the values of Pipedrive's webhook fields.
 *
 * @param url     {@code subscription_url}
 * @param object  {@code event_object} ({@code *} for all)
 * @param action  {@code event_action} ({@code *} for all)
 * @param version {@code version}: {@code 2.0} or {@code 1.0}
 */
public record WebhookSpec(String url, String object, String action, String version) {

    /** The webhook's name in Pipedrive, at most 255 characters. */
    public String name() {
        String name = "camel-pipedrive " + object + " " + action + " -> " + url;
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
