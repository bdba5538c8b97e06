package io.github.camelpipedrive.component.transport;

/**
 * How exceptions name a request: after the endpoint the user wrote, and for a request that is one step of it (an
 * upsert's search or add, the field list read for custom field names), with the step in the message:
 * {@code pipedrive:person/upsert (step personField/list) failed: ...}.
 *
 * @param name  the endpoint, what {@code PipedriveException.getOperation()} returns: {@code person/upsert}
 * @param label what follows {@code pipedrive:} in a message: {@code person/upsert (step personField/list)}
 */
public record RequestNaming(String name, String label) {

    /**
     * @param key         the operation sent, e.g. {@code personField/list}
     * @param endpointKey the endpoint the user wrote when the operation is one step of it, else {@code null}
     */
    public static RequestNaming of(String key, String endpointKey) {
        return new RequestNaming(
                endpointKey == null ? key : endpointKey,
                endpointKey == null || endpointKey.equals(key) ? key : endpointKey + " (step " + key + ")");
    }
}
