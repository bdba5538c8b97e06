package io.github.camelpipedrive.component.events;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to the route: drops those of other actions, drops the ones already processed (by event id, through the
 * {@link IdempotentRepository}), and runs the route either at once (the answer waits for it) or from a bounded queue.
 * An event whose route failed is forgotten by the repository, so Pipedrive's next delivery of it runs the route again.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    /** What became of one event. */
    public enum Outcome {
        PROCESSED,
        FAILED,
        DUPLICATE,
        IGNORED,
        QUEUED,
        QUEUE_FULL
    }

    /** The route side: how exchanges are made, run and given back. */
    public interface Route {
        Exchange create();

        void process(Exchange exchange) throws Exception;

        void release(Exchange exchange);
    }

    private final String name;
    private final EventAction action;
    private final IdempotentRepository repository;
    private final EventMessages messages;
    private final Route route;
    private final EventCounters counters;
    private final long slowWarningMillis;
    private final BlockingQueue<PipedriveEvent> queue;
    private ExecutorService worker;
    private volatile boolean running;

    public EventDispatcher(
            String name,
            EventAction action,
            IdempotentRepository repository,
            EventMessages messages,
            Route route,
            EventCounters counters,
            long slowWarningMillis,
            int queueSize) {
        this.name = name;
        this.action = action;
        this.repository = repository;
        this.messages = messages;
        this.route = route;
        this.counters = counters;
        this.slowWarningMillis = slowWarningMillis;
        this.queue = queueSize > 0 ? new ArrayBlockingQueue<>(queueSize) : null;
    }

    /** Starts the worker of the queue (ackMode=onReceipt), on a thread from Camel's executor. */
    public void startQueue(ExecutorService executor) {
        this.worker = executor;
        this.running = true;
        executor.submit(this::drain);
    }

    public void stop() {
        running = false;
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        if (queue != null && !queue.isEmpty()) {
            LOG.warn("{}: {} received event(s) not processed at stop (ackMode=onReceipt)", name, queue.size());
        }
    }

    /** Runs the route for the event now; the caller answers Pipedrive after this returns. */
    public Outcome dispatch(PipedriveEvent event) {
        Outcome early = admit(event);
        return early != null ? early : run(event);
    }

    /** Queues the event; the caller answers at once. */
    public Outcome enqueue(PipedriveEvent event) {
        Outcome early = admit(event);
        if (early != null) {
            return early;
        }
        if (!queue.offer(event)) {
            repository.remove(event.eventId());
            return Outcome.QUEUE_FULL;
        }
        return Outcome.QUEUED;
    }

    private Outcome admit(PipedriveEvent event) {
        if (!action.accepts(event.action())) {
            return Outcome.IGNORED;
        }
        if (!repository.add(event.eventId())) {
            counters.duplicate();
            LOG.debug("{}: event {} already processed, attempt {} dropped", name, event.eventId(), event.attempt());
            return Outcome.DUPLICATE;
        }
        counters.received();
        return null;
    }

    private Outcome run(PipedriveEvent event) {
        long start = System.nanoTime();
        Exchange exchange = route.create();
        try {
            messages.fill(exchange.getMessage(), event);
            route.process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (slowWarningMillis > 0 && millis > slowWarningMillis) {
            LOG.warn(
                    "{}: processing event {} took {} ms; Pipedrive fails a delivery after 10 s and bans a webhook "
                            + "after ten failed first attempts (consider ackMode=onReceipt)",
                    name,
                    event.eventId(),
                    millis);
        }
        boolean failed = exchange.isFailed();
        route.release(exchange);
        if (failed) {
            counters.failed();
            repository.remove(event.eventId());
            return Outcome.FAILED;
        }
        repository.confirm(event.eventId());
        return Outcome.PROCESSED;
    }

    private void drain() {
        while (running) {
            try {
                PipedriveEvent event = queue.poll(200, TimeUnit.MILLISECONDS);
                if (event != null) {
                    run(event);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("{}: event processing failed: {}", name, e.getMessage());
            }
        }
    }
}
