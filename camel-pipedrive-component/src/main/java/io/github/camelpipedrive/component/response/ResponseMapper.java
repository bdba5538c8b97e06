package io.github.camelpipedrive.component.response;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import io.github.camelpipedrive.component.support.HeaderNames;
import java.io.IOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.camel.Message;

/**
 * Turns a successful answer into the message a route continues with: the body becomes Pipedrive's {@code data} (as
 * {@code Map}/{@code List}), the whole envelope ({@code rawResponse}), or an instance of {@code outputClass}; the
 * status, {@code additional_data}, {@code related_objects} and rate-limit figures become headers.
 */
public final class ResponseMapper {

    private static final TypeReference<Map<String, Object>> ENVELOPE = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final boolean rawResponse;
    private final Class<?> outputClass;

    public ResponseMapper(ObjectMapper mapper, boolean rawResponse, Class<?> outputClass) {
        this.mapper = mapper;
        this.rawResponse = rawResponse;
        this.outputClass = outputClass;
    }

    /**
     * Puts the answer on the message, its {@code data} passed through {@code dataTransform} first when one is given
     * (custom field keys to names), also inside a raw envelope.
     *
     * @throws PipedriveApiException when a 2xx answer is not the JSON Pipedrive promises; the write may have been
     *                               applied, and the exception says so
     */
    public void apply(
            String operation,
            PipedriveHttpResponse response,
            int attempts,
            Message message,
            UnaryOperator<Object> dataTransform)
            throws PipedriveApiException {
        Map<String, Object> envelope = parse(operation, response, attempts);
        Object data = envelope == null ? null : envelope.get("data");
        if (dataTransform != null && data != null) {
            data = dataTransform.apply(data);
            envelope.put("data", data);
        }
        Object body;
        if (rawResponse) {
            body = envelope;
        } else if (outputClass != null && data != null) {
            body = convert(operation, response, attempts, data);
        } else {
            body = data;
        }
        message.setBody(body);
        message.setHeader(HeaderNames.RESPONSE_CODE, response.statusCode());
        if (envelope != null) {
            setIfPresent(message, HeaderNames.ADDITIONAL_DATA, envelope.get("additional_data"));
            setIfPresent(message, HeaderNames.RELATED_OBJECTS, envelope.get("related_objects"));
        }
        RateLimitHeaders.copy(response, message);
    }

    private Map<String, Object> parse(String operation, PipedriveHttpResponse response, int attempts)
            throws PipedriveApiException {
        if (response.body() == null || response.body().length == 0) {
            return null;
        }
        try {
            return mapper.readValue(response.body(), ENVELOPE);
        } catch (IOException e) {
            throw unreadable(
                    operation,
                    response,
                    attempts,
                    "Pipedrive answered HTTP " + response.statusCode()
                            + " but the body is not valid JSON; the request was probably applied",
                    "malformed JSON in a successful answer");
        }
    }

    private Object convert(String operation, PipedriveHttpResponse response, int attempts, Object data)
            throws PipedriveApiException {
        try {
            return mapper.convertValue(data, outputClass);
        } catch (IllegalArgumentException e) {
            throw unreadable(
                    operation,
                    response,
                    attempts,
                    "the answer's data cannot be read as " + outputClass.getName() + " (the request was applied): "
                            + e.getMessage(),
                    "outputClass conversion failed");
        }
    }

    /** A successful answer that cannot be used: the write happened, so it may have been applied. */
    private static PipedriveApiException unreadable(
            String operation, PipedriveHttpResponse response, int attempts, String what, String error) {
        return new PipedriveApiException(
                ErrorDetails.builder(operation, response.statusCode(), "pipedrive:" + operation + ": " + what)
                        .error(error)
                        .responseBody(response.bodyText(2000))
                        .responseHeaders(ErrorTranslator.interestingHeaders(response))
                        .attempts(attempts)
                        .mayHaveBeenApplied(true)
                        .build());
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
