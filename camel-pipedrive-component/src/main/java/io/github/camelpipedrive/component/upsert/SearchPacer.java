package io.github.camelpipedrive.component.upsert;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Pipedrive's search endpoints have a limit of their own, 10 requests per 2 seconds per token on every plan, well below
 * the general burst limit. Upserts of one token share one pacer, which holds a search back until the window has room
 * instead of earning a 429.
 */
public final class SearchPacer {

    /** Pipedrive's search limit: 10 requests ... */
    public static final int PERMITS = 10;
    /** ... per 2 seconds. */
    public static final long WINDOW_MILLIS = 2_000;

    private final int permits;
    private final long windowNanos;
    private final Deque<Long> sent = new ArrayDeque<>();

    public SearchPacer() {
        this(PERMITS, WINDOW_MILLIS);
    }

    SearchPacer(int permits, long windowMillis) {
        this.permits = permits;
        this.windowNanos = TimeUnit.MILLISECONDS.toNanos(windowMillis);
    }

    /** Waits until a search may be sent, and counts it. */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos) {
                    sent.pollFirst();
                }
                if (sent.size() < permits) {
                    sent.addLast(now);
                    return;
                }
                waitNanos = sent.peekFirst() + windowNanos - now;
            }
            TimeUnit.NANOSECONDS.sleep(Math.max(waitNanos, 1_000_000));
        }
    }
}
