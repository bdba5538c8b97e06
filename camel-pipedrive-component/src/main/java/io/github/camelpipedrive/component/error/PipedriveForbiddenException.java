package io.github.camelpipedrive.component.error;

/**
 * Pipedrive answered HTTP 403: the token lacks permission or scope, an entity limit was reached, or a proxy (Cloudflare) blocked the client.
 */
public class PipedriveForbiddenException extends PipedriveApiException {

    public PipedriveForbiddenException(ErrorDetails details) {
        super(details);
    }
}
