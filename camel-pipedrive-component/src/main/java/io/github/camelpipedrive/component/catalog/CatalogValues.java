package io.github.camelpipedrive.component.catalog;

/** Allowed values that several catalog entries share, so each list is written once. */
final class CatalogValues {

    /** Optional parts of a field definition ({@code include_fields} of the field reads). */
    static final Object[] FIELD_DEFINITION_INCLUDES = {
        "ui_visibility",
        "important_fields",
        "required_fields",
        "ui_visibility,important_fields",
        "ui_visibility,required_fields",
        "important_fields,required_fields",
        "ui_visibility,important_fields,required_fields"
    };

    /** Optional deal properties ({@code include_fields} of the deal reads). */
    static final Object[] DEAL_INCLUDES = {
        "next_activity_id",
        "last_activity_id",
        "first_won_time",
        "products_count",
        "files_count",
        "notes_count",
        "followers_count",
        "email_messages_count",
        "activities_count",
        "done_activities_count",
        "undone_activities_count",
        "participants_count",
        "last_incoming_mail_time",
        "last_outgoing_mail_time",
        "smart_bcc_email",
        "source_lead_id"
    };

    /** The v2 list orders ({@code sort_by}). */
    static final Object[] SORT_BY_ID_OR_TIME = {"id", "update_time", "add_time"};

    /** A deal's status filter ({@code status}). */
    static final Object[] DEAL_STATUSES = {"open", "won", "lost"};

    /** Optional organization properties ({@code include_fields} of the organization reads). */
    static final Object[] ORGANIZATION_INCLUDES = {
        "next_activity_id",
        "last_activity_id",
        "open_deals_count",
        "related_open_deals_count",
        "closed_deals_count",
        "related_closed_deals_count",
        "email_messages_count",
        "people_count",
        "activities_count",
        "done_activities_count",
        "undone_activities_count",
        "files_count",
        "notes_count",
        "followers_count",
        "won_deals_count",
        "related_won_deals_count",
        "lost_deals_count",
        "related_lost_deals_count",
        "smart_bcc_email"
    };

    /** Optional person properties ({@code include_fields} of the person reads). */
    static final Object[] PERSON_INCLUDES = {
        "next_activity_id",
        "last_activity_id",
        "open_deals_count",
        "related_open_deals_count",
        "closed_deals_count",
        "related_closed_deals_count",
        "participant_open_deals_count",
        "participant_closed_deals_count",
        "email_messages_count",
        "activities_count",
        "done_activities_count",
        "undone_activities_count",
        "files_count",
        "notes_count",
        "followers_count",
        "won_deals_count",
        "related_won_deals_count",
        "lost_deals_count",
        "related_lost_deals_count",
        "last_incoming_mail_time",
        "last_outgoing_mail_time",
        "marketing_status",
        "doi_status",
        "smart_bcc_email"
    };

    private CatalogValues() {}
}
