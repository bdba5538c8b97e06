package io.github.camelpipedrive.component.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveRateLimitException;

/**
 * The exception for "the daily budget is spent", raised without sending anything once Pipedrive has said so.
 */
final class DailyBudget {

    private DailyBudget() {
    }

    static PipedriveRateLimitException exception(String operation, Instant until, int attempts) {
        String message = "pipedrive:" + operation + ": Pipedrive's daily token budget is spent until " + until
                + "; the request was not sent (failing fast instead of hammering a rate-limited account)";
        return new PipedriveRateLimitException(new ErrorDetails(operation, 429, message, "daily budget exhausted",
                null, "daily_budget_exhausted", null, Map.of(), attempts, false),
                Duration.between(Instant.now(), until).isNegative() ? Duration.ZERO
                        : Duration.between(Instant.now(), until), until);
    }
}
