package io.github.camelpipedrive.component.ratelimit;

import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveRateLimitException;
import io.github.camelpipedrive.component.http.PipedriveHeaders;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Pipedrive's daily token budget: when a 429 means it is spent, until when, and the exception for requests that are
 * not sent meanwhile. The governor remembers the spent budget ({@link RateLimitGovernor#budgetExhaustedUntil}).
 */
public final class DailyBudget {

    private DailyBudget() {}

    /**
     * Whether an answer means the daily budget is spent rather than the burst window full. Pipedrive does not say
     * which limit a 429 is for: {@code x-daily-requests-left} at 0 means the day's budget is gone, and so does a 429
     * while {@code x-ratelimit-remaining} still shows room in the burst window.
     */
    public static boolean isSpent(PipedriveHttpResponse response) {
        if (response.statusCode() != 429) {
            return false;
        }
        Long daily = PipedriveHeaders.number(response, PipedriveHeaders.DAILY_REQUESTS_LEFT);
        if (daily != null && daily <= 0) {
            return true;
        }
        Long remaining = PipedriveHeaders.number(response, PipedriveHeaders.RATE_LIMIT_REMAINING);
        return remaining != null && remaining > 0;
    }

    /** When a spent budget is back: after {@code Retry-After} when given, else at the next UTC midnight. */
    public static Instant resetTime(PipedriveHttpResponse response, Clock clock) {
        Duration advised =
                response.header(PipedriveHeaders.RETRY_AFTER) == null ? null : PipedriveHeaders.retryAfter(response);
        if (advised != null) {
            return clock.instant().plus(advised);
        }
        return LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    /** The exception for a request not sent because the budget is spent until {@code until}. */
    public static PipedriveRateLimitException exception(String operation, Instant until, int attempts) {
        String message = "pipedrive:" + operation + ": Pipedrive's daily token budget is spent until " + until
                + "; the request was not sent (failing fast instead of hammering a rate-limited account)";
        Duration left = Duration.between(Instant.now(), until);
        return new PipedriveRateLimitException(
                ErrorDetails.builder(operation, 429, message)
                        .error("daily budget exhausted")
                        .errorCode("daily_budget_exhausted")
                        .attempts(attempts)
                        .build(),
                left.isNegative() ? Duration.ZERO : left,
                until);
    }
}
