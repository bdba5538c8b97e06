package io.github.camelpipedrive.component.events;

/** How a trigger learns about changes. */
public enum EventDelivery {
    /** Pipedrive calls a webhook the consumer registers and receives through Camel's platform-http. */
    webhook,
    /** The consumer reads Pipedrive's recents ({@code GET /v1/recents}) at an interval. */
    poll
}
