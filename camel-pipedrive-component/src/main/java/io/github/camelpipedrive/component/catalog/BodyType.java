package io.github.camelpipedrive.component.catalog;

/**
 * How an operation's request body travels on the wire.
 */
public enum BodyType {
    /** {@code application/json}: the message body is a JSON object. */
    JSON("application/json"),
    /** {@code application/x-www-form-urlencoded}: the message body's fields become form fields. */
    FORM("application/x-www-form-urlencoded"),
    /** {@code multipart/form-data}: the message body is the file, sent as the part named {@code file}. */
    MULTIPART("multipart/form-data"),
    /** The operation takes no request body. */
    NONE(null);

    private final String contentType;

    BodyType(String contentType) {
        this.contentType = contentType;
    }

    /** The content type Pipedrive expects, or {@code null} when no body is sent. */
    public String contentType() {
        return contentType;
    }
}
