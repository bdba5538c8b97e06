package io.github.camelpipedrive.component.events;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code from("pipedrive:events/<object>")} with delivery=webhook: receives on a platform-http path of the runtime's
 * HTTP server (Camel Main, Spring Boot, Quarkus) and keeps the webhook registered in Pipedrive.
 */
public final class WebhookEventsConsumer extends DefaultConsumer {

    private final WebhookTrigger trigger;
    private Consumer httpConsumer;

    public WebhookEventsConsumer(Endpoint endpoint, Processor processor, WebhookTrigger trigger) {
        super(endpoint, processor);
        this.trigger = trigger;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Processor handler = trigger.handler(new EventDispatcher.Route() {
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
        });
        if (getEndpoint().getCamelContext().getComponent("platform-http") == null) {
            throw new IllegalStateException(getEndpoint().getEndpointBaseUri() + ": delivery=webhook receives through "
                    + "Camel's platform-http, and no platform-http component is on the class path: add "
                    + "camel-platform-http-vertx (Camel Main), camel-platform-http-starter (Spring Boot) or "
                    + "camel-quarkus-platform-http (Quarkus), or use delivery=poll");
        }
        Endpoint http = getEndpoint()
                .getCamelContext()
                .getEndpoint("platform-http:" + trigger.localPath() + "?httpMethodRestrict=POST");
        httpConsumer = http.createConsumer(handler);
        ServiceHelper.startService(httpConsumer);
        try {
            trigger.register(null);
        } catch (Exception e) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
            throw e;
        }
    }

    @Override
    protected void doStop() throws Exception {
        trigger.stop();
        if (httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
        }
        super.doStop();
    }

    public WebhookTrigger trigger() {
        return trigger;
    }
}
