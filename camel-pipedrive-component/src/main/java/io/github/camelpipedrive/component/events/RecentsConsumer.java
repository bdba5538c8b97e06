package io.github.camelpipedrive.component.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("pipedrive:events/<object>?delivery=poll")}: reads Pipedrive's recents every pollInterval through the
 * component's executor (so the token's rate-limit governor paces it), emits each change with the body and headers a
 * webhook would give, and moves its position in the StateRepository after each processed event. A failing route stops
 * the poll at that event, which is read again at the next poll.
 */
public final class RecentsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(RecentsConsumer.class);

    private final String object;
    private final EventsConfiguration config;
    private final RecentsReader reader;
    private final EventMessages messages;
    private final EventCounters counters = new EventCounters();
    private final String stateKey;
    private StateRepository<String, String> state;
    private IdempotentRepository repository;
    private EventDispatcher dispatcher;

    public RecentsConsumer(
            Endpoint endpoint,
            Processor processor,
            String object,
            EventsConfiguration config,
            PipedriveApi api,
            ObjectMapper mapper,
            Class<?> outputClass) {
        super(endpoint, processor);
        this.object = object;
        this.config = config;
        this.reader = new RecentsReader(api, object, config.getPollPageSize());
        this.messages = new EventMessages(mapper, outputClass);
        this.stateKey = "pipedrive-recents:" + object + ":" + config.getAction();
        setDelay(config.getPollInterval());
        setInitialDelay(0);
    }

    @Override
    protected void doStart() throws Exception {
        state = config.getStateRepository() != null ? config.getStateRepository() : new MemoryStateRepository();
        ServiceHelper.startService(state);
        repository = config.getIdempotentRepository() != null
                ? config.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        ServiceHelper.startService(repository);
        dispatcher = new EventDispatcher(
                "pipedrive:events/" + object,
                config.getAction(),
                repository,
                messages,
                new EventDispatcher.Route() {
                    @Override
                    public Exchange create() {
                        return createExchange(false);
                    }

                    @Override
                    public void process(Exchange exchange) throws Exception {
                        getProcessor().process(exchange);
                    }

                    @Override
                    public void release(Exchange exchange) {
                        releaseExchange(exchange, false);
                    }
                },
                counters,
                0,
                0);
        if (RecentsPosition.parse(state.getState(stateKey)) == null) {
            // a new consumer starts at the present; a stored position is continued from
            state.setState(
                    stateKey,
                    new RecentsPosition(RecentsReader.TIME.format(Instant.now()), java.util.Set.of()).format());
        }
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        RecentsPosition position = RecentsPosition.parse(state.getState(stateKey));
        List<RecentsReader.Change> changes = reader.read(position.timestamp());
        int processed = 0;
        for (RecentsReader.Change change : changes) {
            if (position.alreadySeen(change.time(), change.key())) {
                continue;
            }
            EventDispatcher.Outcome outcome = dispatcher.dispatch(change.event());
            if (outcome == EventDispatcher.Outcome.FAILED) {
                LOG.warn(
                        "pipedrive:events/{}: the route failed on {}; it is read again at the next poll",
                        object,
                        change.event());
                break;
            }
            position = position.after(change.time(), change.key());
            state.setState(stateKey, position.format());
            if (outcome == EventDispatcher.Outcome.PROCESSED) {
                processed++;
            }
        }
        return processed;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (config.getStateRepository() == null) {
            ServiceHelper.stopService(state);
        }
        if (config.getIdempotentRepository() == null) {
            ServiceHelper.stopService(repository);
        }
    }

    public EventCounters counters() {
        return counters;
    }
}
