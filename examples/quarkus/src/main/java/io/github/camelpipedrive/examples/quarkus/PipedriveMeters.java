package io.github.camelpipedrive.examples.quarkus;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.camel.CamelContext;

/** The component's request counters as Micrometer counters: {@code pipedrive_requests_*_total} in /q/metrics. */
@Singleton
public class PipedriveMeters implements MeterBinder {

    @Inject
    CamelContext camel;

    @Override
    public void bindTo(MeterRegistry registry) {
        PipedriveComponent pipedrive = camel.getComponent("pipedrive", PipedriveComponent.class);
        FunctionCounter.builder("pipedrive.requests.sent", pipedrive, PipedriveComponent::getRequestsSent)
                .description("Requests sent to Pipedrive (every attempt)")
                .register(registry);
        FunctionCounter.builder("pipedrive.requests.retried", pipedrive, PipedriveComponent::getRequestsRetried)
                .description("Requests resent after a safe-to-repeat failure")
                .register(registry);
        FunctionCounter.builder("pipedrive.requests.rate.limited", pipedrive, PipedriveComponent::getRateLimitedAnswers)
                .description("429 answers from Pipedrive")
                .register(registry);
        FunctionCounter.builder("pipedrive.requests.failed", pipedrive, PipedriveComponent::getRequestsFailed)
                .description("Requests that failed for good")
                .register(registry);
    }
}
