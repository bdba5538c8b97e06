package io.github.camelpipedrive.component.transport;

import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import io.github.camelpipedrive.component.http.PipedriveHeaders;
import io.github.camelpipedrive.component.http.PipedriveHttpClient;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.ratelimit.Admission;
import io.github.camelpipedrive.component.ratelimit.DailyBudget;
import io.github.camelpipedrive.component.ratelimit.LockOut;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.retry.Outcome;
import io.github.camelpipedrive.component.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one prepared request until it has a final answer: paces it through the token's {@link RateLimitGovernor},
 * authenticates it, resends it where its {@link Outcome} and the {@link RetryPolicy} allow, renews OAuth credentials
 * once after a 401, and counts what happened. The final answer may still be an error status; turning it into an
 * exception is the caller's job, with the attempt count and outcome this returns.
 */
public final class RequestExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestExecutor.class);

    private final PipedriveHttpClient http;
    private final Credentials credentials;
    private final RateLimitGovernor governor;
    private final RetryPolicy retryPolicy;
    private final PipedriveMetrics metrics;
    private final Clock clock;

    public RequestExecutor(
            PipedriveHttpClient http,
            Credentials credentials,
            RateLimitGovernor governor,
            RetryPolicy retryPolicy,
            PipedriveMetrics metrics,
            Clock clock) {
        this.http = http;
        this.credentials = credentials;
        this.governor = governor;
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * The final answer, how many times the request was sent to get it, and what its last attempt did.
     *
     * @param budgetResetTime when the answer is a 429 that spent the daily budget: when it is expected back; else null
     * @param lockedOutUntil  when the answer is Pipedrive's lock-out page: until when nothing is sent; else null
     * @param alreadyDone     the answer is a 404 to a resent DELETE whose earlier attempt may have been applied (see
     *                        {@link RetryPolicy#isDoneAfterResend}): the record is gone, the delete is done
     */
    public record Result(
            PipedriveHttpResponse response,
            int attempts,
            Outcome outcome,
            boolean mayHaveBeenApplied,
            Instant budgetResetTime,
            Instant lockedOutUntil,
            boolean alreadyDone) {}

    public Result execute(PipedriveOperation op, HttpUriRequestBase request) throws PipedriveException {
        return execute(op, request, null);
    }

    /**
     * @param endpointKey the endpoint the user wrote when {@code op} is one step of it (an upsert's search or add),
     *                    else null: exceptions are then named after the endpoint, with the step in the message
     */
    public Result execute(PipedriveOperation op, HttpUriRequestBase request, String endpointKey)
            throws PipedriveException {
        Call call = new Call(op, request, RequestNaming.of(op.key(), endpointKey));
        boolean renewed = false;
        while (true) {
            call.attempts++;
            PipedriveHttpResponse response;
            try {
                response = sendOnce(call);
            } catch (IOException e) {
                Outcome outcome = Outcome.ofNoAnswer(PipedriveHttpClient.neverSent(e));
                long wait = retryPolicy.backoffMs(call.attempts);
                if (mayResend(call, outcome, wait, outcome == Outcome.NOT_SENT)) {
                    pauseBeforeResend(call, outcome, wait, e.getClass().getSimpleName());
                    continue;
                }
                metrics.failed(call.key());
                throw transportFailure(call, e, outcome);
            }
            if (isLockOutPage(response)) {
                return lockOut(call, response);
            }
            if (response.statusCode() == 401 && !renewed && renewCredentials(call)) {
                renewed = true;
                continue;
            }
            Outcome outcome = Outcome.ofStatus(response.statusCode());
            long wait;
            if (response.statusCode() == 429) {
                metrics.rateLimited(call.key());
                if (DailyBudget.isSpent(response)) {
                    return budgetSpent(call, response);
                }
                wait = pauseForRateLimit(response);
            } else {
                wait = retryPolicy.backoffMs(call.attempts);
            }
            if (mayResend(call, outcome, wait, false)) {
                pauseBeforeResend(call, outcome, wait, "HTTP " + response.statusCode());
                continue;
            }
            return finish(call, response, outcome, null, null);
        }
    }

    /** One attempt: wait for the rate limit, authenticate, send, and let the governor learn from the answer. */
    private PipedriveHttpResponse sendOnce(Call call) throws IOException, PipedriveException {
        Admission permit = acquire(call);
        call.authorization = authenticate(call, permit);
        metrics.sent(call.key());
        PipedriveHttpResponse response;
        try {
            response = http.execute(call.request);
        } catch (PipedriveHttpClient.OversizedResponseException e) {
            release(permit);
            metrics.failed(call.key());
            throw oversized(call, e);
        } catch (IOException e) {
            release(permit);
            throw e;
        }
        if (governor != null) {
            governor.release(permit);
            governor.observe(response, permit);
        }
        return response;
    }

    /**
     * Whether another attempt may follow: the outcome allows it for this method, the policy's counts and time allow
     * it, and the body can be sent again (a stream can be, only when nothing of it was sent).
     */
    private boolean mayResend(Call call, Outcome outcome, long wait, boolean nothingSent) {
        return retryPolicy.allowsResend(call.op.method(), outcome, call.attempts, call.waited, wait)
                && repeatable(call.request, nothingSent);
    }

    private void pauseBeforeResend(Call call, Outcome outcome, long wait, String why) throws PipedriveException {
        call.resentAfterUnknownOutcome |= outcome == Outcome.UNKNOWN;
        LOG.debug("pipedrive:{} attempt {} failed ({}), retrying in {} ms", call.key(), call.attempts, why, wait);
        call.waited += sleep(call.key(), wait);
    }

    private boolean isLockOutPage(PipedriveHttpResponse response) {
        return governor != null && governor.lockoutCooldownMillis() > 0 && LockOut.isLockOutPage(response);
    }

    /** Pipedrive's lock-out page: nothing more is sent on this token for the cool-down. */
    private Result lockOut(Call call, PipedriveHttpResponse response) {
        Instant until = governor.lockOut();
        LOG.warn(
                "pipedrive:{} got Pipedrive's lock-out page (HTML 403); nothing is sent on this token until {}",
                call.key(),
                until);
        return finish(call, response, Outcome.ofStatus(response.statusCode()), null, until);
    }

    /**
     * A 429 that spent the daily budget: not resent, and (with a governor) further requests on the token fail without
     * being sent until the reset.
     */
    private Result budgetSpent(Call call, PipedriveHttpResponse response) {
        Instant until = null;
        if (governor != null) {
            until = DailyBudget.resetTime(response, clock);
            governor.budgetExhaustedUntil(until);
        }
        return finish(call, response, Outcome.ofStatus(response.statusCode()), until, null);
    }

    /** A 429 of the burst window: how long to wait, and no request on this token leaves before then. */
    private long pauseForRateLimit(PipedriveHttpResponse response) {
        long wait = rateLimitWait(response);
        if (governor != null) {
            governor.pauseUntil(clock.millis() + wait);
        }
        return wait;
    }

    private Result finish(
            Call call,
            PipedriveHttpResponse response,
            Outcome outcome,
            Instant budgetResetTime,
            Instant lockedOutUntil) {
        boolean alreadyDone =
                RetryPolicy.isDoneAfterResend(call.op.method(), response.statusCode(), call.resentAfterUnknownOutcome);
        if (!response.isSuccess() && !alreadyDone) {
            metrics.failed(call.key());
        }
        return new Result(
                response,
                call.attempts,
                outcome,
                outcome.mayHaveBeenApplied(call.op.method()),
                budgetResetTime,
                lockedOutUntil,
                alreadyDone);
    }

    /** After a 401: renew the credentials once, and follow a moved api_domain. */
    private boolean renewCredentials(Call call) throws PipedriveException {
        String domainBefore = credentials.apiDomain();
        boolean renewed;
        try {
            renewed = credentials.renewAfterUnauthorized(call.authorization);
        } catch (PipedriveException e) {
            throw e;
        } catch (Exception e) {
            throw new PipedriveException(
                    call.naming.name(),
                    "pipedrive:" + call.naming.label() + ": could not renew credentials: "
                            + e.getClass().getSimpleName(),
                    e);
        }
        if (renewed) {
            followMovedApiDomain(call.request, domainBefore, credentials.apiDomain());
        }
        return renewed;
    }

    /** A refresh can hand out another api_domain; a request that was going to the old one goes to the new one. */
    private static void followMovedApiDomain(HttpUriRequestBase request, String before, String after) {
        if (before == null || after == null || before.equals(after)) {
            return;
        }
        String full;
        try {
            full = request.getUri().toString();
        } catch (URISyntaxException e) {
            return;
        }
        String oldBase = withoutTrailingSlash(before);
        if (full.startsWith(oldBase + "/")) {
            request.setUri(URI.create(withoutTrailingSlash(after) + request.getRequestUri()));
        }
    }

    private static String withoutTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private void release(Admission permit) {
        if (governor != null && permit != null) {
            governor.release(permit);
        }
    }

    private Admission acquire(Call call) throws PipedriveException {
        if (governor == null) {
            return null;
        }
        int sentSoFar = call.attempts - 1;
        try {
            return governor.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveTransportException(
                    call.naming.name(),
                    "pipedrive:" + call.naming.label()
                            + " was interrupted while waiting for the rate limit; nothing was sent",
                    e,
                    false,
                    sentSoFar);
        } catch (RateLimitGovernor.DailyBudgetExhausted e) {
            metrics.failed(call.key());
            throw DailyBudget.exception(call.naming.name(), e.until(), sentSoFar);
        } catch (RateLimitGovernor.LockedOut e) {
            metrics.failed(call.key());
            throw LockOut.exception(call.naming.name(), e.until(), sentSoFar);
        }
    }

    private String authenticate(Call call, Admission permit) throws PipedriveException {
        try {
            credentials.authenticate(call.request);
        } catch (PipedriveException e) {
            release(permit);
            throw e;
        } catch (Exception e) {
            release(permit);
            throw new PipedriveException(
                    call.naming.name(),
                    "pipedrive:" + call.naming.label() + ": could not authenticate: "
                            + e.getClass().getSimpleName(),
                    e);
        }
        var header = call.request.getFirstHeader("Authorization");
        return header == null ? null : header.getValue();
    }

    private long sleep(String key, long millis) throws PipedriveException {
        metrics.retried(key);
        if (millis <= 0) {
            return 0;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveException(key, "pipedrive:" + key + " was interrupted while waiting to retry", e);
        }
        return millis;
    }

    /** Retry-After, else x-ratelimit-reset, else 2 s; plus up to 250 ms of jitter. */
    private static long rateLimitWait(PipedriveHttpResponse response) {
        Duration advised = PipedriveHeaders.retryAfter(response);
        long base = advised != null ? advised.toMillis() : RateLimitGovernor.WINDOW_MILLIS;
        return base + ThreadLocalRandom.current().nextLong(251);
    }

    private static boolean repeatable(HttpUriRequestBase request, boolean nothingSent) {
        HttpEntity entity = request.getEntity();
        return nothingSent || entity == null || entity.isRepeatable();
    }

    private static PipedriveApiException oversized(Call call, PipedriveHttpClient.OversizedResponseException e) {
        Outcome outcome = Outcome.ofStatus(e.status());
        boolean applied = outcome.mayHaveBeenApplied(call.op.method());
        String message = "pipedrive:" + call.naming.label() + " failed: " + e.getMessage() + "; the body was not read"
                + (outcome == Outcome.APPLIED && applied ? ", but the request was applied" : "");
        return new PipedriveApiException(ErrorDetails.builder(call.naming.name(), e.status(), message)
                .error("answer too large")
                .attempts(call.attempts)
                .mayHaveBeenApplied(applied)
                .build());
    }

    private static PipedriveTransportException transportFailure(Call call, IOException e, Outcome outcome) {
        boolean notSent = outcome == Outcome.NOT_SENT;
        HttpUriRequestBase request = call.request;
        String what = e instanceof InterruptedIOException && !notSent ? "no answer in time" : "no answer";
        String target =
                request.getAuthority() == null ? "Pipedrive" : request.getScheme() + "://" + request.getAuthority();
        String message = "pipedrive:" + call.naming.label() + " failed: " + what + " from " + target + " ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"
                + (call.attempts > 1 ? " after " + call.attempts + " attempts" : "") + "; "
                + (notSent
                        ? "the request did not reach Pipedrive"
                        : "the outcome is unknown: Pipedrive may have applied the " + request.getMethod()
                                + (call.op.method().isIdempotent()
                                        ? ""
                                        : ", so it was not resent (a POST could create a duplicate)"));
        return new PipedriveTransportException(
                call.naming.name(), message, e, outcome.mayHaveBeenApplied(call.op.method()), call.attempts);
    }

    /** One request on its way: what is sent, how it is named, and what its attempts have used so far. */
    private static final class Call {
        final PipedriveOperation op;
        final HttpUriRequestBase request;
        final RequestNaming naming;
        int attempts;
        long waited;
        String authorization;
        /** An attempt whose outcome is unknown was followed by another: a DELETE's 404 then means done. */
        boolean resentAfterUnknownOutcome;

        Call(PipedriveOperation op, HttpUriRequestBase request, RequestNaming naming) {
            this.op = op;
            this.request = request;
            this.naming = naming;
        }

        String key() {
            return op.key();
        }
    }
}
