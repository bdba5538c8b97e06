package io.github.camelpipedrive.component.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.retry.RetryPolicy;
import io.github.camelpipedrive.component.retry.RetryPolicy.Failure;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one prepared request until it has a final answer: paces it through the token's {@link RateLimitGovernor},
 * authenticates it, resends it where {@link RetryPolicy} says repeating is safe, renews OAuth credentials once after a
 * 401, and counts what happened. The final answer may still be an error status; turning it into an exception is the
 * caller's job, with the attempt count this returns.
 */
public final class RequestExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestExecutor.class);

    private final PipedriveHttpClient http;
    private final Credentials credentials;
    private final RateLimitGovernor governor;
    private final RetryPolicy retryPolicy;
    private final PipedriveMetrics metrics;
    private final Clock clock;

    public RequestExecutor(PipedriveHttpClient http, Credentials credentials, RateLimitGovernor governor,
                           RetryPolicy retryPolicy, PipedriveMetrics metrics, Clock clock) {
        this.http = http;
        this.credentials = credentials;
        this.governor = governor;
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * The final answer and how many times the request was sent to get it. {@code alreadyDone}: the answer is a 404 to a
     * resent DELETE whose earlier attempt may have been applied (see {@link RetryPolicy#isDoneAfterResend}).
     */
    public record Result(PipedriveHttpResponse response, int attempts, RateLimitGovernor governor, boolean alreadyDone) {

        public Result(PipedriveHttpResponse response, int attempts, RateLimitGovernor governor) {
            this(response, attempts, governor, false);
        }
    }

    public Result execute(PipedriveOperation op, HttpUriRequestBase request) throws PipedriveException {
        return execute(op, request, null);
    }

    /**
     * @param endpointKey the endpoint the user wrote when {@code op} is one step of it (an upsert's search or add),
     *                    else null: exceptions are then named after the endpoint, with the step in the message
     */
    public Result execute(PipedriveOperation op, HttpUriRequestBase request, String endpointKey)
            throws PipedriveException {
        String key = op.key();
        Naming naming = new Naming(endpointKey == null ? key : endpointKey,
                endpointKey == null || endpointKey.equals(key) ? key : endpointKey + " (step " + key + ")");
        int attempt = 0;
        long waited = 0;
        boolean renewed = false;
        boolean resentAfterUnknownOutcome = false;
        while (true) {
            attempt++;
            RateLimitGovernor.Permit permit = acquire(op, naming, attempt);
            String authorization = authenticate(naming, request, permit);
            metrics.sent(key);
            PipedriveHttpResponse response;
            try {
                response = http.execute(request);
            } catch (PipedriveHttpClient.OversizedResponseException e) {
                release(permit);
                metrics.failed(key);
                throw oversized(naming, e, attempt);
            } catch (IOException e) {
                release(permit);
                boolean notSent = isConnectFailure(e);
                Failure failure = notSent ? Failure.NOT_SENT : Failure.NO_ANSWER;
                long wait = retryPolicy.backoffMs(attempt);
                if (RetryPolicy.isSafeToRepeat(op.method(), failure) && repeatable(request, notSent)
                        && retryPolicy.allowsAnother(attempt, waited, wait)) {
                    LOG.debug("pipedrive:{} attempt {} failed ({}), retrying in {} ms", key, attempt,
                            e.getClass().getSimpleName(), wait);
                    resentAfterUnknownOutcome |= failure == Failure.NO_ANSWER;
                    waited += sleep(key, wait);
                    continue;
                }
                metrics.failed(key);
                throw transportFailure(op, naming, request, e, notSent, attempt);
            }
            if (governor != null) {
                governor.release(permit);
                governor.observe(response);
            }
            int status = response.statusCode();
            if (governor != null && governor.lockoutCooldownMillis() > 0 && RateLimitGovernor.isLockOut(status,
                    response.header("content-type"), response.isJson())) {
                Instant until = governor.lockOut();
                LOG.warn("pipedrive:{} got Pipedrive's lock-out page (HTML 403); nothing is sent on this token until {}",
                        key, until);
                metrics.failed(key);
                return new Result(response, attempt, governor);
            }
            if (status == 401 && !renewed) {
                String domainBefore = credentials.apiDomain();
                if (renewCredentials(naming, authorization)) {
                    renewed = true;
                    followMovedApiDomain(request, domainBefore, credentials.apiDomain());
                    continue;
                }
            }
            Failure failure = switch (status) {
                case 429 -> Failure.RATE_LIMITED;
                case 503 -> Failure.UNAVAILABLE;
                case 500, 502, 504 -> Failure.SERVER_ERROR;
                default -> null;
            };
            if (failure == null) {
                if (RetryPolicy.isDoneAfterResend(op.method(), status, resentAfterUnknownOutcome)) {
                    return new Result(response, attempt, governor, true);
                }
                if (!response.isSuccess()) {
                    metrics.failed(key);
                }
                return new Result(response, attempt, governor);
            }
            long wait;
            if (failure == Failure.RATE_LIMITED) {
                metrics.rateLimited(key);
                if (isDailyBudgetExhausted(response)) {
                    Instant until = budgetResetTime(response);
                    if (governor != null) {
                        governor.budgetExhaustedUntil(until);
                    }
                    metrics.failed(key);
                    return new Result(response, attempt, governor);
                }
                wait = rateLimitWait(response);
                if (governor != null) {
                    governor.pauseUntil(clock.millis() + wait);
                }
            } else {
                wait = retryPolicy.backoffMs(attempt);
            }
            if (RetryPolicy.isSafeToRepeat(op.method(), failure) && repeatable(request, false)
                    && retryPolicy.allowsAnother(attempt, waited, wait)) {
                LOG.debug("pipedrive:{} attempt {} answered HTTP {}, retrying in {} ms", key, attempt, status, wait);
                resentAfterUnknownOutcome |= failure == Failure.SERVER_ERROR;
                waited += sleep(key, wait);
                continue;
            }
            metrics.failed(key);
            return new Result(response, attempt, governor);
        }
    }

    /** A refresh can hand out another api_domain; a request that was going to the old one goes to the new one. */
    private static void followMovedApiDomain(HttpUriRequestBase request, String before, String after) {
        if (before == null || after == null || before.equals(after)) {
            return;
        }
        String uri = request.getRequestUri();
        String full;
        try {
            full = request.getUri().toString();
        } catch (java.net.URISyntaxException e) {
            return;
        }
        String oldBase = before.endsWith("/") ? before.substring(0, before.length() - 1) : before;
        String newBase = after.endsWith("/") ? after.substring(0, after.length() - 1) : after;
        if (full.startsWith(oldBase + "/")) {
            request.setUri(java.net.URI.create(newBase + uri));
        }
    }

    private void release(RateLimitGovernor.Permit permit) {
        if (governor != null && permit != null) {
            governor.release(permit);
        }
    }

    private RateLimitGovernor.Permit acquire(PipedriveOperation op, Naming naming, int attempt) throws PipedriveException {
        if (governor == null) {
            return null;
        }
        try {
            return governor.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveTransportException(naming.name(), "pipedrive:" + naming.label()
                    + " was interrupted while waiting for the rate limit; nothing was sent", e, false, attempt - 1);
        } catch (RateLimitGovernor.DailyBudgetExhausted e) {
            metrics.failed(op.key());
            throw DailyBudget.exception(naming.name(), e.until(), attempt - 1);
        } catch (RateLimitGovernor.LockedOut e) {
            metrics.failed(op.key());
            throw LockOut.exception(naming.name(), e.until(), attempt - 1);
        }
    }

    private String authenticate(Naming naming, HttpUriRequestBase request, RateLimitGovernor.Permit permit)
            throws PipedriveException {
        try {
            credentials.authenticate(request);
        } catch (PipedriveException e) {
            release(permit);
            throw e;
        } catch (Exception e) {
            release(permit);
            throw new PipedriveException(naming.name(), "pipedrive:" + naming.label() + ": could not authenticate: "
                    + e.getClass().getSimpleName(), e);
        }
        var header = request.getFirstHeader("Authorization");
        return header == null ? null : header.getValue();
    }

    private boolean renewCredentials(Naming naming, String authorization) throws PipedriveException {
        try {
            return credentials.renewAfterUnauthorized(authorization);
        } catch (PipedriveException e) {
            throw e;
        } catch (Exception e) {
            throw new PipedriveException(naming.name(), "pipedrive:" + naming.label() + ": could not renew credentials: "
                    + e.getClass().getSimpleName(), e);
        }
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

    /** Whether a 429 means the daily budget is spent (decided by {@link RateLimitGovernor#isDailyBudgetSpent}). */
    static boolean isDailyBudgetExhausted(PipedriveHttpResponse response) {
        return RateLimitGovernor.isDailyBudgetSpent(response.statusCode(), response.header("x-ratelimit-remaining"),
                response.header("x-daily-requests-left"));
    }

    /** Retry-After, else x-ratelimit-reset, else 2 s; plus up to 250 ms of jitter. */
    private static long rateLimitWait(PipedriveHttpResponse response) {
        Duration advised = io.github.camelpipedrive.component.response.ErrorTranslator.retryAfter(response);
        long base = advised != null ? advised.toMillis() : RateLimitGovernor.WINDOW_MILLIS;
        return base + ThreadLocalRandom.current().nextLong(251);
    }

    /** Retry-After when given, else the next UTC midnight (Pipedrive resets budgets daily). */
    private Instant budgetResetTime(PipedriveHttpResponse response) {
        Duration advised = io.github.camelpipedrive.component.response.ErrorTranslator.retryAfter(response);
        if (response.header("retry-after") != null && advised != null) {
            return clock.instant().plus(advised);
        }
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean repeatable(HttpUriRequestBase request, boolean notSent) {
        HttpEntity entity = request.getEntity();
        return notSent || entity == null || entity.isRepeatable();
    }

    /** Failures that provably happened before any byte of the request left: nothing reached Pipedrive. */
    static boolean isConnectFailure(IOException e) {
        return e instanceof QuietConnectionFactory.RequestNotSentException
                || e.getCause() instanceof QuietConnectionFactory.RequestNotSentException
                || e instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException
                || e instanceof ConnectException || e instanceof HttpHostConnectException
                || e instanceof ConnectTimeoutException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }

    private static PipedriveApiException oversized(Naming naming,
                                                   PipedriveHttpClient.OversizedResponseException e, int attempts) {
        boolean success = e.status() >= 200 && e.status() < 300;
        String message = "pipedrive:" + naming.label() + " failed: " + e.getMessage() + "; the body was not read"
                + (success ? ", but the request was applied" : "");
        return new PipedriveApiException(new ErrorDetails(naming.name(), e.status(), message, "answer too large", null,
                null, null, java.util.Map.of(), attempts, success || e.status() >= 500));
    }

    private PipedriveTransportException transportFailure(PipedriveOperation op, Naming naming,
                                                         HttpUriRequestBase request,
                                                         IOException e, boolean notSent, int attempts) {
        String what = e instanceof InterruptedIOException && !notSent ? "no answer in time" : "no answer";
        String target = request.getAuthority() == null ? "Pipedrive" : request.getScheme() + "://" + request.getAuthority();
        String message = "pipedrive:" + naming.label() + " failed: " + what + " from " + target + " ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"
                + (attempts > 1 ? " after " + attempts + " attempts" : "") + "; "
                + (notSent ? "the request did not reach Pipedrive"
                        : "the outcome is unknown: Pipedrive may have applied the " + request.getMethod()
                          + (op.method().isIdempotent() ? "" : ", so it was not resent (a POST could create a duplicate)"));
        return new PipedriveTransportException(naming.name(), message, e, !notSent, attempts);
    }

    /** How exceptions name the request: the endpoint the user wrote, and for one step of it, the step too. */
    private record Naming(String name, String label) {
    }
}
