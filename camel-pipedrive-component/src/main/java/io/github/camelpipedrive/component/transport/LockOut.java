package io.github.camelpipedrive.component.transport;

import java.time.Instant;
import java.util.Map;

import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveLockedOutException;

/**
 * The exception for "this token is locked out", raised without sending anything during the cool-down that follows
 * Pipedrive's lock-out page.
 */
final class LockOut {

    private LockOut() {
    }

    static PipedriveLockedOutException exception(String operation, Instant until, int attempts) {
        String message = "pipedrive:" + operation + ": Pipedrive answered with its lock-out page (HTML 403) to an "
                + "earlier request on this token, so nothing is sent on it until " + until
                + " (lockoutCooldown); the request was not sent";
        return new PipedriveLockedOutException(new ErrorDetails(operation, 403, message, "locked out", null,
                "locked_out", null, Map.of(), attempts, false), until);
    }
}
