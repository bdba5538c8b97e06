package io.github.camelpipedrive.sandbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivery faults of the sandbox's webhooks, for tests of a receiver: the same delivery sent twice, deliveries sent
 * late, and two deliveries sent in the reverse order. All off by default; counted faults are used up one per event.
 */
public final class WebhookFaults {

    private final AtomicInteger duplicateNext = new AtomicInteger();
    private final AtomicInteger delayNext = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private final AtomicInteger swapNext = new AtomicInteger();

    /** The next {@code count} events are delivered twice (same event id, same attempt). */
    public WebhookFaults duplicateNext(int count) {
        duplicateNext.set(count);
        return this;
    }

    /** The next {@code count} events are delivered {@code delay} late. */
    public WebhookFaults delayNext(int count, Duration delay) {
        this.delay = delay;
        delayNext.set(count);
        return this;
    }

    /** The next two events are delivered in the reverse order: the first waits until the second has been sent. */
    public WebhookFaults swapNextTwo() {
        swapNext.set(2);
        return this;
    }

    boolean takeDuplicate() {
        return take(duplicateNext);
    }

    Duration takeDelay() {
        return take(delayNext) ? delay : Duration.ZERO;
    }

    /** 2: hold this one; 1: send this one, then the held one; 0: nothing. */
    int takeSwap() {
        int v = swapNext.get();
        return v > 0 && swapNext.compareAndSet(v, v - 1) ? v : 0;
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }
}
