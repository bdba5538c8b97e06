package io.github.camelpipedrive.component;

import io.github.camelpipedrive.component.auth.Credentials;
import io.github.camelpipedrive.component.catalog.Paging;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.catalog.UpsertOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.fields.EndpointFields;
import io.github.camelpipedrive.component.fields.FieldNamesMode;
import io.github.camelpipedrive.component.fields.SearchResultNames;
import io.github.camelpipedrive.component.health.PipedriveHealthCheck;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.paging.ListAnswers;
import io.github.camelpipedrive.component.ratelimit.Admission;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import io.github.camelpipedrive.component.request.ParameterSource;
import io.github.camelpipedrive.component.request.RequestFactory;
import io.github.camelpipedrive.component.response.ErrorTranslator;
import io.github.camelpipedrive.component.response.ResponseMapper;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import io.github.camelpipedrive.component.transport.RequestExecutor;
import io.github.camelpipedrive.component.upsert.Upserter;
import java.util.function.UnaryOperator;
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
    private RateLimitGovernor searchPacer;
    private boolean allPages;
    private ListAnswers listAnswers;
    /** Sends for this endpoint: what fails after an answer came (an unreadable envelope) is named after it too. */
    private PipedriveCall endpointCall;

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
        this.requestFactory =
                new RequestFactory(operation, component.objectMapper(), configuration.getQueryParameters());
        this.searchPacer = operation.isSearch() ? component.searchPacerFor(credentials) : null;
        this.allPages = "all".equals(configuration.getPaging()) && operation.paging() != Paging.NONE;
        this.listAnswers = new ListAnswers(operation, component.objectMapper(), configuration.getOutputClass());
        this.responseMapper = new ResponseMapper(
                component.objectMapper(), configuration.isRawResponse(), configuration.getOutputClass());
        this.errorTranslator = new ErrorTranslator(component.objectMapper());
        this.endpointCall = PipedriveCall.forEndpoint(endpointKey(), this::send);
        setUpFieldsAndUpsert(component);
        registerHealthCheck(component);
    }

    /** Field-name resolution for entity bodies, and the upsert steps of an upsert endpoint. */
    private void setUpFieldsAndUpsert(PipedriveComponent component) {
        UpsertOperation upsert = getEndpoint().getUpsert();
        FieldNamesMode mode =
                configuration.getFieldNames() == null ? FieldNamesMode.strict : configuration.getFieldNames();
        if (upsert != null) {
            this.upserter = new Upserter(
                    upsert,
                    configuration.getMatchBy(),
                    EndpointFields.always(
                            operation,
                            mode,
                            configuration.isResolveFieldNames(),
                            component.fieldDefinitionCache(),
                            component.fieldDefinitionLoader(),
                            credentials.rateLimitKey()),
                    component.objectMapper(),
                    responseMapper,
                    component.searchPacerFor(credentials),
                    getEndpoint().getCamelContext());
            return;
        }
        this.fields = EndpointFields.of(
                operation,
                mode,
                configuration.isResolveFieldNames(),
                component.fieldDefinitionCache(),
                component.fieldDefinitionLoader(),
                credentials.rateLimitKey());
        if (fields == null && configuration.isResolveFieldNames()) {
            LOG.warn(
                    "pipedrive:{}: resolveFieldNames has no effect here; it applies to add, update, get, list and "
                            + "search of deals, persons, organizations, products, leads and activities, and to the upsert "
                            + "endpoints",
                    operation.key());
        }
    }

    private void registerHealthCheck(PipedriveComponent component) {
        healthRepository = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (healthRepository == null) {
            return;
        }
        // one check per set of credentials, however many endpoints use them
        String id = "producer:pipedrive-" + credentials.rateLimitKey().replace(':', '-');
        boolean exists =
                healthRepository.stream().anyMatch(check -> check.getId().equals(id));
        if (!exists) {
            healthCheck = new PipedriveHealthCheck(
                    id,
                    component.healthExecutorFor(credentials),
                    credentials,
                    component.governorFor(credentials),
                    component.getMetrics(),
                    this::baseUrl);
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
            upserter.process(exchange, baseUrl, endpointCall, refreshFields(message));
            return;
        }
        ParameterSource params = new ParameterSource(message, getEndpoint()::optionValue);
        HttpUriRequestBase request;
        UnaryOperator<Object> responseNames = null;
        if (fields == null) {
            request = requestFactory.create(baseUrl, message, params);
        } else {
            EndpointFields.ForExchange fieldNames = fields.begin(baseUrl, endpointCall, refreshFields(message));
            request = requestFactory.create(baseUrl, message, params, fieldNames::resolveBody);
            responseNames = fieldNames.responseNames();
            fieldNames.finish();
        }
        UnaryOperator<Object> entityNames = responseNames;
        if (responseNames != null && operation.isSearch()) {
            responseNames = SearchResultNames.of(responseNames);
        }
        PipedriveCall call = searchPacer != null ? this::sendPaced : this::send;
        PipedriveCall.Answer answer = call.send(operation, request);
        PipedriveHttpResponse response = answer.response();
        if (response.statusCode() == 404) {
            // only a resent DELETE comes back here with 404: the first attempt had deleted the record
            message.setBody(null);
            message.setHeader(PipedriveConstants.RESPONSE_CODE, 404);
            message.setHeader(PipedriveConstants.ALREADY_DELETED, true);
            return;
        }
        if (operation.hasBinaryAnswer()) {
            message.setBody(response.body());
            message.setHeader(PipedriveConstants.RESPONSE_CODE, response.statusCode());
            if (response.header("content-type") != null) {
                message.setHeader(Exchange.CONTENT_TYPE, response.header("content-type"));
            }
            return;
        }
        if (allPages) {
            message.setBody(listAnswers.allItems(
                    request, answer, call, entityNames, getEndpoint().getCamelContext()));
            message.setHeader(PipedriveConstants.RESPONSE_CODE, response.statusCode());
            return;
        }
        responseMapper.apply(operation.key(), answer.response(), answer.attempts(), message, responseNames);
        listAnswers.setNextPageHeader(message);
    }

    /** A search waits for room under Pipedrive's search limit (shared with the upserts of the same token). */
    private PipedriveCall.Answer sendPaced(PipedriveOperation op, HttpUriRequestBase request)
            throws PipedriveException {
        Admission permit;
        try {
            permit = searchPacer.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveException(
                    op.key(),
                    "pipedrive:" + op.key()
                            + " was interrupted while waiting for the search rate limit; nothing was sent",
                    e);
        } catch (RateLimitGovernor.Closed e) {
            // the search window is only ever paced, never closed: the token's own governor says when it is
            throw new IllegalStateException(e);
        }
        try {
            return send(op, request);
        } finally {
            searchPacer.release(permit);
        }
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
            LOG.debug(
                    "pipedrive:{} {} {} -> HTTP {} in {} ms ({} attempt(s))",
                    op.key(),
                    request.getMethod(),
                    request.getRequestUri(),
                    response.statusCode(),
                    (System.nanoTime() - start) / 1_000_000,
                    result.attempts());
        }
        if (!response.isSuccess() && !result.alreadyDone()) {
            throw errorTranslator.translate(
                    step == null ? op.key() : endpointKey,
                    step,
                    response,
                    result.attempts(),
                    result.mayHaveBeenApplied(),
                    result.budgetResetTime(),
                    result.lockedOutUntil());
        }
        return new PipedriveCall.Answer(response, result.attempts());
    }
}
