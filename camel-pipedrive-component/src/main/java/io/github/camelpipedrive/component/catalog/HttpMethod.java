package io.github.camelpipedrive.component.catalog;

/**
 * The HTTP methods Pipedrive's operations use.
 */
public enum HttpMethod {
    /** Reads: gets, lists and searches. */
    GET,
    POST,
    PUT,
    PATCH,
    DELETE;

    /**
     * Whether sending the same request twice leaves the same state. POST creates, so it is not; PUT and PATCH with
     * the same body are.
     */
    public boolean isIdempotent() {
        return this != POST;
    }
}
