package io.github.camelpipedrive.sandbox;

/**
 * One Pipedrive operation the sandbox serves: method, API version and path, Pipedrive's operation id,
 * its {@code x-token-cost}, the success status, the request body rules and the handler.
 */
record Route(
        String method,
        ApiVersion version,
        PathTemplate path,
        String operationId,
        int tokenCost,
        int successStatus,
        BodyRules rules,
        Handler handler) {

    /** The path as a client writes it, e.g. {@code /api/v2/deals/{id}}. */
    String fullPath() {
        return (version == ApiVersion.V2 ? "/api/v2" : "/v1") + path;
    }
}
