package io.github.camelpipedrive.component.support;

/**
 * The names of the message headers the lower layers (request building, response mapping, upsert) read or write. They
 * are documented, for users, in {@code PipedriveConstants}, which refers to these values; they live here so that those
 * layers never depend on the component's root package.
 */
public final class HeaderNames {

    public static final String FILE_CONTENT_TYPE = "CamelPipedriveFileContentType";
    public static final String UPSERT_RESULT = "CamelPipedriveUpsertResult";
    public static final String RESPONSE_CODE = "CamelPipedriveResponseCode";
    public static final String ADDITIONAL_DATA = "CamelPipedriveAdditionalData";
    public static final String RELATED_OBJECTS = "CamelPipedriveRelatedObjects";
    public static final String RATE_LIMIT_LIMIT = "CamelPipedriveRateLimitLimit";
    public static final String RATE_LIMIT_REMAINING = "CamelPipedriveRateLimitRemaining";
    public static final String RATE_LIMIT_RESET = "CamelPipedriveRateLimitReset";
    public static final String DAILY_REQUESTS_LEFT = "CamelPipedriveDailyRequestsLeft";
    public static final String QUERY = "CamelPipedriveQuery";
    public static final String NEXT_CURSOR = "CamelPipedriveNextCursor";
    public static final String NEXT_START = "CamelPipedriveNextStart";

    private HeaderNames() {}
}
