package io.github.camelpipedrive.component.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import io.github.camelpipedrive.component.error.PipedriveException;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.hc.client5.http.classic.methods.HttpGet;

/**
 * The component's own reads (field definitions, upsert searches and look-ups, the trigger's webhook list and recents,
 * the health check): a GET for JSON, sent through the endpoint's executor, and its envelope read by
 * {@link AnswerEnvelope}; an envelope that cannot be read is a {@link PipedriveApiException} that says the request was
 * not a write. {@link PipedriveWrite} is the same for writes.
 */
public final class PipedriveGet {

    private PipedriveGet() {}

    /** A GET of {@code url} that asks for JSON. */
    public static HttpGet request(String url) {
        HttpGet get = new HttpGet(URI.create(url));
        get.setHeader("Accept", "application/json");
        return get;
    }

    /**
     * Sends a GET of {@code url} through {@code call} and reads the answer's JSON envelope.
     *
     * @param wellFormed what the envelope must look like to be usable
     * @param notWell    what is wrong when it does not ({@code "no data array"})
     * @param error      the exception's short error ({@code "unreadable answer"})
     * @param describe   what the exception says after {@code pipedrive:<endpoint> (step <operation>): }, given what was
     *                   wrong
     */
    public static JsonNode envelope(
            PipedriveCall call,
            ObjectMapper mapper,
            PipedriveOperation op,
            String url,
            Predicate<JsonNode> wellFormed,
            String notWell,
            String error,
            Function<String, String> describe)
            throws PipedriveException {
        return AnswerEnvelope.read(
                call.send(op, request(url)), mapper, op, call.naming(op), wellFormed, notWell, error, describe);
    }
}
