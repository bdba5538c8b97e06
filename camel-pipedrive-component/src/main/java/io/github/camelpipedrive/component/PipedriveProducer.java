package io.github.camelpipedrive.component;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveTransportException;
import io.github.camelpipedrive.component.request.ParameterSource;
import io.github.camelpipedrive.component.request.RequestFactory;
import io.github.camelpipedrive.component.response.ErrorTranslator;
import io.github.camelpipedrive.component.response.ResponseMapper;
import io.github.camelpipedrive.component.transport.PipedriveHttpClient;
import io.github.camelpipedrive.component.transport.PipedriveHttpResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one Pipedrive operation per exchange: build and validate the request from the message, send it, and turn the
 * answer into the message body and headers, or into an exception. The message is changed only on success, so a
 * failed exchange keeps what it came with for the route's error handler.
 */
public class PipedriveProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveProducer.class);

    private final PipedriveConfiguration configuration;
    private final PipedriveOperation operation;
    private PipedriveHttpClient http;
    private RequestFactory requestFactory;
    private ResponseMapper responseMapper;
    private ErrorTranslator errorTranslator;
    private String baseUrl;

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
        if (configuration.getApiToken() == null || configuration.getApiToken().isBlank()) {
            throw new IllegalArgumentException("pipedrive:" + operation.key() + " has no API token: set "
                    + "camel.component.pipedrive.api-token (or the endpoint option apiToken)");
        }
        PipedriveComponent component = getEndpoint().getComponent();
        this.http = component.httpClient();
        this.baseUrl = configuration.resolveBaseUrl();
        this.requestFactory = new RequestFactory(operation, component.objectMapper());
        this.responseMapper = new ResponseMapper(component.objectMapper(), configuration.isRawResponse(),
                configuration.getOutputClass());
        this.errorTranslator = new ErrorTranslator(component.objectMapper());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        HttpUriRequestBase request = requestFactory.create(baseUrl, message,
                new ParameterSource(message, configuration::getParameter));
        request.setHeader("x-api-token", configuration.getApiToken());
        long start = System.nanoTime();
        PipedriveHttpResponse response;
        try {
            response = http.execute(request);
        } catch (IOException e) {
            throw transportFailure(request, e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("pipedrive:{} {} {} -> HTTP {} in {} ms", operation.key(), request.getMethod(),
                    request.getRequestUri(), response.statusCode(), (System.nanoTime() - start) / 1_000_000);
        }
        if (!response.isSuccess()) {
            throw errorTranslator.translate(operation.key(), response, 1, mayHaveBeenApplied(response.statusCode()));
        }
        responseMapper.apply(operation.key(), response, 1, message);
    }

    /** A 5xx after a POST may still have created the record; 4xx answers are refusals. */
    private boolean mayHaveBeenApplied(int status) {
        return status >= 500 && status != 503;
    }

    private PipedriveTransportException transportFailure(HttpUriRequestBase request, IOException e) {
        boolean neverSent = e instanceof ConnectException || e instanceof HttpHostConnectException
                || e instanceof ConnectTimeoutException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
        String what = e instanceof InterruptedIOException && !neverSent ? "no answer in time" : "no answer";
        String message = "pipedrive:" + operation.key() + " failed: " + what + " from " + baseUrl + " ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); "
                + (neverSent ? "the request did not reach Pipedrive"
                        : "the outcome is unknown: Pipedrive may have applied the " + request.getMethod());
        return new PipedriveTransportException(operation.key(), message, e, !neverSent, 1);
    }
}
