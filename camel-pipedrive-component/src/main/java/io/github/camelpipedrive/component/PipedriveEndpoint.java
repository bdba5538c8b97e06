package io.github.camelpipedrive.component;

import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.upsert.UpsertOperation;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read and write Pipedrive CRM: get, list (page by page or lazily), search, add, update, merge, link and delete
 * deals, persons, organizations, products, activities, leads, notes, files and the rest of Pipedrive's API.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "pipedrive", title = "Pipedrive", syntax = "pipedrive:resource/operation",
             producerOnly = true, category = { Category.CLOUD, Category.API }, headersClass = PipedriveConstants.class)
public class PipedriveEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveEndpoint.class);

    @UriParam
    private final PipedriveConfiguration configuration;
    private final PipedriveOperation operation;
    private final UpsertOperation upsert;

    public PipedriveEndpoint(String uri, PipedriveComponent component, PipedriveConfiguration configuration,
                             PipedriveOperation operation) {
        this(uri, component, configuration, operation, null);
    }

    /** An upsert endpoint: {@code operation} is the upsert's add, the operation sent when nothing matches. */
    public PipedriveEndpoint(String uri, PipedriveComponent component, PipedriveConfiguration configuration,
                             PipedriveOperation operation, UpsertOperation upsert) {
        super(uri, component);
        this.configuration = configuration;
        this.operation = operation;
        this.upsert = upsert;
    }

    @Override
    public PipedriveComponent getComponent() {
        return (PipedriveComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new PipedriveProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException(
                "The pipedrive component is a producer only; use it in to(...), not from(...)");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (operation.isDeprecated()) {
            LOG.warn("pipedrive:{} is deprecated: {}", operation.key(), operation.deprecation());
        }
    }

    public PipedriveConfiguration getConfiguration() {
        return configuration;
    }

    /** The catalog entry this endpoint sends (for an upsert endpoint, its add). */
    public PipedriveOperation getOperation() {
        return operation;
    }

    /** The upsert this endpoint runs, or {@code null} for an endpoint of a single catalog operation. */
    public UpsertOperation getUpsert() {
        return upsert;
    }

    @Override
    public String getServiceUrl() {
        return configuration.resolveBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }
}
