package io.github.camelpipedrive.component.catalog;

/**
 * The Pipedrive API generation an operation belongs to. v2 validates strictly: numbers and booleans are not coerced
 * from strings.
 */
public enum ApiVersion {
    V1,
    V2;

    static ApiVersion ofPath(String path) {
        return path.startsWith("/api/v2/") ? V2 : V1;
    }
}
