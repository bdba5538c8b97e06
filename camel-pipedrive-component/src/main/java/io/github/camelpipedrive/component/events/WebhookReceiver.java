package io.github.camelpipedrive.component.events;

import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving end of the webhook, behind platform-http: checks the delivery (Basic auth, size, shape) before anything
 * else, and answers it. A rejected delivery never becomes an exchange of the route; the route runs on an exchange of
 * its own, so the request's headers (the Authorization header among them) never reach it.
 * <p>
 * Answers: 200 processed (or a duplicate, or an action this trigger does not want); 202 queued (ackMode=onReceipt);
 * 401 missing or wrong credentials; 405 not a POST; 413 too large; 400 not a Pipedrive event; 500 the route failed (so
 * Pipedrive delivers it again); 503 the queue is full or the consumer is not ready.
 */
public final class WebhookReceiver implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    private final String name;
    private final Supplier<WebhookCredentials> credentials;
    private final EventParser parser;
    private final EventDispatcher dispatcher;
    private final EventCounters counters;
    private final int maxBodySize;
    private final boolean ackOnReceipt;

    public WebhookReceiver(
            String name,
            Supplier<WebhookCredentials> credentials,
            EventParser parser,
            EventDispatcher dispatcher,
            EventCounters counters,
            int maxBodySize,
            boolean ackOnReceipt) {
        this.name = name;
        this.credentials = credentials;
        this.parser = parser;
        this.dispatcher = dispatcher;
        this.counters = counters;
        this.maxBodySize = maxBodySize;
        this.ackOnReceipt = ackOnReceipt;
    }

    @Override
    public void process(Exchange http) {
        Message in = http.getMessage();
        int status = answer(in);
        in.removeHeaders("*");
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        in.setBody(status < 300 ? "{\"success\":true}" : "{\"success\":false}");
    }

    private int answer(Message in) {
        String method = in.getHeader(Exchange.HTTP_METHOD, String.class);
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            return reject(405, "not a POST");
        }
        WebhookCredentials expected = credentials.get();
        if (expected == null) {
            return 503;
        }
        if (!expected.matches(in.getHeader("Authorization", String.class))) {
            return reject(401, "missing or wrong Basic-auth credentials");
        }
        Long declared = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > maxBodySize) {
            return reject(413, "body of " + declared + " bytes over maxBodySize");
        }
        byte[] body = in.getBody(byte[].class);
        if (body == null || body.length == 0) {
            return reject(400, "empty body");
        }
        if (body.length > maxBodySize) {
            return reject(413, "body of " + body.length + " bytes over maxBodySize");
        }
        PipedriveEvent event;
        try {
            event = parser.parse(body);
        } catch (PayloadException e) {
            return reject(400, e.getMessage());
        }
        EventDispatcher.Outcome outcome = ackOnReceipt ? dispatcher.enqueue(event) : dispatcher.dispatch(event);
        return switch (outcome) {
            case PROCESSED, DUPLICATE, IGNORED -> 200;
            case QUEUED -> 202;
            case QUEUE_FULL -> 503;
            case FAILED -> 500;
        };
    }

    private int reject(int status, String why) {
        counters.rejected();
        LOG.warn("{}: webhook delivery refused with {}: {}", name, status, why);
        return status;
    }
}
