package io.github.camelpipedrive.component.health;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.ratelimit.RateLimitState;
import io.github.camelpipedrive.component.transport.PipedriveHttpClient;
import io.github.camelpipedrive.component.transport.PipedriveHttpResponse;
import io.github.camelpipedrive.component.transport.PipedriveMetrics;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.hc.client5.http.classic.methods.HttpGet;

/**
 * Readiness: can the configured credentials reach Pipedrive? Calls {@code GET /v1/users/me} (through the token's
 * rate-limit governor) and reports whether authentication works, the rate-limit figures and the request counters.
 * The token never appears in the details.
 */
public final class PipedriveHealthCheck extends AbstractHealthCheck {

    private final PipedriveHttpClient http;
    private final Credentials credentials;
    private final RateLimitGovernor governor;
    private final PipedriveMetrics metrics;
    private final Supplier<String> baseUrl;

    public PipedriveHealthCheck(String id, PipedriveHttpClient http, Credentials credentials,
                                RateLimitGovernor governor, PipedriveMetrics metrics, Supplier<String> baseUrl) {
        super("camel", id);
        this.http = http;
        this.credentials = credentials;
        this.governor = governor;
        this.metrics = metrics;
        this.baseUrl = baseUrl;
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
            if (state.getRemaining() != null) {
                builder.detail("pipedrive.rateLimit.remaining", state.getRemaining());
            }
            if (state.getBudgetExhaustedUntil() != null) {
                builder.detail("pipedrive.dailyBudget.exhaustedUntil", state.getBudgetExhaustedUntil().toString());
                builder.message("Pipedrive's daily token budget is spent until " + state.getBudgetExhaustedUntil());
                builder.down();
                return;
            }
        }
        RateLimitGovernor.Permit permit = null;
        try {
            if (governor != null) {
                permit = governor.acquire();
            }
            HttpGet get = new HttpGet(URI.create(baseUrl.get() + "/v1/users/me"));
            get.setHeader("Accept", "application/json");
            credentials.authenticate(get);
            PipedriveHttpResponse response = http.execute(get);
            if (governor != null) {
                governor.release(permit);
                permit = null;
                governor.observe(response);
            }
            builder.detail("pipedrive.auth.status", response.statusCode());
            if (response.isSuccess()) {
                builder.up();
            } else {
                builder.message(response.statusCode() == 401
                        ? "Pipedrive rejected the credentials (HTTP 401)"
                        : "Pipedrive answered HTTP " + response.statusCode() + " to GET /v1/users/me");
                builder.down();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.message("interrupted").down();
        } catch (Exception e) {
            builder.message("Pipedrive is not reachable: " + e.getClass().getSimpleName());
            builder.down();
        } finally {
            if (permit != null) {
                governor.release(permit);
            }
        }
    }
}
