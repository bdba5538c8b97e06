package io.github.camelpipedrive.component.events;

import io.github.camelpipedrive.component.error.PipedriveException;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One trigger's webhook in Pipedrive over time: registered at start, checked every checkInterval and re-created when
 * Pipedrive deleted it (after three days of failed deliveries, or by hand), optionally removed at stop. Its state feeds
 * the health check.
 */
public final class WebhookRegistration {

    /** Where the registration stands. */
    public enum State {
        NOT_REGISTERED,
        REGISTERED,
        RECREATED,
        FAILED,
        REMOVED
    }

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    private final String name;
    private final WebhookRegistrar registrar;
    private final WebhookSpec spec;
    private final WebhookCredentials credentials;
    private volatile State state = State.NOT_REGISTERED;
    private volatile String webhookId;
    private volatile String lastError;
    private volatile Instant lastCheck;
    private volatile long recreated;
    private ScheduledFuture<?> checks;

    public WebhookRegistration(
            String name, WebhookRegistrar registrar, WebhookSpec spec, WebhookCredentials credentials) {
        this.name = name;
        this.registrar = registrar;
        this.spec = spec;
        this.credentials = credentials;
    }

    /** Finds or creates the webhook; a failure here fails the consumer's start. */
    public synchronized void register() throws PipedriveException {
        try {
            webhookId = registrar.ensure(spec, credentials);
            state = State.REGISTERED;
            lastError = null;
            lastCheck = Instant.now();
            LOG.info(
                    "{}: Pipedrive webhook {} delivers {} {} to {}",
                    name,
                    webhookId,
                    spec.object(),
                    spec.action(),
                    spec.url());
        } catch (PipedriveException e) {
            state = State.FAILED;
            lastError = e.getMessage();
            throw e;
        }
    }

    /** Checks every {@code intervalMillis} that the webhook still exists; 0 means never. */
    public synchronized void startChecks(ScheduledExecutorService scheduler, long intervalMillis) {
        if (intervalMillis > 0) {
            checks = scheduler.scheduleWithFixedDelay(
                    this::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** One check: when the webhook is gone or inactive, registers again. Never throws. */
    public void check() {
        String id = webhookId;
        try {
            lastCheck = Instant.now();
            if (id != null && registrar.isActive(id)) {
                if (state == State.FAILED) {
                    state = State.REGISTERED;
                }
                return;
            }
            LOG.warn(
                    "{}: Pipedrive webhook {} is gone (deleted, or removed after failed deliveries); registering "
                            + "it again",
                    name,
                    id);
            register();
            recreated++;
            state = State.RECREATED;
        } catch (PipedriveException | RuntimeException e) {
            state = State.FAILED;
            lastError = e.getMessage();
            LOG.warn("{}: checking the Pipedrive webhook failed: {}", name, e.getMessage());
        }
    }

    /** Stops the checks and, when {@code remove}, deletes the webhook from Pipedrive. */
    public synchronized void stop(boolean remove) {
        if (checks != null) {
            checks.cancel(false);
            checks = null;
        }
        if (remove && webhookId != null) {
            try {
                registrar.delete(webhookId);
                LOG.info("{}: deleted Pipedrive webhook {}", name, webhookId);
                state = State.REMOVED;
            } catch (PipedriveException e) {
                LOG.warn("{}: could not delete Pipedrive webhook {}: {}", name, webhookId, e.getMessage());
            }
        }
    }

    public State state() {
        return state;
    }

    public String webhookId() {
        return webhookId;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastCheck() {
        return lastCheck;
    }

    /** How many times the webhook was found gone and created again. */
    public long recreated() {
        return recreated;
    }

    public WebhookSpec spec() {
        return spec;
    }

    public WebhookCredentials credentials() {
        return credentials;
    }
}
