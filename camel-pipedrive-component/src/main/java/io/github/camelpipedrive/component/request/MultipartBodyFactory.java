package io.github.camelpipedrive.component.request;

import io.github.camelpipedrive.component.catalog.PathParameter;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import io.github.camelpipedrive.component.support.HeaderNames;
import java.io.File;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.InputStreamBody;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Builds a {@code multipart/form-data} upload: the message body is the file (sent as the part {@code file}, or
 * {@code data} for product images, streamed
 * from disk or from the stream, never loaded whole), the file name comes from {@code CamelFileName}, and the
 * operation's other form fields ({@code deal_id}, {@code crop_x}, ...) from headers or endpoint options.
 */
final class MultipartBodyFactory {

    private MultipartBodyFactory() {}

    static HttpEntity create(PipedriveOperation op, Message message, ParameterSource params)
            throws PipedriveValidationException {
        String fileName = fileName(message);
        ContentType type = contentType(message, fileName);
        // LEGACY sends the file name as raw UTF-8, as browsers do; EXTENDED would percent-encode it and
        // Pipedrive would store "Angebot%20M%C3%BCller.pdf". The explicit type drops the charset parameter
        // httpclient adds to the multipart Content-Type.
        MultipartEntityBuilder builder = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setCharset(StandardCharsets.UTF_8)
                .setContentType(ContentType.create("multipart/form-data"))
                .addPart(op.filePart(), filePart(op, message, type, fileName));
        for (String field : op.formFields()) {
            Object value = params.get(PathParameter.lowerCamel(field));
            if (value != null) {
                builder.addTextBody(
                        field, value.toString(), ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8));
            }
        }
        return builder.build();
    }

    private static ContentBody filePart(PipedriveOperation op, Message message, ContentType type, String fileName)
            throws PipedriveValidationException {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            body = file;
        }
        if (body instanceof File file) {
            return new FileBody(file, type, fileName);
        }
        if (body instanceof Path path) {
            return new FileBody(path.toFile(), type, fileName);
        }
        if (body instanceof byte[] bytes) {
            return new ByteArrayBody(bytes, type, fileName);
        }
        if (body instanceof String text) {
            return new ByteArrayBody(text.getBytes(StandardCharsets.UTF_8), type, fileName);
        }
        InputStream stream = body == null ? null : message.getBody(InputStream.class);
        if (stream == null) {
            throw new PipedriveValidationException(
                    op.key(),
                    "file",
                    body == null ? Reason.MISSING_REQUIRED : Reason.INVALID_VALUE,
                    "the message body must be the file content (byte[], InputStream, File, Path or a camel-file "
                            + "message), but it is "
                            + (body == null ? "empty" : body.getClass().getName()));
        }
        return new InputStreamBody(stream, type, fileName);
    }

    private static String fileName(Message message) {
        String name = message.getHeader(Exchange.FILE_NAME, String.class);
        if (name == null || name.isBlank()) {
            Object body = message.getBody();
            if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
                name = file.getName();
            } else if (body instanceof File file) {
                name = file.getName();
            } else if (body instanceof Path path && path.getFileName() != null) {
                name = path.getFileName().toString();
            }
        }
        if (name == null || name.isBlank()) {
            return "file";
        }
        // camel-file may give a relative path such as "inbox/2026/contract.pdf"; Pipedrive wants the name only
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    private static ContentType contentType(Message message, String fileName) {
        String explicit = message.getHeader(HeaderNames.FILE_CONTENT_TYPE, String.class);
        if (explicit != null && !explicit.isBlank()) {
            return ContentType.parse(explicit);
        }
        String guessed = URLConnection.getFileNameMap().getContentTypeFor(fileName);
        return guessed != null ? ContentType.create(guessed) : ContentType.APPLICATION_OCTET_STREAM;
    }
}
