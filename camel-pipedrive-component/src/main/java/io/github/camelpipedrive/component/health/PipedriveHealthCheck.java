package io.github.camelpipedrive.component.health;

import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.ratelimit.RateLimitState;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
import io.github.camelpipedrive.component.transport.PipedriveGet;
import io.github.camelpipedrive.component.transport.PipedriveMetrics;
import io.github.camelpipedrive.component.transport.RequestExecutor;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness: can the configured credentials reach Pipedrive? Calls {@code GET /v1/users/me} through an executor of its
 * own (the token's rate-limit governor and credentials, no resends, counters apart from the routes') and reports
 * whether authentication works, the rate-limit figures and the request counters. The token never appears in the
 * details.
 */
public final class PipedriveHealthCheck extends AbstractHealthCheck {

    private static final PipedriveOperation USERS_ME =
            PipedriveOperation.internalRead("user/me", "/v1/users/me", "Check that the credentials reach Pipedrive");

    private final RequestExecutor executor;
    private final Credentials credentials;
    private final RateLimitGovernor governor;
    private final PipedriveMetrics metrics;
    private final Supplier<String> baseUrl;

    /**
     * @param executor sends the check's request; give it {@link io.github.camelpipedrive.component.retry.RetryPolicy#NONE}
     *                 and metrics of its own, so that readiness answers at once and the routes' counters stay theirs
     * @param metrics  the routes' counters, reported in the details
     */
    public PipedriveHealthCheck(
            String id,
            RequestExecutor executor,
            Credentials credentials,
            RateLimitGovernor governor,
            PipedriveMetrics metrics,
            Supplier<String> baseUrl) {
        super("camel", id);
        this.executor = executor;
        this.credentials = credentials;
        this.governor = governor;
        this.metrics = metrics;
        this.baseUrl = baseUrl;
    }

    /** Where the window is kept, and whether a shared store is in use or the window is paced in memory without it. */
    static String storeDetail(RateLimitStore store) {
        if (store instanceof FallbackRateLimitStore fallback) {
            return fallback.isShared()
                    ? "shared: " + fallback.shared()
                    : "in memory at limit/instances: " + fallback.shared()
                            + " cannot be reached (or has just come back)";
        }
        return "in memory";
    }

    @Override
    public boolean isLiveness() {
        // Pipedrive being unreachable says nothing about whether this process should be restarted
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("pipedrive.baseUrl", baseUrl.get());
        builder.detail("pipedrive.credentials", credentials.rateLimitKey());
        builder.detail("pipedrive.requests.sent", metrics.totalSent());
        builder.detail("pipedrive.requests.retried", metrics.totalRetried());
        builder.detail("pipedrive.requests.rateLimited", metrics.totalRateLimited());
        builder.detail("pipedrive.requests.failed", metrics.totalFailed());
        if (governor != null) {
            RateLimitState state = governor.state();
            builder.detail("pipedrive.rateLimit.limit", governor.limit());
            builder.detail("pipedrive.rateLimit.store", storeDetail(governor.store()));
            if (state.getRemaining() != null) {
                builder.detail("pipedrive.rateLimit.remaining", state.getRemaining());
            }
            if (state.getBudgetExhaustedUntil() != null) {
                builder.detail(
                        "pipedrive.dailyBudget.exhaustedUntil",
                        state.getBudgetExhaustedUntil().toString());
                builder.message("Pipedrive's daily token budget is spent until " + state.getBudgetExhaustedUntil());
                builder.down();
                return;
            }
        }
        try {
            PipedriveHttpResponse response = executor.execute(
                            USERS_ME, PipedriveGet.request(baseUrl.get() + USERS_ME.path()))
                    .response();
            builder.detail("pipedrive.auth.status", response.statusCode());
            if (response.isSuccess()) {
                builder.up();
            } else {
                builder.message(
                        response.statusCode() == 401
                                ? "Pipedrive rejected the credentials (HTTP 401)"
                                : "Pipedrive answered HTTP " + response.statusCode() + " to GET /v1/users/me");
                builder.down();
            }
        } catch (Exception e) {
            // a transport failure names its I/O cause (connection refused, timeout), which says more than its type
            Throwable cause = e instanceof PipedriveTransportException && e.getCause() != null ? e.getCause() : e;
            builder.message(
                    Thread.currentThread().isInterrupted()
                            ? "interrupted"
                            : "Pipedrive is not reachable: " + cause.getClass().getSimpleName());
            builder.down();
        }
    }
}
