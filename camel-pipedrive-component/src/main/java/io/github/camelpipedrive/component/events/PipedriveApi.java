package io.github.camelpipedrive.component.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.response.ErrorTranslator;
import io.github.camelpipedrive.component.transport.RequestExecutor;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * The trigger's own calls to Pipedrive (list, create and delete webhooks; read recents), sent through the component's
 * executor, so they are paced by the token's rate-limit governor, authenticated and retried like every other request.
 */
public final class PipedriveApi {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final RequestExecutor executor;
    private final Supplier<String> baseUrl;
    private final ObjectMapper mapper;
    private final ErrorTranslator errors;

    public PipedriveApi(RequestExecutor executor, Supplier<String> baseUrl, ObjectMapper mapper) {
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.mapper = mapper;
        this.errors = new ErrorTranslator(mapper);
    }

    /** Sends the request to {@code baseUrl + path}; returns the answer's envelope, or throws the matching exception. */
    public Map<String, Object> call(PipedriveOperation op, String path, Object jsonBody) throws PipedriveException {
        HttpUriRequestBase request =
                new HttpUriRequestBase(op.method().name(), java.net.URI.create(baseUrl.get() + path));
        if (jsonBody != null) {
            try {
                request.setEntity(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(
                        mapper.writeValueAsBytes(jsonBody), org.apache.hc.core5.http.ContentType.APPLICATION_JSON));
            } catch (IOException e) {
                throw new PipedriveException(op.key(), "cannot write the request body: " + e.getMessage(), e);
            }
        }
        RequestExecutor.Result result = executor.execute(op, request);
        PipedriveHttpResponse response = result.response();
        if (!response.isSuccess()) {
            throw errors.translate(
                    op.key(),
                    null,
                    response,
                    result.attempts(),
                    result.mayHaveBeenApplied(),
                    result.budgetResetTime(),
                    result.lockedOutUntil());
        }
        if (response.body().length == 0) {
            return Map.of();
        }
        try {
            return mapper.readValue(response.body(), MAP);
        } catch (IOException e) {
            throw new PipedriveException(op.key(), "Pipedrive's answer is not JSON: " + e.getMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
