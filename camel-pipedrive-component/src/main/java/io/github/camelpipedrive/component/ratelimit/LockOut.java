package io.github.camelpipedrive.component.ratelimit;

import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveLockedOutException;
import io.github.camelpipedrive.component.http.PipedriveHeaders;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import java.time.Instant;
import java.util.Locale;

/**
 * Pipedrive's lock-out: how its page is recognised, and the exception for requests that are not sent during the
 * cool-down that follows it. The governor holds the cool-down ({@link RateLimitGovernor#lockOut()}).
 */
public final class LockOut {

    private LockOut() {}

    /**
     * Whether an answer is Pipedrive's lock-out: a 403 whose body is an HTML page (Cloudflare's, served to clients
     * that kept sending after 429s) rather than Pipedrive's JSON.
     */
    public static boolean isLockOutPage(PipedriveHttpResponse response) {
        String contentType = response.header(PipedriveHeaders.CONTENT_TYPE);
        return response.statusCode() == 403
                && !response.isJson()
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    /** The exception for a request not sent because the token is locked out until {@code until}. */
    public static PipedriveLockedOutException exception(String operation, Instant until, int attempts) {
        String message = "pipedrive:" + operation + ": Pipedrive answered with its lock-out page (HTML 403) to an "
                + "earlier request on this token, so nothing is sent on it until " + until
                + " (lockoutCooldown); the request was not sent";
        return new PipedriveLockedOutException(
                ErrorDetails.builder(operation, 403, message)
                        .error("locked out")
                        .errorCode("locked_out")
                        .attempts(attempts)
                        .build(),
                until);
    }
}
