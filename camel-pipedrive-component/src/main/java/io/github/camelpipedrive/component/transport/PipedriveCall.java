package io.github.camelpipedrive.component.transport;

import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.http.PipedriveHttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * Sends one request on behalf of an endpoint, through its executor (paced, authenticated, retried, counted), and
 * returns the successful answer; any other answer is thrown as the matching {@link PipedriveException}. The
 * component's own reads (field definitions, searches) and the steps of composite endpoints go through it.
 */
@FunctionalInterface
public interface PipedriveCall {

    /** The 2xx answer, with the number of attempts it took. */
    Answer send(PipedriveOperation operation, HttpUriRequestBase request) throws PipedriveException;

    /**
     * The endpoint the user wrote that this call sends for ({@code person/upsert}), or {@code null} when each
     * operation sent is named after itself.
     */
    default String endpointKey() {
        return null;
    }

    /** How a failure of {@code operation} sent through this call is named: see {@link RequestNaming}. */
    default RequestNaming naming(PipedriveOperation operation) {
        return RequestNaming.of(operation.key(), endpointKey());
    }

    /**
     * {@code send}, acting for the endpoint {@code endpointKey}: failures found after the answer came (an envelope
     * that cannot be read) are named after it, with the operation as the step, as {@code send} names its own.
     */
    static PipedriveCall forEndpoint(String endpointKey, PipedriveCall send) {
        return new PipedriveCall() {
            @Override
            public Answer send(PipedriveOperation operation, HttpUriRequestBase request) throws PipedriveException {
                return send.send(operation, request);
            }

            @Override
            public String endpointKey() {
                return endpointKey;
            }
        };
    }

    /** A successful answer and how many times the request was sent to get it. */
    record Answer(PipedriveHttpResponse response, int attempts) {}
}
