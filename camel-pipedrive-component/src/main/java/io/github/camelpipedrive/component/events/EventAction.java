package io.github.camelpipedrive.component.events;

/** Which changes a trigger reacts to, in Pipedrive's webhooks v2 words. */
public enum EventAction {
    create,
    change,
    delete,
    all;

    /** The {@code event_action} of a webhook registration: the action, or {@code *} for all. */
    public String webhookValue() {
        return this == all ? "*" : name();
    }

    /** Whether an event with this action (never {@code all}) is one the trigger wants. */
    public boolean accepts(EventAction eventAction) {
        return this == all || this == eventAction;
    }

    /** The action of a v1 payload ({@code added}, {@code updated}, {@code deleted}, {@code merged}) or v2 payload. */
    public static EventAction ofPayload(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "create", "added" -> create;
            case "change", "updated", "merged" -> change;
            case "delete", "deleted" -> delete;
            default -> null;
        };
    }
}
