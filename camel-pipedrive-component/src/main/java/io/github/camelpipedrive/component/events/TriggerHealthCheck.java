package io.github.camelpipedrive.component.events;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Reports a trigger: up while its webhook is registered (or, for polling, while the last poll succeeded), with the
 * webhook id, the last check and the event counters as details.
 */
public final class TriggerHealthCheck extends AbstractHealthCheck {

    /** What the check reads; one per delivery kind. */
    public interface Source {
        boolean healthy();

        String describe();

        void details(Map<String, Object> details);
    }

    private final Source source;
    private final EventCounters counters;

    public TriggerHealthCheck(String id, Source source, EventCounters counters) {
        super("camel", id);
        this.source = source;
        this.counters = counters;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("received", counters.getReceived());
        builder.detail("duplicates", counters.getDuplicates());
        builder.detail("rejected", counters.getRejected());
        builder.detail("failed", counters.getFailed());
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        source.details(details);
        details.forEach(builder::detail);
        builder.message(source.describe());
        if (source.healthy()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
