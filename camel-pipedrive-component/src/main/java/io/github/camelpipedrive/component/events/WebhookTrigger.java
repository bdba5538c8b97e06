package io.github.camelpipedrive.component.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.support.SecretReference;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The webhook side of one {@code pipedrive:events/<object>} endpoint: the receiver behind platform-http, and the
 * registration in Pipedrive with its periodic check and health check. Used by the endpoint's own consumer and by
 * Camel's {@code webhook:} component alike.
 */
public final class WebhookTrigger {

    private final String name;
    private final String object;
    private final EventsConfiguration config;
    private final PipedriveApi api;
    private final Supplier<String> derivationKey;
    private final EventMessages messages;
    private final EventParser parser;
    private final CamelContext context;
    private final EventCounters counters = new EventCounters();
    private volatile WebhookCredentials credentials;
    private EventDispatcher dispatcher;
    private IdempotentRepository repository;
    private WebhookRegistration registration;
    private ScheduledExecutorService scheduler;
    private HealthCheckRegistry healthRepository;
    private TriggerHealthCheck healthCheck;

    /**
     * @param derivationKey the key webhook credentials are derived from (webhookSecret, else the API token), or null
     */
    public WebhookTrigger(
            String name,
            String object,
            EventsConfiguration config,
            PipedriveApi api,
            Supplier<String> derivationKey,
            ObjectMapper mapper,
            Class<?> outputClass,
            CamelContext context) {
        this.name = name;
        this.object = object;
        this.config = config;
        this.api = api;
        this.derivationKey = derivationKey;
        this.messages = new EventMessages(mapper, outputClass);
        this.parser = new EventParser(mapper);
        this.context = context;
    }

    /** The path the webhook is received on: webhookPath, else /pipedrive/events/{object}[/{action}]. */
    public String localPath() {
        String path = config.getWebhookPath();
        if (path == null || path.isBlank()) {
            path = "/pipedrive/events/" + object
                    + (config.getAction() == EventAction.all ? "" : "/" + config.getAction());
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The processor for the incoming HTTP exchanges; {@code route} runs the route for each accepted event. */
    public synchronized Processor handler(EventDispatcher.Route route) throws Exception {
        if (dispatcher == null) {
            repository = config.getIdempotentRepository() != null
                    ? config.getIdempotentRepository()
                    : MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
            ServiceHelper.startService(repository);
            boolean onReceipt = config.getAckMode() == EventAckMode.onReceipt;
            dispatcher = new EventDispatcher(
                    name,
                    config.getAction(),
                    repository,
                    messages,
                    route,
                    counters,
                    config.getSlowProcessingWarning(),
                    onReceipt ? Math.max(1, config.getQueueSize()) : 0);
            if (onReceipt) {
                dispatcher.startQueue(
                        context.getExecutorServiceManager().newSingleThreadExecutor(this, name + " events"));
            }
        }
        return new WebhookReceiver(
                name,
                () -> credentials,
                parser,
                dispatcher,
                counters,
                config.getMaxBodySize(),
                config.getAckMode() == EventAckMode.onReceipt);
    }

    /**
     * Registers the webhook for {@code externalUrl} (webhookExternalUrl wins when set), starts the periodic check and
     * the health check.
     */
    public synchronized void register(String externalUrl) throws Exception {
        String url = config.getWebhookExternalUrl() != null
                        && !config.getWebhookExternalUrl().isBlank()
                ? config.getWebhookExternalUrl()
                : externalUrl;
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(name + ": set webhookExternalUrl, the public URL Pipedrive sends the "
                    + "webhook to (local path " + localPath() + "), or use delivery=poll");
        }
        WebhookSpec spec = new WebhookSpec(
                url,
                "all".equals(object) ? "*" : object,
                config.getAction().webhookValue(),
                config.getVersion().apiValue());
        credentials = credentialsFor(spec);
        registration = new WebhookRegistration(name, new WebhookRegistrar(api), spec, credentials);
        registration.register();
        scheduler = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, name + " webhook check");
        registration.startChecks(scheduler, config.getCheckInterval());
        addHealthCheck();
    }

    private WebhookCredentials credentialsFor(WebhookSpec spec) {
        if (config.getWebhookAuthUser() != null || config.getWebhookAuthPassword() != null) {
            return WebhookCredentials.given(
                    config.getWebhookAuthUser(),
                    SecretReference.resolve("webhookAuthPassword", config.getWebhookAuthPassword()));
        }
        String key =
                config.getWebhookSecret() != null && !config.getWebhookSecret().isBlank()
                        ? SecretReference.resolve("webhookSecret", config.getWebhookSecret())
                        : derivationKey.get();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(name + ": the webhook needs Basic-auth credentials: set webhookSecret "
                    + "(they are derived from it), or webhookAuthUser and webhookAuthPassword");
        }
        return WebhookCredentials.derived(key, spec.url(), spec.object(), spec.action(), spec.version());
    }

    private void addHealthCheck() {
        healthRepository = HealthCheckRegistry.get(context);
        if (healthRepository == null) {
            return;
        }
        WebhookRegistration r = registration;
        String id = "consumer:" + name + (config.getAction() == EventAction.all ? "" : "/" + config.getAction());
        healthCheck = new TriggerHealthCheck(
                id,
                new TriggerHealthCheck.Source() {
                    @Override
                    public boolean healthy() {
                        return r.state() == WebhookRegistration.State.REGISTERED
                                || r.state() == WebhookRegistration.State.RECREATED;
                    }

                    @Override
                    public String describe() {
                        return "webhook " + r.webhookId() + " " + r.state()
                                + (r.lastError() == null ? "" : ": " + r.lastError());
                    }

                    @Override
                    public void details(Map<String, Object> details) {
                        details.put("webhook.id", String.valueOf(r.webhookId()));
                        details.put("webhook.state", r.state().name());
                        details.put("webhook.url", r.spec().url());
                        details.put("webhook.recreated", r.recreated());
                        details.put("webhook.lastCheck", String.valueOf(r.lastCheck()));
                    }
                },
                counters);
        healthRepository.register(healthCheck);
    }

    /** Stops checking (and deletes the webhook when removeWebhookOnStop), stops the queue. */
    public synchronized void stop() throws Exception {
        if (registration != null) {
            registration.stop(config.isRemoveWebhookOnStop());
            registration = null; // stop is called by the consumer and again by the endpoint: once is enough
        }
        if (scheduler != null) {
            context.getExecutorServiceManager().shutdown(scheduler);
            scheduler = null;
        }
        if (dispatcher != null) {
            dispatcher.stop();
            dispatcher = null;
        }
        if (repository != null && config.getIdempotentRepository() == null) {
            ServiceHelper.stopService(repository);
        }
        if (healthRepository != null && healthCheck != null) {
            healthRepository.unregister(healthCheck);
            healthCheck = null;
        }
    }

    public EventCounters counters() {
        return counters;
    }

    /** The registration, or null before {@link #register(String)}. */
    public WebhookRegistration registration() {
        return registration;
    }
}
