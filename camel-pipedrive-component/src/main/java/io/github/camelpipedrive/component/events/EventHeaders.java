package io.github.camelpipedrive.component.events;

/**
 * The names of the headers a trigger sets. Documented (with {@code @Metadata}) where the component declares its
 * headers, {@code PipedriveConstants}, which refers to these.
 */
public final class EventHeaders {

    public static final String ACTION = "CamelPipedriveEventAction";
    public static final String OBJECT = "CamelPipedriveEventObject";
    public static final String ENTITY_ID = "CamelPipedriveEntityId";
    public static final String EVENT_ID = "CamelPipedriveEventId";
    public static final String ATTEMPT = "CamelPipedriveEventAttempt";
    public static final String TIMESTAMP = "CamelPipedriveEventTimestamp";
    public static final String WEBHOOK_ID = "CamelPipedriveWebhookId";
    public static final String CHANGE_SOURCE = "CamelPipedriveChangeSource";
    public static final String USER_ID = "CamelPipedriveUserId";
    public static final String COMPANY_ID = "CamelPipedriveCompanyId";
    public static final String MERGED_TO_ID = "CamelPipedriveMergedToId";
    public static final String MERGED_FROM_ID = "CamelPipedriveMergedFromId";
    public static final String PREVIOUS = "CamelPipedrivePrevious";
    public static final String DELIVERY = "CamelPipedriveEventDelivery";

    private EventHeaders() {}
}
