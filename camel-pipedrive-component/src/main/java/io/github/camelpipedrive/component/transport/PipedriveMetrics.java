package io.github.camelpipedrive.component.transport;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters per operation: requests sent (every attempt), retries, 429 answers and final failures. Shared by a
 * component's endpoints and readable through JMX and the health check.
 */
public final class PipedriveMetrics {

    /** The counters of one operation. */
    public static final class Counters {
        final LongAdder sent = new LongAdder();
        final LongAdder retried = new LongAdder();
        final LongAdder rateLimited = new LongAdder();
        final LongAdder failed = new LongAdder();

        public long sent() {
            return sent.sum();
        }

        public long retried() {
            return retried.sum();
        }

        public long rateLimited() {
            return rateLimited.sum();
        }

        public long failed() {
            return failed.sum();
        }

        @Override
        public String toString() {
            return "sent=" + sent() + ", retried=" + retried() + ", 429s=" + rateLimited() + ", failed=" + failed();
        }
    }

    private final Map<String, Counters> byOperation = new ConcurrentHashMap<>();

    Counters of(String operation) {
        return byOperation.computeIfAbsent(operation, k -> new Counters());
    }

    void sent(String operation) {
        of(operation).sent.increment();
    }

    void retried(String operation) {
        of(operation).retried.increment();
    }

    void rateLimited(String operation) {
        of(operation).rateLimited.increment();
    }

    void failed(String operation) {
        of(operation).failed.increment();
    }

    /** A snapshot by operation key, sorted. */
    public Map<String, Counters> snapshot() {
        return new TreeMap<>(byOperation);
    }

    public long totalSent() {
        return byOperation.values().stream().mapToLong(Counters::sent).sum();
    }

    public long totalRetried() {
        return byOperation.values().stream().mapToLong(Counters::retried).sum();
    }

    public long totalRateLimited() {
        return byOperation.values().stream().mapToLong(Counters::rateLimited).sum();
    }

    public long totalFailed() {
        return byOperation.values().stream().mapToLong(Counters::failed).sum();
    }
}
