package io.github.camelpipedrive.component.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.HttpMethod;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.response.ErrorTranslator;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import io.github.camelpipedrive.component.transport.PipedriveGet;
import io.github.camelpipedrive.component.transport.PipedriveWrite;
import io.github.camelpipedrive.component.transport.RequestExecutor;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * The trigger's own calls to Pipedrive (list, create and delete webhooks; read recents), sent through the component's
 * executor, so they are paced by the token's rate-limit governor, authenticated and retried like every other request.
 * Requests and envelopes are the transport's ({@link PipedriveGet}, {@link PipedriveWrite}); a non-2xx answer is thrown
 * as the matching exception.
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

    /**
     * Sends {@code op} to {@code baseUrl + path}, with {@code jsonBody} (writes only; null for none); returns the
     * answer's envelope, or throws the matching exception.
     */
    public Map<String, Object> call(PipedriveOperation op, String path, Object jsonBody) throws PipedriveException {
        String url = baseUrl.get() + path;
        Function<String, String> unreadable = problem -> "Pipedrive's answer cannot be read (" + problem + ")";
        JsonNode envelope;
        if (op.method() == HttpMethod.GET) {
            if (jsonBody != null) {
                throw new IllegalArgumentException(op.key() + " is a read and sends no body");
            }
            envelope = PipedriveGet.envelope(
                    this::send,
                    mapper,
                    op,
                    url,
                    JsonNode::isObject,
                    "not a JSON object",
                    "unreadable answer",
                    unreadable);
        } else {
            envelope = PipedriveWrite.envelope(
                    this::send,
                    mapper,
                    op,
                    url,
                    jsonBody,
                    JsonNode::isObject,
                    "not a JSON object",
                    "unreadable answer",
                    problem -> unreadable.apply(problem) + "; the request was applied");
        }
        return mapper.convertValue(envelope, MAP);
    }

    /** One request through the executor; any answer but a 2xx is thrown as the matching exception. */
    private PipedriveCall.Answer send(PipedriveOperation op, HttpUriRequestBase request) throws PipedriveException {
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
        return new PipedriveCall.Answer(response, result.attempts());
    }
}
