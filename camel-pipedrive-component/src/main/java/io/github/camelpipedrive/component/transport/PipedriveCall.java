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

    /** A successful answer and how many times the request was sent to get it. */
    record Answer(PipedriveHttpResponse response, int attempts) {}
}
