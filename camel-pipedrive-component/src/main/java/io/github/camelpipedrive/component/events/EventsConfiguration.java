package io.github.camelpipedrive.component.events;

import io.github.camelpipedrive.component.support.SecretReference;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a trigger, {@code from("pipedrive:events/<object>")}. {@link #toString()} never shows a password or
 * secret.
 */
@UriParams
public class EventsConfiguration {

    @UriParam(
            label = "consumer",
            defaultValue = "all",
            description = "Trigger: which changes start the route: create, change, delete, or all.")
    private EventAction action = EventAction.all;

    @UriParam(
            label = "consumer",
            defaultValue = "webhook",
            description = "Trigger: webhook (Pipedrive calls a webhook the consumer registers, received through "
                    + "Camel's platform-http) or poll (the consumer reads GET /v1/recents every pollInterval; "
                    + "for deployments Pipedrive cannot reach).")
    private EventDelivery delivery = EventDelivery.webhook;

    @UriParam(
            label = "consumer",
            defaultValue = "v2",
            description = "Trigger: the webhook payload version to register, v2 (Pipedrive's default since "
                    + "2025-03-17) or v1. Both give the route the same body and headers.")
    private WebhookVersion version = WebhookVersion.v2;

    @UriParam(
            label = "consumer",
            description = "Trigger: the public URL Pipedrive sends the webhook to (HTTPS, no redirect), e.g. "
                    + "https://hooks.example.com/pipedrive/events/deal. Behind a proxy it differs from the "
                    + "local path. Required for delivery=webhook, unless the webhook: component computes it.")
    private String webhookExternalUrl;

    @UriParam(
            label = "consumer",
            description = "Trigger: the local path the webhook is received on through platform-http. Defaults to "
                    + "/pipedrive/events/{object}, plus /{action} when action is not all.")
    private String webhookPath;

    @UriParam(
            label = "security",
            description = "Trigger: the Basic-auth user name Pipedrive must send. With webhookAuthPassword it "
                    + "replaces the derived credentials (see webhookSecret).")
    private String webhookAuthUser;

    @UriParam(
            label = "security",
            secret = true,
            description = "Trigger: the Basic-auth password Pipedrive must send (with webhookAuthUser)."
                    + SecretReference.OPTION_HELP)
    private String webhookAuthPassword;

    @UriParam(
            label = "security",
            secret = true,
            description = "Trigger: the key the webhook's Basic-auth credentials are derived from (HMAC-SHA256 of "
                    + "the URL, object, action and version), so every restart and instance derives the same "
                    + "ones without storing them. Defaults to the API token; required with OAuth unless "
                    + "webhookAuthUser and webhookAuthPassword are set." + SecretReference.OPTION_HELP)
    private String webhookSecret;

    @UriParam(
            label = "consumer",
            defaultValue = "false",
            description = "Trigger: delete the webhook from Pipedrive when the consumer stops. Off by default, so a "
                    + "restart or rolling deployment loses no event.")
    private boolean removeWebhookOnStop;

    @UriParam(
            label = "consumer",
            defaultValue = "afterProcessing",
            description = "Trigger: when a webhook delivery is answered: afterProcessing (a failing route answers "
                    + "500 and Pipedrive delivers again after 3 s, 30 s and 150 s) or onReceipt (202 at once, "
                    + "processed from a bounded in-memory queue; what is queued is lost if the process dies).")
    private EventAckMode ackMode = EventAckMode.afterProcessing;

    @UriParam(
            label = "consumer",
            defaultValue = "1000",
            description = "Trigger, ackMode=onReceipt: how many events may wait; a delivery beyond answers 503, so "
                    + "Pipedrive delivers it again later.")
    private int queueSize = 1000;

    @UriParam(
            label = "consumer",
            description = "Trigger: where the ids of processed events are kept, so a redelivered event starts the "
                    + "route once. Any Camel IdempotentRepository (JDBC, Infinispan, Hazelcast, Redis, ...) "
                    + "shared by several instances deduplicates across them. Default: in memory, 10000 ids.")
    private IdempotentRepository idempotentRepository;

    @UriParam(
            label = "consumer",
            defaultValue = "300000",
            description = "Trigger, delivery=webhook: how often the consumer checks that its webhook still exists "
                    + "in Pipedrive and re-creates it when it is gone, in milliseconds. 0 turns the check off.")
    private long checkInterval = 300_000;

    @UriParam(
            label = "consumer",
            defaultValue = "8000",
            description = "Trigger, delivery=webhook: processing longer than this many milliseconds logs a WARN. "
                    + "Pipedrive fails a delivery after 10 s, and ten failed first attempts ban the webhook "
                    + "for 30 minutes.")
    private long slowProcessingWarning = 8_000;

    @UriParam(
            label = "consumer",
            defaultValue = "1048576",
            description = "Trigger, delivery=webhook: the largest webhook body accepted, in bytes; a larger one is "
                    + "answered 413 and creates no exchange.")
    private int maxBodySize = 1024 * 1024;

    @UriParam(
            label = "consumer",
            defaultValue = "60000",
            description = "Trigger, delivery=poll: how often GET /v1/recents is read, in milliseconds.")
    private long pollInterval = 60_000;

    @UriParam(
            label = "consumer",
            defaultValue = "100",
            description = "Trigger, delivery=poll: the page size of GET /v1/recents (at most 500).")
    private int pollPageSize = 100;

    @UriParam(
            label = "consumer",
            description = "Trigger, delivery=poll: where the position in Pipedrive's recents is kept (e.g. a "
                    + "FileStateRepository), so a restart neither loses nor repeats events. Default: in "
                    + "memory, and a new consumer starts at the present.")
    private StateRepository<String, String> stateRepository;

    public EventAction getAction() {
        return action;
    }

    /** Which changes start the route. */
    public void setAction(EventAction action) {
        this.action = action;
    }

    public EventDelivery getDelivery() {
        return delivery;
    }

    /** webhook or poll. */
    public void setDelivery(EventDelivery delivery) {
        this.delivery = delivery;
    }

    public WebhookVersion getVersion() {
        return version;
    }

    /** The webhook payload version. */
    public void setVersion(WebhookVersion version) {
        this.version = version;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    /** The public URL Pipedrive sends the webhook to. */
    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    /** The local path the webhook is received on. */
    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookAuthUser() {
        return webhookAuthUser;
    }

    /** The Basic-auth user name Pipedrive must send. */
    public void setWebhookAuthUser(String webhookAuthUser) {
        this.webhookAuthUser = webhookAuthUser;
    }

    public String getWebhookAuthPassword() {
        return webhookAuthPassword;
    }

    /** The Basic-auth password Pipedrive must send. */
    public void setWebhookAuthPassword(String webhookAuthPassword) {
        this.webhookAuthPassword = webhookAuthPassword;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    /** The key the webhook's Basic-auth credentials are derived from. */
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public boolean isRemoveWebhookOnStop() {
        return removeWebhookOnStop;
    }

    /** Delete the webhook from Pipedrive when the consumer stops. */
    public void setRemoveWebhookOnStop(boolean removeWebhookOnStop) {
        this.removeWebhookOnStop = removeWebhookOnStop;
    }

    public EventAckMode getAckMode() {
        return ackMode;
    }

    /** When a webhook delivery is answered. */
    public void setAckMode(EventAckMode ackMode) {
        this.ackMode = ackMode;
    }

    public int getQueueSize() {
        return queueSize;
    }

    /** How many events may wait with ackMode=onReceipt. */
    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /** Where the ids of processed events are kept. */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getCheckInterval() {
        return checkInterval;
    }

    /** How often the webhook registration is checked, in milliseconds. */
    public void setCheckInterval(long checkInterval) {
        this.checkInterval = checkInterval;
    }

    public long getSlowProcessingWarning() {
        return slowProcessingWarning;
    }

    /** Processing longer than this many milliseconds logs a WARN. */
    public void setSlowProcessingWarning(long slowProcessingWarning) {
        this.slowProcessingWarning = slowProcessingWarning;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    /** The largest webhook body accepted, in bytes. */
    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    /** How often GET /v1/recents is read, in milliseconds. */
    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public int getPollPageSize() {
        return pollPageSize;
    }

    /** The page size of GET /v1/recents. */
    public void setPollPageSize(int pollPageSize) {
        this.pollPageSize = pollPageSize;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /** Where the position in Pipedrive's recents is kept. */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    @Override
    public String toString() {
        return "EventsConfiguration[action=" + action + ", delivery=" + delivery + ", version=" + version
                + ", webhookPath=" + webhookPath + ", webhookAuth="
                + (webhookAuthPassword == null ? "<derived>" : "<set>")
                + "]";
    }
}
