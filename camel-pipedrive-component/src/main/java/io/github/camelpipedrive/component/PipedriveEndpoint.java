package io.github.camelpipedrive.component;

import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.UpsertOperation;
import io.github.camelpipedrive.component.events.EventDelivery;
import io.github.camelpipedrive.component.events.EventDispatcher;
import io.github.camelpipedrive.component.events.EventsConfiguration;
import io.github.camelpipedrive.component.events.PipedriveApi;
import io.github.camelpipedrive.component.events.RecentsConsumer;
import io.github.camelpipedrive.component.events.WebhookEventsConsumer;
import io.github.camelpipedrive.component.events.WebhookTrigger;
import io.github.camelpipedrive.component.support.SecretReference;
import java.util.List;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read and write Pipedrive CRM: get, list (page by page or lazily), search, add, update, merge, link and delete
 * deals, persons, organizations, products, activities, leads, notes, files and the rest of Pipedrive's API; and start
 * routes on Pipedrive's changes with {@code from("pipedrive:events/<object>")}, by webhook or by polling.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "pipedrive",
        title = "Pipedrive",
        syntax = "pipedrive:resource/operation",
        category = {Category.CLOUD, Category.API},
        headersClass = PipedriveConstants.class)
public class PipedriveEndpoint extends DefaultEndpoint implements EndpointServiceLocation, WebhookCapableEndpoint {

    /** The resource of the trigger endpoints, {@code pipedrive:events/<object>}. */
    public static final String EVENTS = "events";

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveEndpoint.class);

    @UriParam
    private final PipedriveConfiguration configuration;

    private static final PipedriveEndpointConfigurer OPTIONS = new PipedriveEndpointConfigurer();

    @UriParam
    private final EventsConfiguration events = new EventsConfiguration();

    private final PipedriveOperation operation;
    private final UpsertOperation upsert;
    private WebhookTrigger trigger;
    private WebhookConfiguration webhookConfiguration;

    /**
     * The endpoint of a catalog operation ({@code upsert} is {@code null}), or of an upsert: then {@code operation} is
     * the upsert's add, the operation sent when nothing matches.
     */
    public PipedriveEndpoint(
            String uri,
            PipedriveComponent component,
            PipedriveConfiguration configuration,
            PipedriveOperation operation,
            UpsertOperation upsert) {
        super(uri, component);
        this.configuration = configuration;
        this.operation = operation;
        this.upsert = upsert;
    }

    /**
     * The value of an endpoint option by its name, read by the generated configurer: how the catalog's path
     * parameters and upload form fields ({@code productAttachmentId}, {@code cropX}) find their option.
     */
    public Object optionValue(String optionName) {
        return OPTIONS.getOptionValue(this, optionName, false);
    }

    @Override
    public PipedriveComponent getComponent() {
        return (PipedriveComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (isEvents()) {
            throw new UnsupportedOperationException("pipedrive:events/" + configuration.getOperation()
                    + " is a trigger; " + "use it in from(...), and pipedrive:resource/operation in to(...)");
        }
        return new PipedriveProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!isEvents()) {
            throw new UnsupportedOperationException("pipedrive:" + operation.key() + " writes to Pipedrive; use it in "
                    + "to(...). To start a route on Pipedrive's changes, use from(\"pipedrive:events/<object>\")");
        }
        Consumer consumer = events.getDelivery() == EventDelivery.poll
                ? new RecentsConsumer(
                        this,
                        processor,
                        configuration.getOperation(),
                        events,
                        api(),
                        getComponent().objectMapper(),
                        configuration.getOutputClass())
                : new WebhookEventsConsumer(this, processor, trigger());
        configureConsumer(consumer);
        return consumer;
    }

    /** Whether this is a trigger endpoint, {@code pipedrive:events/<object>}. */
    public boolean isEvents() {
        return operation == null;
    }

    /** The webhook side of this trigger endpoint, created on first use. */
    synchronized WebhookTrigger trigger() throws Exception {
        if (trigger == null) {
            trigger = new WebhookTrigger(
                    "pipedrive:events/" + configuration.getOperation(),
                    configuration.getOperation(),
                    events,
                    api(),
                    () -> getComponent().isOAuthConfigured()
                            ? null
                            : SecretReference.resolve("apiToken", configuration.getApiToken()),
                    getComponent().objectMapper(),
                    configuration.getOutputClass(),
                    getCamelContext());
        }
        return trigger;
    }

    private PipedriveApi api() throws Exception {
        PipedriveComponent component = getComponent();
        Credentials credentials = component.credentialsFor(configuration);
        if (credentials == null) {
            throw new IllegalArgumentException("pipedrive:events/" + configuration.getOperation() + " has no "
                    + "credentials: set camel.component.pipedrive.api-token (or the endpoint option apiToken), or the "
                    + "OAuth options");
        }
        boolean explicitHost = notBlank(configuration.getBaseUrl()) || notBlank(configuration.getCompanyDomain());
        return new PipedriveApi(
                component.executorFor(credentials),
                () -> {
                    String domain = credentials.apiDomain();
                    if (!explicitHost && domain != null) {
                        return domain.endsWith("/") ? domain.substring(0, domain.length() - 1) : domain;
                    }
                    return configuration.resolveBaseUrl();
                },
                component.objectMapper());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    // --- WebhookCapableEndpoint: webhook:pipedrive:events/<object> ---

    @Override
    public Processor createWebhookHandler(Processor next) {
        requireEvents();
        try {
            return trigger().handler(new EventDispatcher.Route() {
                @Override
                public Exchange create() {
                    return PipedriveEndpoint.this.createExchange();
                }

                @Override
                public void process(Exchange exchange) throws Exception {
                    next.process(exchange);
                }

                @Override
                public void release(Exchange exchange) {
                    // created with createExchange(), nothing pooled to give back
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(
                    "pipedrive:events/" + configuration.getOperation() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void registerWebhook() throws Exception {
        requireEvents();
        trigger().register(webhookConfiguration == null ? null : webhookConfiguration.computeFullExternalUrl());
    }

    /** Stops checking the webhook; deletes it from Pipedrive only with removeWebhookOnStop=true. */
    @Override
    public void unregisterWebhook() throws Exception {
        if (trigger != null) {
            trigger.stop();
        }
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    private void requireEvents() {
        if (!isEvents()) {
            throw new UnsupportedOperationException(
                    "webhook: works with pipedrive:events/<object> only, not pipedrive:" + operation.key());
        }
    }

    /** The trigger options. */
    public EventsConfiguration getEvents() {
        return events;
    }

    @Override
    protected void doStop() throws Exception {
        if (trigger != null) {
            trigger.stop();
        }
        super.doStop();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (operation != null && operation.isDeprecated()) {
            LOG.warn("pipedrive:{} is deprecated: {}", operation.key(), operation.deprecation());
        }
    }

    public PipedriveConfiguration getConfiguration() {
        return configuration;
    }

    /** The catalog entry this endpoint sends (for an upsert endpoint, its add); null for a trigger endpoint. */
    public PipedriveOperation getOperation() {
        return operation;
    }

    /** The upsert this endpoint runs, or {@code null} for an endpoint of a single catalog operation. */
    public UpsertOperation getUpsert() {
        return upsert;
    }

    @Override
    public String getServiceUrl() {
        return configuration.resolveBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }
}
