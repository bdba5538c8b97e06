package io.github.camelpipedrive.component.request;

import io.github.camelpipedrive.component.catalog.PathParameter;
import java.util.function.Function;
import org.apache.camel.Message;

/**
 * Where a path parameter or form field value comes from: the message header {@code CamelPipedrive<Name>} first, then the
 * endpoint option of the same name. Headers win so one endpoint can serve many ids.
 */
public final class ParameterSource {

    private final Message message;
    private final Function<String, Object> options;

    public ParameterSource(Message message, Function<String, Object> options) {
        this.message = message;
        this.options = options;
    }

    /** The value for an option name such as {@code productAttachmentId}, or {@code null} when neither source has one. */
    public Object get(String optionName) {
        Object value = message.getHeader(PathParameter.headerName(optionName));
        if (value == null || value.toString().isEmpty()) {
            value = options.apply(optionName);
        }
        return value == null || value.toString().isEmpty() ? null : value;
    }
}
