package io.github.camelpipedrive.component;

import java.util.function.UnaryOperator;

import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.fields.EndpointFields;
import io.github.camelpipedrive.component.fields.FieldNamesMode;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import io.github.camelpipedrive.component.health.PipedriveHealthCheck;
import io.github.camelpipedrive.component.request.ParameterSource;
import io.github.camelpipedrive.component.request.RequestFactory;
import io.github.camelpipedrive.component.response.ErrorTranslator;
import io.github.camelpipedrive.component.response.ResponseMapper;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.transport.RequestExecutor;
import io.github.camelpipedrive.component.catalog.UpsertOperation;
import io.github.camelpipedrive.component.upsert.Upserter;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.util.ObjectHelper;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one Pipedrive operation per exchange: build and validate the request from the message, send it through the
 * executor (pacing, authentication, safe retries), and turn the answer into the message body and headers, or into an
 * exception. The message is changed only on success, so a failed exchange keeps what it came with for the route's
 * error handler.
 */
public class PipedriveProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveProducer.class);

    private final PipedriveConfiguration configuration;
    private final PipedriveOperation operation;
    private Credentials credentials;
    private RequestExecutor executor;
    private RequestFactory requestFactory;
    private ResponseMapper responseMapper;
    private ErrorTranslator errorTranslator;
    private EndpointFields fields;
    private Upserter upserter;
    private boolean explicitHost;
    private WritableHealthCheckRepository healthRepository;
    private PipedriveHealthCheck healthCheck;

    public PipedriveProducer(PipedriveEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.operation = endpoint.getOperation();
    }

    @Override
    public PipedriveEndpoint getEndpoint() {
        return (PipedriveEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        PipedriveComponent component = getEndpoint().getComponent();
        this.credentials = component.credentialsFor(configuration);
        if (credentials == null) {
            throw new IllegalArgumentException("pipedrive:" + endpointKey() + " has no credentials: set the "
                    + "component option apiToken (the property camel.component.pipedrive.api-token in Camel Main, "
                    + "Spring Boot or Quarkus application properties), or the endpoint option apiToken, or the OAuth "
                    + "options (oauthAccessToken or oauthRefreshToken, with oauthClientId and oauthClientSecret to "
                    + "refresh)");
        }
        this.executor = component.executorFor(credentials);
        this.explicitHost = ObjectHelper.isNotEmpty(configuration.getBaseUrl())
                || ObjectHelper.isNotEmpty(configuration.getCompanyDomain());
        this.requestFactory = new RequestFactory(operation, component.objectMapper());
        this.responseMapper = new ResponseMapper(component.objectMapper(), configuration.isRawResponse(),
                configuration.getOutputClass());
        this.errorTranslator = new ErrorTranslator(component.objectMapper());
        setUpFieldsAndUpsert(component);
        registerHealthCheck(component);
    }

    /** Field-name resolution for entity bodies, and the upsert steps of an upsert endpoint. */
    private void setUpFieldsAndUpsert(PipedriveComponent component) {
        UpsertOperation upsert = getEndpoint().getUpsert();
        FieldNamesMode mode = configuration.getFieldNames() == null ? FieldNamesMode.strict
                : configuration.getFieldNames();
        if (upsert != null) {
            this.upserter = new Upserter(upsert, configuration.getMatchBy(),
                    EndpointFields.always(operation, mode, configuration.isResolveFieldNames(),
                            component.fieldDefinitionCache(), component.fieldDefinitionLoader(),
                            credentials.rateLimitKey()),
                    component.objectMapper(), responseMapper, component.searchPacerFor(credentials),
                    getEndpoint().getCamelContext());
            return;
        }
        this.fields = EndpointFields.of(operation, mode, configuration.isResolveFieldNames(),
                component.fieldDefinitionCache(), component.fieldDefinitionLoader(), credentials.rateLimitKey());
        if (fields == null && configuration.isResolveFieldNames()) {
            LOG.warn("pipedrive:{}: resolveFieldNames has no effect here; it applies to add/update of deals, persons, "
                    + "organizations, products, leads and activities, and to the upsert endpoints", operation.key());
        }
    }

    private void registerHealthCheck(PipedriveComponent component) {
        healthRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthRepository == null) {
            return;
        }
        // one check per set of credentials, however many endpoints use them
        String id = "producer:pipedrive-" + credentials.rateLimitKey().replace(':', '-');
        boolean exists = healthRepository.stream().anyMatch(check -> check.getId().equals(id));
        if (!exists) {
            healthCheck = new PipedriveHealthCheck(id, component.healthExecutorFor(credentials), credentials,
                    component.governorFor(credentials), component.getMetrics(), this::baseUrl);
            healthCheck.setEnabled(component.isHealthCheckProducerEnabled());
            healthRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthRepository != null && healthCheck != null) {
            healthRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    /** The configured host, else the api_domain OAuth handed out, else Pipedrive's default host. */
    private String baseUrl() {
        if (!explicitHost && credentials.apiDomain() != null) {
            String domain = credentials.apiDomain();
            return domain.endsWith("/") ? domain.substring(0, domain.length() - 1) : domain;
        }
        return configuration.resolveBaseUrl();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        credentials.refreshIfDue();
        String baseUrl = baseUrl();
        if (upserter != null) {
            upserter.process(exchange, baseUrl, this::send, refreshFields(message));
            return;
        }
        ParameterSource params = new ParameterSource(message, getEndpoint()::optionValue);
        HttpUriRequestBase request;
        UnaryOperator<Object> responseNames = null;
        if (fields == null) {
            request = requestFactory.create(baseUrl, message, params);
        } else {
            EndpointFields.ForExchange fieldNames = fields.begin(baseUrl, this::send, refreshFields(message));
            request = requestFactory.create(baseUrl, message, params, fieldNames::resolveBody);
            responseNames = fieldNames.responseNames();
            fieldNames.finish();
        }
        PipedriveCall.Answer answer = send(operation, request);
        responseMapper.apply(operation.key(), answer.response(), answer.attempts(), message, responseNames);
    }

    private static boolean refreshFields(Message message) {
        return Boolean.TRUE.equals(message.getHeader(PipedriveConstants.REFRESH_FIELDS, Boolean.class));
    }

    /** The endpoint as the user wrote it: {@code person/upsert}, not the step it runs. */
    private String endpointKey() {
        UpsertOperation upsert = getEndpoint().getUpsert();
        return upsert != null ? upsert.key() : operation.key();
    }

    /**
     * Sends one request through the executor; a non-2xx answer is thrown as the matching exception, named after the
     * endpoint (with the step, when the request is one step of an upsert).
     */
    private PipedriveCall.Answer send(PipedriveOperation op, HttpUriRequestBase request) throws PipedriveException {
        long start = System.nanoTime();
        String endpointKey = endpointKey();
        String step = endpointKey.equals(op.key()) ? null : op.key();
        RequestExecutor.Result result = executor.execute(op, request, step == null ? null : endpointKey);
        PipedriveHttpResponse response = result.response();
        if (LOG.isDebugEnabled()) {
            LOG.debug("pipedrive:{} {} {} -> HTTP {} in {} ms ({} attempt(s))", op.key(), request.getMethod(),
                    request.getRequestUri(), response.statusCode(), (System.nanoTime() - start) / 1_000_000,
                    result.attempts());
        }
        if (!response.isSuccess()) {
            throw errorTranslator.translate(step == null ? op.key() : endpointKey, step, response, result.attempts(),
                    result.mayHaveBeenApplied(), result.budgetResetTime(), result.lockedOutUntil());
        }
        return new PipedriveCall.Answer(response, result.attempts());
    }

}
