package io.github.camelpipedrive.component.events;

/** The payload version of a Pipedrive webhook. */
public enum WebhookVersion {
    v2("2.0"),
    v1("1.0");

    private final String apiValue;

    WebhookVersion(String apiValue) {
        this.apiValue = apiValue;
    }

    /** The {@code version} of a webhook registration: {@code 2.0} or {@code 1.0}. */
    public String apiValue() {
        return apiValue;
    }
}
