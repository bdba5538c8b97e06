package io.github.camelpipedrive.component.events;

/** When a webhook delivery is answered. */
public enum EventAckMode {
    /** After the route processed the event: a failing route answers 500, so Pipedrive delivers it again. */
    afterProcessing,
    /** At once (202), the event being processed later from a bounded in-memory queue; a crash loses the queue. */
    onReceipt
}
