package io.github.camelpipedrive.sandbox;

/** Which of Pipedrive's two APIs a route belongs to; it decides strictness, time format and paging style. */
enum ApiVersion {
    /** {@code /v1/...} (also served at {@code /api/v1/...}): lenient bodies, offset paging. */
    V1,
    /** {@code /api/v2/...}: JSON only, strict types, cursor paging. */
    V2
}
