package io.github.camelpipedrive.component.error;

import java.time.Instant;

/**
 * Pipedrive answered with its lock-out page (an HTML 403, served to clients that kept sending after 429s), or did so
 * earlier and the cool-down ({@code lockoutCooldown}) has not passed: no request is sent on this token until
 * {@link #getLockedUntil()}.
 */
public class PipedriveLockedOutException extends PipedriveForbiddenException {

    private final Instant lockedUntil;

    public PipedriveLockedOutException(ErrorDetails details, Instant lockedUntil) {
        super(details);
        this.lockedUntil = lockedUntil;
    }

    /** Until when the component sends nothing on this token. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
