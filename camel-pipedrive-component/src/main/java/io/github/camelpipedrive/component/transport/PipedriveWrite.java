package io.github.camelpipedrive.component.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.HttpMethod;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveException;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The component's own writes (the trigger's webhook create and delete): a request with the operation's method and an
 * optional JSON body, sent through the endpoint's executor, and its envelope read by {@link AnswerEnvelope}, the
 * counterpart of {@link PipedriveGet}; an envelope that cannot be read is a {@link PipedriveApiException} that says
 * the write may have been applied.
 */
public final class PipedriveWrite {

    private PipedriveWrite() {}

    /** A request of {@code op}'s method (not GET) to {@code url} that asks for JSON, with {@code json} if not null. */
    public static HttpUriRequestBase request(PipedriveOperation op, String url, byte[] json) {
        if (op.method() == HttpMethod.GET) {
            throw new IllegalArgumentException(op.key() + " is a read: send it with PipedriveGet");
        }
        HttpUriRequestBase request = new HttpUriRequestBase(op.method().name(), URI.create(url));
        request.setHeader("Accept", "application/json");
        if (json != null) {
            request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        }
        return request;
    }

    /**
     * Sends {@code op} to {@code url} through {@code call}, with {@code jsonBody} (or none when null) written as JSON,
     * and reads the answer's JSON envelope.
     *
     * @param wellFormed what the envelope must look like to be usable
     * @param notWell    what is wrong when it does not ({@code "not a JSON object"})
     * @param error      the exception's short error ({@code "unreadable answer"})
     * @param describe   what the exception says after {@code pipedrive:<endpoint> (step <operation>): }, given what was
     *                   wrong
     */
    public static JsonNode envelope(
            PipedriveCall call,
            ObjectMapper mapper,
            PipedriveOperation op,
            String url,
            Object jsonBody,
            Predicate<JsonNode> wellFormed,
            String notWell,
            String error,
            Function<String, String> describe)
            throws PipedriveException {
        byte[] json;
        try {
            json = jsonBody == null ? null : mapper.writeValueAsBytes(jsonBody);
        } catch (JsonProcessingException e) {
            RequestNaming naming = call.naming(op);
            throw new PipedriveException(
                    naming.name(),
                    "pipedrive:" + naming.label() + ": cannot write the request body: " + e.getOriginalMessage(),
                    e);
        }
        return AnswerEnvelope.read(
                call.send(op, request(op, url, json)),
                mapper,
                op,
                call.naming(op),
                wellFormed,
                notWell,
                error,
                describe);
    }
}
