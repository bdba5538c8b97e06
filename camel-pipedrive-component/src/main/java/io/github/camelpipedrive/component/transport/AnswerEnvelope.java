package io.github.camelpipedrive.component.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.HttpMethod;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.ErrorDetails;
import io.github.camelpipedrive.component.error.PipedriveApiException;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the JSON envelope of a successful answer to one of the component's own requests ({@link PipedriveGet},
 * {@link PipedriveWrite}). An answer that is empty, not JSON or not of the expected shape is a
 * {@link PipedriveApiException} with the status, the (capped) body and the attempts; after a write it says the write
 * happened ({@code mayHaveBeenApplied}), after a read that nothing was written.
 */
public final class AnswerEnvelope {

    private AnswerEnvelope() {}

    /**
     * @param wellFormed what the envelope must look like to be usable
     * @param notWell    what is wrong when it does not ({@code "no data array"})
     * @param error      the exception's short error ({@code "unreadable answer"})
     * @param naming     how the exception names the request (the endpoint the user wrote, the step)
     * @param describe   what the exception says after {@code pipedrive:<label>: }, given what was wrong
     */
    public static JsonNode read(
            PipedriveCall.Answer answer,
            ObjectMapper mapper,
            PipedriveOperation op,
            RequestNaming naming,
            Predicate<JsonNode> wellFormed,
            String notWell,
            String error,
            Function<String, String> describe)
            throws PipedriveApiException {
        try {
            JsonNode envelope = mapper.readTree(answer.response().body());
            if (envelope == null || envelope.isMissingNode() || envelope.isNull()) {
                throw new IOException("empty answer");
            }
            if (!wellFormed.test(envelope)) {
                throw new IOException(notWell);
            }
            return envelope;
        } catch (IOException e) {
            throw new PipedriveApiException(ErrorDetails.builder(
                            naming.name(),
                            answer.response().statusCode(),
                            "pipedrive:" + naming.label() + ": " + describe.apply(e.getMessage()))
                    .error(error)
                    .responseBody(answer.response().bodyText(2000))
                    .attempts(answer.attempts())
                    .mayHaveBeenApplied(op.method() != HttpMethod.GET)
                    .build());
        }
    }
}
