package io.github.camelpipedrive.component.error;

/**
 * No answer came back from Pipedrive: the connection was refused, reset or timed out. {@link #mayHaveBeenApplied()}
 * tells whether the request may have reached Pipedrive and been processed (a POST sent before a read timeout may have
 * created its record), so a route's error handler can decide whether resending is safe.
 */
public class PipedriveTransportException extends PipedriveException {

    private final boolean mayHaveBeenApplied;
    private final int attempts;

    public PipedriveTransportException(
            String operation, String message, Throwable cause, boolean mayHaveBeenApplied, int attempts) {
        super(operation, message, cause);
        this.mayHaveBeenApplied = mayHaveBeenApplied;
        this.attempts = attempts;
    }

    /** Whether Pipedrive may have processed the request although no answer arrived (the outcome is unknown). */
    public boolean mayHaveBeenApplied() {
        return mayHaveBeenApplied;
    }

    /** How many times the request was sent. */
    public int getAttempts() {
        return attempts;
    }
}
